"""Colouring a template body: built-in and fill-in placeholders, and the spans problems point at."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from assistant.core.placeholders import placeholders

Span = tuple[int, int, str]
"""(start, end, message): a problem at character offsets of the whole body."""


def _format(colour: str, *, bold: bool = False, wavy: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    if wavy:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(colour))
        fmt.setBackground(QColor("#fdecea"))
    return fmt


BUILTIN = _format("#1565c0", bold=True)
FILL_IN = _format("#00796b", bold=True)
PROBLEM = _format("#c62828", wavy=True)


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Valid placeholders in blue (built-in) or green (fill-in); problem spans in red."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._problems: list[Span] = []

    def set_problems(self, problems: Sequence[Span]) -> None:
        if list(problems) != self._problems:
            self._problems = list(problems)
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for placeholder in placeholders(text):
            self.setFormat(placeholder.start, placeholder.end - placeholder.start,
                           BUILTIN if placeholder.builtin else FILL_IN)
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        for start, end, _message in self._problems:
            if end <= block_start or start >= block_end:
                continue
            begin = max(start, block_start) - block_start
            self.setFormat(begin, max(1, min(end, block_end) - block_start - begin), PROBLEM)
