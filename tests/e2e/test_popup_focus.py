"""On X11 the popup takes the keys with a grab: the chat window keeps the focus throughout,
so the paste needs no focus change, and no window of Huashu's takes the focus afterwards."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import E2E_TEMPLATE
from .desktop import wait_for
from .test_paste import REPLY, open_popup, popup_has_keys

pytestmark = pytest.mark.e2e

HOLDER = Path(__file__).with_name("keyboard_holder.py")


class Holder:
    """Another program holding the keyboard until ``release``."""

    def __init__(self, desktop) -> None:
        self.process = subprocess.Popen([sys.executable, str(HOLDER)],
                                        env=desktop.env(), stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "released"

    def close(self) -> None:
        self.process.kill()
        self.process.wait(5)


def _type_and_enter(desktop) -> None:
    desktop.xdotool("type", "--delay", "20", E2E_TEMPLATE["shortcut"])
    desktop.xdotool("key", "Return")


def test_the_chat_window_keeps_the_focus_while_the_popup_takes_the_keys(desktop, huashu, chat):
    open_popup(desktop, huashu)
    wait_for(lambda: popup_has_keys(desktop, huashu), 3, 0.01, "the popup to have the keys")
    assert huashu.status()["popup_keys"] == "grab"
    assert desktop.focused_window() == chat.window
    _type_and_enter(desktop)
    chat.wait_text(REPLY)
    assert desktop.focused_window() == chat.window


def test_a_keyboard_another_program_holds_is_taken_once_it_lets_go(desktop, huashu, chat):
    holder = Holder(desktop)
    try:
        huashu.cli("show")
        wait_for(lambda: huashu.status().get("popup_visible"), 5, 0.01, "the popup")
        assert huashu.status()["popup_keys"] == "waiting"
        holder.release()
        wait_for(lambda: huashu.status().get("popup_keys") == "grab", 2, 0.005, "the grab")
    finally:
        holder.close()
    _type_and_enter(desktop)
    chat.wait_text(REPLY)
    assert chat.text == REPLY  # nothing typed went to the chat window


def test_after_waiting_for_the_keyboard_a_click_outside_still_closes_the_popup(
        desktop, huashu, chat):
    """Qt grabs no pointer when it cannot have the keyboard: the popup grabs it later."""
    holder = Holder(desktop)
    try:
        huashu.cli("show")
        wait_for(lambda: huashu.status().get("popup_keys") == "waiting", 5, 0.01, "the popup")
        holder.release()
        wait_for(lambda: huashu.status().get("popup_keys") == "grab", 2, 0.005, "the grab")
    finally:
        holder.close()
    _click_chat(desktop, chat)
    wait_for(lambda: not huashu.status().get("popup_visible"), 3, 0.01, "the popup to close")
    desktop.xdotool("type", "ok")
    wait_for(lambda: chat.text == "ok", 3, 0.01, "the keys in the chat window")


def _click_chat(desktop, chat) -> None:
    desktop.xdotool("mousemove", "--window", str(chat.window), "60", "60")
    desktop.xdotool("click", "1")
    desktop.xdotool("mousemove", "640", "400")


def test_a_click_outside_closes_the_popup_and_leaves_the_focus_alone(desktop, huashu, chat):
    open_popup(desktop, huashu)
    wait_for(lambda: popup_has_keys(desktop, huashu), 3, 0.01, "the popup to have the keys")
    _click_chat(desktop, chat)
    wait_for(lambda: not huashu.status().get("popup_visible"), 3, 0.01, "the popup to close")
    time.sleep(0.2)
    assert desktop.focused_window() == chat.window and chat.text == ""


@pytest.mark.parametrize("close", ["Return", "Escape", "click"])
def test_a_huashu_window_the_agent_just_left_does_not_take_the_focus_back(desktop, huashu,
                                                                          chat, close):
    """Qt hears of a focus loss 100 ms late: a popup opened sooner must not hand the focus
    back to the window the agent just left when it closes."""
    huashu.cli("open", "templates")
    found = wait_for(lambda: desktop.xdotool("search", "--onlyvisible", "--name", "^模板管理$"),
                     5, 0.01, "the templates window")
    desktop.focus(int(found.split()[0]))
    chat.focus()
    open_popup(desktop, huashu)
    wait_for(lambda: popup_has_keys(desktop, huashu), 3, 0.01, "the popup to have the keys")
    if close == "Return":
        _type_and_enter(desktop)
        chat.wait_text(REPLY)
    elif close == "Escape":
        desktop.xdotool("key", "Escape")
    else:
        _click_chat(desktop, chat)
    wait_for(lambda: not huashu.status().get("popup_visible"), 5, 0.01, "the popup to close")
    time.sleep(0.3)
    assert desktop.focused_window() == chat.window
