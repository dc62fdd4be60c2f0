"""The paste sequence against the fake desktop: order, clipboard care, modes, counting."""

import logging

import pytest

from assistant.core.settings import Settings
from assistant.platform.base import PlatformError, WindowRef
from assistant.platform.fake import fake_desktop
from assistant.services.paste import Delivery, PasteService


class ManualScheduler:
    def __init__(self):
        self.timers: list[tuple[float, object]] = []
        self.background_jobs = 0

    def later(self, seconds, action):
        self.timers.append((seconds, action))

    def background(self, action):
        self.background_jobs += 1
        action()

    def run_timers(self):
        timers, self.timers = sorted(self.timers, key=lambda t: t[0]), []
        for _, action in timers:
            action()


@pytest.fixture
def setup():
    desktop, state = fake_desktop()
    scheduler = ManualScheduler()
    settings = {"value": Settings()}
    uses: list[tuple[str, str]] = []
    service = PasteService(desktop.windows, desktop.keys, desktop.clipboard, scheduler,
                           lambda: settings["value"], lambda tid, action: uses.append((tid, action)))
    return service, state, scheduler, settings, uses


def _names(events):
    return [e[0] for e in events]


def test_paste_happens_in_order_and_the_clipboard_comes_back(setup):
    service, state, scheduler, _, uses = setup
    chat = state.focused
    service.remember_target()
    state.focused = WindowRef("huashu-popup")  # the popup took the focus
    outcome = service.deliver("王先生您好", "t1")
    assert outcome.delivery is Delivery.PASTED
    # everything that does not need the chat window comes before the focus moves to it
    assert _names(state.events) == ["save_clipboard", "put_text", "wait_modifiers", "activate",
                                    "paste"]
    assert ("activate", chat.handle) in state.events
    assert state.keys_follow == [True]  # the platform may send the keys right behind it
    assert state.pasted == ["王先生您好"]
    assert state.clipboard_text() == "王先生您好"  # not restored yet: the target may still read
    assert [delay for delay, _ in scheduler.timers] == [0.3]
    scheduler.run_timers()
    assert state.clipboard_text() == "原来的剪贴板"
    assert _names(state.events)[-1] == "restore_clipboard"
    assert uses == [("t1", "paste")]


def test_every_clipboard_format_is_given_back(setup):
    service, state, scheduler, _, _ = setup
    state.clipboard = {"text/plain": b"a", "text/html": b"<b>a</b>", "image/png": b"\x89PNG"}
    service.remember_target()
    service.deliver("回复")
    scheduler.run_timers()
    assert state.clipboard == {"text/plain": b"a", "text/html": b"<b>a</b>",
                               "image/png": b"\x89PNG"}


def test_restore_delay_and_paste_keys_come_from_settings(setup):
    service, state, scheduler, settings, _ = setup
    settings["value"] = Settings(restore_delay_ms=1200, paste_keys="shift+insert")
    service.remember_target()
    service.deliver("x")
    assert ("paste", "shift+insert") in state.events
    assert [delay for delay, _ in scheduler.timers] == [1.2]


def test_paste_and_send_presses_enter_after_the_send_delay(setup):
    service, state, scheduler, settings, uses = setup
    settings["value"] = Settings(send_delay_ms=80)
    service.remember_target()
    assert service.deliver("x", "t1", send=True).delivery is Delivery.SENT
    assert sorted(delay for delay, _ in scheduler.timers) == [0.08, 0.3]
    scheduler.run_timers()
    assert _names(state.events).index("enter") > _names(state.events).index("paste")
    assert uses == [("t1", "send")]


def test_the_enter_of_a_paste_and_send_is_dropped_when_the_popup_opens_again(setup):
    """Pressed into the popup, it would choose the first reply there."""
    service, state, scheduler, settings, uses = setup
    service.remember_target()
    service.deliver("x", "t1", send=True)
    service.cancel_send()
    scheduler.run_timers()
    assert "enter" not in _names(state.events)
    assert uses == [("t1", "send")]


def test_copy_only_never_presses_keys_nor_restores(setup):
    service, state, scheduler, _, uses = setup
    service.remember_target()
    outcome = service.deliver("只复制", "t1", copy_only=True)
    assert outcome.delivery is Delivery.COPIED
    assert "paste" not in _names(state.events)
    assert scheduler.timers == []
    assert state.clipboard_text() == "只复制"
    assert ("activate", "chat-window") in state.events  # focus still goes back
    assert state.keys_follow == [False]
    assert uses == [("t1", "copy")]


def test_copy_mode_setting_makes_every_choice_a_copy(setup):
    service, state, _, settings, _ = setup
    settings["value"] = Settings(paste_mode="copy")
    service.remember_target()
    assert service.deliver("x").delivery is Delivery.COPIED
    assert state.pasted == []


def test_without_a_window_to_return_to_the_reply_is_copied(setup):
    service, state, scheduler, _, _ = setup
    state.focused = None
    service.remember_target()
    outcome = service.deliver("回复")
    assert outcome.delivery is Delivery.NO_TARGET
    assert state.clipboard_text() == "回复" and state.pasted == []
    assert scheduler.timers == []


def test_a_window_that_cannot_be_focused_is_not_pasted_into(setup):
    service, state, scheduler, _, uses = setup
    service.remember_target()
    state.activation_works = False
    assert service.deliver("回复", "t1").delivery is Delivery.NO_TARGET
    assert state.pasted == [] and state.clipboard_text() == "回复"
    assert scheduler.timers == [] and uses == [("t1", "copy")]  # the reply stays copied


def test_two_quick_pastes_still_give_back_the_agents_own_clipboard(setup):
    service, state, scheduler, _, _ = setup
    service.remember_target()
    service.deliver("第一条")
    service.deliver("第二条")  # before the first restore ran
    assert state.pasted == ["第一条", "第二条"]
    scheduler.run_timers()
    assert state.clipboard_text() == "原来的剪贴板"
    assert _names(state.events).count("restore_clipboard") == 1


def test_something_copied_meanwhile_is_not_overwritten(setup):
    service, state, scheduler, _, _ = setup
    service.remember_target()
    service.deliver("回复")
    state.clipboard = {"text/plain": "客户的新单号".encode()}
    scheduler.run_timers()
    assert state.clipboard_text() == "客户的新单号"
    assert "restore_clipboard" not in _names(state.events)


def test_dismissing_returns_focus_without_pasting(setup):
    service, state, _, _, _ = setup
    service.remember_target()
    state.focused = WindowRef("huashu-popup")
    assert service.return_focus()
    assert state.focused.handle == "chat-window"
    assert state.pasted == [] and _names(state.events) == ["activate"]
    assert state.keys_follow == [False]  # the popup closes next: the focus must have moved


def test_nothing_of_the_reply_reaches_the_log(setup, caplog):
    service, state, scheduler, _, _ = setup
    caplog.set_level(logging.DEBUG)
    state.focused = None
    service.remember_target()
    service.deliver("王小明先生您好，订单 123456")
    state.focused = WindowRef("w")
    service.remember_target()
    service.deliver("王小明先生您好，订单 123456")
    scheduler.run_timers()
    assert "王小明" not in caplog.text and "123456" not in caplog.text


def test_a_window_keys_cannot_reach_gets_the_reply_copied_with_the_reason(setup):
    service, state, scheduler, _, uses = setup
    service.remember_target()
    state.input_barrier = PlatformError("paste_target_elevated")
    outcome = service.deliver("回复", "t1")
    assert outcome.delivery is Delivery.BLOCKED and outcome.reason is state.input_barrier
    assert "paste" not in _names(state.events)
    assert _names(state.events)[-1] == "activate"  # the focus is back, nothing pressed
    assert state.clipboard_text() == "回复" and scheduler.timers == []
    assert uses == [("t1", "copy")]


def test_paste_keys_the_desktop_refuses_leave_the_reply_copied(setup):
    service, state, scheduler, _, uses = setup
    service.remember_target()
    state.keys_error = PlatformError("keys_blocked")
    outcome = service.deliver("回复", "t1", send=True)
    assert outcome.delivery is Delivery.BLOCKED and outcome.reason is state.keys_error
    assert state.clipboard_text() == "回复"
    assert scheduler.timers == []  # neither Enter nor a restore of the old clipboard
    assert uses == [("t1", "copy")]


def test_a_refused_enter_after_the_paste_is_only_logged(setup, caplog):
    service, state, scheduler, _, _ = setup
    service.remember_target()
    assert service.deliver("回复", send=True).delivery is Delivery.SENT
    state.keys_error = PlatformError("keys_blocked")
    scheduler.run_timers()
    assert "Enter was not pressed" in caplog.text


def test_a_failing_barrier_check_does_not_stop_the_paste(setup, monkeypatch):
    service, state, _, _, _ = setup
    service.remember_target()

    def broken(window):
        raise OSError("access denied")

    monkeypatch.setattr(service._windows, "input_barrier", broken)
    assert service.deliver("回复").delivery is Delivery.PASTED
    assert state.pasted == ["回复"]


def test_a_paste_is_counted_only_once_the_target_has_read_the_clipboard(setup):
    """The database write would compete with the UI thread serving the clipboard."""
    service, state, scheduler, _, uses = setup
    service.remember_target()
    service.deliver("回复", "t1")
    assert uses == [] and scheduler.background_jobs == 0
    scheduler.run_timers()
    assert uses == [("t1", "paste")]


def test_the_clipboard_taken_while_the_popup_is_open_spares_the_paste_a_read(setup):
    service, state, scheduler, _, _ = setup
    state.clipboard = {"text/plain": "客户的单号".encode(), "image/png": b"\x89PNG"}
    service.remember_target()
    service.take_clipboard_early()
    assert _names(state.events) == ["save_clipboard"]
    state.events.clear()
    service.deliver("回复")
    assert _names(state.events) == ["put_text", "wait_modifiers", "activate", "paste"]
    scheduler.run_timers()
    assert state.clipboard == {"text/plain": "客户的单号".encode(), "image/png": b"\x89PNG"}


def test_a_clipboard_changed_after_it_was_taken_early_is_taken_again(setup):
    service, state, scheduler, _, _ = setup
    service.remember_target()
    service.take_clipboard_early()
    state.clipboard = {"text/plain": "刚复制的地址".encode()}  # another program, meanwhile
    service.deliver("回复")
    assert _names(state.events).count("save_clipboard") == 2
    scheduler.run_timers()
    assert state.clipboard_text() == "刚复制的地址"


def test_an_early_snapshot_serves_one_paste_and_none_is_kept_when_the_system_cannot_count(
        setup, monkeypatch):
    service, state, scheduler, _, _ = setup
    service.remember_target()
    service.take_clipboard_early()
    service.deliver("第一条")
    scheduler.run_timers()
    state.events.clear()
    service.deliver("第二条")  # no early snapshot for this one: it reads the clipboard
    assert "save_clipboard" in _names(state.events)
    scheduler.run_timers()
    monkeypatch.setattr(type(service._clipboard), "changes", lambda self: None)
    state.events.clear()
    service.take_clipboard_early()
    assert state.events == []
    service.deliver("第三条")
    assert "save_clipboard" in _names(state.events)
    scheduler.run_timers()
    assert state.clipboard_text() == "原来的剪贴板"
