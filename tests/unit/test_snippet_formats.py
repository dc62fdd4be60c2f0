"""Reading quick replies from sheets and other snippet tools' files, each written by the test."""

import json
import plistlib
from pathlib import Path

import pytest

from assistant.core.errors import InvalidInput
from assistant.core.placeholders import RenderContext, render
from assistant.services.snippets import is_snippet_import, read_snippet_file
from assistant.services.snippets.rows import ENTRY, LINE, ROW, Where


def write_csv(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def fields(row) -> tuple:
    return (row.category, row.title, row.shortcut, row.body, row.tags)


def test_xlsx_with_english_headers_numbers_and_blank_rows(tmp_path, write_xlsx):
    path = write_xlsx(tmp_path / "replies.xlsx", [
        ["Title", "Shortcut", "Content", "Tags", "Category"],
        ["问候", 1, "您好，{称呼}", "常用，问候", "售前/问候"],
        [None, None, None, None, None],
        ["退货", "thlc", "退货流程\r\n第二行", None, None],
    ])
    rows = read_snippet_file(path)
    assert [r.where for r in rows] == [Where(ROW, 2), Where(ROW, 4)]
    assert fields(rows[0]) == ("售前/问候", "问候", "1", "您好，{称呼}", "常用，问候")
    assert fields(rows[1]) == (None, "退货", "thlc", "退货流程\n第二行", "")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_utf8_with_or_without_bom_and_gbk(tmp_path, encoding):
    text = "分类,标题,快捷编码,内容,标签\r\n售后/退货,退货,thlc,\"亲，退货请走流程\n谢谢\",退货\r\n"
    rows = read_snippet_file(write_csv(tmp_path / "话术.csv", text, encoding))
    assert [fields(r) for r in rows] == [
        ("售后/退货", "退货", "thlc", "亲，退货请走流程\n谢谢", "退货")]
    assert rows[0].where == Where(ROW, 2)


QIANNIU_ROWS = [
    ["千牛快捷短语导出"],
    ["导出时间：2026-11-20"],
    [],
    ["分组", "快捷编码", "短语内容", "图片名"],
    ["售后=>退货", "th1", "亲，退货请在订单页申请", None],
    ["售后 => 换货=>尺码", None, "亲，换尺码请备注", "size.png"],
    ["售后", "tp", None, "only-picture.jpg"],
]


def test_qianniu_sheet_with_title_lines_nested_groups_and_pictures(tmp_path, write_xlsx):
    rows = read_snippet_file(write_xlsx(tmp_path / "千牛.xlsx", QIANNIU_ROWS))
    assert [(r.where.number, r.category, r.shortcut, r.body) for r in rows[:2]] == [
        (5, "售后/退货", "th1", "亲，退货请在订单页申请"),
        (6, "售后/换货/尺码", None, "亲，换尺码请备注")]
    assert [n.code for n in rows[1].notes] == ["row_picture_dropped"]
    assert rows[2].where.number == 7 and rows[2].problem.code == "row_picture_only"


def test_qianniu_csv_in_gbk_reads_the_same(tmp_path):
    text = "\r\n".join(",".join(cell or "" for cell in row) for row in QIANNIU_ROWS)
    rows = read_snippet_file(write_csv(tmp_path / "千牛.csv", text, "gbk"))
    assert [(r.where.number, r.category, r.body) for r in rows[:2]] == [
        (5, "售后/退货", "亲，退货请在订单页申请"), (6, "售后/换货/尺码", "亲，换尺码请备注")]


def test_header_names_with_marks_and_tab_separated_csv(tmp_path):
    text = "*分组名称\t快捷码（必填）\t回复内容(必填)\n默认\tab\t好的\n"
    [row] = read_snippet_file(write_csv(tmp_path / "jm.csv", text, "utf-8"))
    assert (row.category, row.shortcut, row.body) == ("默认", "ab", "好的")


def test_a_sheet_without_a_header_row_is_refused(tmp_path, write_xlsx):
    path = write_xlsx(tmp_path / "x.xlsx", [["a", "b"], ["1", "2"]])
    with pytest.raises(InvalidInput) as exc:
        read_snippet_file(path)
    assert exc.value.params["cause"].code == "sheet_no_header"
    assert "x.xlsx" in str(exc.value) and "内容" in str(exc.value)


ESPANSO = """\
# my matches
matches:
  - trigger: ":hi"
    replace: "您好，今天是 {{today}}，{备注} {{clip}}"
    vars:
      - name: today
        type: date
        params: {format: "%Y-%m-%d"}
  - triggers: [":th", ":tuihuo"]
    label: 退货说明
    replace: "退货请附上{{单号}} $|$"
  - regex: ":x(?P<n>\\\\d+)"
    replace: "x"
  - trigger: ":img"
    image_path: "/tmp/a.png"
  - trigger: ":sh"
    replace: "{{out}} at {{now}} by {{me}}"
    vars:
      - {name: out, type: shell, params: {cmd: "echo hi"}}
      - {name: now, type: date, params: {format: "%H:%M"}}
      - {name: me, type: echo, params: {echo: "小美{1}"}}
  - trigger: ":f"
    form: "订单 [[order]] 已发货 {x}"
  - trigger: ":h"
    html: "<p>Hi <b>there</b></p>"
global_vars:
  - {name: clip, type: clipboard}
"""


def test_espanso_triggers_vars_and_what_cannot_be_imported(tmp_path):
    path = tmp_path / "base.yml"
    path.write_text(ESPANSO, encoding="utf-8")
    hi, th, regex, image, shell, form, html = read_snippet_file(path)
    assert hi.where == Where(LINE, 3) and hi.shortcut == ":hi"
    assert hi.body == "您好，今天是 {日期}，{{备注}} {剪贴板}"
    assert (th.title, th.shortcut, th.body) == ("退货说明", ":th", "退货请附上{单号} ")
    assert [(n.code, n.params["others"]) for n in th.notes] == [
        ("row_extra_triggers", (":tuihuo",))]
    assert regex.problem.code == "row_regex_trigger" and regex.where == Where(LINE, 12)
    assert image.problem.code == "row_picture_only"
    assert shell.body == "{out} at {时间} by 小美{{1}}"
    assert [n.params["kind"] for n in shell.notes] == ["shell"]
    assert form.body == "订单 {order} 已发货 {{x}}"
    assert html.body == "Hi there" and html.notes[0].code == "row_formatting_dropped"


def test_espanso_text_renders_as_it_was_written(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text('matches:\n  - trigger: ";j"\n    replace: \'{"a": {b}} }{\'\n',
                    encoding="utf-8")
    [row] = read_snippet_file(path)
    assert render(row.body, RenderContext()).text == '{"a": {b}} }{'


@pytest.mark.parametrize("text, code", [
    ("config: 1\n", "espanso_no_matches"),
    ("matches: [a\n", "yaml_invalid"),
    ('matches: !!python/object/apply:os.system ["echo"]\n', "yaml_invalid"),
])
def test_espanso_files_that_are_not_match_files(tmp_path, text, code):
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as exc:
        read_snippet_file(path)
    assert exc.value.params["cause"].code == code
    assert "\n" not in str(exc.value)


BEEFTEXT = {
    "fileFormatVersion": 8,
    "groups": [{"uuid": "{g1}", "name": "售后", "description": ""}],
    "combos": [
        {"uuid": "{c1}", "name": "退货", "keyword": "::th", "group": "{g1}", "enabled": True,
         "snippet": "#{clipboard} 您好 #{input:订单号} {备注} #{cursor}#{key:enter}"},
        {"uuid": "{c2}", "name": "", "keyword": "", "group": "{none}",
         "snippet": "今天 #{date} #{time}"},
        "nonsense",
    ],
}


def test_beeftext_combos_groups_and_variables(tmp_path):
    path = tmp_path / "combos.json"
    path.write_text(json.dumps(BEEFTEXT, ensure_ascii=False), encoding="utf-8")
    first, second, third = read_snippet_file(path)
    assert fields(first) == ("售后", "退货", "::th",
                             "{剪贴板} 您好 {订单号} {{备注}} #{{key:enter}}", ())
    assert [n.params["macro"] for n in first.notes] == ["#{key:enter}"]
    assert fields(second) == (None, None, None, "今天 {日期} {时间}", ())
    assert third.where == Where(ENTRY, 3) and third.problem.code == "row_not_a_snippet"


def test_json_that_is_not_beeftext(tmp_path):
    for text, code in (('{"a": 1}', "beeftext_no_combos"), ("{oops", "json_invalid")):
        path = tmp_path / "x.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(InvalidInput) as exc:
            read_snippet_file(path)
        assert exc.value.params["cause"].code == code


TEXTEXPANDER = {
    "groupInfo": {"groupName": "签名", "expandAfterMode": 2},
    "snippetsTE2": [
        {"abbreviation": ";sig", "label": "签名", "snippetType": 0,
         "plainText": "%clipboard 发货日 %Y-%m-%d %H:%M，满100减10%%，{x} %|"},
        {"abbreviation": ";f", "label": "", "snippetType": 1,
         "plainText": "订单%filltext:name=订单号:default=无%已发出"},
        {"abbreviation": ";s", "label": "script", "snippetType": 3, "plainText": "ls"},
    ],
}


@pytest.mark.parametrize("fmt", [plistlib.FMT_XML, plistlib.FMT_BINARY])
def test_textexpander_xml_and_binary_plists(tmp_path, fmt):
    path = tmp_path / "签名.textexpander"
    path.write_bytes(plistlib.dumps(TEXTEXPANDER, fmt=fmt))
    sig, fill, script = read_snippet_file(path)
    assert fields(sig) == ("签名", "签名", ";sig", "{剪贴板} 发货日 {日期} {时间}，满100减10%，{{x}} ",
                           ())
    assert fill.body == "订单{订单号}已发出"
    assert [n.code for n in fill.notes] == ["row_formatting_dropped"]
    assert script.problem.code == "row_script" and script.where == Where(ENTRY, 3)


def test_a_damaged_plist_is_one_line(tmp_path):
    path = tmp_path / "x.textexpander"
    path.write_bytes(b"<?xml version='1.0'?><plist><dict><key>a</key>")
    with pytest.raises(InvalidInput) as exc:
        read_snippet_file(path)
    assert exc.value.params["cause"].code == "textexpander_invalid"


def test_quick_reply_files_and_handbooks_are_told_apart(tmp_path):
    assert is_snippet_import([Path("a.XLSX"), Path("b.csv"), Path("c.textexpander")])
    assert not is_snippet_import([Path("手册.docx"), Path("a.md")])
    with pytest.raises(InvalidInput) as exc:
        is_snippet_import([Path("手册.docx"), Path("话术.xlsx")])
    assert exc.value.code == "import_mixed_files"
    assert "手册.docx" in exc.value.text("zh_CN") and "话术.xlsx" in str(exc.value)


@pytest.mark.parametrize("strftime, placeholders", [
    ("%Y-%m-%d", "{日期}"), ("%H:%M:%S", "{时间}"), ("%d/%m/%Y %I:%M %p", "{日期} {时间}")])
def test_espanso_date_formats(tmp_path, strftime, placeholders):
    path = tmp_path / "d.yml"
    path.write_text("matches:\n  - trigger: ';d'\n    replace: '{{d}}'\n    vars:\n"
                    f"      - {{name: d, type: date, params: {{format: '{strftime}'}}}}\n",
                    encoding="utf-8")
    assert read_snippet_file(path)[0].body == placeholders


def test_nested_aliases_are_not_expanded_into_text(tmp_path):
    """A "billion laughs" YAML file is small as a structure and gigabytes as text."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    lines += ["matches:", "  - trigger: ':ok'", "    replace: 好的",
              "  - trigger: ':boom'", "    replace: *a9",
              "  - trigger: *a9", "    replace: x"]
    path = tmp_path / "laughs.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ok, boom, trigger = read_snippet_file(path)
    assert ok.body == "好的"
    assert boom.problem.code == trigger.problem.code == "row_field_not_text"


def test_a_list_where_text_belongs_is_a_row_problem(tmp_path):
    path = tmp_path / "beeftext.json"
    path.write_text(json.dumps({"groups": [{"uuid": "g", "name": ["x"]}], "combos": [
        {"name": ["a", "b"], "keyword": "k", "snippet": "s", "group": "g"},
        {"name": "好", "keyword": "k2", "snippet": "好的", "group": "g"}]}), encoding="utf-8")
    listed, fine = read_snippet_file(path)
    assert listed.problem.code == "row_field_not_text"
    assert fine.body == "好的" and fine.category is None
