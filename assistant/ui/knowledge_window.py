"""Knowledge base: browse the articles by category or by source document, search them, read
them rendered with the matches marked, write and edit them, and import handbooks with a
progress dialog that can be cancelled.

What goes into a chat is the agent's selection in the reader, else the article's best passage
(``services.reading``): never a whole article with its guidance for agents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from assistant.core.content import Article
from assistant.core.errors import HuashuError
from assistant.services.reading import match_spans, read_article

from .article_editor import ArticleEditor
from .article_tree import (
    BY_CATEGORY,
    BY_DOCUMENT,
    ID_ROLE,
    ArticleTreeDelegate,
    ArticleTreeModel,
    TreeEntry,
)
from .article_view import ArticleView
from .handbook_import import HandbookImport
from .messages import ask_to_save, error_text
from .results import ResultRow
from .worker import LatestOnly, Worker

IMPORT_FILTER = "(*.md *.markdown *.txt *.docx *.html *.htm *.pdf)"
SEARCH_LIMIT = 200
EXPAND_ALL_UP_TO = 300
"""Browsing opens every group when there are at most this many articles."""
READER, EDITOR = 0, 1


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _document_order(a: Article, label: str) -> tuple[int, str]:
    """Imported files first, then team packs, articles written here, the starter ones."""
    if a.origin is not None:
        return 1, label
    if a.source:
        return 0, label
    return (3 if a.source_file else 2), label


def _note(object_name: str, style: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setStyleSheet(f"#{object_name} {{ {style} border-radius: 4px; }}")
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    row = QHBoxLayout(frame)
    row.setContentsMargins(8, 4, 4, 4)
    row.addWidget(label, 1)
    return frame, label


class KnowledgeWindow(QWidget):
    def __init__(self, huashu, worker: Worker,
                 paste_text: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        """``paste_text(text)`` pastes into the chat window the agent came from (the tray app
        copies instead and says so when there is none); without it, pasting copies."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("知识库"))
        self.resize(1100, 680)
        self._huashu = huashu
        self._worker = worker
        self._paste_text = paste_text
        self._queries = LatestOnly(worker)
        self.importer = HandbookImport(huashu, worker, self)
        self._articles: dict[str, Article] = {}
        self._pack_names: dict[str, str] = {}
        self._current: Article | None = None

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("搜索知识库：关键词或拼音"))
        self.query.setClearButtonEnabled(True)
        self.view = QComboBox()
        self.view.addItem(self.tr("按分类"), BY_CATEGORY)
        self.view.addItem(self.tr("按文档"), BY_DOCUMENT)
        self.new_button = QPushButton(self.tr("新建文章"))
        self.import_button = QPushButton(self.tr("导入文件…"))
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.view)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)

        self.report, self.report_text = _note(
            "report", "background: palette(alternate-base); border: 1px solid palette(mid);")
        close_report = QToolButton()
        close_report.setText("×")
        close_report.setAutoRaise(True)
        close_report.setToolTip(self.tr("关闭"))
        close_report.clicked.connect(self.report.hide)
        self.report.layout().addWidget(close_report, 0, Qt.AlignmentFlag.AlignTop)
        self.report.hide()

        self.tree_model = ArticleTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(ArticleTreeDelegate(self.tree))

        self.managed, self.managed_text = _note(
            "managed", "background: #eef4ff; border: 1px solid #b8cef5;")
        self.managed.hide()
        self.reader = ArticleView()
        self.edit_button = QPushButton(self.tr("编辑"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.copy_button = QPushButton(self.tr("复制 (Ctrl+C)"))
        self.copy_button.setToolTip(self.tr("复制所选文字；没有选中时复制蓝底的段落"))
        self.paste_button = QPushButton(self.tr("粘贴到聊天 (Enter)"))
        self.paste_button.setToolTip(self.tr("把所选文字或蓝底的段落粘贴到原来的聊天窗口"))
        self.paste_button.setDefault(True)
        reader_page = QWidget()
        reader_layout = QVBoxLayout(reader_page)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.managed)
        reader_layout.addWidget(self.reader, 1)
        reader_buttons = QHBoxLayout()
        reader_buttons.addWidget(self.edit_button)
        reader_buttons.addWidget(self.delete_button)
        reader_buttons.addStretch(1)
        reader_buttons.addWidget(self.copy_button)
        reader_buttons.addWidget(self.paste_button)
        reader_layout.addLayout(reader_buttons)

        self.editor = ArticleEditor()
        self.cancel_edit_button = QPushButton(self.tr("取消"))
        self.save_button = QPushButton(self.tr("保存"))
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor, 1)
        editor_buttons = QHBoxLayout()
        editor_buttons.addStretch(1)
        editor_buttons.addWidget(self.cancel_edit_button)
        editor_buttons.addWidget(self.save_button)
        editor_layout.addLayout(editor_buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(reader_page)
        self.pages.addWidget(editor_page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 740])
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.tree.installEventFilter(self)
        self.reader.installEventFilter(self)
        self.query.returnPressed.connect(self.paste_passage)
        self.query.textChanged.connect(lambda text: self.search(text, keep=not text.strip()))
        self.view.currentIndexChanged.connect(lambda _: self.search(self.query.text()))
        self.tree.expanded.connect(self.tree_model.fill)
        self.tree.selectionModel().currentChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new)
        self.import_button.clicked.connect(self.choose_files)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.copy_button.clicked.connect(self.copy_passage)
        self.paste_button.clicked.connect(self.paste_passage)
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.save_button.clicked.connect(self.save)
        self.importer.finished.connect(self._imported)
        self.refresh()

    # -- listing and searching ---------------------------------------------------------------

    def refresh(self) -> None:
        """List the articles again (content changed, here or in another process), showing the
        article shown now. An article being edited stays in the editor."""
        huashu = self._huashu

        def task() -> tuple[list[Article], dict[str, str]]:
            return huashu.knowledge.list(), huashu.packs.names()

        def listed(result) -> None:
            articles, self._pack_names = result
            keep = self._current.id if self._current else None
            self._articles = {a.id: a for a in articles}
            self._current = self._articles.get(keep) if keep else None
            self.search(self.query.text())

        self._worker.submit(task, listed)

    def search(self, text: str, keep: bool = True) -> None:
        """List the articles matching ``text`` (all when it is empty). ``keep`` shows the
        article shown now when it is listed; otherwise the best match is shown."""
        if not text.strip():
            self._queries.cancel()
            by_document = self._by() == BY_DOCUMENT
            entries = [self._entry(a) for a in sorted(
                self._articles.values(), key=lambda a: _document_order(a, self._document(a))
                if by_document else a.category or "")]
            self._show(entries, searching=False, keep=keep)
            return
        search = self._huashu.search

        def task() -> list[TreeEntry]:
            entries = []
            for hit in search.search_kb(text, SEARCH_LIMIT):
                article = self._articles.get(hit.id)
                if article is None:
                    continue
                preview = _one_line(hit.passage)
                row = ResultRow("article", hit.id, hit.title, hit.category or "", "", preview,
                                "", match_spans(hit.title, text), match_spans(preview, text))
                entries.append(self._entry(article, row))
            return entries

        self._queries.ask(task, lambda entries: self._show(entries, searching=True, keep=keep))

    def _by(self) -> str:
        return self.view.currentData()

    def _document(self, a: Article) -> str:
        if a.origin is not None:
            return self.tr("团队包：{pack}").replace(
                "{pack}", self._pack_names.get(a.origin.pack_id, a.origin.pack_id))
        if a.source:
            return a.source_file or ""
        return self.tr("入门资料") if a.source_file else self.tr("在应用中编写")

    def _entry(self, a: Article, row: ResultRow | None = None) -> TreeEntry:
        return TreeEntry(a.id, a.title, a.category or "", self._document(a), a.source or "", row)

    def _show(self, entries: list[TreeEntry], searching: bool, keep: bool) -> None:
        model, tree = self.tree_model, self.tree
        tree.selectionModel().blockSignals(True)
        model.show_entries(entries, self._by())
        if searching or len(entries) <= EXPAND_ALL_UP_TO:
            for group in model.groups():
                model.fill(group)
            tree.expandAll()
        index = model.find(self._current.id) if keep and self._current else QModelIndex()
        if not index.isValid():
            index = model.first_article()
        tree.setCurrentIndex(index)
        if index.isValid():
            tree.scrollTo(index)
        tree.selectionModel().blockSignals(False)
        count = self.tr("找到 {n} 篇") if searching else self.tr("共 {n} 篇")
        self.status.setText(count.replace("{n}", str(len(entries))))
        if self.pages.currentIndex() == READER:
            self._read(self._articles.get(index.data(ID_ROLE)) if index.isValid() else None)

    def _selected(self, current: QModelIndex, previous: QModelIndex) -> None:
        article = self._articles.get(current.data(ID_ROLE))
        if article is None:
            return
        if self.pages.currentIndex() == EDITOR:
            if not self.confirm_discard():
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(previous)
                self.tree.selectionModel().blockSignals(False)
                return
            self.pages.setCurrentIndex(READER)
        self._read(article)

    def _read(self, article: Article | None) -> None:
        self._current = article
        managed = article is not None and article.origin is not None
        self.edit_button.setEnabled(article is not None and not managed)
        self.delete_button.setEnabled(article is not None and not managed)
        self.managed.setVisible(managed)
        if article is None:
            self.reader.clear()
            return
        if managed:
            self.managed_text.setText(self.tr(
                "来自团队包“{pack}”，随团队包自动更新，不能在这里修改。").replace(
                "{pack}", self._pack_names.get(article.origin.pack_id, article.origin.pack_id)))
        self.reader.show_article(article.title, read_article(article.body, self.query.text()),
                                 article.source or "")

    # -- passages into the chat --------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the tree and the reader, Enter pastes into the chat and Ctrl+C copies: the
        selection, else the passage."""
        if event.type() == QEvent.Type.KeyPress and watched in (self.tree, self.reader):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.paste_passage()
                return True
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_passage()
                return True
        return super().eventFilter(watched, event)

    def passage_text(self) -> str:
        """The selection in the reader, else the shown article's best passage."""
        selected = self.reader.selected_text()
        if selected or self._current is None:
            return selected
        passage = read_article(self._current.body, self.query.text()).passage
        return passage.text if passage else ""

    def copy_passage(self) -> None:
        text = self.passage_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.status.setText(self.tr("已复制 {n} 个字").replace("{n}", str(len(text))))

    def paste_passage(self) -> None:
        text = self.passage_text()
        if not text:
            return
        if self._paste_text is None:
            QGuiApplication.clipboard().setText(text)
            self.status.setText(self.tr("已复制，请粘贴"))
            return
        self._paste_text(text)

    # -- writing -----------------------------------------------------------------------------

    def _categories(self) -> list[str]:
        return sorted({a.category for a in self._articles.values() if a.category})

    def new(self) -> None:
        if not self.confirm_discard():
            return
        self.editor.load(None, self._categories())
        self.pages.setCurrentIndex(EDITOR)
        self.editor.title.setFocus()

    def edit(self) -> None:
        article = self._current
        if article is None or article.origin is not None:
            return
        self.editor.load(article, self._categories())
        self.pages.setCurrentIndex(EDITOR)
        self.editor.body.setFocus()

    def cancel_edit(self) -> None:
        if self.confirm_discard():
            self.pages.setCurrentIndex(READER)
            self._read(self._current)

    def is_dirty(self) -> bool:
        return self.pages.currentIndex() == EDITOR and self.editor.is_dirty()

    def confirm_discard(self) -> bool:
        """With unsaved changes ask: save them, discard them, or stay (False)."""
        if not self.is_dirty():
            return True
        answer = ask_to_save(self, self.editor.title.text().strip() or self.tr("新文章"))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.load(self.editor.article, [])
            return True
        return False

    def save(self) -> bool:
        knowledge = self._huashu.knowledge
        article = self.editor.article
        try:
            if article is None:
                saved = knowledge.add(**self.editor.fields())
            else:
                saved = knowledge.update(article.id, **self.editor.fields())
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), error_text(exc))
            return False
        self.editor.load(saved, [])
        self._articles[saved.id] = saved
        self.pages.setCurrentIndex(READER)
        self._read(saved)
        self.status.setText(self.tr("已保存“{title}”").replace("{title}", saved.title))
        self.refresh()  # shows the saved article, or the one chosen while asked to save
        return True

    def delete(self) -> None:
        article = self._current
        if article is None or article.origin is not None:
            return
        answer = QMessageBox.question(self, self.tr("删除文章"), self.tr("删除“{title}”？")
                                      .replace("{title}", article.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._huashu.knowledge.delete(article.id)
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("无法删除"), error_text(exc))
            return
        self._articles.pop(article.id, None)
        self._current = None
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            event.accept()
        else:
            event.ignore()

    # -- importing ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("导入手册"), str(Path.home()),
                                                self.tr("手册") + " " + IMPORT_FILTER)
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> None:
        self.import_button.setEnabled(False)
        self.importer.start(paths)

    def _imported(self, report: str, ok: bool) -> None:
        self.import_button.setEnabled(True)
        self.report_text.setText(report)
        self.report_text.setStyleSheet("" if ok else "color: #b00020;")
        self.report.show()
        self.refresh()
