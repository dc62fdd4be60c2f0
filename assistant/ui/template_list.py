"""The template list of the template window: ★, title, shortcut and use count, several rows
selectable at once and draggable onto a category."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from assistant.core.content import Template

from .category_tree import TEMPLATE_MIME, template_mime

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAR, TITLE, SHORTCUT, USES = range(4)


class TemplateListModel(QStandardItemModel):
    def mimeTypes(self) -> list[str]:
        return [TEMPLATE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids: dict[str, None] = {}
        for index in indexes:
            ids.setdefault(self.index(index.row(), TITLE).data(ID_ROLE))
        return template_mime(list(ids))

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class TemplateTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = TemplateListModel(0, 4, self)
        self.model_.setHorizontalHeaderLabels(
            ["★", self.tr("标题"), self.tr("快捷码"), self.tr("次数")])
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (STAR, SHORTCUT, USES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_templates(self, templates: list[Template], pack_label) -> None:
        """Fill the rows; ``pack_label(template)`` is the team-pack note of a pack template."""
        self.model_.removeRows(0, self.model_.rowCount())
        for t in templates:
            title = QStandardItem(t.title + pack_label(t))
            title.setData(t.id, ID_ROLE)
            title.setToolTip(t.category or "")
            uses = QStandardItem(str(t.use_count))
            uses.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = [QStandardItem("★" if t.favorite else ""), title,
                   QStandardItem(t.shortcut or ""), uses]
            for item in row:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
            self.model_.appendRow(row)

    def id_at(self, row: int) -> str | None:
        return self.model_.index(row, TITLE).data(ID_ROLE) if 0 <= row < self.row_count() \
            else None

    def row_of(self, template_id: str) -> int:
        return next((r for r in range(self.row_count()) if self.id_at(r) == template_id), -1)

    def row_count(self) -> int:
        return self.model_.rowCount()

    def ids(self) -> list[str]:
        return [self.id_at(r) for r in range(self.row_count())]

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.id_at(r) for r in rows]

    def text_at(self, row: int) -> str:
        return self.model_.index(row, TITLE).data()
