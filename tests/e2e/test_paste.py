"""The core loop for real: hotkey in a chat window, type, Enter, text in that window."""

from __future__ import annotations

import json
import time

import pytest

from .conftest import E2E_TEMPLATE
from .desktop import wait_for

pytestmark = pytest.mark.e2e

REPLY = "亲您好，这里是端到端测试回复。"


def open_popup(desktop, huashu):
    desktop.xdotool("key", "ctrl+alt+space")
    wait_for(lambda: huashu.status().get("popup_visible"), 5, 0.01, "the popup")


def popup_has_keys(desktop, huashu) -> bool:
    """The popup holds the keyboard (X11: a grab, the chat window keeping the focus), or
    has the focus where it could not grab."""
    status = huashu.status()
    keys = status.get("popup_keys")
    return keys == "grab" or (keys == "focus"
                              and desktop.focused_window() == status["popup_window"])


def test_hotkey_query_enter_pastes_and_the_clipboard_comes_back(desktop, huashu, chat):
    desktop.set_clipboard("客户原来复制的内容 ABC")
    open_popup(desktop, huashu)
    desktop.xdotool("type", "--delay", "20", E2E_TEMPLATE["shortcut"])
    desktop.xdotool("key", "Return")
    chat.wait_text(REPLY)
    assert desktop.focused_window() == chat.window
    wait_for(lambda: desktop.clipboard() == "客户原来复制的内容 ABC", 3, 0.02,
             "the clipboard to be restored")
    assert not huashu.status()["popup_visible"]
    listed = json.loads(huashu.cli("templates", "list", "--json").stdout)
    entry = next(t for t in listed if t["shortcut"] == E2E_TEMPLATE["shortcut"])
    assert entry["use_count"] >= 1 and entry["last_used_at"]


def test_escape_returns_focus_without_pasting(desktop, huashu, chat):
    open_popup(desktop, huashu)
    desktop.xdotool("type", "--delay", "20", E2E_TEMPLATE["shortcut"])
    desktop.xdotool("key", "Escape")
    wait_for(lambda: not huashu.status().get("popup_visible"), 5, 0.01, "the popup to close")
    wait_for(lambda: desktop.focused_window() == chat.window, 3, 0.01, "focus to return")
    time.sleep(0.4)
    assert chat.text == ""


def test_show_with_a_customer_then_a_choice_addresses_them(desktop, huashu, chat):
    done = huashu.cli("show", "--customer", "王小明", "--gender", "male")
    assert done.returncode == 0, done.stderr
    wait_for(lambda: huashu.status().get("popup_visible"), 5, 0.01, "the popup")
    desktop.xdotool("type", "--delay", "20", E2E_TEMPLATE["shortcut"])
    desktop.xdotool("key", "Return")
    event = chat.wait_text("王先生您好，这里是端到端测试回复。")
    assert event["text"].startswith("王先生")
