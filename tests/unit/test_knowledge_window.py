"""The knowledge window: browsing by category and by document, searching, editing, passages
into the chat, and imports that can be cancelled without leaving anything half done."""

import pytest
from dialogs import answer
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from assistant.services.reading import read_article
from assistant.ui.article_tree import ID_ROLE, ROW_ROLE
from assistant.ui.knowledge_window import EDITOR, READER, KnowledgeWindow
from assistant.ui.worker import Worker

HANDBOOK = "# 员工手册\n\n## 退货运费\n\n退货运费由买家承担。\n\n## 发货时间\n\n下单后48小时内发货。\n"


@pytest.fixture
def pasted():
    return []


@pytest.fixture
def knowledge(qtbot, app, pasted):
    worker = Worker("kb-window-test")
    window = KnowledgeWindow(app, worker, pasted.append)
    window.show()
    qtbot.waitUntil(lambda: window.status.text().startswith("共"), timeout=5000)
    yield window
    window.editor.load(window.editor.article, [])  # nothing unsaved to ask about at close
    window.close()
    window.deleteLater()
    worker.shutdown()


def children(model, index):
    return [model.index(r, 0, index) for r in range(model.rowCount(index))]


def titles_under(window, *path):
    """Titles of the articles in the group reached by ``path`` of group labels (without the
    counts)."""
    model, index = window.tree_model, QModelIndex()
    for label in path:
        index = next(i for i in children(model, index) if i.data().split("  (")[0] == label)
        model.fill(index)
    return [i.data() for i in children(model, index) if i.data(ID_ROLE)]


def listed_ids(window):
    model, found = window.tree_model, []

    def walk(index):
        for child in children(model, index):
            if child.data(ID_ROLE):
                found.append(child.data(ID_ROLE))
            walk(child)

    for group in model.groups():
        model.fill(group)
    walk(QModelIndex())
    return found


def import_handbook(qtbot, window, tmp_path, text=HANDBOOK, name="员工手册.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    window.import_paths([path])
    qtbot.waitUntil(window.report.isVisible, timeout=10000)
    qtbot.waitUntil(lambda: any(a.source_file == name for a in window._articles.values()),
                    timeout=5000)


def select(qtbot, window, article_id):
    qtbot.waitUntil(lambda: window.tree_model.find(article_id).isValid(), timeout=5000)
    window.tree.setCurrentIndex(window.tree_model.find(article_id))
    assert window._current is not None and window._current.id == article_id


def wait_listed(qtbot, window, query=None):
    qtbot.waitUntil(lambda: window.status.text().startswith("找到" if query else "共"),
                    timeout=5000)


# -- browsing and searching -------------------------------------------------------------------

def test_the_tree_groups_articles_by_category_and_by_source_document(qtbot, knowledge,
                                                                     tmp_path):
    import_handbook(qtbot, knowledge, tmp_path)
    assert titles_under(knowledge, "导入", "员工手册") == ["退货运费", "发货时间"]
    assert "退换货运费规则" in titles_under(knowledge, "售后政策")
    knowledge.view.setCurrentIndex(1)
    assert knowledge.tree_model.by == "document"
    assert titles_under(knowledge, "员工手册.md") == ["退货运费", "发货时间"]
    first_group = knowledge.tree_model.index(0, 0).data()
    assert first_group.startswith("员工手册.md")  # imported documents before the built-in ones
    assert "退换货运费规则" in titles_under(knowledge, "入门资料")
    assert "退货运费" not in titles_under(knowledge, "入门资料")


def test_browsing_lists_every_article_however_many_there_are(qtbot, app, knowledge):
    for n in range(30):
        app.knowledge.add(title=f"批量文章{n}", body=f"第{n}篇的正文。", category="批量")
    knowledge.refresh()
    qtbot.waitUntil(lambda: len(listed_ids(knowledge)) == len(app.knowledge.list()),
                    timeout=5000)
    assert knowledge.status.text() == f"共 {len(app.knowledge.list())} 篇"


def test_searching_marks_matches_in_the_tree_and_the_article(qtbot, knowledge):
    knowledge.query.setText("运费")
    wait_listed(qtbot, knowledge, "运费")
    row = knowledge.tree.currentIndex().data(ROW_ROLE)
    assert row is not None
    assert any(row.title[s:e] == "运费" for s, e in row.title_marks) or \
        any(row.preview[s:e] == "运费" for s, e in row.preview_marks)
    assert "background-color:#ffe27a" in knowledge.reader.toHtml()
    assert "##" not in knowledge.reader.toPlainText()


# -- passages into the chat -------------------------------------------------------------------

def test_paste_to_chat_sends_only_the_passage_or_the_selection(qtbot, knowledge, pasted):
    knowledge.query.setText("运费")
    wait_listed(qtbot, knowledge, "运费")
    article = knowledge._current
    passage = read_article(article.body, "运费").passage.text
    assert passage and passage != article.body.strip()
    knowledge.tree.setFocus()
    qtbot.keyClick(knowledge.tree, Qt.Key.Key_Return)
    assert pasted == [passage]
    cursor = knowledge.reader.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter,
                        QTextCursor.MoveMode.KeepAnchor, 4)
    knowledge.reader.setTextCursor(cursor)
    knowledge.paste_button.click()
    assert pasted[-1] == knowledge.reader.toPlainText()[:4]


def test_copy_puts_the_passage_on_the_clipboard(qtbot, knowledge, pasted):
    knowledge.query.setText("运费")
    wait_listed(qtbot, knowledge, "运费")
    passage = read_article(knowledge._current.body, "运费").passage.text
    QApplication.clipboard().setText("别的内容")
    knowledge.tree.setFocus()
    qtbot.keyClick(knowledge.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == passage
    assert pasted == []


# -- writing ----------------------------------------------------------------------------------

def test_an_edited_article_is_saved_and_found_by_its_new_text(qtbot, app, knowledge):
    article = next(a for a in app.knowledge.list() if a.title == "退款到账时间说明")
    select(qtbot, knowledge, article.id)
    knowledge.edit()
    assert knowledge.pages.currentIndex() == EDITOR and not knowledge.editor.note.isVisible()
    knowledge.editor.body.setPlainText(article.body + "\n\n遇到独角兽订单请转主管处理。")
    knowledge.editor.tags.setText("退款，独角兽")
    assert knowledge.save()
    assert knowledge.pages.currentIndex() == READER
    saved = app.knowledge.get(article.id)
    assert "独角兽订单" in saved.body and saved.tags == ("退款", "独角兽")
    knowledge.query.setText("独角兽")
    wait_listed(qtbot, knowledge, "独角兽")
    assert listed_ids(knowledge) == [article.id]


def test_a_new_article_lands_in_its_category(qtbot, app, knowledge):
    knowledge.new()
    knowledge.editor.title.setText("夜间值班说明")
    knowledge.editor.category.setEditText("值班/夜班")
    knowledge.editor.body.setPlainText("夜间咨询由值班客服接待。")
    assert knowledge.save()
    wait_listed(qtbot, knowledge)
    qtbot.waitUntil(lambda: titles_under(knowledge, "值班", "夜班") == ["夜间值班说明"],
                    timeout=5000)
    assert knowledge._current.title == "夜间值班说明"


def test_an_imported_article_warns_that_a_new_import_overwrites_the_edit(qtbot, app, knowledge,
                                                                       tmp_path):
    import_handbook(qtbot, knowledge, tmp_path)
    article = next(a for a in app.knowledge.list() if a.title == "发货时间")
    select(qtbot, knowledge, article.id)
    knowledge.edit()
    assert knowledge.editor.note.isVisible()
    assert "来自《员工手册.md》，重新导入该文件会覆盖修改" in knowledge.editor.note.text()
    knowledge.editor.body.setPlainText("下单后24小时内发货。")
    assert knowledge.save()
    saved = app.knowledge.get(article.id)
    assert (saved.source_file, saved.section_path) == (article.source_file, article.section_path)


def test_an_invalid_article_is_not_saved_and_stays_in_the_editor(qtbot, knowledge,
                                                               monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    knowledge.new()
    knowledge.editor.body.setPlainText("没有标题的正文")
    assert not knowledge.save()
    assert warned and knowledge.pages.currentIndex() == EDITOR
    assert knowledge.editor.body.toPlainText() == "没有标题的正文"


def test_a_pack_article_is_read_only_with_its_pack_named(qtbot, app, knowledge, tmp_path):
    from packtools import make_pack

    from assistant.core.packs import PackArticle

    app.packs.subscribe(str(make_pack(tmp_path / "acme.huashu", articles=[
        PackArticle("a1", "团队退款口径", "退款一律原路退回。", category="团队话术")])))
    knowledge.refresh()
    article = next(a for a in app.knowledge.list() if a.title == "团队退款口径")
    select(qtbot, knowledge, article.id)
    assert knowledge.managed.isVisible() and "售后话术" in knowledge.managed_text.text()
    assert not knowledge.edit_button.isEnabled() and not knowledge.delete_button.isEnabled()
    knowledge.edit()
    assert knowledge.pages.currentIndex() == READER
    knowledge.view.setCurrentIndex(1)
    assert titles_under(knowledge, "团队包：售后话术") == ["团队退款口径"]


def test_unsaved_changes_ask_before_they_are_lost(qtbot, app, knowledge, monkeypatch):
    first, second = app.knowledge.list()[:2]
    select(qtbot, knowledge, first.id)
    knowledge.edit()
    knowledge.editor.body.setPlainText("改过但没保存")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    knowledge.tree.setCurrentIndex(knowledge.tree_model.find(second.id))
    assert asked and knowledge.pages.currentIndex() == EDITOR
    assert knowledge.editor.body.toPlainText() == "改过但没保存"
    assert knowledge.tree.currentIndex().data(ID_ROLE) == first.id
    knowledge.close()
    assert knowledge.isVisible()
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    knowledge.tree.setCurrentIndex(knowledge.tree_model.find(second.id))
    assert knowledge.pages.currentIndex() == READER and knowledge._current.id == second.id
    assert app.knowledge.get(first.id).body == first.body
    knowledge.edit()
    knowledge.editor.body.setPlainText("第二篇保存过的新正文")
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    knowledge.tree.setCurrentIndex(knowledge.tree_model.find(first.id))
    assert app.knowledge.get(second.id).body == "第二篇保存过的新正文"
    # The list comes back after the save; the article chosen meanwhile stays shown.
    qtbot.waitUntil(lambda: knowledge._articles[second.id].body == "第二篇保存过的新正文")
    qtbot.wait(50)
    assert knowledge._current.id == first.id
    assert knowledge.tree.currentIndex().data(ID_ROLE) == first.id


def test_deleting_asks_and_removes(qtbot, app, knowledge, monkeypatch):
    article = app.knowledge.add(title="要删除的文章", body="这篇会被删除。", category="临时")
    knowledge.refresh()
    select(qtbot, knowledge, article.id)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    knowledge.delete_button.click()
    assert asked and app.knowledge.get(article.id)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    knowledge.delete_button.click()
    assert all(a.id != article.id for a in app.knowledge.list())
    qtbot.waitUntil(lambda: article.id not in listed_ids(knowledge), timeout=5000)


# -- importing --------------------------------------------------------------------------------

def test_an_import_shows_file_names_and_keeps_its_report(qtbot, app, knowledge, tmp_path):
    files = []
    for n in range(3):
        path = tmp_path / f"手册{n}.md"
        path.write_text(f"# 第{n}节\n\n内容{n}。\n", encoding="utf-8")
        files.append(path)
    seen = []
    # Queued after the dialog's own slot: what the dialog shows once it handled each step.
    knowledge.importer.progress.connect(lambda step: seen.append(
        (step.stage, step.file, knowledge.importer.dialog.labelText(),
         knowledge.importer._committed)))
    knowledge.import_paths(files)
    qtbot.waitUntil(knowledge.report.isVisible, timeout=10000)
    assert any(stage == "reading" and file == "手册1.md" and "手册1.md" in label
               for stage, file, label, _ in seen)
    assert "新增 3 篇" in knowledge.report_text.text()
    # 取消 stays while reading and saving and goes once the articles are committed.
    assert not any(committed for stage, *_, committed in seen if stage == "reading")
    assert all(committed for stage, *_, committed in seen if stage == "indexing")
    qtbot.waitUntil(lambda: knowledge.status.text().endswith("篇"), timeout=5000)
    assert knowledge.report.isVisible()  # the tree's own status does not replace the report


def test_the_cancel_button_goes_only_once_the_import_is_committed(qtbot, knowledge):
    from PySide6.QtWidgets import QPushButton

    from assistant.services.kb_import import INDEXING, READING, SAVING, ImportProgress

    importer = knowledge.importer
    importer.open_dialog(3)
    importer._show_progress(ImportProgress(READING, 0, 3, "a.md"))
    importer._show_progress(ImportProgress(SAVING, 0, 40))
    assert importer.dialog.findChild(QPushButton) is not None
    importer._show_progress(ImportProgress(SAVING, 40, 40))
    assert importer._committed and "数据已保存" in importer.dialog.labelText()
    importer.cancel()
    assert not importer._cancel.is_set()
    importer._show_progress(ImportProgress(INDEXING, 10, 40))
    importer._close()


def test_a_cancelled_import_changes_nothing(qtbot, app, knowledge, tmp_path):
    before = len(app.knowledge.list())
    files = []
    for n in range(4):
        path = tmp_path / f"取消{n}.md"
        path.write_text(f"# 取消测试{n}\n\n内容。\n", encoding="utf-8")
        files.append(path)
    # Directly on the worker thread, as if the agent pressed 取消 while 取消2.md was read.
    knowledge.importer.progress.connect(
        lambda step: knowledge.importer._cancel.set() if step.file == "取消2.md" else None,
        Qt.ConnectionType.DirectConnection)
    knowledge.import_paths(files)
    qtbot.waitUntil(knowledge.report.isVisible, timeout=10000)
    assert "已取消" in knowledge.report_text.text()
    assert len(app.knowledge.list()) == before
    assert knowledge.import_button.isEnabled()


def test_a_failed_import_speaks_plainly(qtbot, knowledge, tmp_path):
    bad = tmp_path / "坏文件.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    knowledge.import_paths([bad])
    qtbot.waitUntil(knowledge.report.isVisible, timeout=10000)
    text = knowledge.report_text.text()
    assert "导入失败，数据未改动" in text and "坏文件.pdf" in text
    assert "Error" not in text and "Exception" not in text


# -- in the running app -----------------------------------------------------------------------

def test_the_running_app_pastes_a_passage_into_the_chat_window_it_came_from(qtbot, qapp,
                                                                          huashu_home):
    from test_tray_app import make_app

    app, desktop, state, _ = make_app(qapp, huashu_home)
    app.start()
    qtbot.waitUntil(lambda: app.search_ready, timeout=30000)
    try:
        app.open_window("knowledge")
        window = app._windows["knowledge"]
        assert app.paste.target.handle == "chat-window"
        qtbot.waitUntil(lambda: window.status.text().startswith("共"), timeout=5000)
        window.query.setText("运费")
        qtbot.waitUntil(lambda: window.status.text().startswith("找到"), timeout=5000)
        passage = read_article(window._current.body, "运费").passage.text
        window.paste_button.click()
        assert state.pasted == [passage]
        state.activation_works = False
        window.paste_button.click()
        assert state.pasted == [passage] and state.clipboard_text() == passage
        assert app.toast.isVisible() and app.toast.title.text() == "已复制，请粘贴"
        window.close()
    finally:
        app.stop_workers()
        app.huashu.close()
