"""The best passage of a text for a query, with the query's terms marked."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from assistant.core.markdown import HEADING, PROSE, TextBlock, is_agent_guidance

from .analysis import QueryTerm, normalize

SNIPPET_CHARS = 120
PASSAGE_CHARS = 200
_QUOTES = {("“", "”"), ("「", "」"), ("『", "』"), ('"', '"')}
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;…”」』）)]*\s*|\n")


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    highlights: tuple[tuple[int, int], ...]

    def marked(self, before: str = "【", after: str = "】") -> str:
        out, last = [], 0
        for start, end in self.highlights:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def _clean(text: str) -> str:
    """Markdown to plain one-line text."""
    text = re.sub(r"^#{1,6}\s*|^\s*[-*+]\s+|^\s*\d+\.\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"[*_`]{1,3}", "", text)
    return re.sub(r"\s+", " ", text).strip()


Match = tuple[int, int, int]
"""(start, end, which needle): one occurrence of one query gram in a text."""


def _patterns(terms: list[QueryTerm]) -> list[re.Pattern]:
    return _compiled(tuple(terms))


@lru_cache(maxsize=32)
def _compiled(terms: tuple[QueryTerm, ...]) -> list[re.Pattern]:
    """One pattern per needle: a Han run's bigrams (what the index matched on: the run itself
    shows as its bigrams' merged spans), a word at a word start, a number."""
    needles: dict[str, None] = {}
    for term in terms:
        if term.kind == "han":
            for gram in term.grams:
                needles.setdefault(re.escape(gram))
        elif term.text:
            tail = "" if term.prefix or term.kind != "word" else r"\b"
            head = r"\b" if term.kind == "word" else ""
            needles.setdefault(head + re.escape(term.text) + tail)
    return [re.compile(n) for n in needles]


def _matches(text: str, terms: list[QueryTerm]) -> list[Match]:
    lowered = normalize(text)
    if len(lowered) != len(text):
        lowered = text.lower()
    found = [(m.start(), m.end(), k) for k, pattern in enumerate(_patterns(terms))
             for m in pattern.finditer(lowered)]
    found.sort()
    return found


def _merge(matches: list[Match]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end, _ in matches:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _score(matches: list[Match], start: int = 0, end: int | None = None) -> tuple[int, int]:
    """(distinct needles, occurrences) inside [start, end); ``matches`` is sorted, so only
    the matches that start inside are looked at."""
    first = bisect_left(matches, (start,))
    last = len(matches) if end is None else bisect_left(matches, (end,))
    inside = [m for m in matches[first:last] if end is None or m[1] <= end]
    return len({m[2] for m in inside}), len(inside)


def term_spans(text: str, terms: list[QueryTerm]) -> list[tuple[int, int]]:
    """Where the query's terms occur in ``text``: sorted, merged (start, end) ranges."""
    return _merge(_matches(text, terms))


def best_passage(text: str, terms: list[QueryTerm], width: int = SNIPPET_CHARS) -> Snippet:
    """The one-line window of ``width`` characters holding the most distinct query terms."""
    clean = _clean(text)
    matches = _matches(clean, terms)
    if not matches:
        cut = clean[:width]
        return Snippet(cut + ("…" if len(clean) > width else ""), ())
    best_start, best_key = 0, (-1, 0)
    for start, _, _ in matches:
        window_start = max(0, start - width // 4)
        key = _score(matches, window_start, window_start + width)
        if key > best_key:
            best_key, best_start = key, window_start
    end = min(len(clean), best_start + width)
    prefix = "…" if best_start > 0 else ""
    suffix = "…" if end < len(clean) else ""
    shift = best_start - len(prefix)
    marks = tuple((s - shift, e - shift) for s, e in _merge(matches) if s >= best_start and e <= end)
    return Snippet(prefix + clean[best_start:end] + suffix, marks)


@dataclass(frozen=True, slots=True)
class Passage:
    """The part of an article that answers the query: what Enter pastes. ``start``/``end``
    are offsets into ``blocks[block].text``; ``highlights`` are relative to ``text``."""

    block: int
    start: int
    end: int
    text: str
    highlights: tuple[tuple[int, int], ...]


def _sentences(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is agent guidance) of each sentence of ``text``."""
    return [(m.start(), m.end(), is_agent_guidance(m.group()))
            for m in _SENTENCE.finditer(text) if m.group().strip()]


def _windows(text: str, limit: int, avoid_guidance: bool) -> list[tuple[int, int]]:
    """Runs of whole sentences of at most ``limit`` characters (one longer sentence stands
    alone); with ``avoid_guidance``, runs never include a sentence meant for the agent."""
    sentences = _sentences(text)
    out = []
    for i, (start, end, guidance) in enumerate(sentences):
        if avoid_guidance and guidance:
            continue
        for following_start, following_end, following_guidance in sentences[i + 1 :]:
            if following_end - start > limit or (avoid_guidance and following_guidance):
                break
            end = following_end
        out.append((start, end))
    return out


def best_block_passage(blocks: list[TextBlock], terms: list[QueryTerm],
                       limit: int = PASSAGE_CHARS) -> Passage | None:
    """The passage to paste: the run of whole sentences of a prose block (paragraph, list
    item, quote) holding the most distinct matches, preferring one that speaks to the
    customer (您). Sentences written for the agent (see :func:`is_agent_guidance`) are left
    out unless the article has nothing else."""
    return best_passage_of(blocks, [_matches(b.text, terms) for b in blocks], limit)


def block_matches(blocks: list[TextBlock], terms: list[QueryTerm]) -> list[list[Match]]:
    """Each block's matches of the query: computed once, for both the highlights
    (:func:`merged`) and the passage (:func:`best_passage_of`)."""
    return [_matches(b.text, terms) for b in blocks]


def merged(matches: list[Match]) -> list[tuple[int, int]]:
    return _merge(matches)


def best_passage_of(blocks: list[TextBlock], matches: list[list[Match]],
                    limit: int = PASSAGE_CHARS) -> Passage | None:
    """:func:`best_block_passage` with each block's matches already found."""
    candidates = [i for i, b in enumerate(blocks) if b.kind in PROSE] or \
        [i for i, b in enumerate(blocks) if b.kind != HEADING]
    best: tuple | None = None
    for avoid_guidance in (True, False):
        for i in candidates:
            for start, end in _windows(blocks[i].text, limit, avoid_guidance):
                speaks_to_customer = "您" in blocks[i].text[start:end]
                key = (*_score(matches[i], start, end), speaks_to_customer, -i, -start)
                if best is None or key > best[0]:
                    best = (key, i, start, end)
        if best is not None:
            break
    if best is None:
        return None
    _, i, start, end = best
    text = blocks[i].text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A quoted reply (参考话术: “……”) is pasted without its quotation marks.
    if end - start > 2 and (text[start], text[end - 1]) in _QUOTES and \
            not any(q in text[start + 1 : end - 1] for pair in _QUOTES for q in pair):
        start, end = start + 1, end - 1
    marks = tuple((s - start, e - start) for s, e in _merge(matches[i]) if s >= start and e <= end)
    return Passage(i, start, end, text[start:end], marks)
