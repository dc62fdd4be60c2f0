"""The knowledge window's article form: title, category, tags and the Markdown body beside its
rendered preview (the shaded passage is what pasting the article puts into a chat)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget,
)

from assistant.core.content import Article
from assistant.services.reading import read_article

from .article_view import ArticleView

_EMPTY = {"title": "", "category": "", "tags": "", "body": ""}


class ArticleEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self._loaded = dict(_EMPTY)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff6dd; border: 1px solid #e8cf86; "
                                "border-radius: 4px; padding: 4px 8px;")
        self.note.hide()
        self.title = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.lineEdit().setPlaceholderText(self.tr("如 售后/运费"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("用逗号分隔"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("正文（Markdown）：# 标题、- 列表、**加粗**"))
        self.preview = ArticleView()
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(self.body)
        panes.addWidget(self.preview)
        panes.setSizes([1, 1])
        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("分类"), self.category)
        form.addRow(self.tr("标签"), self.tags)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("正文（左）与预览（右，蓝底为粘贴到聊天的段落）")))
        layout.addWidget(panes, 1)
        self._render_later = QTimer(self)
        self._render_later.setSingleShot(True)
        self._render_later.setInterval(150)
        self._render_later.timeout.connect(self.render_preview)
        self.body.textChanged.connect(self._render_later.start)
        self.title.textChanged.connect(self._render_later.start)

    def load(self, article: Article | None, categories: list[str]) -> None:
        self.article = article
        self.category.clear()
        self.category.addItems(categories)
        values = dict(_EMPTY) if article is None else {
            "title": article.title, "category": article.category or "",
            "tags": ", ".join(article.tags), "body": article.body}
        self.title.setText(values["title"])
        self.category.setEditText(values["category"])
        self.tags.setText(values["tags"])
        self.body.setPlainText(values["body"])
        self._loaded = self.form()
        source = article.source_file if article is not None and article.source else None
        self.note.setVisible(bool(source))
        if source:
            self.note.setText(self.tr("来自《{file}》，重新导入该文件会覆盖修改。")
                              .replace("{file}", source))
        self.render_preview()

    def form(self) -> dict[str, str]:
        return {"title": self.title.text(), "category": self.category.currentText(),
                "tags": self.tags.text(), "body": self.body.toPlainText()}

    def is_dirty(self) -> bool:
        return self.form() != self._loaded

    def fields(self) -> dict:
        """Keyword arguments for ``KnowledgeService.add/update``; an imported article keeps its
        file and section, so a later import of that file still finds it."""
        a = self.article
        return {"title": self.title.text(), "body": self.body.toPlainText(),
                "category": self.category.currentText().strip() or None,
                "tags": self.tags.text().replace("，", ",") or None,
                "source_file": a.source_file if a else None,
                "section_path": a.section_path if a else None}

    def render_preview(self) -> None:
        self.preview.show_article(self.title.text(), read_article(self.body.toPlainText()))
