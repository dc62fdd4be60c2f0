"""A read-only text pane that shows a template's reply or a rendered knowledge-base article.

An article is drawn from its blocks (headings, paragraphs, list items, quotes, code) with the
query's matches marked and the passage that Enter pastes shaded, and scrolled to it. Text the
agent selects with the mouse is what gets pasted instead.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from assistant.core.markdown import CODE, HEADING, ITEM, QUOTE, TextBlock

if TYPE_CHECKING:
    from assistant.services.reading import ArticleReading

MATCH_STYLE = "background-color:#ffe27a; color:#000000;"
PASSAGE_STYLE = "background-color:rgba(64,140,255,0.16);"
_STYLES = {"strong": "font-weight:600;", "em": "font-style:italic;",
           "code": "font-family:monospace;", "link": "text-decoration:underline;"}
_HEADING_SIZES = {1: "135%", 2: "120%", 3: "110%"}


def _segments(text: str, marks: dict[str, list[tuple[int, int]]]) -> list[tuple[str, set[str]]]:
    """``text`` cut at every boundary of the marked ranges, each piece with its marks."""
    cuts = {0, len(text)}
    for ranges in marks.values():
        for start, end in ranges:
            cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    points = sorted(cuts)
    out = []
    for start, end in zip(points, points[1:]):
        active = {name for name, ranges in marks.items()
                  if any(s <= start and end <= e for s, e in ranges)}
        out.append((text[start:end], active))
    return out


def _inline_html(block: TextBlock, matches: tuple[tuple[int, int], ...],
                 passage: tuple[int, int] | None) -> str:
    marks: dict[str, list[tuple[int, int]]] = {"match": list(matches)}
    if passage is not None:
        marks["passage"] = [passage]
    for style in block.styles:
        marks.setdefault(style.kind, []).append((style.start, style.end))
    out = []
    for piece, active in _segments(block.text, marks):
        escaped = html.escape(piece).replace("\n", "<br>")
        css = "".join(_STYLES.get(name, "") for name in active if name in _STYLES)
        if "passage" in active:
            css += PASSAGE_STYLE
        if "match" in active:
            css += MATCH_STYLE
        out.append(f'<span style="{css}">{escaped}</span>' if css else escaped)
    return "".join(out)


def article_html(title: str, reading: ArticleReading, source: str = "") -> str:
    passage = reading.passage
    parts = [f"<h2 style='margin:0 0 4px 0'>{html.escape(title)}</h2>"]
    if source:
        parts.append(f"<p style='color:gray; margin:0 0 8px 0'>{html.escape(source)}</p>")
    in_list = False
    for k, (block, matches) in enumerate(zip(reading.blocks, reading.highlights, strict=True)):
        span = (passage.start, passage.end) if passage is not None and passage.block == k \
            else None
        body = _inline_html(block, matches, span)
        if span is not None:
            body = '<a name="passage"></a>' + body
        if block.kind == ITEM and not in_list:
            parts.append("<ul style='margin-top:0; margin-bottom:0'>")
            in_list = True
        elif block.kind != ITEM and in_list:
            parts.append("</ul>")
            in_list = False
        if block.kind == HEADING:
            size = _HEADING_SIZES.get(block.level, "100%")
            parts.append(f"<p style='font-weight:600; font-size:{size}; margin:10px 0 4px 0'>"
                         f"{body}</p>")
        elif block.kind == ITEM:
            marker = html.escape(block.marker) + " " if block.marker else ""
            parts.append(f"<li style='margin-left:{block.level * 16}px'>{marker}{body}</li>")
        elif block.kind == QUOTE:
            parts.append(f"<blockquote style='color:#555555'>{body}</blockquote>")
        elif block.kind == CODE:
            parts.append(f"<pre>{body}</pre>")
        else:
            parts.append(f"<p style='margin:0 0 8px 0'>{body}</p>")
    if in_list:
        parts.append("</ul>")
    return "".join(parts)


class ArticleView(QTextBrowser):
    """The popup's and knowledge window's reading pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        # A selection must stay visible while the search box keeps the keyboard focus.
        palette = self.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(QPalette.ColorGroup.Inactive, role,
                             palette.color(QPalette.ColorGroup.Active, role))
        self.setPalette(palette)

    def show_text(self, text: str) -> None:
        self.setPlainText(text)

    def show_article(self, title: str, reading: ArticleReading, source: str = "") -> None:
        self.setHtml(article_html(title, reading, source))
        if reading.passage is not None:
            self.scrollToAnchor("passage")

    def selected_text(self) -> str:
        """The agent's selection as plain text (paragraph breaks as new lines), or ''."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n").strip()
