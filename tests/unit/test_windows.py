"""The management windows: nothing lost silently, Chinese throughout, sensible first views."""

import pytest
from dialogs import answer
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from assistant.ui.hotkey_edit import HotkeyEdit
from assistant.ui.screens import fit, place_on_mouse_screen
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.templates_window import TemplatesWindow
from assistant.ui.worker import Worker


@pytest.fixture
def manager(qtbot, app):
    window = TemplatesWindow(app.templates, app.rendering, categories=app.categories)
    window.show()
    yield window
    window._load(window._current)  # no unsaved changes left to ask about when closing
    window.close()
    window.deleteLater()


def test_the_manager_opens_on_the_first_template_with_a_plain_title(manager, app):
    first = app.templates.list()[0]
    assert manager.title.text() == first.title and manager.body.toPlainText() == first.body
    assert manager.windowTitle() == "模板管理"


def test_switching_away_from_unsaved_changes_asks_and_cancel_keeps_them(manager, monkeypatch):
    manager.body.setPlainText("改过但没保存的正文")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    first = manager.list.currentIndex().row()
    manager.select_row(3)
    assert asked and manager.list.currentIndex().row() == first
    assert manager.body.toPlainText() == "改过但没保存的正文"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    manager.new()
    assert asked and manager.body.toPlainText() == "改过但没保存的正文"


def test_discard_drops_the_changes_and_save_keeps_them(manager, app, monkeypatch):
    original = app.templates.list()[0]
    manager.body.setPlainText("{称呼}您好，这是保存过的新正文。")
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    manager.select_row(2)
    assert app.templates.get(original.id).body == "{称呼}您好，这是保存过的新正文。"
    manager.body.setPlainText("这段会被丢弃")
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    manager.select_row(4)
    assert manager.body.toPlainText() != "这段会被丢弃" and not manager.is_dirty()


def test_closing_with_unsaved_changes_asks(manager, monkeypatch):
    manager.title.setText("改了标题")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    manager.close()
    assert asked and manager.isVisible()
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    manager.close()
    assert not manager.isVisible()


def test_a_saved_template_stays_selected_when_the_filter_would_hide_it(manager, app):
    manager.filter.setText("退货")
    manager.new()
    manager.title.setText("完全无关的新模板")
    manager.body.setPlainText("{称呼}您好。")
    assert manager.save()
    row = manager.list.currentIndex().row()
    assert row >= 0 and "完全无关的新模板" in manager.list.text_at(row)
    assert manager.title.text() == "完全无关的新模板" and not manager.is_dirty()


def test_a_save_error_is_shown_in_chinese(manager, app, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    other = app.templates.list()[1]
    manager.shortcut.setText(other.shortcut)
    assert not manager.save()
    assert shown and other.shortcut in shown[0]


def test_hotkey_edit_shows_one_complete_hotkey_and_never_half_a_chord(qtbot):
    edit = HotkeyEdit()
    qtbot.addWidget(edit)
    edit.set_hotkey("<ctrl>+<alt>+<space>")
    assert edit.text() == "Ctrl+Alt+Space"
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert edit.text() == ""  # recording: the prompt shows
    with qtbot.assertNotEmitted(edit.recorded):
        qtbot.keyPress(edit, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyPress(edit, Qt.Key.Key_Alt, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.AltModifier)
    assert edit.text() == ""
    with qtbot.waitSignal(edit.rejected):
        qtbot.keyPress(edit, Qt.Key.Key_Space, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(edit.recorded) as recorded:
        qtbot.keyPress(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
    assert recorded.args == ["<ctrl>+<shift>+k"]
    assert edit.text() == "Ctrl+Shift+K" and edit.hotkey() == "<ctrl>+<shift>+k"


def test_the_settings_dialog_shows_the_hotkey_once(qtbot, app):
    dialog = SettingsDialog(app.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [w for w in dialog.findChildren(QWidget)
             if getattr(w, "text", None) and callable(w.text) and w.text() == "Ctrl+Alt+Space"]
    assert len(shown) == 1 and isinstance(shown[0], HotkeyEdit)
    assert dialog.windowTitle() == "设置"


def test_qt_own_buttons_speak_chinese(qapp):
    from assistant.ui.translations import install_translations

    translators = install_translations(qapp, "zh_CN")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert any("确定" in t for t in texts) and any("取消" in t for t in texts)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_fit_keeps_a_window_on_the_screen():
    from PySide6.QtCore import QRect

    area = QRect(1920, 0, 1280, 720)
    placed = fit(1600, 900, area)
    assert area.contains(placed) and placed.width() == 1280


def test_windows_are_placed_fully_on_the_screen(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(5000, 4000)
    place_on_mouse_screen(window)
    window.show()
    area = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()), timeout=2000)


def test_long_category_labels_keep_their_beginning(qapp):
    from PySide6.QtGui import QFontMetrics

    from assistant.ui.results import ResultRow, meta_label

    row = ResultRow("template", "1", "标题", "售后退换/质量问题/运费说明", "thlc", "", "")
    metrics = QFontMetrics(qapp.font())
    text, width = meta_label(row, metrics, metrics.horizontalAdvance("售后退换/质量"))
    assert text.startswith("售后") and text.endswith("…")
    assert width <= metrics.horizontalAdvance("售后退换/质量")


def test_pack_templates_are_read_only_with_their_pack_named_and_can_be_copied(qtbot, app,
                                                                             tmp_path):
    from packtools import item, make_pack

    app.packs.subscribe(str(make_pack(tmp_path / "acme.huashu", templates=[item(1)])))
    window = TemplatesWindow(app.templates, app.rendering, app.packs.names,
                             categories=app.categories)
    window.show()
    try:
        row = next(i for i in range(window.list.row_count())
                   if "团队模板1" in window.list.text_at(i))
        assert "售后话术" in window.list.text_at(row)
        window.select_row(row)
        assert window.managed.isVisible() and "售后话术" in window.managed_text.text()
        assert window.body.isReadOnly() and not window.save_button.isEnabled()
        assert not window.delete_button.isEnabled()
        window.copy_to_local()
        assert not window.managed.isVisible() and not window.body.isReadOnly()
        assert window.shortcut.text() == "td1" and window._current.origin is None
    finally:
        window._load(window._current)
        window.close()


def test_export_as_a_team_pack_from_the_dialog(qtbot, app, tmp_path, monkeypatch):
    from assistant.services.packs.archive import read_pack
    from assistant.ui.pack_export import PackExportDialog

    app.templates.add(title="导出测试模板", body="{称呼}您好。", shortcut="dcms", category="导出测试")
    app.packs.keygen(tmp_path / "lead.key")
    worker = Worker("export-test")
    dialog = PackExportDialog(app, worker)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    dialog.pack_id.setText("acme")
    dialog.name.setText("导出测试包")
    for i in range(dialog.categories.count()):
        if dialog.categories.item(i).text() == "导出测试":
            dialog.categories.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.key_file.setText(str(tmp_path / "lead.key"))
    dialog.output.setText(str(tmp_path / "out" / "acme-v1.huashu"))
    dialog.build()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    pack = read_pack(tmp_path / "out" / "acme-v1.huashu")
    assert [t.title for t in pack.content.templates] == ["导出测试模板"]
    assert pack.signature is not None and "第 1 版" in shown[0]
    again = PackExportDialog(app, worker)
    qtbot.addWidget(again)
    assert again.version.value() == 2 and again.pack_id.text() == "acme"
    dialog.pack_id.setText("Bad Id")
    dialog.build()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert "团队包 ID" in dialog.error.text()
    worker.shutdown()
