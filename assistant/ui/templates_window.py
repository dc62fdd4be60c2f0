"""Template manager: a category tree, the template list with the popup's search, and the editor.

Nothing is lost silently: switching to another template, starting a new one or closing the
window with unsaved changes asks first, and a template just saved stays listed and selected
even when the search would hide it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.content import Template
from assistant.core.errors import HuashuError
from assistant.services.categories import CategoryService
from assistant.services.rendering import RenderService
from assistant.services.search import SearchService
from assistant.services.template_export import write_templates
from assistant.services.templates import TemplateService

from .category_tree import ALL, CATEGORY, FAVORITES, STALE, CategoryPanel
from .messages import ask_to_save, error_text
from .template_editor import TemplateEditor
from .template_list import TemplateTable
from .worker import LatestOnly, Worker


class TemplatesWindow(QWidget):
    def __init__(self, templates: TemplateService, rendering: RenderService,
                 pack_names: Callable[[], dict[str, str]] = dict,
                 export_pack: Callable[[], None] | None = None,
                 parent: QWidget | None = None, *, categories: CategoryService,
                 search: SearchService | None = None, worker: Worker | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("模板管理"))
        self.resize(1180, 700)
        self._templates = templates
        self._search = search
        self._searching = LatestOnly(worker) if worker is not None else None
        self._pack_names = pack_names
        self._names: dict[str, str] = {}
        self._node: list[Template] = []
        self._hits: list[str] | None = None
        self._keep: str | None = None

        self.tree = CategoryPanel(categories, templates)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("搜索：与弹窗相同，可用拼音、首字母、快捷码"))
        self.filter.setClearButtonEnabled(True)
        self.list = TemplateTable()
        self.new_button = QPushButton(self.tr("新建模板"))
        self.favorite_button = QToolButton()
        self.favorite_button.setText(self.tr("★ 收藏"))
        self.favorite_button.setToolTip(self.tr("收藏或取消收藏所选模板（Ctrl+D）"))
        self.move_button = QToolButton()
        self.move_button.setText(self.tr("移动到…"))
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.delete_selected_button = QToolButton()
        self.delete_selected_button.setText(self.tr("删除所选"))
        self.export_selected_button = QToolButton()
        self.export_selected_button.setText(self.tr("导出所选…"))
        actions = QHBoxLayout()
        for button in (self.favorite_button, self.move_button, self.delete_selected_button,
                       self.export_selected_button):
            actions.addWidget(button)
        actions.addStretch(1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button, 1)
        if export_pack is not None:
            self.export_button = QPushButton(self.tr("导出为团队包…"))
            self.export_button.clicked.connect(export_pack)
            list_buttons.addWidget(self.export_button)
        middle = QVBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.filter)
        middle.addWidget(self.list, 1)
        middle.addLayout(actions)
        middle.addLayout(list_buttons)

        self.editor = TemplateEditor(templates, rendering)
        for name in ("title", "shortcut", "category", "tags", "language", "body", "problems",
                     "preview", "managed", "managed_text", "copy_button", "save_button",
                     "delete_button"):
            setattr(self, name, getattr(self.editor, name))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        holder = QWidget()
        holder.setLayout(middle)
        for widget in (self.tree, holder, self.editor):
            splitter.addWidget(widget)
        splitter.setSizes([200, 380, 600])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

        self.filter.textChanged.connect(self._ask_search)
        self.list.selectionModel().currentRowChanged.connect(self._selected)
        self.list.selectionModel().selectionChanged.connect(self._update_actions)
        self.tree.node_changed.connect(lambda *_: self._list_node())
        self.tree.changed.connect(self.reload)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.new_button.clicked.connect(self.new)
        self.favorite_button.clicked.connect(self.toggle_favorite)
        QShortcut(QKeySequence("Ctrl+D"), self, self.toggle_favorite)
        self.delete_selected_button.clicked.connect(self.delete_selected)
        self.export_selected_button.clicked.connect(self.export_selected)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.copy_button.clicked.connect(self.copy_to_local)
        self.reload()

    @property
    def _current(self) -> Template | None:
        return self.editor.current

    # -- the list ----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """List the node's templates again and select ``select``, else the current template,
        else the first. Unsaved edits in the form are never replaced."""
        self._keep = select or (self._current.id if self._current else self._keep)
        self._names = self._pack_names()
        self.tree.reload()
        self.editor.set_categories(self.tree.paths())
        self._list_node(select is not None)
        if select is not None and self.list.row_of(select) < 0:
            self.tree.blockSignals(True)
            self.tree.select(ALL)
            self.tree.blockSignals(False)
            self._list_node(True)

    def refresh(self) -> None:
        """Content changed in another process: list again without touching unsaved edits."""
        self.reload()

    def _list_node(self, reload_form: bool = False) -> None:
        kind, category_id = self.tree.current()
        category = self.tree.category(category_id) if kind == CATEGORY else None
        try:
            if kind == STALE:
                self._node = self._templates.stale()
            else:
                everything = self._templates.list(category.path if category else None)
                self._node = [t for t in everything if t.favorite or kind != FAVORITES]
        except HuashuError:
            self._node = []
        self._show(reload_form)
        if self.filter.text().strip():
            self._ask_search(self.filter.text())

    def _ask_search(self, text: str) -> None:
        query = text.strip()
        if not query or self._search is None:
            self._hits = None if not query else [
                t.id for t in self._node if query.lower() in
                f"{t.title} {t.category or ''} {t.shortcut or ''}".lower()]
            self._show()
            return
        limit = max(20, len(self._node) * 2)

        def found(hits) -> None:
            self._hits = [hit.id for hit in hits]
            self._show()

        if self._searching is None:
            found(self._search.search_templates(query, limit))
        else:
            self._searching.ask(lambda: self._search.search_templates(query, limit), found)

    def shown_templates(self) -> list[Template]:
        """The node's templates the search keeps, in the search's order; the template being
        edited stays listed."""
        if self._hits is None:
            return list(self._node)
        by_id = {t.id: t for t in self._node}
        wanted = [by_id[i] for i in self._hits if i in by_id]
        keep = self._current.id if self._current else self._keep
        if keep in by_id and by_id[keep] not in wanted:
            wanted.insert(0, by_id[keep])
        return wanted

    def _pack_label(self, template: Template) -> str:
        if template.origin is None:
            return ""
        return "    " + self.tr("［团队包：{pack}］").replace(
            "{pack}", self._names.get(template.origin.pack_id, template.origin.pack_id))

    def _show(self, reload_form: bool = False) -> None:
        keep = self._keep if reload_form or self._current is None else self._current.id
        selected = set(self.list.selected_ids())
        model = self.list.selectionModel()
        model.blockSignals(True)
        self.list.show_templates(self.shown_templates(), self._pack_label)
        row = self.list.row_of(keep) if keep else -1
        for other in selected - {keep}:
            r = self.list.row_of(other)
            if r >= 0:
                model.select(self.list.model_.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        if row < 0 and not self.is_dirty() and self.list.row_count():
            row = 0
        if row >= 0:
            model.setCurrentIndex(self.list.model_.index(row, 1),
                                  QItemSelectionModel.SelectionFlag.Select
                                  | QItemSelectionModel.SelectionFlag.Rows)
        model.blockSignals(False)
        if row >= 0:
            self.list.scrollTo(self.list.model_.index(row, 1))
        self._update_actions()
        if self.is_dirty() and not reload_form:
            return
        wanted = self.list.id_at(row)
        if wanted is None:
            if self._current is not None and keep not in {t.id for t in self._node}:
                self._load(None)
        elif reload_form or self._current is None or self._current.id != wanted:
            self._show_template(wanted)

    def select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.list.model_.index(row, 1))

    def _selected(self, current: QModelIndex, previous: QModelIndex) -> None:
        wanted = self.list.id_at(current.row())
        if wanted is None or (self._current and self._current.id == wanted):
            return
        if not self.confirm_discard():
            model = self.list.selectionModel()
            model.blockSignals(True)
            model.setCurrentIndex(previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
            model.blockSignals(False)
            return
        self._show_template(wanted)
        if self.list.row_of(wanted) != self.list.currentIndex().row():
            self._show()

    def _show_template(self, template_id: str) -> None:
        try:
            template = self._templates.get(template_id)
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("模板管理"), error_text(exc))
            return
        self._load(template)

    def _update_actions(self, *_args) -> None:
        chosen = bool(self.list.selected_ids())
        for button in (self.favorite_button, self.move_button, self.delete_selected_button,
                       self.export_selected_button):
            button.setEnabled(chosen)

    # -- acting on the selected templates ----------------------------------------------------

    def _chosen(self) -> list[str]:
        return self.list.selected_ids() or ([self._current.id] if self._current else [])

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        self.move_menu.addAction(self.tr("（不分类）")).triggered.connect(
            lambda: self.move_selected(None))
        for category in self.tree.categories():
            self.move_menu.addAction(category.path).triggered.connect(
                lambda _=False, cid=category.id: self.move_selected(cid))

    def _write(self, change: Callable[[], None]) -> bool:
        try:
            change()
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("模板管理"), error_text(exc))
            return False
        self._list_node()
        return True

    def move_selected(self, category_id: int | None) -> None:
        ids = self._chosen()
        if ids and self._write(lambda: self._templates.move_to_category(ids, category_id)):
            self._after_move(ids)

    def _after_move(self, ids: list[str]) -> None:
        """The form shows the category a moved template now has, keeping other edits."""
        if self._current is not None and self._current.id in ids:
            moved = self._templates.get(self._current.id)
            if self.is_dirty():
                self.editor.note_favorite(moved)
                self.category.setCurrentText(moved.category or "")
            else:
                self._load(moved)

    def toggle_favorite(self) -> None:
        ids = self._chosen()
        if not ids:
            return
        favorite = not all(t.favorite for t in self._node if t.id in ids)
        if self._write(lambda: self._templates.set_favorite(ids, favorite)) and self._current:
            self.editor.note_favorite(self._templates.get(self._current.id))

    def delete_selected(self) -> None:
        ids = self._chosen()
        if not ids:
            return
        answer = QMessageBox.question(self, self.tr("删除模板"), self.tr(
            "删除所选的 {n} 个模板？删除后不能恢复。").replace("{n}", str(len(ids))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._write(lambda: self._templates.delete_many(ids)):
            if self._current is not None and self._current.id in ids:
                self._keep = None
                self._load(None)
                self._show()

    def export_selected(self) -> None:
        ids = set(self._chosen())
        if not ids:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出所选模板"),
                                              str(Path.home() / "话术模板.xlsx"),
                                              self.tr("Excel 表格 (*.xlsx);;CSV 文件 (*.csv)"))
        if not path:
            return
        try:
            count = write_templates([t for t in self._node if t.id in ids], Path(path))
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("无法导出"), error_text(exc))
            return
        QMessageBox.information(self, self.tr("导出所选模板"), self.tr(
            "已导出 {n} 个模板到 {file}").replace("{n}", str(count)).replace("{file}", path))

    # -- the form ----------------------------------------------------------------------------

    def _load(self, template: Template | None) -> None:
        note = ""
        if template is not None and template.origin is not None:
            note = self.tr(
                "来自团队包“{pack}”，随团队包自动更新，不能在这里修改。要按自己的需要改，"
                "请复制为我的模板（快捷码随之转给你的副本）。").replace(
                "{pack}", self._names.get(template.origin.pack_id, template.origin.pack_id))
        self.editor.load(template, note)

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

    def is_dirty(self) -> bool:
        return self.editor.is_dirty()

    def confirm_discard(self) -> bool:
        """With unsaved changes ask: save them, discard them, or stay (False)."""
        if not self.is_dirty():
            return True
        answer = ask_to_save(self, self.title.text().strip() or self.tr("新模板"))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> None:
        if not self.confirm_discard():
            return
        self.list.selectionModel().blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())
        self.list.selectionModel().blockSignals(False)
        self._keep = None
        self._load(None)
        kind, category_id = self.tree.current()
        if kind == CATEGORY:
            self.category.setCurrentText(self.tree.category(category_id).path)
            self.editor.take_as_loaded()
        self.title.setFocus()

    def save(self) -> bool:
        try:
            if self._current is None:
                saved = self._templates.add(**self.editor.fields())
            else:
                saved = self._templates.update(self._current.id, **self.editor.fields())
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
        self._keep = None
        self._load(None)
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            event.accept()
        else:
            event.ignore()
