"""Splitting a handbook into sections: by headings, or by the numbering of plain text.

Readers turn a file into :class:`Block` s (headings with a level, and paragraphs). When a file
has no headings, :func:`blocks_from_plain_text` finds numbered section markers such as
``第5章``, ``一、``, ``5.1``, ``5.1.2``, ``1.``/``1、`` and — only when nothing else numbers the
text — ``(1)``. Markers are accepted only in sequence under their parent (so ``2.5kg`` or a
list restarting at ``1、`` inside a section is text, not a heading), which also copes with
handbooks flattened onto a single line.

Noise handled: pinyin readings inserted after characters (``臺(tái)``), Word TOC field codes
and a table of contents run together before the real text, and web-page boilerplate lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_TITLE = 80
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}


@dataclass(frozen=True, slots=True)
class Block:
    text: str
    level: int | None = None  # 1-6 for a heading, None for a paragraph


@dataclass(slots=True)
class Section:
    path: tuple[str, ...]
    body: str

    @property
    def title(self) -> str:
        return self.path[-1]


def chinese_number(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十 -> 20, 九十九 -> 99; digits as digits."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[ch]
    return total + current


# -- noise ---------------------------------------------------------------------------------

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_PINYIN_NOTE = re.compile(rf"(?<=[\u4e00-\u9fff])[(（]([a-z{_TONED}]{{1,7}})[)）]")
_TOC_FIELD = re.compile(r'TOC\s*(\\[a-z]\s*("[^"]*")?\s*)+', re.I)
_BOILERPLATE = re.compile(
    r"第\s*\d+\s*[页頁]$|已[阅閱][读讀]\d+[页頁]|下[载載]本文[档檔]|版[权權][说說]明|[温溫]馨提示|"
    r"^\s*[评評]论\s*$|提交[评評]论|^\s*0/\d+\s*$|本站|\.\.\.查看$|相关文章|热门内容|侵权"
)


def remove_pinyin_notes(text: str) -> str:
    """臺(tái) -> 臺: readings in brackets right after a character, with a tone mark."""
    return _PINYIN_NOTE.sub(lambda m: "" if any(c in _TONED for c in m.group(1)) else m.group(0), text)


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    text = remove_pinyin_notes(text)
    text = _TOC_FIELD.sub(" ", text)
    lines = [line for line in text.split("\n") if not _BOILERPLATE.search(line.strip())]
    return "\n".join(lines)


# -- numbered markers in plain text ----------------------------------------------------------

_MARKERS = re.compile(
    r"(?P<chapter>第(?P<chapter_n>[0-9一二三四五六七八九十百两]+)[章篇部])"
    r"|(?P<cn>(?<![\u4e00-\u9fff])(?P<cn_n>[一二三四五六七八九十]{1,3})、)"
    r"|(?P<dotted>(?<![\d.])(?P<dotted_n>\d{1,3}(?:\.\d{1,3}){1,2})(?=[\u4e00-\u9fff]))"
    r"|(?P<num>(?:^|(?<=\n))\s*(?P<num_n>\d{1,3})\s*[.、．](?!\d))"
    r"|(?P<paren>[(（](?P<paren_n>\d{1,3})[)）])"
)


@dataclass(slots=True)
class _Marker:
    start: int
    end: int
    kind: str
    number: tuple[int, ...]


def _find_markers(text: str) -> list[_Marker]:
    found = []
    for m in _MARKERS.finditer(text):
        kind = m.lastgroup
        for name in ("chapter", "cn", "dotted", "num", "paren"):
            if m.group(name):
                kind = name
                break
        raw = m.group(f"{kind}_n")
        if kind == "dotted":
            number = tuple(int(p) for p in raw.split("."))
        else:
            value = chinese_number(raw)
            if value is None:
                continue
            number = (value,)
        found.append(_Marker(m.start(kind), m.end(kind), kind, number))
    return found


def _split_run_together_toc(text: str) -> tuple[str, str]:
    """A contents list run together before the text repeats the first chapter heading.

    Returns (text without the contents list, the contents list or "").
    """
    first = re.search(r"第[1一]\s*[章篇部]([\u4e00-\u9fff]{2,12})", text)
    if not first:
        return text, ""
    heading = re.escape(first.group(0))
    occurrences = [m.start() for m in re.finditer(heading, text)]
    if len(occurrences) < 2:
        return text, ""
    return text[: first.start()] + text[occurrences[-1]:], text[first.start() : occurrences[-1]]


def _toc_title(toc: str, label: str, after: int) -> tuple[str, int]:
    """The heading listed for ``label`` (e.g. 1.1) in the contents, searching from ``after``."""
    if not toc:
        return "", after
    m = re.compile(re.escape(label) + r"([\u4e00-\u9fff][^\s:：\d]{0,30})").search(toc, after)
    return (m.group(1), m.end()) if m else ("", after)


def _accept(markers: list[_Marker]) -> list[tuple[_Marker, int]]:
    """Keep markers that number sections in sequence; returns (marker, depth) pairs."""
    kinds_present = {m.kind for m in markers}
    # Hierarchy of marker kinds, outermost first; (1) only numbers sections on its own.
    order = [k for k in ("chapter", "cn", "dotted", "num") if k in kinds_present]
    if not order:
        order = ["paren"] if "paren" in kinds_present else []
    accepted: list[tuple[_Marker, int]] = []
    last: dict[int, tuple[int, ...]] = {}
    chapter = 0
    for marker in markers:
        if marker.kind not in order:
            continue
        base = order.index(marker.kind)
        depth = base + (len(marker.number) - 1 if marker.kind == "dotted" else 0)
        number = marker.number
        if marker.kind == "dotted" and "chapter" in kinds_present and chapter and number[0] != chapter:
            continue
        previous = last.get(depth)
        if depth == 0:
            ok = True  # a new top-level run (a repeated copy of the text restarts at one)
        elif previous is None:
            ok = number[-1] == 1
        else:
            ok = number[:-1] == previous[:-1] and number[-1] == previous[-1] + 1 or (
                marker.kind == "dotted" and number[:-1] != previous[:-1] and number[-1] == 1)
        if not ok:
            continue
        if marker.kind == "chapter":
            chapter = number[0]
        last[depth] = number
        for deeper in [d for d in last if d > depth]:
            del last[deeper]
        accepted.append((marker, depth))
    return accepted


def _split_heading(text: str) -> tuple[str, str]:
    """A marker's heading runs to the first colon or sentence end, at most MAX_TITLE chars."""
    stripped = text.strip()
    m = re.search(r"[:：。！？?!\n]", stripped)
    end = m.start() if m else len(stripped)
    if end > MAX_TITLE or (m is None and len(stripped) > MAX_TITLE):
        end = min(len(stripped), 24)
    title = stripped[:end].strip()
    rest = stripped[end:].lstrip(":： \n")
    if m and m.group() in "。！？?!":
        title, rest = stripped[: m.start() + 1].strip(), stripped[m.start() + 1 :].strip()
        if len(title) > MAX_TITLE:
            title, rest = stripped[:24], stripped
    return title, rest


def _is_short_heading_line(text: str, marker: _Marker) -> bool:
    line = text[marker.end :].split("\n", 1)[0].strip()
    return 0 < len(line) <= 40 and "。" not in line


def blocks_from_plain_text(text: str) -> list[Block]:
    text, toc = _split_run_together_toc(clean_text(text))
    markers = [m for m in _find_markers(text) if m.kind != "num" or _is_short_heading_line(text, m)]
    accepted = _accept(markers)
    blocks: list[Block] = []
    if not accepted:
        return [Block(p.strip()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    intro = text[: accepted[0][0].start].strip()
    if len(intro) >= 30:
        blocks.append(Block(intro))
    toc_position = 0
    for k, (marker, depth) in enumerate(accepted):
        end = accepted[k + 1][0].start if k + 1 < len(accepted) else len(text)
        label = text[marker.start : marker.end].strip()
        section_text = text[marker.end : end].strip()
        listed, toc_position = _toc_title(toc, label, toc_position)
        if listed and section_text.startswith(listed):
            title, body = listed, section_text[len(listed) :].lstrip(":： \n")
        elif marker.kind == "paren":  # a numbered item: its first phrase names it
            title = re.split(r"[，。,.:：；;!?！？\n]", section_text, maxsplit=1)[0][:24]
            body = section_text
        else:
            title, body = _split_heading(section_text)
        blocks.append(Block(f"{label.rstrip('、.．')} {title}".strip(), depth + 1))
        if body:
            blocks.append(Block(body))
    return blocks


# -- from blocks to sections ---------------------------------------------------------------


@dataclass(slots=True)
class _Node:
    title: str
    level: int
    lines: list[str] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)


def sections_from_blocks(blocks: list[Block], intro_title: str = "前言") -> list[Section]:
    """One section per heading that has text of its own; text before any heading is the intro.

    A heading without text of its own and without subsections is folded into its parent as a
    line of text. Identical repeated sections (a document pasted twice) are kept once;
    different sections with the same path get (2), (3) ...
    """
    root = _Node(intro_title, 0)
    stack = [root]
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if block.level is None:
            stack[-1].lines.append(text)
            continue
        while stack[-1].level >= block.level:
            stack.pop()
        node = _Node(text[:MAX_TITLE], block.level)
        stack[-1].children.append(node)
        stack.append(node)

    out: list[Section] = []
    seen: dict[tuple[str, ...], list[str]] = {}

    def fold(node: _Node) -> None:
        for child in node.children:
            fold(child)
        kept = []
        for child in node.children:
            if not child.lines and not child.children:
                node.lines.append(child.title)
            else:
                kept.append(child)
        node.children = kept

    def emit(node: _Node, path: tuple[str, ...]) -> None:
        body = "\n\n".join(node.lines).strip()
        if body:
            key = path
            bodies = seen.setdefault(key, [])
            if body not in bodies:
                bodies.append(body)
                if len(bodies) > 1:
                    path = path[:-1] + (f"{path[-1]} ({len(bodies)})",)
                out.append(Section(path, body))
        for child in node.children:
            emit(child, (*path, child.title) if node is not root else (child.title,))

    fold(root)
    emit(root, (intro_title,))
    return out
