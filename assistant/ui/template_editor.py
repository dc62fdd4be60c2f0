"""The template editor: the form, a body with coloured placeholders and inline problems, and a
live preview for a sample customer the agent can change.

Problems come from sources ``text -> [(start, end, message)]``: the placeholder lint is one, and
more checks can be added with :meth:`TemplateEditor.add_problem_source`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.content import Template
from assistant.core.errors import HuashuError
from assistant.core.placeholders import BUILTINS, lint
from assistant.core.salutation import Gender
from assistant.services.rendering import Customer, RenderService
from assistant.services.templates import TemplateService

from .messages import error_text, language
from .placeholder_marks import PlaceholderHighlighter, Span

ProblemSource = Callable[[str], list[Span]]
LANGUAGES = ("zh", "en")


def placeholder_problems(text: str) -> list[Span]:
    return [(p.start, p.end, p.text(language())) for p in lint(text)]


class TemplateEditor(QWidget):
    def __init__(self, templates: TemplateService, rendering: RenderService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._templates = templates
        self._rendering = rendering
        self._sources: list[ProblemSource] = [self._template_problems]
        self.current: Template | None = None
        self._loaded: dict = {}
        self._shortcut_findings: list[str] = []

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
        self.shortcut = QLineEdit()
        self.shortcut.setPlaceholderText(self.tr("如 thlc，输入框里打它即可找到"))
        self.shortcut_note = QLabel()
        self.shortcut_note.setStyleSheet("color: #b00020;")
        self.shortcut_note.setWordWrap(True)
        self.shortcut_note.hide()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.lineEdit().setPlaceholderText(self.tr("如 售后/退换货（新路径保存时创建）"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("用逗号分隔"))
        self.language = QComboBox()
        self.language.addItem(self.tr("中文"), "zh")
        self.language.addItem("English", "en")
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("正文，可用 {称呼} {客服} {店铺} {订单号} 等占位符"))
        self.highlighter = PlaceholderHighlighter(self.body.document())
        self.problems = QListWidget()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setMaximumHeight(64)
        self.problems.hide()

        self.insert_button = QToolButton()
        self.insert_button.setText(self.tr("插入占位符"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = QMenu(self.insert_button)
        for english, chinese in BUILTINS.values():
            action = self.insert_menu.addAction(f"{{{chinese}}}  {english}")
            action.triggered.connect(lambda _=False, name=chinese: self.insert_placeholder(name))
        self.insert_menu.addSeparator()
        self.insert_menu.addAction(self.tr("填空项…")).triggered.connect(self._ask_fill_in)
        self.insert_button.setMenu(self.insert_menu)
        self.undo_button = QToolButton()
        self.undo_button.setText(self.tr("撤销"))
        self.redo_button = QToolButton()
        self.redo_button.setText(self.tr("重做"))
        body_tools = QHBoxLayout()
        body_tools.addWidget(self.insert_button)
        body_tools.addStretch(1)
        body_tools.addWidget(self.undo_button)
        body_tools.addWidget(self.redo_button)

        self.sample_name = QLineEdit("王小明")
        self.sample_name.setMaximumWidth(120)
        self.sample_gender = QComboBox()
        for label, gender in ((self.tr("先生"), Gender.MALE), (self.tr("女士"), Gender.FEMALE),
                              (self.tr("未知"), Gender.UNKNOWN)):
            self.sample_gender.addItem(label, gender)
        sample = QHBoxLayout()
        sample.addWidget(QLabel(self.tr("示例客户")))
        sample.addWidget(self.sample_name)
        sample.addWidget(self.sample_gender)
        sample.addStretch(1)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(96)

        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title)
        shortcut_row = QVBoxLayout()
        shortcut_row.setSpacing(2)
        shortcut_row.addWidget(self.shortcut)
        shortcut_row.addWidget(self.shortcut_note)
        form.addRow(self.tr("快捷码"), shortcut_row)
        form.addRow(self.tr("分类"), self.category)
        form.addRow(self.tr("标签"), self.tags)
        form.addRow(self.tr("语言"), self.language)
        body_column = QVBoxLayout()
        body_column.addLayout(body_tools)
        body_column.addWidget(self.body, 1)
        body_column.addWidget(self.problems)
        form.addRow(self.tr("正文"), body_column)
        form.addRow("", sample)
        form.addRow(self.tr("预览"), self.preview)
        self.save_button = QPushButton(self.tr("保存"))
        self.delete_button = QPushButton(self.tr("删除"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.managed)
        column.addLayout(form, 1)
        column.addLayout(buttons)

        self.body.textChanged.connect(self._body_changed)
        self.shortcut.textChanged.connect(self._check_shortcut)
        self.category.currentTextChanged.connect(self._body_changed)
        self.sample_name.textChanged.connect(self._render_preview)
        self.sample_gender.currentIndexChanged.connect(self._render_preview)
        self.problems.itemClicked.connect(self._show_problem)
        self.undo_button.clicked.connect(self.body.undo)
        self.redo_button.clicked.connect(self.body.redo)
        self.body.undoAvailable.connect(self.undo_button.setEnabled)
        self.body.redoAvailable.connect(self.redo_button.setEnabled)
        self.load(None)

    # -- loading and reading the form ---------------------------------------------------------

    def set_categories(self, paths: list[str]) -> None:
        text = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems([""] + paths)
        self.category.setCurrentText(text)
        self.category.blockSignals(False)

    def load(self, template: Template | None, managed_note: str = "") -> None:
        self.current = template
        self.title.setText(template.title if template else "")
        self.shortcut.setText(template.shortcut or "" if template else "")
        self.category.setCurrentText(template.category or "" if template else "")
        self.tags.setText(", ".join(template.tags) if template else "")
        self.language.setCurrentIndex(LANGUAGES.index(template.language) if template else 0)
        self.body.setPlainText(template.body if template else "")
        self.body.document().clearUndoRedoStacks()
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.take_as_loaded()
        managed = bool(managed_note)
        for edit in (self.title, self.shortcut, self.tags):
            edit.setReadOnly(managed)
        for widget in (self.category, self.language, self.insert_button):
            widget.setEnabled(not managed)
        self.body.setReadOnly(managed)
        self.save_button.setEnabled(not managed)
        self.delete_button.setEnabled(template is not None and not managed)
        self.managed.setVisible(managed)
        self.managed_text.setText(managed_note)

    def fields(self) -> dict:
        """The form as keyword arguments for TemplateService.add / update."""
        return {"title": self.title.text(), "body": self.body.toPlainText(),
                "shortcut": self.shortcut.text() or None,
                "category": self.category.currentText() or None,
                "tags": self.tags.text().replace("，", ",") or None,
                "language": self.language.currentData(),
                "favorite": self.current.favorite if self.current else False}

    def take_as_loaded(self) -> None:
        """What the form holds now is the starting point unsaved changes are measured from."""
        self._loaded = self.fields()

    def is_dirty(self) -> bool:
        mine = {k: v for k, v in self.fields().items() if k != "favorite"}
        return mine != {k: v for k, v in self._loaded.items() if k != "favorite"}

    def note_favorite(self, template: Template) -> None:
        """The favorite mark changed outside the form: keep it for the next save."""
        if self.current is not None and self.current.id == template.id:
            self.current = template

    # -- placeholders, problems and preview --------------------------------------------------

    def add_problem_source(self, source: ProblemSource) -> None:
        self._sources.append(source)
        self._body_changed()

    def insert_placeholder(self, name: str) -> None:
        self.body.textCursor().insertText("{" + name + "}")
        self.body.setFocus()

    def _ask_fill_in(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("插入填空项"),
                                        self.tr("填空项名称（粘贴前由你填写），如 订单号："))
        if ok and name.strip():
            self.insert_placeholder(name.strip())

    def _template_problems(self, text: str) -> list[Span]:
        """Placeholder mistakes, forbidden wording and a greeting without {称呼} (the service's
        check, which knows the team's word lists); its shortcut findings go beside the
        shortcut field."""
        problems = self._templates.check(
            text, category=self.category.currentText().strip() or None,
            shortcut=self.shortcut.text().strip() or None,
            template_id=self.current.id if self.current is not None else None)
        self._shortcut_findings = [p.text(language()) for p in problems if p.where != "body"]
        return [(p.start, p.end, p.text(language())) for p in problems if p.where == "body"]

    def problem_spans(self) -> list[Span]:
        text = self.body.toPlainText()
        spans = [span for source in self._sources for span in source(text)]
        return sorted(spans)

    def _body_changed(self) -> None:
        spans = self.problem_spans()
        self.highlighter.set_problems(spans)
        self.problems.clear()
        for start, end, message in spans:
            where = self.tr("第 {n} 个字符：").replace("{n}", str(start + 1)) if end > start else ""
            item = QListWidgetItem(where + message)
            item.setData(256, (start, end))
            self.problems.addItem(item)
        self.problems.setVisible(bool(spans))
        self._render_preview()

    def _show_problem(self, item: QListWidgetItem) -> None:
        start, end = item.data(256)
        cursor = self.body.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def sample_customer(self) -> Customer:
        return Customer(self.sample_name.text().strip(), Gender(self.sample_gender.currentData()))

    def _render_preview(self) -> None:
        self.preview.setPlainText(
            self._rendering.render(self.body.toPlainText(), self.sample_customer()).text)

    def _check_shortcut(self) -> None:
        """A code another template has, or one that begins another's (or that another's
        begins): shown while typing, before saving."""
        self._body_changed()
        try:
            self._templates.check_shortcut(self.shortcut.text(),
                                           self.current.id if self.current else None)
        except HuashuError as exc:
            notes = [error_text(exc)]
        else:
            notes = self._shortcut_findings
        self.shortcut_note.setText("\n".join(dict.fromkeys(notes)))
        self.shortcut_note.setVisible(bool(notes))
