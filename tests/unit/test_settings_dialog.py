"""The settings dialog: start at login, hotkeys the system refuses, backup and restore while
the app runs, switching the interface language without a restart."""

import time

import pytest
from PySide6.QtCore import Qt

from assistant.app import open_app
from assistant.platform.fake import fake_desktop
from assistant.services.backup import Backups
from assistant.services.start_at_login import StartAtLogin
from assistant.ui.settings_dialog import SettingsDialog, SettingsHooks
from assistant.ui.tray_app import TrayApp

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class FakeAutostart:
    def __init__(self, error: OSError | None = None) -> None:
        self.command: list[str] | None = None
        self.error = error

    def enabled(self) -> bool:
        return self.command is not None

    def enable(self, command: list[str]) -> None:
        if self.error:
            raise self.error
        self.command = command

    def disable(self) -> None:
        self.command = None

    def where(self) -> str:
        return "~/.config/autostart/huashu.desktop"


@pytest.fixture
def running(qtbot, qapp, huashu_home):
    desktop, _ = fake_desktop()
    autostart = FakeAutostart()
    app = TrayApp(qapp, huashu_home, desktop, lambda: open_app(huashu_home),
                  time.perf_counter(), StartAtLogin(autostart, ["huashu", "start"]))
    app.tray.notify = lambda *args, **kwargs: None
    app.start()
    qtbot.waitUntil(lambda: app.search_ready, timeout=30000)
    yield app, desktop, autostart
    app.popup.hide()
    for window in app._windows.values():
        window.hide()
    app.stop_workers()
    if app.huashu is not None:
        app.huashu.close()


def settings_window(app):
    app.open_window("settings")
    return app._windows["settings"]


def test_the_checkbox_turns_start_at_login_on_and_off(qtbot, app):
    autostart = FakeAutostart()
    dialog = SettingsDialog(app.settings, SettingsHooks(
        start_at_login=StartAtLogin(autostart, ["/opt/huashu/huashu", "start"])))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(True)
    dialog.save()
    assert autostart.command == ["/opt/huashu/huashu", "start"]
    dialog.show()
    assert dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(False)
    dialog.save()
    assert autostart.command is None


def test_start_at_login_that_cannot_be_written_keeps_the_dialog_open(qtbot, app):
    dialog = SettingsDialog(app.settings, SettingsHooks(start_at_login=StartAtLogin(
        FakeAutostart(PermissionError(13, "Permission denied")), ["huashu", "start"])))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_at_login.setChecked(True)
    dialog.save()
    assert dialog.isVisible()
    assert "Permission denied" in dialog.error.text() and "autostart" in dialog.error.text()


def test_a_hotkey_the_system_refuses_is_explained_and_the_old_one_stays(qtbot, running):
    app, desktop, _ = running
    desktop.hotkeys.taken.add("<ctrl>+<shift>+h")
    dialog = settings_window(app)
    dialog.hotkey.setFocus()
    qtbot.keyClick(dialog.hotkey, Qt.Key.Key_H, CTRL_SHIFT)
    assert "已被其他程序占用" in dialog.error.text()
    assert "Ctrl+Alt+Space" in dialog.error.text()
    assert desktop.hotkeys.hotkey == "<ctrl>+<alt>+<space>"
    dialog.save()
    assert dialog.isVisible() and "已被其他程序占用" in dialog.error.text()
    assert app.huashu.settings.current().hotkey == "<ctrl>+<alt>+<space>"
    assert desktop.hotkeys.hotkey == "<ctrl>+<alt>+<space>"

    dialog.hotkey.setFocus()
    qtbot.keyClick(dialog.hotkey, Qt.Key.Key_J, CTRL_SHIFT)
    assert dialog.error.text() == ""
    assert desktop.hotkeys.hotkey == "<ctrl>+<alt>+<space>"  # tried, not yet taken
    dialog.save()
    assert not dialog.isVisible()
    assert desktop.hotkeys.hotkey == "<ctrl>+<shift>+j"


def test_a_reserved_chord_is_explained_and_not_taken(qtbot, app):
    dialog = SettingsDialog(app.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hotkey.setFocus()
    qtbot.keyClick(dialog.hotkey, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "复制" in dialog.error.text()
    assert dialog.hotkey.hotkey() == "<ctrl>+<alt>+<space>"


def popup_titles(qtbot, app, query):
    app.show_popup()
    app.popup.query.setText(query)
    qtbot.wait(300)
    model = app.popup.model
    return [model.row_at(i).title for i in range(model.rowCount())]


def test_restoring_a_damaged_file_in_the_dialog_changes_nothing(qtbot, running, tmp_path):
    app, _, _ = running
    app.huashu.templates.add(title="恢复前的模板", body="内容", shortcut="hfqd")
    before = app.huashu
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialog = settings_window(app)
    dialog.data.restore_from(bad)
    assert dialog.error.text() and dialog.isVisible()
    assert app.huashu is before and app.search_ready
    assert "恢复前的模板" in popup_titles(qtbot, app, "hfqd")


def test_restoring_a_good_backup_replaces_the_content_and_the_popup_finds_it(
        qtbot, running, tmp_path):
    app, _, _ = running
    app.huashu.templates.add(title="只在备份里", body="内容", shortcut="zzbf")
    backup = Backups(app.home).back_up(tmp_path / "b.db")
    app.huashu.templates.delete(app.huashu.templates.resolve("zzbf").id)
    app.huashu.templates.add(title="备份之后才有", body="内容", shortcut="zzhy")
    old_dialog = settings_window(app)
    outcomes = []
    app.restore_backup(backup, outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=30000)
    assert "before-restore" in outcomes[0].name
    assert app.search_ready
    assert popup_titles(qtbot, app, "zzbf") == ["只在备份里"]
    assert "备份之后才有" not in popup_titles(qtbot, app, "zzhy")
    qtbot.waitUntil(lambda: app._windows.get("settings") not in (None, old_dialog))
    assert app._windows["settings"].isVisible()


def test_the_language_switches_without_a_restart(qtbot, running):
    app, _, _ = running
    dialog = settings_window(app)
    old_popup = app.popup
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    try:
        dialog.save()
        assert app.popup is not old_popup
        assert app.tray.menu.actions()[0].text() == "Quick reply"
        app.open_window("settings")
        qtbot.waitUntil(lambda: app._windows["settings"] is not dialog)
        assert app._windows["settings"].windowTitle() == "Settings"
    finally:
        app.huashu.settings.set("language", "zh_CN")  # as `huashu config` would
    assert app.tray.menu.actions()[0].text() == "快捷回复"
