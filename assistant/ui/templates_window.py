"""Template manager: find, add, edit and delete quick-reply templates, with a live preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from assistant.core.content import Template
from assistant.core.errors import HuashuError
from assistant.core.placeholders import lint
from assistant.core.salutation import Gender
from assistant.services.rendering import Customer, RenderService
from assistant.services.templates import TemplateService

_SAMPLE = Customer("王小明", Gender.MALE)


class TemplatesWindow(QWidget):
    def __init__(self, templates: TemplateService, rendering: RenderService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("话术助手 — 模板管理"))
        self.resize(980, 620)
        self._templates = templates
        self._rendering = rendering
        self._current: Template | None = None

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("筛选：标题、分类或快捷码"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        new = QPushButton(self.tr("新建模板"))
        left.addWidget(new)

        self.title = QLineEdit()
        self.category = QLineEdit()
        self.category.setPlaceholderText(self.tr("如 售后/退换货"))
        self.shortcut = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("用逗号分隔"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("正文，可用 {称呼} {客服} {店铺} {订单号} 等占位符"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("分类"), self.category)
        form.addRow(self.tr("快捷码"), self.shortcut)
        form.addRow(self.tr("标签"), self.tags)
        form.addRow(self.tr("正文"), self.body)
        form.addRow("", self.problems)
        form.addRow(self.tr("预览（王小明 先生）"), self.preview)
        self.save_button = QPushButton(self.tr("保存"))
        self.delete_button = QPushButton(self.tr("删除"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        for layout in (left, right):
            holder = QWidget()
            holder.setLayout(layout)
            splitter.addWidget(holder)
        splitter.setSizes([340, 640])
        QVBoxLayout(self).addWidget(splitter)

        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(self._selected)
        self.body.textChanged.connect(self._body_changed)
        new.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for t in self._templates.list():
            label = f"{t.title}    {t.category or ''}{' · ' + t.shortcut if t.shortcut else ''}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
            if t.id == select:
                self.list.setCurrentItem(item)
        self._apply_filter(self.filter.text())
        if select is None:
            self.new()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            self._current = self._templates.get(item.data(Qt.ItemDataRole.UserRole))
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("模板管理"), str(exc))
            return
        t = self._current
        self.title.setText(t.title)
        self.category.setText(t.category or "")
        self.shortcut.setText(t.shortcut or "")
        self.tags.setText(", ".join(t.tags))
        self.body.setPlainText(t.body)
        self.delete_button.setEnabled(True)

    def new(self) -> None:
        self._current = None
        self.list.setCurrentItem(None)
        for edit in (self.title, self.category, self.shortcut, self.tags):
            edit.clear()
        self.body.clear()
        self.delete_button.setEnabled(False)
        self.title.setFocus()

    def _body_changed(self) -> None:
        text = self.body.toPlainText()
        problems = lint(text)
        self.problems.setText("\n".join(f"第 {p.start + 1} 个字符：{p.message}"
                                        for p in problems[:5]))
        self.preview.setPlainText(self._rendering.render(text, _SAMPLE).text)

    def _fields(self) -> dict:
        return {"title": self.title.text(), "body": self.body.toPlainText(),
                "shortcut": self.shortcut.text() or None, "category": self.category.text() or None,
                "tags": self.tags.text().replace("，", ",") or None}

    def save(self) -> None:
        try:
            if self._current is None:
                saved = self._templates.add(**self._fields())
            else:
                saved = self._templates.update(self._current.id, **self._fields())
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return
        self.reload(select=saved.id)

    def delete(self) -> None:
        if self._current is None:
            return
        answer = QMessageBox.question(self, self.tr("删除模板"),
                                      self.tr("删除“{title}”？").replace("{title}",
                                                                        self._current.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._templates.delete(self._current.id)
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("无法删除"), str(exc))
            return
        self.reload()
