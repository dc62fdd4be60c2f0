"""The running app sees what the command line changes, without a restart."""

from __future__ import annotations

import time

import pytest

from .desktop import wait_for

pytestmark = pytest.mark.e2e


def test_a_template_added_while_the_popup_is_open_is_pasted_a_second_later(desktop, huashu,
                                                                          chat):
    desktop.xdotool("key", "ctrl+alt+space")
    wait_for(lambda: huashu.status().get("popup_visible"), 5, 0.01, "the popup")
    desktop.xdotool("type", "--delay", "20", "zzyx")
    added = huashu.cli("templates", "add", "--title", "运行中新加的模板", "--body",
                       "{称呼}您好，这是运行中新加的模板。", "--shortcut", "zzyx")
    assert added.returncode == 0, added.stderr
    time.sleep(1.0)
    desktop.xdotool("key", "Return")
    chat.wait_text("亲您好，这是运行中新加的模板。")
