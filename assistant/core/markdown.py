"""Knowledge-base articles are Markdown: this reads them into plain-text blocks.

Each :class:`TextBlock` holds its text without markup (what an agent may paste) and the inline
styles that were removed (bold, italic, code, links) as character ranges, so that a reader can
render the article richly while search highlights and passages are computed on the plain text.
Only the Markdown that handbooks use is understood: ATX headings, paragraphs, bullet and
numbered list items, block quotes, fenced code and the common inline markers; anything else is
text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING, PARAGRAPH, ITEM, QUOTE, CODE = "heading", "paragraph", "item", "quote", "code"
PROSE = (PARAGRAPH, ITEM, QUOTE)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
# Every span has a bounded length, so a long line of stray marks ("[[[[…", "````…") costs
# linear time, not the square of its length.
_INLINE = re.compile(
    r"\\(?P<escaped>[\\`*_\[\]()#+\-.!>])"
    r"|(?P<code>`{1,3})(?P<code_text>[^`\n]{1,500})(?P=code)"
    r"|\*\*(?P<strong>(?=\S)[^\n]{1,300}?(?<=\S))\*\*"
    r"|__(?P<strong2>(?=\S)[^\n]{1,300}?(?<=\S))__"
    r"|\*(?P<em>(?=[^\s*])[^*\n]{1,300}?(?<=\S))\*"
    r"|\[(?P<link>[^\]\n]{1,200})\]\((?P<url>[^)\s]{0,500})\)"
)


@dataclass(frozen=True, slots=True)
class Style:
    start: int
    end: int
    kind: str  # "strong", "em", "code" or "link"


@dataclass(frozen=True, slots=True)
class TextBlock:
    kind: str
    text: str
    level: int = 0
    """Heading level 1-6; for list items the nesting depth (0 at the left margin)."""
    marker: str = ""
    """A numbered item's number as written ("3."); empty for bullets and other blocks."""
    styles: tuple[Style, ...] = ()


def inline(text: str) -> tuple[str, tuple[Style, ...]]:
    """Remove inline markup; returns the plain text and where each style applied."""
    out: list[str] = []
    styles: list[Style] = []
    length = 0
    last = 0
    for m in _INLINE.finditer(text):
        out.append(text[last : m.start()])
        length += m.start() - last
        last = m.end()
        if m.group("escaped"):
            out.append(m.group("escaped"))
            length += 1
            continue
        kind, inner = next((k, m.group(g)) for k, g in (
            ("code", "code_text"), ("strong", "strong"), ("strong", "strong2"), ("em", "em"),
            ("link", "link")) if m.group(g) is not None)
        if kind != "code":
            inner, nested = inline(inner)
            styles.extend(Style(s.start + length, s.end + length, s.kind) for s in nested)
        styles.append(Style(length, length + len(inner), kind))
        out.append(inner)
        length += len(inner)
    out.append(text[last:])
    return "".join(out), tuple(sorted(styles, key=lambda s: (s.start, -s.end)))


def _block(kind: str, lines: list[str], **extra) -> TextBlock:
    text, styles = inline("\n".join(line.strip() for line in lines).strip())
    return TextBlock(kind, text, styles=styles, **extra)


def parse(markdown: str) -> list[TextBlock]:
    """The blocks of ``markdown`` in order; empty blocks are dropped."""
    blocks: list[TextBlock] = []
    lines: list[str] = []
    kind, extra = PARAGRAPH, {}
    fence: str | None = None

    def flush() -> None:
        nonlocal lines, kind, extra
        if lines:
            if kind == CODE:
                text = "\n".join(lines).strip("\n")
                if text.strip():
                    blocks.append(TextBlock(CODE, text))
            else:
                block = _block(kind, lines, **extra)
                if block.text:
                    blocks.append(block)
        lines, kind, extra = [], PARAGRAPH, {}

    for raw in markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if fence is not None:
            if raw.strip().startswith(fence):
                flush()
                fence = None
            else:
                lines.append(raw)
            continue
        opening = _FENCE.match(raw)
        if opening:
            flush()
            fence, kind = opening.group(1), CODE
            continue
        if not raw.strip() or _RULE.match(raw):
            flush()
            continue
        heading = _HEADING.match(raw)
        if heading:
            flush()
            lines, kind, extra = [heading.group(2)], HEADING, {"level": len(heading.group(1))}
            flush()
            continue
        bullet, numbered = _BULLET.match(raw), _NUMBERED.match(raw)
        if bullet or numbered:
            flush()
            indent = (bullet or numbered).group(1).replace("\t", "    ")
            extra = {"level": len(indent) // 2}
            if numbered:
                extra["marker"] = numbered.group(2) + "."
            lines, kind = [(bullet or numbered).groups()[-1]], ITEM
            continue
        quote = _QUOTE.match(raw)
        if quote:
            if kind != QUOTE:
                flush()
                kind = QUOTE
            lines.append(quote.group(1))
            continue
        if kind == QUOTE:
            flush()
        lines.append(raw)
    flush()
    return blocks


# Words that mark a sentence as written for the agent rather than for the customer: it speaks
# of the agent or of the customer in the third person, or instructs. Customer-facing text says
# 您. Such sentences are for reading, never for pasting into a chat.
_GUIDANCE = re.compile(r"客服|坐席|客[户戶]|[顾顧]客|用[户戶]|[买買]家|[内內]部|不要|切勿|禁止|"
                       r"[严嚴]禁|[务務]必|[应應][当當]|[话話][术術]")
# A sentence that says 您 speaks to the customer ("请您联系在线客服", "您不要担心") unless it
# carries a word no reply would: those mark an instruction about the customer.
_INTERNAL = re.compile(r"坐席|[内內]部|[话話][术術]|[严嚴]禁|禁止|切勿|[应應][当當]向您")


def is_agent_guidance(sentence: str) -> bool:
    """Whether ``sentence`` instructs the agent or speaks of the customer (not to them)."""
    if "您" in sentence:
        return bool(_INTERNAL.search(sentence))
    return bool(_GUIDANCE.search(sentence))
