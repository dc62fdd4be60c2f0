"""The template window: category tree, multi-select actions and the editor's helpers."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import update

from assistant.core.salutation import Gender
from assistant.store.tables import templates as template_table
from assistant.ui.category_tree import (
    ALL, CATEGORY, CATEGORY_MIME, FAVORITES, STALE, template_mime,
)
from assistant.ui.placeholder_marks import BUILTIN, FILL_IN, PROBLEM
from assistant.ui.templates_window import TemplatesWindow
from assistant.ui.worker import Worker


@pytest.fixture
def window(qtbot, app):
    shown = TemplatesWindow(app.templates, app.rendering, categories=app.categories,
                            search=app.search)
    shown.show()
    yield shown
    shown._load(shown._current)
    shown.close()
    shown.deleteLater()


def category_id(app, path):
    return next(c.id for c in app.templates.categories() if c.path == path)


def select_rows(window, rows):
    model = window.list.selectionModel()
    model.clearSelection()
    for row in rows:
        model.select(window.list.model_.index(row, 1), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    return [window.list.id_at(row) for row in rows]


def test_saving_in_the_window_keeps_language_and_favorite(window, app):
    template = app.templates.list()[0]
    app.templates.set_favorite([template.id], True)
    window.reload(select=template.id)
    window.language.setCurrentIndex(window.language.findData("en"))
    window.body.setPlainText("Hello {name}.")
    assert window.save()
    saved = app.templates.get(template.id)
    assert saved.language == "en" and saved.favorite
    assert window.language.currentData() == "en"


def test_favorites_toggle_with_ctrl_d_and_fill_the_star_node(window, app, qtbot):
    chosen = select_rows(window, [1, 2])
    qtbot.keyClick(window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert all(app.templates.get(i).favorite for i in chosen)
    assert window.list.model_.index(1, 0).data() == "★"
    window.tree.select(FAVORITES)
    assert window.list.ids() == chosen
    select_rows(window, [0, 1])
    window.toggle_favorite()
    assert window.list.ids() == [] and not any(app.templates.get(i).favorite for i in chosen)


def test_the_stale_node_lists_templates_unused_for_ninety_days(window, app):
    old = app.templates.list()[5]
    with app.db.transaction() as conn:
        conn.execute(update(template_table).where(template_table.c.id == old.id)
                     .values(created_at=datetime.now() - timedelta(days=120)))
    window.tree.select(STALE)
    assert window.list.ids() == [old.id]


def test_templates_dropped_on_a_category_move_there(window, app):
    ids = [t.id for t in app.templates.list()[:2]]
    target = category_id(app, "投诉处理")
    index = window.tree.model.find(CATEGORY, target)
    window.tree.model.dropMimeData(template_mime(ids), Qt.DropAction.CopyAction, -1, 0, index)
    assert {app.templates.get(i).category for i in ids} == {"投诉处理"}


def test_move_to_moves_every_selected_template(window, app):
    chosen = select_rows(window, [0, 3])
    window.move_selected(category_id(app, "结束致谢"))
    assert {app.templates.get(i).category for i in chosen} == {"结束致谢"}
    assert window.category.currentText() == "结束致谢" and not window.is_dirty()


def test_deleting_the_selection_asks_with_the_count(window, app, monkeypatch):
    chosen = select_rows(window, [0, 1, 2])
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    window.delete_selected()
    assert "3" in asked[0]
    remaining = {t.id for t in app.templates.list()}
    assert not remaining & set(chosen) and not set(window.list.ids()) & set(chosen)


def test_categories_are_added_renamed_and_deleted_from_the_tree(window, app, monkeypatch, qtbot):
    names = iter(["新分类", "改过的分类"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (next(names), True))
    window.tree.select(ALL)
    window.tree.add()
    qtbot.waitUntil(lambda: window.tree.current()[0] == CATEGORY)
    created = window.tree.current()[1]
    window.tree.rename()
    qtbot.waitUntil(lambda: window.tree.model.find(CATEGORY, created).data() == "改过的分类")
    template = app.templates.add(title="分类里的模板", body="内容", category="改过的分类")
    monkeypatch.setattr(window.tree, "ask_delete", lambda category: (False, None))
    window.tree.select(CATEGORY, created)
    window.tree.delete()
    qtbot.waitUntil(lambda: not window.tree.model.find(CATEGORY, created).isValid())
    assert app.templates.get(template.id).category is None


def test_dragging_a_category_reorders_the_tree(window, app, qtbot):
    from PySide6.QtCore import QMimeData

    last = [c for c in app.templates.categories() if c.parent_id is None][-1]
    data = QMimeData()
    data.setData(CATEGORY_MIME, str(last.id).encode())
    window.tree.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0,
                                   window.tree.model.all_item.index())
    assert app.templates.categories()[0].id == last.id
    qtbot.waitUntil(lambda: window.tree.model.all_item.child(0).text() == last.name)
    first, second, third = [c.name for c in app.templates.categories()
                            if c.parent_id is None][:3]
    data.setData(CATEGORY_MIME, str(last.id).encode())
    window.tree.model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0,
                                   window.tree.model.all_item.index())
    assert [c.name for c in app.templates.categories() if c.parent_id is None][:3] == \
        [second, first, third]


def test_a_shortcut_clash_shows_before_saving(window, app):
    other = app.templates.list()[3]
    window.shortcut.setText(other.shortcut)
    assert window.editor.shortcut_note.isVisible() and other.title in \
        window.editor.shortcut_note.text()
    window.shortcut.setText("wxyzq")
    assert not window.editor.shortcut_note.isVisible()


def test_the_highlighter_colours_placeholders_and_problems(window):
    window.body.setPlainText("{称呼}好{订单号}，{坏")
    ranges = window.body.document().firstBlock().layout().formats()
    formats = {(r.start, r.length): r.format for r in ranges}
    assert formats[(0, 4)] == BUILTIN and formats[(5, 5)] == FILL_IN
    assert formats[(11, 1)] == PROBLEM
    assert window.editor.problems.count() == 1


def test_other_checks_show_their_problems_inline(window):
    window.editor.add_problem_source(lambda text: [(0, 2, "用词提醒")] if text else [])
    window.body.setPlainText("亲亲您好")
    problems = [window.editor.problems.item(i).text()
                for i in range(window.editor.problems.count())]
    assert any("用词提醒" in text for text in problems)


def test_the_wording_check_shows_in_the_editor(window):
    window.body.setPlainText("我们保证明天一定到货")
    problems = [window.editor.problems.item(i).text()
                for i in range(window.editor.problems.count())]
    assert any("第 3 个字符" in text and "保证" in text for text in problems)
    assert any("一定" in text for text in problems)
    assert (2, 4) in [span[:2] for span in window.editor.problem_spans()]


def test_insert_placeholder_goes_in_at_the_cursor(window):
    window.body.setPlainText("您好，。")
    cursor = window.body.textCursor()
    cursor.setPosition(3)
    window.body.setTextCursor(cursor)
    window.editor.insert_menu.actions()[2].trigger()
    assert window.body.toPlainText() == "您好，{称呼}。"
    window.editor.undo_button.click()
    assert window.body.toPlainText() == "您好，。"


def test_the_preview_follows_the_sample_customer(window):
    window.body.setPlainText("{称呼}您好")
    assert window.preview.toPlainText().startswith("王先生")
    window.editor.sample_name.setText("李丽")
    window.editor.sample_gender.setCurrentIndex(window.editor.sample_gender.findData(Gender.FEMALE))
    assert window.preview.toPlainText().startswith("李女士")


def test_the_search_box_uses_the_popup_search(qtbot, app):
    worker = Worker("window-test")
    shown = TemplatesWindow(app.templates, app.rendering, categories=app.categories,
                            search=app.search, worker=worker)
    qtbot.addWidget(shown)
    shown.filter.setText("tuihuo")
    qtbot.waitUntil(lambda: "退货流程" in [shown.list.text_at(r)
                                            for r in range(shown.list.row_count())])
    worker.shutdown()


def test_a_saved_template_outside_the_category_shown_stays_selected(window, app):
    window.tree.select(CATEGORY, category_id(app, "结束致谢"))
    window.category.setCurrentText("售后退换")
    assert window.save()
    assert window.tree.current()[0] == ALL
    assert window.list.id_at(window.list.currentIndex().row()) == window._current.id


def test_export_selected_writes_only_the_selection(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    chosen = select_rows(window, [0, 2])
    target = tmp_path / "所选.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    window.export_selected()
    import csv

    with target.open(encoding="utf-8-sig", newline="") as sheet:
        titles = [row[1] for row in csv.reader(sheet)][1:]
    assert titles == [window.list.text_at(0), window.list.text_at(2)] and len(chosen) == 2
