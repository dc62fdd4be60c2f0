"""The popup's result list: a plain list model and a two-line row painter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


@dataclass(frozen=True, slots=True)
class ResultRow:
    kind: str  # "template" or "article"
    id: str
    title: str
    category: str
    shortcut: str
    preview: str  # one line, already rendered
    body: str  # the text to render and deliver


class ResultModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ResultRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.preview
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class ResultDelegate(QStyledItemDelegate):
    """Row: number (Alt+n), title and the category/shortcut on the right; below, the preview."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, height * 2 + self.PADDING * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: ResultRow | None = index.data(Qt.ItemDataRole.UserRole)
        if row is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        dim_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        metrics = QFontMetrics(option.font)
        line = metrics.height()

        number = f"{index.row() + 1}" if index.row() < 9 else ""
        number_width = metrics.horizontalAdvance("9") + self.PADDING
        painter.setPen(dim_color)
        painter.drawText(QRect(rect.left(), rect.top(), number_width, line),
                         Qt.AlignmentFlag.AlignLeft, number)
        left = rect.left() + number_width

        meta = " · ".join(part for part in (row.category, row.shortcut) if part)
        meta_width = min(metrics.horizontalAdvance(meta), rect.width() // 3)
        painter.drawText(QRect(rect.right() - meta_width, rect.top(), meta_width, line),
                         Qt.AlignmentFlag.AlignRight,
                         metrics.elidedText(meta, Qt.TextElideMode.ElideLeft, meta_width))

        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title_width = rect.right() - meta_width - self.PADDING - left
        painter.drawText(QRect(left, rect.top(), title_width, line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(bold).elidedText(row.title, Qt.TextElideMode.ElideRight,
                                                       title_width))
        painter.setFont(option.font)
        painter.setPen(dim_color)
        width = rect.right() - left
        painter.drawText(QRect(left, rect.top() + line + 2, width, line), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(row.preview, Qt.TextElideMode.ElideRight, width))
        painter.restore()
