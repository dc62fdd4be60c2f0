"""A bar chart of uses per day, stacked by action, drawn with QPainter (Qt Charts would double
the installer's size)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from assistant.core.statistics import ACTIONS, ActionCounts, DayUsage

COLORS = {"paste": QColor("#3b7dd8"), "send": QColor("#2e9d5b"), "copy": QColor("#e39b2d")}
BAR_SHARE = 0.7
"""How much of its day's slot a bar fills; the rest is the gap between bars."""


def axis_top(highest: int) -> int:
    """The top of the count axis: the smallest 1, 2 or 5 times a power of ten not below
    ``highest`` (at least 1), so the axis labels are round numbers."""
    if highest <= 1:
        return 1
    power = 10 ** math.floor(math.log10(highest))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= highest)


def bar_segments(days: Sequence[ActionCounts], plot: QRectF,
                 top: int) -> list[list[tuple[str, QRectF]]]:
    """For each day, the (action, rectangle) pieces of its bar in ``plot``, stacked from the
    bottom in :data:`ACTIONS` order; a count of ``top`` reaches the top of ``plot``. Actions
    a day has no uses of get no piece."""
    if not days:
        return []
    slot = plot.width() / len(days)
    width = max(1.0, slot * BAR_SHARE)
    bars = []
    for index, counts in enumerate(days):
        left = plot.left() + index * slot + (slot - width) / 2
        bottom = plot.bottom()
        pieces = []
        for action in ACTIONS:
            count = getattr(counts, action)
            if count:
                height = plot.height() * count / top
                pieces.append((action, QRectF(left, bottom - height, width, height)))
                bottom -= height
        bars.append(pieces)
    return bars


class UsageChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[DayUsage, ...] = ()
        self.setMinimumHeight(200)

    def set_days(self, days: Sequence[DayUsage]) -> None:
        self._days = tuple(days)
        self.update()

    def action_name(self, action: str) -> str:
        return {"paste": self.tr("粘贴"), "send": self.tr("发送"), "copy": self.tr("复制")}[action]

    def top(self) -> int:
        return axis_top(max((d.counts.total for d in self._days), default=0))

    def plot_area(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance(str(self.top())) + 10
        line = metrics.height()
        return QRectF(left, line + 12, max(1, self.width() - left - 8),
                      max(1, self.height() - 2 * line - 20))

    def day_at(self, x: float) -> int | None:
        """The index of the day whose slot holds the x coordinate, if any."""
        plot = self.plot_area()
        if not self._days or not plot.left() <= x < plot.right():
            return None
        return int((x - plot.left()) / (plot.width() / len(self._days)))

    def day_text(self, day: DayUsage) -> str:
        c = day.counts
        return self.tr("{day}：共 {total} 次\n粘贴 {paste}，发送 {send}，复制 {copy}") \
            .replace("{day}", day.day.isoformat()).replace("{total}", str(c.total)) \
            .replace("{paste}", str(c.paste)).replace("{send}", str(c.send)) \
            .replace("{copy}", str(c.copy))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.day_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.day_text(self._days[index]), self)
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        plot = self.plot_area()
        top = self.top()
        self._paint_axes(painter, plot, top)
        for bar in bar_segments([d.counts for d in self._days], plot, top):
            for action, rect in bar:
                painter.fillRect(rect, COLORS[action])
        self._paint_day_labels(painter, plot)
        self._paint_legend(painter)
        painter.end()

    def _paint_axes(self, painter: QPainter, plot: QRectF, top: int) -> None:
        metrics = QFontMetrics(self.font())
        text = self.palette().text().color()
        grid = QColor(text)
        grid.setAlpha(40)
        for value in (0, top // 2, top) if top > 1 else (0, top):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid if value else text, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = str(value)
            painter.drawText(QPointF(plot.left() - 6 - metrics.horizontalAdvance(label),
                                     y + metrics.ascent() / 2 - 1), label)

    def _paint_day_labels(self, painter: QPainter, plot: QRectF) -> None:
        if not self._days:
            return
        metrics = QFontMetrics(self.font())
        slot = plot.width() / len(self._days)
        every = max(1, math.ceil((metrics.horizontalAdvance("00-00") + 10) / slot))
        painter.setPen(self.palette().text().color())
        y = plot.bottom() + 4 + metrics.ascent()
        last = len(self._days) - 1
        for index in range(last, -1, -every):
            label = self._days[index].day.strftime("%m-%d")
            centre = plot.left() + (index + 0.5) * slot
            x = min(max(centre - metrics.horizontalAdvance(label) / 2, 0),
                    self.width() - metrics.horizontalAdvance(label))
            painter.drawText(QPointF(x, y), label)

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        box = metrics.ascent() - 2
        x = float(self.width() - 8)
        painter.setPen(self.palette().text().color())
        for action in reversed(ACTIONS):
            name = self.action_name(action)
            x -= metrics.horizontalAdvance(name)
            painter.drawText(QPointF(x, 4 + metrics.ascent()), name)
            x -= box + 4
            painter.fillRect(QRectF(x, 4 + (metrics.ascent() - box) / 2 + 1, box, box),
                             COLORS[action])
            x -= 14
