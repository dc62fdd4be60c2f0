"""Template manager: find, add, edit and delete quick-reply templates, with a live preview.

Nothing is lost silently: switching to another template, starting a new one or closing the
window with unsaved changes asks first, and a template just saved stays selected even when
the filter would hide it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from assistant.core.content import Template
from assistant.core.errors import HuashuError
from assistant.core.placeholders import Problem
from assistant.core.salutation import Gender
from assistant.services.rendering import Customer, RenderService
from assistant.services.templates import TemplateService

from .messages import error_text, language

_SAMPLE = Customer("王小明", Gender.MALE)
_EMPTY = {"title": "", "category": "", "shortcut": "", "tags": "", "body": ""}


class TemplatesWindow(QWidget):
    def __init__(self, templates: TemplateService, rendering: RenderService,
                 pack_names: Callable[[], dict[str, str]] = dict,
                 export_pack: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("模板管理"))
        self.resize(980, 620)
        self._templates = templates
        self._rendering = rendering
        self._pack_names = pack_names
        self._names: dict[str, str] = {}
        self._current: Template | None = None
        self._loaded = dict(_EMPTY)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("筛选：标题、分类或快捷码"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("新建模板"))
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button, 1)
        if export_pack is not None:
            self.export_button = QPushButton(self.tr("导出为团队包…"))
            self.export_button.clicked.connect(export_pack)
            left_buttons.addWidget(self.export_button)
        left.addLayout(left_buttons)

        self.managed = QFrame()
        self.managed.setObjectName("managed")
        self.managed.setStyleSheet("#managed { background: #eef4ff; border: 1px solid #b8cef5; "
                                   "border-radius: 4px; }")
        self.managed_text = QLabel()
        self.managed_text.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("复制为我的模板"))
        managed_row = QHBoxLayout(self.managed)
        managed_row.setContentsMargins(8, 4, 4, 4)
        managed_row.addWidget(self.managed_text, 1)
        managed_row.addWidget(self.copy_button)
        self.managed.hide()

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
        self.problems.setStyleSheet("color: #b00020;")
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
        right.addWidget(self.managed)
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
        self.shortcut.textChanged.connect(self._check)
        self.category.textChanged.connect(self._check)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.copy_button.clicked.connect(self.copy_to_local)
        self.reload()

    # -- the list ----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """List the templates again and select ``select``, else the current template, else
        the first. Unsaved edits in the form are never replaced."""
        keep = select or (self._current.id if self._current else None)
        self._names = self._pack_names()
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for t in self._templates.list():
            label = f"{t.title}    {t.category or ''}{' · ' + t.shortcut if t.shortcut else ''}"
            if t.origin is not None:
                label += "    " + self.tr("［团队包：{pack}］").replace(
                    "{pack}", self._names.get(t.origin.pack_id, t.origin.pack_id))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
            if t.id == keep:
                chosen = item
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        if self.is_dirty() and select is None:
            return
        if chosen is None:
            chosen = next((self.list.item(i) for i in range(self.list.count())
                           if not self.list.item(i).isHidden()), None)
            if chosen is not None:
                self.list.blockSignals(True)
                self.list.setCurrentItem(chosen)
                self.list.blockSignals(False)
        if chosen is None:
            self._load(None)
        else:
            self._show_item(chosen)

    def refresh(self) -> None:
        """Content changed in another process: list again without touching unsaved edits."""
        self.reload()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        current = self.list.currentItem()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower()
                           and item is not current)

    def _selected(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        if not self.confirm_discard():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        # Saving lists the templates again: find the one asked for among the new items.
        item = self._item(wanted)
        if item is not None:
            self.list.blockSignals(True)
            self.list.setCurrentItem(item)
            self.list.blockSignals(False)
            self._show_item(item)

    def _item(self, template_id: str) -> QListWidgetItem | None:
        return next((self.list.item(i) for i in range(self.list.count())
                     if self.list.item(i).data(Qt.ItemDataRole.UserRole) == template_id), None)

    def _show_item(self, item: QListWidgetItem) -> None:
        try:
            template = self._templates.get(item.data(Qt.ItemDataRole.UserRole))
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("模板管理"), error_text(exc))
            return
        self._load(template)

    # -- the form ----------------------------------------------------------------------------

    def _load(self, template: Template | None) -> None:
        self._current = template
        values = dict(_EMPTY) if template is None else {
            "title": template.title, "category": template.category or "",
            "shortcut": template.shortcut or "", "tags": ", ".join(template.tags),
            "body": template.body}
        self.title.setText(values["title"])
        self.category.setText(values["category"])
        self.shortcut.setText(values["shortcut"])
        self.tags.setText(values["tags"])
        self.body.setPlainText(values["body"])
        self._loaded = self._form()
        managed = template is not None and template.origin is not None
        for edit in (self.title, self.category, self.shortcut, self.tags):
            edit.setReadOnly(managed)
        self.body.setReadOnly(managed)
        self.save_button.setEnabled(not managed)
        self.delete_button.setEnabled(template is not None and not managed)
        self.managed.setVisible(managed)
        if managed:
            self.managed_text.setText(self.tr(
                "来自团队包“{pack}”，随团队包自动更新，不能在这里修改。要按自己的需要改，"
                "请复制为我的模板（快捷码随之转给你的副本）。").replace(
                "{pack}", self._names.get(template.origin.pack_id, template.origin.pack_id)))

    def copy_to_local(self) -> None:
        if self._current is None:
            return
        try:
            copy = self._templates.copy_to_local(self._current.id)
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("无法复制"), error_text(exc))
            return
        self._load(copy)
        self.reload(select=copy.id)
        self.title.setFocus()

    def _form(self) -> dict[str, str]:
        return {"title": self.title.text(), "category": self.category.text(),
                "shortcut": self.shortcut.text(), "tags": self.tags.text(),
                "body": self.body.toPlainText()}

    def is_dirty(self) -> bool:
        return self._form() != self._loaded

    def confirm_discard(self) -> bool:
        """With unsaved changes ask: save them, discard them, or stay (False)."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("未保存的修改"),
            self.tr("“{title}”的修改还没有保存。").replace(
                "{title}", self.title.text().strip() or self.tr("新模板")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> None:
        if not self.confirm_discard():
            return
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.blockSignals(False)
        self._load(None)
        self.title.setFocus()

    def _body_changed(self) -> None:
        self._check()
        self.preview.setPlainText(self._rendering.render(self.body.toPlainText(), _SAMPLE).text)

    def _check(self) -> None:
        """Placeholder mistakes, forbidden wording, a greeting without {称呼} and shortcut
        clashes, under the body."""
        problems = self._templates.check(
            self.body.toPlainText(), category=self.category.text() or None,
            shortcut=self.shortcut.text() or None,
            template_id=self._current.id if self._current is not None else None)
        self.problems.setText("\n".join(self._problem_line(p) for p in problems[:5]))

    def _problem_line(self, problem: Problem) -> str:
        """Body problems with their position; shortcut and whole-body ones say what they are."""
        if problem.where != "body" or problem.end == problem.start:
            return problem.text(language())
        return (self.tr("第 {n} 个字符：").replace("{n}", str(problem.start + 1))
                + problem.text(language()))

    def _fields(self) -> dict:
        return {"title": self.title.text(), "body": self.body.toPlainText(),
                "shortcut": self.shortcut.text() or None, "category": self.category.text() or None,
                "tags": self.tags.text().replace("，", ",") or None}

    def save(self) -> bool:
        try:
            if self._current is None:
                saved = self._templates.add(**self._fields())
            else:
                saved = self._templates.update(self._current.id, **self._fields())
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), error_text(exc))
            return False
        self._load(saved)
        self.reload(select=saved.id)
        return True

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
            QMessageBox.warning(self, self.tr("无法删除"), error_text(exc))
            return
        self._current = None
        self._loaded = self._form()
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            event.accept()
        else:
            event.ignore()
