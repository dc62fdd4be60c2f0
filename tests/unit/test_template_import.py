"""Importing quick replies into the templates, and exporting them to sheets."""

import csv
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from assistant.app import open_app
from assistant.cli import main
from assistant.core.errors import InvalidInput
from assistant.services.template_export import export_templates
from assistant.services.template_import import import_template_files
from assistant.store.settings import content_generation

from packtools import item, make_pack

HEADER = ["分类", "标题", "快捷编码", "内容", "标签"]
OWN = [
    {"title": "运费说明", "body": "{称呼}您好，运费{金额|10}元，{{备注}}请写在留言里",
     "shortcut": "yfsm", "category": "我的/售后", "tags": "运费,说明"},
    {"title": "公式一样的开头", "body": "=SUM(A1) 不是公式\n-第二行", "category": "我的"},
    {"title": "Refund done", "body": "Your refund is on its way.", "shortcut": "rfd"},
    {"title": "单引号", "body": "'=这也不是公式", "shortcut": "+dyh", "tags": "@别人"},
]


def contents(app) -> list[tuple]:
    return sorted((t.category or "", t.title, t.shortcut or "", t.body, t.tags)
                  for t in app.templates.list())


def snapshot(app) -> tuple:
    with app.db.reading() as conn:
        return ([(t.id, t.title, t.body, t.shortcut, t.tags, t.category, t.updated_at)
                 for t in app.templates.list()], content_generation(conn))


def run_import(app, *paths, category=None):
    return import_template_files(app.db, app.templates, list(paths), category)


@pytest.fixture
def other_app(tmp_path):
    instance = open_app(tmp_path / "other-home")
    yield instance
    instance.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_into_a_fresh_data_directory(app, other_app, tmp_path, suffix):
    for fields in OWN:
        app.templates.add(**fields)
    path = tmp_path / f"话术{suffix}"
    assert export_templates(app.templates, path) == len(app.templates.list())
    report = run_import(other_app, path)
    assert (report.added, report.updated, report.skipped) == (len(OWN), 0, ())
    assert contents(other_app) == contents(app)
    assert other_app.templates.resolve("rfd").language == "en"
    again = run_import(other_app, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, len(contents(app)))


def test_export_layout_and_categories(app, tmp_path):
    for fields in OWN:
        app.templates.add(**fields)
    path = tmp_path / "mine.csv"
    assert export_templates(app.templates, path, "csv", ["我的/售后", "我的"]) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == HEADER
    assert rows[1][:3] == ["我的/售后", "运费说明", "yfsm"] and rows[1][4] == "运费,说明"
    assert rows[2][3] == "'=SUM(A1) 不是公式\n-第二行"
    workbook_path = tmp_path / "mine.xlsx"
    export_templates(app.templates, workbook_path, categories=["我的"])
    sheet = openpyxl.load_workbook(workbook_path).active
    assert [c.value for c in sheet[1]] == HEADER
    assert sheet["D2"].value == "=SUM(A1) 不是公式\n-第二行" and sheet["D2"].data_type == "s"


def test_export_format_must_match_the_file_name(app, tmp_path):
    for name, fmt, code in (("a.txt", None, "export_format_unknown"),
                            ("a.xlsx", "csv", "export_suffix_mismatch")):
        with pytest.raises(InvalidInput) as exc:
            export_templates(app.templates, tmp_path / name, fmt)
        assert exc.value.code == code
    assert list(tmp_path.iterdir()) == []


def test_row_errors_are_reported_by_row_and_valid_rows_come_in(app, tmp_path, write_xlsx):
    path = write_xlsx(tmp_path / "批量.xlsx", [
        ["话术表"],
        HEADER,
        ["新品", "好的", "xphd", "好的，马上处理", ""],
        ["新品", "空的", "kd", "", ""],
        ["新品", "坏码", "a b", "内容", ""],
        ["新品", "长" * 201, "", "内容", ""],
        ["新品", "另一个", "thlc", "快捷码已有", "x" * 41],
        ["新品", "也好", "", "也好的", ""],
    ])
    report = run_import(app, path)
    assert (report.added, report.updated) == (2, 0)
    assert [(r.where.number, r.reason.code) for r in report.skipped] == [
        (4, "field_empty"), (5, "shortcut_invalid"), (6, "field_too_long"),
        (7, "tag_too_long")]
    assert str(report.skipped[0].message) == "批量.xlsx, row 4: body must not be empty"
    assert report.skipped[0].message.text("zh_CN") == "批量.xlsx 中第 4 行：正文不能为空"
    assert [t.title for t in app.templates.list("新品")] == ["好的", "也好"]


def test_updates_by_shortcut_then_by_title_and_never_clears(app, tmp_path, write_xlsx):
    by_code = app.templates.add(title="旧标题", body="旧内容", shortcut="dm", category="甲",
                                tags="留着")
    by_title = app.templates.add(title="同名", body="旧", category="乙")
    path = write_xlsx(tmp_path / "u.xlsx", [
        HEADER,
        ["", "新标题", "DM", "新内容", ""],
        ["乙", "同名", "tm", "新", ""],
        ["乙", "同名", "", "新", ""],
    ])
    report = run_import(app, path)
    assert (report.added, report.updated, report.unchanged) == (0, 2, 0)
    assert [(r.where.number, r.reason.code) for r in report.skipped] == [(4, "row_repeats")]
    assert "u.xlsx, row 3" in str(report.skipped[0].message)
    code = app.templates.get(by_code.id)
    assert (code.title, code.body, code.category, code.tags) == ("新标题", "新内容", "甲", ("留着",))
    title = app.templates.get(by_title.id)
    assert (title.body, title.shortcut) == ("新", "tm")
    assert run_import(app, path).unchanged == 2


def test_a_row_with_another_shortcut_is_a_new_template_despite_its_title(app, tmp_path,
                                                                        write_xlsx):
    app.templates.add(title="同名", body="一", shortcut="aa", category="丙")
    path = write_xlsx(tmp_path / "n.xlsx", [HEADER, ["丙", "同名", "bb", "二", ""]])
    assert run_import(app, path).added == 1
    assert sorted(t.shortcut for t in app.templates.list("丙")) == ["aa", "bb"]


def test_category_option_applies_to_rows_without_one(app, tmp_path):
    path = tmp_path / "m.yml"
    path.write_text('matches:\n  - trigger: ";a"\n    replace: "甲"\n', encoding="utf-8")
    run_import(app, path, category="导入/Espanso")
    assert app.templates.resolve(";a").category == "导入/Espanso"


def test_templates_managed_by_a_pack_are_never_changed(app, tmp_path, write_xlsx):
    make_pack(tmp_path / "acme.huashu", templates=[item(1)])
    app.packs.subscribe(str(tmp_path / "acme.huashu"))
    [managed] = [t for t in app.templates.list() if t.origin is not None]
    row = [managed.category, managed.title, managed.shortcut, managed.body, ""]
    path = write_xlsx(tmp_path / "p.xlsx", [HEADER, row[:3] + ["改掉它", ""], row])
    before = snapshot(app)
    report = run_import(app, path)
    assert [(r.where.number, r.reason.code) for r in report.skipped] == [(2, "row_managed")]
    assert "managed by pack 售后话术" in str(report.skipped[0].message)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 1)
    assert snapshot(app) == before


def test_imported_rows_are_found_by_search(app, tmp_path, write_xlsx):
    app.search.ensure_ready()
    path = write_xlsx(tmp_path / "s.xlsx", [HEADER, ["", "独特的回复", "zzdt", "独特内容", ""]])
    run_import(app, path)
    assert app.search.search("zzdt")[0].title == "独特的回复"


# -- hostile and broken files: one line, nothing changed ----------------------------------------

def zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            chunk = b"\0" * 2**20
            for _ in range(101):
                part.write(chunk)
    return path


def test_hostile_files_are_refused_and_change_nothing(app, tmp_path, write_xlsx):
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER, ["", "好", "good1", "好的", ""]])
    bomb = zip_bomb(tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 2**20
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as out:
        out.truncate(60 * 2**20)
    unsafe = tmp_path / "unsafe.yml"
    marker = tmp_path / "ran"
    unsafe.write_text(f'matches: !!python/object/apply:os.system ["touch {marker}"]\n')
    renamed = tmp_path / "old.xlsx"
    renamed.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    expected = {bomb: "xlsx_too_large_unpacked", huge: "file_too_large",
                unsafe: "yaml_invalid", renamed: "xlsx_damaged"}
    before = snapshot(app)
    for bad, code in expected.items():
        with pytest.raises(InvalidInput) as exc:
            run_import(app, good, bad)
        assert exc.value.params["cause"].code == code
        assert bad.name in str(exc.value) and "\n" not in str(exc.value)
    assert not marker.exists()
    assert snapshot(app) == before


def test_too_many_rows_are_refused(app, tmp_path, monkeypatch):
    from assistant.services.snippets import sheets

    monkeypatch.setattr(sheets, "MAX_ROWS", 3)
    path = tmp_path / "many.csv"
    path.write_text("标题,内容\n" + "".join(f"t{i},b{i}\n" for i in range(4)), encoding="utf-8")
    with pytest.raises(InvalidInput) as exc:
        run_import(app, path)
    assert exc.value.params["cause"].code == "import_too_many_rows"


def test_a_failure_while_writing_rolls_everything_back(app, tmp_path, monkeypatch,
                                                      write_xlsx):
    from assistant.store import templates as store

    path = write_xlsx(tmp_path / "w.xlsx", [HEADER, ["", "一", "", "1", ""],
                                            ["", "二", "", "2", ""]])
    calls = []
    real = store.add_template

    def failing(conn, draft, **kw):
        calls.append(draft.title)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(conn, draft, **kw)

    monkeypatch.setattr(store, "add_template", failing)
    before = snapshot(app)
    with pytest.raises(OSError):
        run_import(app, path)
    assert snapshot(app) == before


# -- the command line ---------------------------------------------------------------------------

def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def main_templates(capsys, category):
    assert main(["templates", "list", "--category", category, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_cli_export_and_import_with_report(capsys, tmp_path, write_xlsx):
    sheet = tmp_path / "all.xlsx"
    code, out, _ = run(capsys, "export", "--category", "售后退换", "-o", str(sheet))
    exported = len(main_templates(capsys, "售后退换"))
    assert code == 0 and out == f"{exported} templates written to {sheet}\n"
    bad = write_xlsx(tmp_path / "bad.xlsx", [HEADER, ["", "x", "", "", ""],
                                             ["", "y", "zzyy", "y", ""]])
    code, out, _ = run(capsys, "import", str(sheet), str(bad))
    assert code == 0
    assert out.startswith(f"2 file(s): 1 templates added, 0 updated, {exported} unchanged, "
                          "1 skipped\n")
    assert "skipped: bad.xlsx, row 2: body must not be empty" in out
    code, out, _ = run(capsys, "import", str(bad), "--json")
    data = json.loads(out)
    assert (data["added"], data["unchanged"]) == (0, 1)
    assert data["skipped"] == [{"file": "bad.xlsx", "row": 2, "code": "field_empty",
                                "message": "body must not be empty"}]


def test_cli_refuses_a_mix_of_handbooks_and_sheets(capsys, tmp_path, write_xlsx):
    handbook = tmp_path / "手册.md"
    handbook.write_text("# 退货\n七天无理由。\n", encoding="utf-8")
    sheet = write_xlsx(tmp_path / "话术.xlsx", [HEADER, ["", "a", "", "b", ""]])
    code, out, err = run(capsys, "import", str(handbook), str(sheet))
    assert code == 1 and out == ""
    assert "手册.md is a handbook" in err and len(err.strip().splitlines()) == 1


def test_rows_come_after_the_templates_already_in_their_category(app, tmp_path, write_xlsx):
    first = app.templates.list()[0].category
    path = write_xlsx(tmp_path / "o.xlsx", [HEADER, [first, "新来的", "", "新内容", ""],
                                            [first, "再来的", "", "再内容", ""]])
    run_import(app, path)
    assert [t.title for t in app.templates.list(first)][-2:] == ["新来的", "再来的"]


def test_a_title_several_templates_share_needs_a_shortcut_code(app, tmp_path, write_xlsx):
    for body in ("一", "二"):
        app.templates.add(title="重名", body=body, category="丁")
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["丁", "重名", "", "三", ""]])
    report = run_import(app, path)
    assert [r.reason.code for r in report.skipped] == ["row_title_ambiguous"]
    assert sorted(t.body for t in app.templates.list("丁")) == ["一", "二"]


def test_export_to_a_missing_folder_is_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "export", "-o", str(tmp_path / "missing" / "a.xlsx"))
    assert code == 1 and out == ""
    assert err.startswith("huashu: cannot write ") and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "export", "-o", str(tmp_path / "a.csv"), "--json")
    assert json.loads(out)["format"] == "csv" and (tmp_path / "a.csv").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]
