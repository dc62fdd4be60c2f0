"""The whole path of a new user, through the real widgets of the running app (fake desktop):
from the starter content, make a category and a template with {称呼} and a fill-in, see its
live preview, find and paste it from the popup, change the hotkey, switch the interface to
English and back, and find the use in the statistics.

The steps share one app and run in order; each asserts what would break if its step did."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from test_settings_dialog import CTRL_SHIFT, running, settings_window  # noqa: F401 (fixture)
from test_tray_app import press_hotkey_on_another_thread

from assistant.ui.category_tree import ALL, CATEGORY

CATEGORY_NAME = "新客户欢迎"
TITLE = "订单已发货"
SHORTCUT = "ddfh"
BODY_START = "您好，您的订单 "
BODY_END = " 已经发出，请留意物流。"


def window(qtbot, app, name):
    app.open_window(name)
    shown = app._windows[name]
    qtbot.waitUntil(shown.isVisible)
    return shown


def answer_input_dialogs(monkeypatch, *answers):
    given = iter(answers)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (next(given), True))


def create_category(qtbot, app, monkeypatch):
    templates = window(qtbot, app, "templates")
    assert templates.list.row_count() > 0  # the starter content is there
    answer_input_dialogs(monkeypatch, CATEGORY_NAME)
    templates.tree.select(ALL)
    qtbot.mouseClick(templates.tree.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: templates.tree.current()[0] == CATEGORY)
    assert templates.tree.category(templates.tree.current()[1]).path == CATEGORY_NAME
    assert CATEGORY_NAME in [c.path for c in app.huashu.templates.categories()]
    return templates


def write_template(qtbot, templates, monkeypatch):
    """Type the template in the editor, inserting {称呼} and the fill-in {订单号} through the
    placeholder menu; the preview follows for the sample customer."""
    qtbot.mouseClick(templates.new_button, Qt.MouseButton.LeftButton)
    assert templates.category.currentText() == CATEGORY_NAME
    templates.title.insert(TITLE)  # QTest cannot type CJK
    qtbot.keyClicks(templates.shortcut, SHORTCUT)
    editor = templates.editor
    menu = {action.text().split()[0]: action for action in editor.insert_menu.actions()
            if action.text()}
    menu["{称呼}"].trigger()
    templates.body.insertPlainText(BODY_START)
    answer_input_dialogs(monkeypatch, "订单号")
    menu["填空项…"].trigger()
    templates.body.insertPlainText(BODY_END)
    assert templates.body.toPlainText() == f"{{称呼}}{BODY_START}{{订单号}}{BODY_END}"
    assert templates.problems.isHidden()
    assert templates.preview.toPlainText().startswith("王先生您好，您的订单 ")
    editor.sample_name.setText("李娜")
    editor.sample_gender.setCurrentIndex(1)  # 女士
    assert templates.preview.toPlainText().startswith("李女士您好，")
    assert templates.is_dirty()


def save_template(qtbot, app, templates):
    qtbot.mouseClick(templates.save_button, Qt.MouseButton.LeftButton)
    assert not templates.is_dirty()
    saved = app.huashu.templates.resolve(SHORTCUT)
    assert (saved.title, saved.category) == (TITLE, CATEGORY_NAME)
    assert templates.list.ids() == [saved.id]  # listed in its category, selected
    return saved


def paste_from_popup(qtbot, app, desktop, state, template):
    """Hotkey, a customer in the bar, the shortcut typed, Enter, the fill-in, Enter."""
    press_hotkey_on_another_thread(desktop)
    qtbot.waitUntil(app.popup.isVisible)
    popup = app.popup
    popup.customer_name.insert("张伟")
    popup.gender.setCurrentIndex(0)
    popup.query.setFocus()
    qtbot.keyClicks(popup.query, SHORTCUT)
    qtbot.waitUntil(lambda: popup.current_row() is not None
                    and popup.current_row().id == template.id, timeout=5000)
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert popup.fill_in.isVisible() and list(popup._fields) == ["订单号"]
    field = popup._fields["订单号"]
    qtbot.keyClicks(field, "880123")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert state.pasted == [f"张先生{BODY_START}880123{BODY_END}"]
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=1000)
    qtbot.waitUntil(lambda: app.huashu.templates.get(template.id).use_count == 1)


def change_hotkey(qtbot, app, desktop):
    assert desktop.hotkeys.hotkey == "<ctrl>+<alt>+<space>"
    dialog = settings_window(app)
    dialog.hotkey.setFocus()
    qtbot.keyClick(dialog.hotkey, Qt.Key.Key_K, CTRL_SHIFT)
    assert dialog.hotkey.text() == "Ctrl+Shift+K" and dialog.error.text() == ""
    dialog.save()
    assert not dialog.isVisible()
    assert app.huashu.settings.current().hotkey == "<ctrl>+<shift>+k"
    assert desktop.hotkeys.hotkey == "<ctrl>+<shift>+k"
    press_hotkey_on_another_thread(desktop)
    qtbot.waitUntil(app.popup.isVisible)
    qtbot.keyClick(app.popup.query, Qt.Key.Key_Escape)
    assert not app.popup.isVisible()


def switch_language(qtbot, app, language):
    dialog = settings_window(app)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    old_popup = app.popup
    dialog.save()
    assert app.huashu.settings.current().language == language
    assert app.popup is not old_popup
    qtbot.waitUntil(lambda: app._windows.get("settings") is not dialog)


def english_and_back(qtbot, app):
    switch_language(qtbot, app, "en")
    assert app.tray.menu.actions()[0].text() == "Quick reply"
    assert app.popup.query.placeholderText() == "Type words, pinyin initials or a shortcut…"
    assert app.popup.status.text().startswith("Enter paste")
    assert window(qtbot, app, "templates").windowTitle() == "Templates"
    assert window(qtbot, app, "settings").windowTitle() == "Settings"
    switch_language(qtbot, app, "zh_CN")
    assert app.tray.menu.actions()[0].text() == "快捷回复"
    assert app.popup.query.placeholderText() == "输入关键词、拼音首字母或快捷码…"
    assert window(qtbot, app, "templates").windowTitle() == "模板管理"


def use_in_statistics(qtbot, app, template):
    stats = window(qtbot, app, "stats")
    qtbot.waitUntil(lambda: stats.report is not None)
    rows = [[stats.most_used.topLevelItem(i).text(c) for c in range(5)]
            for i in range(stats.most_used.topLevelItemCount())]
    assert rows[0] == [TITLE, "1", "0", "0", "1"]
    assert stats.uses.text() == "共使用 1 次（粘贴 1，发送 0，复制 0）"
    never_used = [stats.never_used.item(i).text() for i in range(stats.never_used.count())]
    assert f"{CATEGORY_NAME} › {TITLE}" not in never_used and never_used


def test_a_new_user_goes_from_the_starter_content_to_the_statistics(
        qtbot, running, monkeypatch):  # noqa: F811 (the imported fixture)
    app, desktop, _autostart = running
    state = desktop.keys.state
    templates = create_category(qtbot, app, monkeypatch)
    write_template(qtbot, templates, monkeypatch)
    template = save_template(qtbot, app, templates)
    paste_from_popup(qtbot, app, desktop, state, template)
    change_hotkey(qtbot, app, desktop)
    english_and_back(qtbot, app)
    use_in_statistics(qtbot, app, template)
