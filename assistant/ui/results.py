"""The popup's result list: a plain list model and a two-line row painter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Marks = tuple[tuple[int, int], ...]
MATCH_COLOR = QColor("#c05a00")


@dataclass(frozen=True, slots=True)
class ResultRow:
    kind: str  # "template" or "article"
    id: str
    title: str
    category: str
    shortcut: str
    preview: str  # one line, already rendered
    body: str  # a template's text to render and deliver; an article's Markdown
    title_marks: Marks = ()
    preview_marks: Marks = ()
    passage: str = ""  # an article's passage: what Enter pastes
    source: str = ""  # an article's file and section


class ResultModel(QStandardItemModel):
    """Rows kept in Python beside a plain Qt model.

    ``data()`` is deliberately not overridden: PySide6 (6.12, Python 3.11) drops a reference to
    None each time a Python ``data()`` override returns None, which crashes a long-running app
    after some thousands of repaints. The Qt items carry only the title; the delegate reads
    the rest through :meth:`row_at`.
    """

    def set_rows(self, rows: list[ResultRow]) -> None:
        """Replace the rows with one removal and one insertion: ``clear()`` and ``appendRow``
        signal once per row, and every signal moves the view's current row."""
        self._rows = rows
        self.removeRows(0, self.rowCount())
        items = []
        for row in rows:
            item = QStandardItem(row.title)
            item.setToolTip(row.preview)
            item.setEditable(False)
            items.append(item)
        if items:
            self.invisibleRootItem().appendRows(items)

    def row_at(self, row: int) -> ResultRow | None:
        rows = getattr(self, "_rows", [])
        return rows[row] if 0 <= row < len(rows) else None


def draw_marked(painter: QPainter, rect: QRect, text: str, marks: Marks, font: QFont,
                color: QColor, mark_color: QColor) -> None:
    """One line of ``text``, elided on the right, with the ``marks`` ranges bold in
    ``mark_color``."""
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    visible = len(shown) if shown == text else max(len(shown) - 1, 0)
    bold = QFont(font)
    bold.setBold(True)
    cuts = sorted({0, len(shown), *(min(p, visible) for span in marks for p in span)})
    painter.save()
    painter.setClipRect(rect)
    x, baseline = rect.left(), rect.top() + metrics.ascent()
    for start, end in zip(cuts, cuts[1:]):
        piece = shown[start:end]
        marked = any(s <= start and end <= e for s, e in marks) and end <= visible
        face = bold if marked else font
        painter.setFont(face)
        painter.setPen(mark_color if marked else color)
        painter.drawText(QPoint(x, baseline), piece)
        x += QFontMetrics(face).horizontalAdvance(piece)
    painter.restore()


def meta_label(row: ResultRow, metrics: QFontMetrics, limit: int) -> tuple[str, int]:
    """The row's category and shortcut, cut at the end so the category's start stays
    readable ("售后退…", not "…退换"), and the width it takes."""
    meta = " · ".join(part for part in (row.category, row.shortcut) if part)
    width = min(metrics.horizontalAdvance(meta), limit)
    return metrics.elidedText(meta, Qt.TextElideMode.ElideRight, width), width



def row_background(painter: QPainter, option: QStyleOptionViewItem) -> tuple[QColor, QColor,
                                                                            QColor]:
    """Paint a result row's background (the highlight when selected); its colours for the
    title, the dimmed second line and the marked matches."""
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    palette = option.palette
    if selected:
        painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
    text = palette.color(QPalette.ColorRole.HighlightedText if selected
                         else QPalette.ColorRole.Text)
    dim = palette.color(QPalette.ColorRole.HighlightedText if selected
                        else QPalette.ColorRole.PlaceholderText)
    return text, dim, text if selected else MATCH_COLOR

class ResultDelegate(QStyledItemDelegate):
    """Row: number (Alt+n), title and the category/shortcut on the right; below, the preview.
    The query's matches are drawn bold and coloured."""

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
        text_color, dim_color, mark_color = row_background(painter, option)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        metrics = QFontMetrics(option.font)
        line = metrics.height()

        number = f"{index.row() + 1}" if index.row() < 9 else ""
        number_width = metrics.horizontalAdvance("9") + self.PADDING
        painter.setPen(dim_color)
        painter.drawText(QRect(rect.left(), rect.top(), number_width, line),
                         Qt.AlignmentFlag.AlignLeft, number)
        left = rect.left() + number_width

        meta, meta_width = meta_label(row, metrics, rect.width() // 3)
        painter.drawText(QRect(rect.right() - meta_width, rect.top(), meta_width, line),
                         Qt.AlignmentFlag.AlignRight, meta)

        bold = QFont(option.font)
        bold.setBold(True)
        title_width = rect.right() - meta_width - self.PADDING - left
        draw_marked(painter, QRect(left, rect.top(), title_width, line), row.title,
                    row.title_marks, bold, text_color, mark_color)
        draw_marked(painter, QRect(left, rect.top() + line + 2, rect.right() - left, line),
                    row.preview, row.preview_marks, option.font, dim_color, mark_color)
        painter.restore()
