"""The running app with a fake desktop: hotkey on another thread, messages, settings, notices."""

import json
import os
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt

from assistant.app import open_app
from assistant.platform.base import PlatformError
from assistant.platform.fake import FakeHotkeys, fake_desktop
from assistant.ui.tray_app import TrayApp


def make_app(qapp, home, hotkey_failure=None):
    desktop, state = fake_desktop()
    desktop.hotkeys = FakeHotkeys(state, fail=hotkey_failure)
    app = TrayApp(qapp, home, desktop, lambda: open_app(home), time.perf_counter())
    notices = []
    app.tray.notify = lambda title, text, warning=False, persistent=False: notices.append(
        (title, text))
    return app, desktop, state, notices


@pytest.fixture
def running(qtbot, qapp, huashu_home):
    app, desktop, state, notices = make_app(qapp, huashu_home)
    app.start()
    qtbot.waitUntil(lambda: app.search_ready, timeout=30000)
    template = app.huashu.templates.add(title="测试问候", body="{称呼}您好，这里是测试回复。",
                                        shortcut="zzcs")
    yield app, desktop, state, notices, template
    app.popup.hide()
    app.stop_workers()
    app.huashu.close()


def press_hotkey_on_another_thread(desktop):
    thread = threading.Thread(target=desktop.hotkeys.press)
    thread.start()
    thread.join()


def test_hotkey_shows_the_popup_and_enter_pastes_into_the_remembered_window(qtbot, running):
    app, desktop, state, _, template = running
    assert desktop.hotkeys.hotkey == "<ctrl>+<alt>+<space>"
    press_hotkey_on_another_thread(desktop)
    qtbot.waitUntil(app.popup.isVisible)
    assert app.paste.target.handle == "chat-window"
    qtbot.keyClicks(app.popup.query, "zzcs")
    qtbot.keyClick(app.popup.query, Qt.Key.Key_Return)
    assert state.pasted == ["亲您好，这里是测试回复。"]
    assert not app.popup.is_open()
    qtbot.waitUntil(lambda: not app.popup.isVisible(), timeout=1000)
    qtbot.waitUntil(lambda: app.huashu.templates.get(template.id).use_count == 1)
    qtbot.waitUntil(lambda: state.clipboard_text() == "原来的剪贴板", timeout=3000)
    timings = app.status()["timings"]
    assert timings["hotkey_to_painted_ms"]
    assert len(timings["hotkey_to_slot_ms"]) == len(timings["slot_to_shown_ms"]) == 1


def test_the_hotkey_right_after_a_paste_opens_the_popup_again(qtbot, running):
    """The popup lingers a moment after a paste (HAND_OVER_MS): the hotkey then opens it
    for the next reply instead of closing it."""
    app, desktop, state, _, _ = running
    press_hotkey_on_another_thread(desktop)
    qtbot.waitUntil(app.popup.isVisible)
    qtbot.keyClicks(app.popup.query, "zzcs")
    qtbot.keyClick(app.popup.query, Qt.Key.Key_Return)
    assert app.popup.isVisible() and not app.popup.is_open()
    press_hotkey_on_another_thread(desktop)
    qtbot.waitUntil(app.popup.is_open, timeout=1000)
    qtbot.wait(200)
    assert app.popup.is_open() and app.popup.query.text() == ""


def test_the_agents_clipboard_is_read_once_the_popup_is_up_not_when_enter_is_pressed(
        qtbot, running):
    app, desktop, state, _, _ = running
    press_hotkey_on_another_thread(desktop)
    qtbot.waitUntil(lambda: ("save_clipboard",) in state.events)  # after the first paint
    qtbot.keyClicks(app.popup.query, "zzcs")
    state.events.clear()
    qtbot.keyClick(app.popup.query, Qt.Key.Key_Return)
    assert [e[0] for e in state.events] == ["put_text", "wait_modifiers", "activate", "paste"]
    qtbot.waitUntil(lambda: state.clipboard_text() == "原来的剪贴板", timeout=3000)


def test_show_with_a_customer_fills_the_customer_bar(qtbot, running):
    app, _, state, _, _ = running
    reply = app.handle_message({"command": "show", "customer": "王小明", "gender": "male"})
    assert reply == {"ok": True, "visible": True}
    qtbot.keyClicks(app.popup.query, "zzcs")
    qtbot.keyClick(app.popup.query, Qt.Key.Key_Return)
    assert state.pasted == ["王先生您好，这里是测试回复。"]


def test_toggle_closes_an_open_popup_and_returns_focus(qtbot, running):
    app, _, state, _, _ = running
    app.handle_message({"command": "toggle"})
    assert app.popup.isVisible()
    assert app.handle_message({"command": "toggle"}) == {"ok": True, "visible": False}
    assert not app.popup.isVisible()
    assert state.events[-1] == ("activate", "chat-window") and state.pasted == []


def test_hotkey_again_while_open_closes_the_popup(qtbot, running):
    app, desktop, _, _, _ = running
    press_hotkey_on_another_thread(desktop)
    qtbot.waitUntil(app.popup.isVisible)
    press_hotkey_on_another_thread(desktop)
    qtbot.waitUntil(lambda: not app.popup.isVisible())


def test_changing_the_hotkey_setting_registers_the_new_one(qtbot, running):
    app, desktop, _, _, _ = running
    app.huashu.settings.set("hotkey", "Ctrl+Shift+H")
    assert desktop.hotkeys.hotkey == "<ctrl>+<shift>+h"
    app.set_paused(True)
    assert desktop.hotkeys.hotkey is None and app.status()["paused"]
    app.set_paused(False)
    assert desktop.hotkeys.hotkey == "<ctrl>+<shift>+h"


def test_status_reports_without_any_content(qtbot, running):
    app, _, _, _, _ = running
    assert app.status()["popup_keys"] == ""
    app.handle_message({"command": "show", "customer": "王小明", "gender": "male"})
    status = app.status()
    assert status["ready"] and status["search_ready"] and status["popup_visible"]
    assert status["popup_keys"] == "focus"  # offscreen: a tool window that takes the focus
    assert "王小明" not in repr(status)


def test_a_hotkey_that_cannot_be_registered_gives_a_notice_and_show_still_works(
        qtbot, qapp, huashu_home):
    app, _, state, notices = make_app(qapp, huashu_home, hotkey_failure="no X display")
    app.start()
    qtbot.waitUntil(lambda: app.search_ready, timeout=30000)
    try:
        assert app.hotkey is None and "no X display" in app.hotkey_error
        assert notices and "no X display" in notices[0][1] and "huashu show" in notices[0][1]
        app.handle_message({"command": "show"})
        assert app.popup.isVisible()
    finally:
        app.popup.hide()
        app.stop_workers()
        app.huashu.close()


def test_messages_arrive_through_the_instance_socket(qtbot, running, huashu_home):
    """Another process (as `huashu show` would be) sends messages; the app answers each."""
    app = running[0]
    code = """if True:
        import json, sys
        from pathlib import Path
        from assistant.ui.instance import send
        home = Path(sys.argv[1])
        replies = [send(home, m) for m in (
            {"command": "status"},
            {"command": "show", "customer": "王", "gender": "robot"},
            {"command": "format-disk"},
            {"command": "show", "customer": "王小明", "gender": "male"})]
        print(json.dumps(replies, ensure_ascii=False))
    """
    client = subprocess.Popen([sys.executable, "-c", code, str(huashu_home)],
                              stdout=subprocess.PIPE, text=True, encoding="utf-8")
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=20000)
    status, bad_gender, unknown, show = json.loads(client.stdout.read())
    assert status["ok"] and status["ready"] and status["pid"] == os.getpid()
    assert bad_gender == {"ok": False,
                          "error": "unknown gender 'robot': use male, female or unknown"}
    assert not unknown["ok"] and "unknown command" in unknown["error"]
    assert show == {"ok": True, "visible": True}
    assert app.popup.customer_name.text() == "王小明"


def test_a_template_added_from_the_command_line_appears_in_the_open_popup(qtbot, running):
    app = running[0]
    app.handle_message({"command": "show"})
    qtbot.keyClicks(app.popup.query, "qxtb")
    assert app.popup.current_row() is None or app.popup.current_row().shortcut != "qxtb"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "assistant", "templates", "add", "--title",
                           "命令行新加的模板", "--body", "{称呼}您好。", "--shortcut", "qxtb"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    committed = time.perf_counter()
    qtbot.waitUntil(lambda: app.popup.current_row() is not None
                    and app.popup.current_row().shortcut == "qxtb", timeout=5000)
    print(f"visible {1000 * (time.perf_counter() - committed):.0f} ms after the CLI exited "
          f"({1000 * (committed - started):.0f} ms for the CLI itself)")
    titles = [app.popup.model.row_at(i).title for i in range(app.popup.model.rowCount())]
    assert titles.count("命令行新加的模板") == 1


def test_the_open_message_shows_a_management_window_on_screen(qtbot, running):
    app = running[0]
    assert app.handle_message({"command": "open", "window": "knowledge"}) == {"ok": True}
    qtbot.waitUntil(lambda: "knowledge" in app._windows and app._windows["knowledge"].isVisible())
    window = app._windows["knowledge"]
    screen = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: screen.contains(window.frameGeometry()), timeout=2000)
    assert window.windowTitle() == "知识库"
    assert not app.handle_message({"command": "open", "window": "format-disk"})["ok"]
    window.close()


def test_without_a_tray_a_notice_says_once_how_to_reach_everything(qtbot, qapp, huashu_home):
    for attempt in range(2):
        app, _, _, notices = make_app(qapp, huashu_home)
        app.start()
        qtbot.waitUntil(lambda: app.search_ready, timeout=30000)
        qtbot.wait(200)
        try:
            assert app.status()["tray"] is False
            told = [text for _, text in notices if "huashu open templates" in text]
            assert len(told) == (1 if attempt == 0 else 0)
        finally:
            app.stop_workers()
            app.huashu.close()


def test_a_reply_without_a_target_window_says_copied_please_paste(qtbot, running):
    app, _, state, _, _ = running
    state.activation_works = False
    app.handle_message({"command": "show"})
    qtbot.keyClicks(app.popup.query, "zzcs")
    qtbot.keyClick(app.popup.query, Qt.Key.Key_Return)
    assert state.pasted == [] and state.clipboard_text() == "亲您好，这里是测试回复。"
    assert app.toast.isVisible() and app.toast.title.text() == "已复制，请粘贴"


def test_a_chat_window_keys_cannot_reach_says_why_in_the_toast(qtbot, running):
    app, _, state, _, _ = running
    state.input_barrier = PlatformError("paste_target_elevated")
    app.handle_message({"command": "show"})
    qtbot.keyClicks(app.popup.query, "zzcs")
    qtbot.keyClick(app.popup.query, Qt.Key.Key_Return)
    assert state.pasted == [] and state.clipboard_text() == "亲您好，这里是测试回复。"
    assert app.toast.isVisible() and app.toast.title.text() == "已复制，请粘贴"
    assert app.toast.text.text().startswith("聊天窗口以管理员身份运行")


def test_the_desktops_notices_are_shown_at_start(qtbot, qapp, huashu_home):
    desktop, state = fake_desktop()
    desktop.notices = (PlatformError("mac_accessibility_needed"),)
    app = TrayApp(qapp, huashu_home, desktop, lambda: open_app(huashu_home),
                  time.perf_counter())
    notices = []
    app.tray.notify = lambda title, text, warning=False, persistent=False: notices.append(
        (title, text, warning))
    app.start()
    qtbot.waitUntil(lambda: app.search_ready, timeout=30000)
    try:
        told = [n for n in notices if "辅助功能" in n[1]]
        assert told and told[0][2] and "系统设置 › 隐私与安全性 › 辅助功能" in told[0][1]
    finally:
        app.stop_workers()
        app.huashu.close()


def test_the_running_app_applies_a_new_pack_version_and_tells_the_changelog(qtbot, running,
                                                                            tmp_path):
    from packtools import item, make_pack

    app, _, _, notices, _ = running
    source = make_pack(tmp_path / "acme.huashu", templates=[item(1)])
    app.huashu.packs.subscribe(str(source))
    make_pack(source, version=2, templates=[item(1), item(2, title="新到的团队模板")],
              changelog="新增双十一话术")
    with qtbot.waitSignal(app.packs.updated, timeout=60000) as updated:
        app.packs.check_now()
    assert updated.args[0][0]["version"] == 2
    told = [text for title, text in notices if title == "团队包已更新"]
    assert told and "第 2 版" in told[0] and "新增双十一话术" in told[0]
    app.handle_message({"command": "show"})
    qtbot.keyClicks(app.popup.query, "td2")
    qtbot.waitUntil(lambda: app.popup.current_row() is not None
                    and app.popup.current_row().title == "新到的团队模板", timeout=5000)


def test_a_subscription_failing_for_days_shows_in_the_tooltip(qtbot, running):
    from datetime import datetime, timedelta

    app = running[0]
    since = (datetime.utcnow() - timedelta(days=3, hours=1)).isoformat()
    app.packs._done([{"pack_id": "acme", "name": "售后话术", "status": "failed",
                      "failing_since": since},
                     {"pack_id": "b", "name": "新包", "status": "failed",
                      "failing_since": datetime.utcnow().isoformat()}])
    assert app.packs.failing_long() == [("售后话术", 3)]
    shown = []
    app.tray.set_tooltip = shown.append
    app._update_tooltip()
    assert "团队包“售后话术”已 3 天无法更新" in shown[-1] and "新包" not in shown[-1]


def test_team_packs_are_checked_on_a_timer_from_the_start(qtbot, running):
    app = running[0]
    assert app.packs._timer.isActive() and app.packs._timer.interval() == 30 * 60_000
    app.huashu.settings.set("sync_interval_minutes", "5")
    assert app.packs._timer.interval() == 5 * 60_000
    app.huashu.settings.set("sync_interval_minutes", "0")
    assert not app.packs._timer.isActive()


def test_quitting_ends_a_pack_check_in_progress(monkeypatch, tmp_path):
    """A pack check talking to a hung server never keeps the quitting app alive."""
    import assistant.app as app_module

    started = tmp_path / "started"
    script = f"import pathlib, time; pathlib.Path({str(started)!r}).touch(); time.sleep(60)"
    monkeypatch.setattr(app_module, "own_command", lambda: [sys.executable, "-c", script])
    check = app_module.PackCheckChild(tmp_path)
    result: list = []
    thread = threading.Thread(target=lambda: result.append(check.run("zh_CN")))
    thread.start()
    deadline = time.monotonic() + 20
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    begun = time.monotonic()
    check.stop()
    thread.join(10)
    assert not thread.is_alive() and result == [[]]
    assert time.monotonic() - begun < 5
    assert check.run("zh_CN") == []  # once stopped, no new child is started


def test_a_start_that_found_the_data_busy_recovers_without_a_restart(qtbot, qapp, huashu_home):
    """The database or index held by another process (or one killed holding it) is tried
    again later; the notice goes once the data opens."""
    from assistant.core.errors import DataError
    from assistant.ui.tray_app import TrayApp as Tray

    attempts = []

    def open_backend():
        attempts.append(time.perf_counter())
        if len(attempts) == 1:
            raise DataError("index_busy")
        return open_app(huashu_home)

    desktop, _state = fake_desktop()
    app = Tray(qapp, huashu_home, desktop, open_backend, time.perf_counter())
    app.RETRY_SECONDS = 0.2
    notices = []
    app.tray.notify = lambda title, text, warning=False, persistent=False: notices.append(text)
    app.start()
    try:
        qtbot.waitUntil(lambda: app.search_ready, timeout=30000)
        assert len(attempts) == 2 and sum("索引正忙" in text for text in notices) == 1
        assert "无法打开数据" not in app.popup.status.text()
    finally:
        app.popup.hide()
        app.stop_workers()
        if app.huashu is not None:
            app.huashu.close()
