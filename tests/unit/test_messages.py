"""User-facing messages exist in English and Chinese and compose in either language."""

import ast
import pickle
import re
import string
from pathlib import Path

import pytest

from assistant.core import catalog
from assistant.core.catalog import CATALOG
from assistant.core.errors import DataError, InvalidInput, NotFound
from assistant.core.messages import LocalizedError, Message, render
from assistant.core.settings import SPECS
from assistant.platform.base import PlatformError

ROOT = Path(__file__).resolve().parents[2] / "assistant"
RAISING = {"HuashuError", "InvalidInput", "NotFound", "DataError", "PlatformError", "Message"}


def fields(template: str) -> set[str]:
    return {re.split(r"[.\[]", name)[0] for _, name, _, _ in string.Formatter().parse(template)
            if name is not None}


def test_every_code_has_both_languages_with_the_same_parameters():
    for code, texts in CATALOG.items():
        assert len(texts) == 2 and all(t.strip() for t in texts), code
        english, chinese = texts
        assert english != chinese, code
        assert fields(english) == fields(chinese), code
        assert re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", chinese), code


def test_chinese_uses_full_width_punctuation():
    for code, (_, chinese) in CATALOG.items():
        prose = re.sub(r"\{[^{}]*\}", "", chinese.replace("{{", "").replace("}}", ""))
        assert not re.search(r"[,;:()?!\"]", prose), (code, chinese)


def test_no_code_is_defined_twice():
    groups = [value for name, value in vars(catalog).items()
              if name.startswith("_") and not name.startswith("__") and isinstance(value, dict)]
    assert sum(len(g) for g in groups) == len(CATALOG)


def raise_sites():
    """(file, line, code, keyword names) of every literal-coded error or Message built."""
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in RAISING and node.args):
                first = node.args[0]
                code = first.value if isinstance(first, ast.Constant) else None
                yield (f"{path.relative_to(ROOT)}:{node.lineno}", code,
                       {k.arg for k in node.keywords})


def test_every_raise_site_uses_a_catalogued_code_with_its_parameters():
    sites = list(raise_sites())
    assert len(sites) > 60
    for where, code, keywords in sites:
        if code is None:  # built from a prefix, e.g. Message(f"setting.{key}")
            continue
        assert code in CATALOG, where
        assert fields(CATALOG[code][0]) <= keywords, where


def test_every_setting_and_lint_finding_has_a_name_in_both_languages():
    for key in SPECS:
        assert f"setting.{key}" in CATALOG
    from assistant.core.placeholders import lint
    from assistant.core.wording import (
        Coded,
        WordList,
        greeting_problems,
        shortcut_problems,
        wording_problems,
    )

    found = {p.code for text in ("a}b", "{x", "{a{b}}", "{}", "{a,b}", "{nmae}")
             for p in lint(text)}
    found |= {p.code for p in wording_problems("一定 第一 加微信 秒发", WordList.build(["秒发"]))}
    found |= {p.code for p in greeting_problems("您好", "问候")}
    found |= {p.code for problems in shortcut_problems(
        [Coded("1", "a", "x"), Coded("2", "A", "y"), Coded("3", "ab", "z")]).values()
        for p in problems}
    assert {f"lint.{code}" for code in found} == {c for c in CATALOG if c.startswith("lint.")}


def test_rendering_never_raises():
    assert render("shortcut_taken", {}, "zh_CN") == "快捷码“{shortcut}”已被“{title}”使用"
    too_long = "field_too_long"
    assert render(too_long, {"field": "x", "limit": "many"}) == "x is longer than many characters"
    assert render(too_long, {"field": "x", "limit": 12000}) == "x is longer than 12,000 characters"
    assert render("a sentence from elsewhere", {"x": 1}) == "a sentence from elsewhere"
    assert str(PlatformError("no X display")) == "no X display"


def test_languages_and_lists():
    error = InvalidInput("value_not_a_choice", choices=("女士", "小姐"))
    assert str(error) == "must be one of: 女士, 小姐"
    assert error.text("zh_CN") == "只能是 女士、小姐 之一"
    assert error.text("zh") == error.text("zh-CN") == error.text("zh_CN")
    assert error.text("fr") == error.text(None) == error.text("en") == str(error)


def test_wrapped_errors_render_in_the_same_language():
    inner = InvalidInput("file_missing")
    outer = InvalidInput("file_problem", file="手册.md", cause=inner)
    assert str(outer) == "手册.md: cannot read: no such file"
    assert outer.text("zh_CN") == "手册.md：找不到这个文件"
    migration = DataError("database_migration_failed", path="/d/huashu.db",
                          cause=RuntimeError("disk I/O error"))
    assert migration.text("zh_CN") == "无法升级数据库 /d/huashu.db：disk I/O error"


def test_errors_keep_code_and_parameters_and_survive_pickling():
    error = NotFound("template_ref_not_found", ref="thlc")
    assert (error.code, error.params) == ("template_ref_not_found", {"ref": "thlc"})
    assert isinstance(error, LocalizedError)
    assert error.message == Message("template_ref_not_found", ref="thlc")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is NotFound and copy.text("zh_CN") == "没有 ID 或快捷码为“thlc”的模板"
    assert isinstance(PlatformError("no_x11_display"), LocalizedError)


# -- end to end: the messages users meet most ---------------------------------------------------

def test_duplicate_shortcut(app):
    assert app.templates.resolve("thlc").title == "退货流程"
    with pytest.raises(InvalidInput) as caught:
        app.templates.add(title="另一个", body="x", shortcut="THLC")
    assert str(caught.value) == "shortcut 'thlc' is already used by '退货流程'"
    assert caught.value.text("zh_CN") == "快捷码“thlc”已被“退货流程”使用"


def test_bad_hotkey_setting(app):
    with pytest.raises(InvalidInput) as caught:
        app.settings.set("hotkey", "space")
    assert str(caught.value) == ("invalid value for hotkey: 'space' needs a modifier (Ctrl, Alt, "
                                 "Shift or Super) so that typing never triggers it")
    assert caught.value.text("zh_CN") == ("全局热键设置无效：热键“space”需要至少一个修饰键"
                                          "（Ctrl、Alt、Shift 或 Super），否则打字时会误触发")
    assert caught.value.params["key"] == "hotkey"


def test_unknown_setting(app):
    with pytest.raises(InvalidInput) as caught:
        app.settings.set("colour", "red")
    assert str(caught.value).startswith("unknown setting 'colour' (known: agent_name, shop_name,")
    assert caught.value.text("zh_CN").startswith("没有“colour”这个设置项（可用的有：agent_name、shop_name、")


def test_invalid_setting_value_names_the_setting(app):
    with pytest.raises(InvalidInput) as caught:
        app.settings.set("agent_name", "小" * 21)
    assert str(caught.value) == "invalid value for agent_name: must be at most 20 characters"
    assert caught.value.text("zh_CN") == "客服名设置无效：最多只能有 20 个字符"


def test_unreadable_file(app, tmp_path):
    from assistant.services.kb_import import import_files

    with pytest.raises(InvalidInput) as caught:
        import_files(app.db, app.knowledge, [tmp_path / "售后手册.docx"])
    assert str(caught.value) == "售后手册.docx: cannot read: no such file"
    assert caught.value.text("zh_CN") == "售后手册.docx：找不到这个文件"


def test_hotkey_that_cannot_be_registered():
    from assistant.platform.fake import FakeDesktopState, FakeHotkeys

    with pytest.raises(PlatformError) as caught:
        FakeHotkeys(FakeDesktopState(), fail="no X display").start("<ctrl>+<alt>+h", print)
    assert "(no X display)" in str(caught.value)
    assert caught.value.text("zh_CN").startswith("这个桌面不支持全局热键（no X display）")
