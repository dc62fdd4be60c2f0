"""Chinese typed through a real input method (IBus with its pinyin engine) into the popup's
query, as agents type it."""

from __future__ import annotations

import pytest

from tests.needs import unavailable

from .conftest import running_huashu
from .desktop import InputMethod, missing_input_method, wait_for
from .test_paste import open_popup, popup_has_keys

pytestmark = pytest.mark.e2e

GREETING = {"title": "你好输入法测试", "body": "输入法测试回复：你好。", "shortcut": "zzsrf"}
DECOY = {"title": "拼音原样测试", "body": "输入法没有工作：查询是拼音原文。", "shortcut": "nihao"}
"""What an ASCII query "nihao" finds first (its shortcut): pasted when the input method did
not turn the pinyin into 你好."""


@pytest.fixture(scope="module")
def input_method(desktop):
    missing = missing_input_method()
    if missing:
        unavailable(f"the input-method test needs {', '.join(missing)} "
                    "(bash tests/run.sh installs ibus and ibus-libpinyin)")
    with InputMethod(desktop) as ime:
        yield ime


@pytest.fixture(scope="module")
def huashu(desktop, input_method):
    with running_huashu(desktop, GREETING, DECOY, **input_method.extra) as process:
        yield process


def test_pinyin_becomes_chinese_in_the_popup_and_finds_the_reply(desktop, huashu, chat):
    open_popup(desktop, huashu)
    wait_for(lambda: popup_has_keys(desktop, huashu), 3, 0.01, "the popup to have the keys")
    desktop.xdotool("type", "--delay", "40", "nihao")
    desktop.xdotool("key", "space")
    desktop.xdotool("key", "Return")
    event = chat.wait_text(GREETING["body"])
    assert event["text"] == GREETING["body"]
