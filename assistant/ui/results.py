"""The popup's result list: a plain list model and a two-line row painter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStandardItem, QStandardItemModel
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


class ResultModel(QStandardItemModel):
    """Rows kept in Python beside a plain Qt model.

    ``data()`` is deliberately not overridden: PySide6 (6.12, Python 3.11) drops a reference to
    None each time a Python ``data()`` override returns None, which crashes a long-running app
    after some thousands of repaints. The Qt items carry only the title; the delegate reads
    the rest through :meth:`row_at`.
    """

    def set_rows(self, rows: list[ResultRow]) -> None:
        self._rows = rows
        self.clear()
        for row in rows:
            item = QStandardItem(row.title)
            item.setToolTip(row.preview)
            item.setEditable(False)
            self.appendRow(item)

    def row_at(self, row: int) -> ResultRow | None:
        rows = getattr(self, "_rows", [])
        return rows[row] if 0 <= row < len(rows) else None


class ResultDelegate(QStyledItemDelegate):
    """Row: number (Alt+n), title and the category/shortcut on the right; below, the preview."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, height * 2 + self.PADDING * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model = index.model()
        row = model.row_at(index.row()) if isinstance(model, ResultModel) else None
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
