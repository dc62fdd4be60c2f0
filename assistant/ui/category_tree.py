"""The category tree of the template window: 全部 (with the categories below it), ★ 收藏 and
90 天未用; categories are added, renamed, deleted and reordered here, and templates dragged from
the list are dropped onto a category to move them."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QInputDialog, QLabel, QMenu, QMessageBox, QRadioButton, QToolButton, QTreeView, QVBoxLayout,
    QWidget,
)

from assistant.core.content import Category
from assistant.core.errors import HuashuError
from assistant.services.categories import CategoryService
from assistant.services.templates import STALE_DAYS, TemplateService

from .messages import error_text

TEMPLATE_MIME = "application/x-huashu-templates"
CATEGORY_MIME = "application/x-huashu-category"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ALL, FAVORITES, STALE, CATEGORY = "all", "favorites", "stale", "category"


def template_mime(template_ids: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(TEMPLATE_MIME, "\n".join(template_ids).encode())
    return data


class CategoryModel(QStandardItemModel):
    """The tree's items; a drop becomes a signal the panel turns into a service call."""

    templates_dropped = Signal(list, object)  # template ids, category id or None
    category_dropped = Signal(int, object, object)  # category id, parent id or None, index

    def populate(self, categories: list[Category], labels: dict[str, str]) -> None:
        self.clear()
        root = self.invisibleRootItem()
        self.all_item = self._node(labels[ALL], ALL)
        root.appendRow(self.all_item)
        items: dict[int, QStandardItem] = {}
        for category in categories:
            item = self._node(category.name, CATEGORY, category.id)
            item.setToolTip(category.path)
            items[category.id] = item
            items.get(category.parent_id, self.all_item).appendRow(item)
        root.appendRow(self._node(labels[FAVORITES], FAVORITES))
        root.appendRow(self._node(labels[STALE], STALE))

    @staticmethod
    def _node(text: str, kind: str, category_id: int | None = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(kind, KIND_ROLE)
        item.setData(category_id, ID_ROLE)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if kind in (ALL, CATEGORY):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if kind == CATEGORY:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags)
        return item

    def find(self, kind: str, category_id: int | None = None) -> QModelIndex:
        for item in self._items(self.invisibleRootItem()):
            if item.data(KIND_ROLE) == kind and item.data(ID_ROLE) == category_id:
                return item.index()
        return QModelIndex()

    def _items(self, parent: QStandardItem):
        for row in range(parent.rowCount()):
            child = parent.child(row)
            yield child
            yield from self._items(child)

    def mimeTypes(self) -> list[str]:
        return [TEMPLATE_MIME, CATEGORY_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [i.data(ID_ROLE) for i in indexes if i.data(KIND_ROLE) == CATEGORY]
        if ids:
            data.setData(CATEGORY_MIME, str(ids[0]).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dropMimeData(self, data: QMimeData, action, row: int, column: int,
                     parent: QModelIndex) -> bool:
        """Emit what the drop asks for. Returns False: the tree is rebuilt from the database
        afterwards, so the view must not move or remove items itself."""
        kind = parent.data(KIND_ROLE) if parent.isValid() else None
        if kind not in (ALL, CATEGORY):
            return False
        target = parent.data(ID_ROLE) if kind == CATEGORY else None
        if data.hasFormat(TEMPLATE_MIME):
            ids = [i for i in bytes(data.data(TEMPLATE_MIME)).decode().split("\n") if i]
            if ids:
                self.templates_dropped.emit(ids, target)
        elif data.hasFormat(CATEGORY_MIME):
            moved = int(bytes(data.data(CATEGORY_MIME)).decode())
            index = row if row >= 0 else None
            source = self.find(CATEGORY, moved)
            if index is not None and source.isValid() and source.parent() == parent \
                    and source.row() < index:
                index -= 1
            if moved != target:
                self.category_dropped.emit(moved, target, index)
        return False


class CategoryPanel(QWidget):
    """The tree with its buttons and context menu. ``changed`` follows every write here."""

    node_changed = Signal(str, object)  # kind, category id
    changed = Signal()

    def __init__(self, categories: CategoryService, templates: TemplateService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories = categories
        self._templates = templates
        self.labels = {ALL: self.tr("全部"), FAVORITES: self.tr("★ 收藏"),
                       STALE: self.tr("{days} 天未用").replace("{days}", str(STALE_DAYS))}
        self.model = CategoryModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("新建分类"))
        self.rename_button = QToolButton()
        self.rename_button.setText(self.tr("重命名"))
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("删除"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)

        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.view.customContextMenuRequested.connect(self._menu)
        self.model.templates_dropped.connect(self.move_templates)
        self.model.category_dropped.connect(self.place)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._reloading = False
        self.reload()

    def reload(self) -> None:
        kind, category_id = self.current()
        self._category_list = self._templates.categories()
        self._reloading = True
        self.model.populate(self._category_list, self.labels)
        self.view.expandAll()
        index = self.model.find(kind, category_id)
        self.view.setCurrentIndex(index if index.isValid() else self.model.all_item.index())
        self._reloading = False
        self._update_buttons()

    def current(self) -> tuple[str, int | None]:
        index = self.view.currentIndex() if self.view.selectionModel() else QModelIndex()
        if not index.isValid():
            return ALL, None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def select(self, kind: str, category_id: int | None = None) -> None:
        self.view.setCurrentIndex(self.model.find(kind, category_id))

    def category(self, category_id: int) -> Category | None:
        return next((c for c in self._category_list if c.id == category_id), None)

    def categories(self) -> list[Category]:
        return list(self._category_list)

    def paths(self) -> list[str]:
        return [c.path for c in self._category_list]

    def _current_changed(self, *_args) -> None:
        self._update_buttons()
        if not self._reloading:
            self.node_changed.emit(*self.current())

    def _update_buttons(self) -> None:
        on_category = self.current()[0] == CATEGORY
        self.rename_button.setEnabled(on_category)
        self.delete_button.setEnabled(on_category)

    def _menu(self, position) -> None:
        menu = QMenu(self)
        menu.addAction(self.add_button.text()).triggered.connect(self.add)
        if self.current()[0] == CATEGORY:
            menu.addAction(self.rename_button.text()).triggered.connect(self.rename)
            menu.addAction(self.tr("删除分类…")).triggered.connect(self.delete)
        menu.exec(self.view.viewport().mapToGlobal(position))

    # -- writes ------------------------------------------------------------------------------

    def _run(self, write) -> bool:
        try:
            write()
        except HuashuError as exc:
            QMessageBox.warning(self, self.tr("分类"), error_text(exc))
            return False
        QTimer.singleShot(0, self._after_write)
        return True

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def add(self) -> None:
        kind, parent_id = self.current()
        parent = self.category(parent_id) if kind == CATEGORY else None
        prompt = (self.tr("“{parent}”下的新分类名称：").replace("{parent}", parent.path)
                  if parent else self.tr("新分类名称："))
        name, ok = QInputDialog.getText(self, self.tr("新建分类"), prompt)
        if ok and name.strip():
            created: list[int] = []
            if self._run(lambda: created.append(
                    self._categories.add(name, parent.id if parent else None))):
                QTimer.singleShot(0, lambda: self.select(CATEGORY, created[0]))

    def rename(self) -> None:
        kind, category_id = self.current()
        category = self.category(category_id) if kind == CATEGORY else None
        if category is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("重命名分类"), self.tr("新名称："),
                                        text=category.name)
        if ok and name.strip() and name.strip() != category.name:
            self._run(lambda: self._categories.rename(category.id, name))

    def delete(self) -> None:
        kind, category_id = self.current()
        category = self.category(category_id) if kind == CATEGORY else None
        if category is None:
            return
        choice = self.ask_delete(category)
        if choice is not None:
            delete_templates, move_to = choice
            self._run(lambda: self._categories.delete(
                category.id, delete_templates=delete_templates, move_to=move_to))

    def ask_delete(self, category: Category) -> tuple[bool, int | None] | None:
        """(delete its templates, else the category to move them to) or None to cancel."""
        dialog = DeleteCategoryDialog(category, self._category_list,
                                      len(self._templates.list(category.path)), self)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def move_templates(self, template_ids: list[str], category_id: int | None) -> None:
        self._run(lambda: self._templates.move_to_category(template_ids, category_id))

    def place(self, category_id: int, parent_id: int | None, index: int | None) -> None:
        self._run(lambda: self._categories.place(category_id, parent_id, index))


class DeleteCategoryDialog(QDialog):
    """Asks where a deleted category's templates go, or whether they are deleted too."""

    def __init__(self, category: Category, categories: list[Category], count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("删除分类"))
        inside = category.path + "/"
        self.target = QComboBox()
        self.target.addItem(self.tr("（不分类）"), None)
        for other in categories:
            if other.path != category.path and not other.path.startswith(inside):
                self.target.addItem(other.path, other.id)
        if category.parent_id is not None:
            self.target.setCurrentIndex(self.target.findData(category.parent_id))
        self.move = QRadioButton(self.tr("把其中的模板和子分类移到："))
        self.move.setChecked(True)
        self.drop = QRadioButton(self.tr("连同其中的 {n} 个模板一起删除").replace("{n}", str(count)))
        group = QButtonGroup(self)
        group.addButton(self.move)
        group.addButton(self.drop)
        note = QLabel(self.tr("分类里的知识库文章会移到上级分类，不会被删除；团队包的模板也会保留。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("删除分类“{name}”（含 {n} 个模板）：")
                                .replace("{name}", category.path).replace("{n}", str(count))))
        column.addWidget(self.move)
        column.addWidget(self.target)
        column.addWidget(self.drop)
        column.addWidget(note)
        column.addWidget(buttons)
        self.move.toggled.connect(self.target.setEnabled)

    def choice(self) -> tuple[bool, int | None]:
        return self.drop.isChecked(), self.target.currentData()
