"""The wording check for leads: forbidden words, shortcut overlaps, greetings without 称呼."""

from __future__ import annotations

import json

import pytest

from assistant.cli import main
from assistant.core.errors import InvalidInput
from assistant.core.packs import PackContent
from assistant.core.settings import Settings
from assistant.core.wording import (
    Coded, WordList, edit_words, greeting_problems, parse_words, shortcut_problems,
    wording_problems,
)
from assistant.services.packs.archive import read_pack
from assistant.services.packs.build import build_pack

from packtools import item, make_pack


def words_in(text: str, words: WordList | None = None) -> list[tuple[str, str]]:
    found = wording_problems(text, words or WordList.build())
    return [(text[p.start:p.end], p.code) for p in found]


# -- forbidden words ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("我们保证今天发货", [("保证", "wording_absolute")]),
    ("绝对正品，一定满意", [("绝对", "wording_absolute"), ("一定", "wording_absolute")]),
    ("全网最低价，销量第一", [("全网最低", "wording_extreme"), ("第一", "wording_extreme")]),
    ("本店最低价", [("最低价", "wording_extreme")]),
    ("１００％好评", [("１００％", "wording_absolute")]),
    ("方便的话加微信聊", [("加微信", "wording_off_platform")]),
])
def test_built_in_words_are_flagged_with_their_reason(text, expected):
    assert words_in(text) == expected


@pytest.mark.parametrize("text", [
    "发货后我会第一时间告诉您", "第一次使用建议先看说明", "保证金会原路退回", "有一定的色差",
    "签收时一定要当面验货", "这个不一定，要看地区", "我们无法保证几点送达", "您好，请问有什么可以帮您？",
])
def test_allowed_phrases_excuse_the_words_inside_them(text):
    assert words_in(text) == []


def test_positions_are_offsets_into_the_text_as_written():
    [problem] = wording_problems("{称呼}，ＡＢＣ绝对", WordList.build())
    assert (problem.start, problem.end, problem.params["word"]) == (8, 10, "绝对")
    assert problem.text("zh_CN") == "“绝对”是绝对化承诺，请改为能做到的具体说法"
    assert problem.where == "body"


def test_the_leads_words_add_to_the_defaults_and_allowed_words_switch_them_off():
    words = WordList.build(forbidden=["秒发", "Best"], allowed=["保证"])
    assert words_in("秒发！BEST choice，保证正品，第一", words) == [
        ("秒发", "wording_custom"), ("BEST", "wording_custom"), ("第一", "wording_extreme")]
    assert words_in("秒发", WordList.build()) == []


def test_word_lists_are_typed_with_commas_and_validated():
    assert parse_words("包邮, 秒发，正品、包邮;\n ") == ("包邮", "秒发", "正品")
    assert parse_words("") == ()
    with pytest.raises(InvalidInput, match="longer than 20"):
        parse_words("字" * 21)
    with pytest.raises(InvalidInput, match="brace"):
        parse_words("{称呼}")
    assert parse_words(edit_words(("包邮",), "+秒发，正品")) == ("包邮", "秒发", "正品")
    assert parse_words(edit_words(("包邮", "秒发"), "-包邮")) == ("秒发",)
    assert parse_words(edit_words(("包邮",), "秒发")) == ("秒发",)


def test_stored_word_lists_read_back_as_tuples():
    settings = Settings.from_stored({"forbidden_words": ["包邮", "秒发"], "allowed_words": "保证"})
    assert settings.forbidden_words == ("包邮", "秒发") and settings.allowed_words == ("保证",)
    assert Settings.from_stored({"forbidden_words": ["{x}"]}).forbidden_words == ()


# -- shortcuts and greetings -------------------------------------------------------------------


def test_duplicate_and_prefix_overlapping_shortcuts_are_told_on_both_sides():
    found = shortcut_problems([Coded("a", "th", "退货"), Coded("b", "thlc", "退货流程"),
                               Coded("c", "TK", "退款"), Coded("d", "tk", "退款2"),
                               Coded("e", "fh", "发货"), Coded("f", "", "无")])
    assert {key: [p.code for p in problems] for key, problems in found.items()} == {
        "a": ["shortcut_prefix_of"], "b": ["shortcut_starts_with"],
        "c": ["shortcut_duplicate"], "d": ["shortcut_duplicate"]}
    [problem] = found["a"]
    assert (problem.where, problem.start, problem.end) == ("shortcut", 0, 2)
    assert problem.text() == ("shortcut 'th' is the beginning of 'thlc' ('退货流程'): typing it "
                              "is ambiguous")
    assert shortcut_problems([Coded("a", "ab", "x"), Coded("b", "ba", "y")]) == {}


def test_greetings_must_address_the_customer():
    assert [p.code for p in greeting_problems("您好，欢迎光临", "问候欢迎")] == [
        "greeting_without_salutation"]
    assert greeting_problems("{称呼|亲}您好", "问候欢迎") == []
    assert greeting_problems("Hello {salutation}", "英文/Greeting") == []
    assert greeting_problems("您好，欢迎光临", "售后退换") == []
    assert greeting_problems("您好", "店铺/开场白")[0].text("zh_CN") == (
        "“店铺/开场白”里的问候没有 {称呼}，请称呼顾客")


# -- the service, settings and packs -----------------------------------------------------------


def test_check_gives_the_editor_every_problem_of_a_draft(app):
    taken = app.templates.list()[0]
    found = app.templates.check("您好{nmae}，我们保证", category="问候欢迎",
                                shortcut=taken.shortcut + "x")
    assert [(p.code, p.where) for p in found] == [
        ("greeting_without_salutation", "body"), ("misspelt_builtin", "body"),
        ("wording_absolute", "body"), ("shortcut_starts_with", "shortcut")]
    assert app.templates.check("{称呼}您好", category="问候欢迎", shortcut=taken.shortcut,
                               template_id=taken.id) == []
    assert [p.code for p in app.templates.check("x", shortcut=taken.shortcut.upper())] == [
        "shortcut_duplicate"]


def test_the_leads_setting_extends_the_check(app):
    assert app.templates.check("今天下单秒发") == []
    app.settings.set("forbidden_words", "秒发，包邮")
    app.settings.set("forbidden_words", "+顺丰")
    assert app.settings.get("forbidden_words") == ("秒发", "包邮", "顺丰")
    assert [p.code for p in app.templates.check("今天下单秒发")] == ["wording_custom"]
    app.settings.set("allowed_words", "保证")
    assert app.templates.check("保证今天发") == []
    with pytest.raises(InvalidInput, match="forbidden_words"):
        app.settings.set("forbidden_words", "字" * 30)
    assert app.settings.get("forbidden_words") == ("秒发", "包邮", "顺丰")


def test_a_subscribed_packs_words_apply_until_unsubscribing(app, tmp_path):
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1)], forbidden_words=("秒发",), allowed_words=("第一",))
    app.packs.subscribe(str(source))
    assert [p.code for p in app.templates.check("秒发，第一")] == ["wording_custom"]
    app.packs.unsubscribe("acme")
    assert [p.code for p in app.templates.check("秒发，第一")] == ["wording_extreme"]


def test_a_new_version_without_words_drops_the_old_ones(app, tmp_path):
    source = tmp_path / "acme.huashu"
    make_pack(source, templates=[item(1)], forbidden_words=("秒发",))
    app.packs.subscribe(str(source))
    make_pack(source, version=2, templates=[item(1)])
    app.packs.sync()
    assert app.templates.check("秒发") == []


def test_a_pack_without_words_is_written_and_read_as_before(tmp_path):
    path = make_pack(tmp_path / "old.huashu", templates=[item(1)])
    pack = read_pack(path)
    assert pack.content.forbidden_words == () and pack.content.allowed_words == ()
    assert b"wording" not in PackContent(("x",), (item(1),)).to_json()


def test_a_pack_with_unusable_words_is_refused(tmp_path):
    path = make_pack(tmp_path / "bad.huashu", templates=[item(1)], forbidden_words=("{x}",))
    with pytest.raises(InvalidInput, match="word list is unusable"):
        read_pack(path)


def test_a_built_pack_carries_the_leads_words_unless_told_not_to(app, tmp_path):
    app.templates.add(title="团队模板", body="{称呼}您好", category="团队")
    app.settings.set("forbidden_words", "秒发")
    app.settings.set("allowed_words", "保证金")
    built = build_pack(app.db, tmp_path / "p", pack_id="acme", name="x", version=1)
    assert built.words == 2
    content = read_pack(built.path).content
    assert (content.forbidden_words, content.allowed_words) == (("秒发",), ("保证金",))
    bare = build_pack(app.db, tmp_path / "q", pack_id="acme", name="x", version=2,
                      wording=False)
    assert bare.words == 0 and read_pack(bare.path).content.forbidden_words == ()


# -- the command line --------------------------------------------------------------------------


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_lint_all_reports_wording_shortcuts_and_greetings(capsys):
    assert run(capsys, "templates", "add", "--title", "开场", "--body", "欢迎光临，保证满意",
               "--shortcut", "hyx", "--category", "问候欢迎")[0] == 0
    code, out, err = run(capsys, "lint", "--all")
    assert code == 1
    assert sorted(out.splitlines()) == sorted([
        "hy/通用问候: shortcut: shortcut 'hy' is the beginning of 'hyx' ('开场'): typing it is "
        "ambiguous",
        "hyx/开场: body: a greeting in '问候欢迎' without {称呼}: address the customer",
        "hyx/开场: 6: '保证' is an absolute promise: say what you will actually do",
        "hyx/开场: shortcut: shortcut 'hyx' begins with 'hy', the shortcut of '通用问候': "
        "typing it is ambiguous",
    ])
    assert "4 problem(s) in 2 template(s)" in err
    code, out, _ = run(capsys, "lint", "hyx", "--json", "--language", "zh_CN")
    [found] = json.loads(out)
    assert code == 1 and found["problems"][1] == {
        "code": "wording_absolute", "where": "body", "start": 5, "end": 7, "position": 6,
        "message": "“保证”是绝对化承诺，请改为能做到的具体说法"}


def test_config_shows_and_edits_word_lists(capsys):
    assert run(capsys, "config", "forbidden_words", "秒发，包邮")[1] == "秒发, 包邮\n"
    assert run(capsys, "config", "forbidden_words", "--", "-包邮")[1] == "秒发\n"
    assert "forbidden_words = 秒发    #" in run(capsys, "config")[1]
    code, _, err = run(capsys, "config", "allowed_words", "{x}")
    assert code == 1 and "brace" in err


# -- the editor --------------------------------------------------------------------------------


def test_the_editor_lists_wording_and_shortcut_problems(qtbot, app, monkeypatch):
    from assistant.ui.templates_window import TemplatesWindow

    window = TemplatesWindow(app.templates, app.rendering, categories=app.categories)
    monkeypatch.setattr(window, "confirm_discard", lambda: True)
    qtbot.addWidget(window)
    first, other = [t for t in app.templates.list() if t.shortcut][:2]
    editor = window.editor
    editor.load(first)

    def problems() -> list[str]:
        return [editor.problems.item(i).text() for i in range(editor.problems.count())]

    window.body.setPlainText("{称呼}您好，我们保证今天发货")
    assert "第 10 个字符：“保证”是绝对化承诺，请改为能做到的具体说法" in problems()
    window.body.setPlainText("{称呼}您好")
    window.shortcut.setText(other.shortcut + "x")
    assert editor.shortcut_note.text().startswith(f"快捷码“{other.shortcut}x”以")
    window.shortcut.setText(first.shortcut)
    assert "重复" not in editor.shortcut_note.text()  # its own shortcut is no clash
