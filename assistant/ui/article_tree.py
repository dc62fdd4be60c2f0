"""The knowledge window's article tree: grouped by category path or by source document.

Groups are filled when first expanded, so a handbook of thousands of sections lists at once.
Items are plain ``QStandardItem``s (see ``ResultModel`` on why ``data()`` is not overridden);
a search result carries its ``ResultRow`` so the delegate can mark the matches.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from .results import ResultRow, draw_marked, row_background

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
BY_CATEGORY, BY_DOCUMENT = "category", "document"
PLACEHOLDER = "…"


@dataclass(frozen=True, slots=True)
class TreeEntry:
    id: str
    title: str
    category: str
    """Category path ("售后/退换货"), '' for none."""
    document: str
    """The group in the by-document view: a file name, or a label for articles not imported."""
    tooltip: str = ""
    row: ResultRow | None = None
    """Set for search results: the matches to mark and the passage shown below the title."""


class ArticleTreeModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._unfilled: dict[int, list[TreeEntry]] = {}
        self._groups: dict[int, QStandardItem] = {}
        self.by = BY_CATEGORY

    def show_entries(self, entries: list[TreeEntry], by: str) -> None:
        self.clear()
        self._unfilled.clear()
        self._groups.clear()
        self.by = by
        members: dict[tuple[str, ...], list[TreeEntry]] = {}
        for entry in entries:
            members.setdefault(self._path(entry), []).append(entry)
        nodes: dict[tuple[str, ...], QStandardItem] = {}
        for path in members:
            self._node(nodes, path)
        for path, group in members.items():
            node = nodes[path]
            node.setText(f"{path[-1]}  ({len(group)})")
            self._unfilled[id(node)] = group
            self._groups[id(node)] = node
            if not node.hasChildren():
                node.appendRow(_plain(PLACEHOLDER))

    def _path(self, entry: TreeEntry) -> tuple[str, ...]:
        if self.by == BY_DOCUMENT:
            return (entry.document,)
        return tuple(entry.category.split("/")) if entry.category else (self.tr("未分类"),)

    def _node(self, nodes: dict[tuple[str, ...], QStandardItem],
              path: tuple[str, ...]) -> QStandardItem:
        node = nodes.get(path)
        if node is None:
            parent = self._node(nodes, path[:-1]) if len(path) > 1 \
                else self.invisibleRootItem()
            node = _plain(path[-1])
            font = QFont(node.font())
            font.setBold(True)
            node.setFont(font)
            parent.appendRow(node)
            nodes[path] = node
        return node

    def fill(self, index: QModelIndex) -> None:
        """Add the articles of the group at ``index`` (called when it is expanded)."""
        node = self.itemFromIndex(index)
        if node is None:
            return
        group = self._unfilled.pop(id(node), None)
        if group is None:
            return
        last = node.child(node.rowCount() - 1)
        if last is not None and last.text() == PLACEHOLDER and last.data(ID_ROLE) is None:
            node.removeRow(node.rowCount() - 1)
        for entry in group:
            item = _plain(entry.title)
            item.setData(entry.id, ID_ROLE)
            item.setToolTip(entry.tooltip or entry.title)
            if entry.row is not None:
                item.setData(entry.row, ROW_ROLE)
            node.appendRow(item)

    def groups(self) -> list[QModelIndex]:
        return [node.index() for node in self._groups.values()]

    def find(self, article_id: str) -> QModelIndex:
        """The article's index, filling its group first; invalid when it is not listed."""
        for key, group in list(self._unfilled.items()):
            if any(e.id == article_id for e in group):
                self.fill(self._groups[key].index())
        found = self.match(self.index(0, 0), ID_ROLE, article_id, 1,
                           Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return found[0] if found else QModelIndex()

    def first_article(self) -> QModelIndex:
        for node in self._groups.values():
            self.fill(node.index())
            for row in range(node.rowCount()):
                if node.child(row).data(ID_ROLE) is not None:
                    return node.child(row).index()
        return QModelIndex()


def _plain(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


class ArticleTreeDelegate(QStyledItemDelegate):
    """Search results: the title with its matches marked, and the passage on a second line."""

    PADDING = 3

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(ROW_ROLE) is None:
            return size
        return QSize(size.width(), QFontMetrics(option.font).height() * 2 + self.PADDING * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        painter.save()
        text_color, dim_color, mark_color = row_background(painter, option)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        line = QFontMetrics(option.font).height()
        draw_marked(painter, QRect(rect.left(), rect.top(), rect.width(), line), row.title,
                    row.title_marks, option.font, text_color, mark_color)
        draw_marked(painter, QRect(rect.left(), rect.top() + line + self.PADDING, rect.width(),
                                   line),
                    row.preview, row.preview_marks, option.font, dim_color, mark_color)
        painter.restore()
