"""The best passage of a text for a query, with the query's terms marked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import QueryTerm, normalize

SNIPPET_CHARS = 120


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
    text = re.sub(r"^#{1,6}\s*|^\s*[-*+]\s+|^\s*\d+\.\s+", "", text, flags=re.M)
    text = re.sub(r"[*_`]{1,3}", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _term_spans(text: str, terms: list[QueryTerm]) -> list[tuple[int, int]]:
    lowered = normalize(text)
    if len(lowered) != len(text):  # NFKC changed lengths: fall back to case folding only
        lowered = text.lower()
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = term.text
        if not needle:
            continue
        if term.kind == "word":
            pattern = re.escape(needle) + ("" if term.prefix else r"\b")
            pattern = r"\b" + pattern
        else:
            pattern = re.escape(needle)
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, lowered)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def best_passage(text: str, terms: list[QueryTerm], width: int = SNIPPET_CHARS) -> Snippet:
    """The window of ``width`` characters holding the most distinct query terms."""
    clean = _clean(text)
    spans = _term_spans(clean, terms)
    if not spans:
        cut = clean[:width]
        return Snippet(cut + ("…" if len(clean) > width else ""), ())
    best_start, best_key = 0, (-1, 0)
    for start, _ in spans:
        window_start = max(0, start - width // 4)
        inside = [s for s in spans if s[0] >= window_start and s[1] <= window_start + width]
        distinct = len({clean[s:e] for s, e in inside})
        key = (distinct, len(inside))
        if key > best_key:
            best_key, best_start = key, window_start
    end = min(len(clean), best_start + width)
    prefix = "…" if best_start > 0 else ""
    suffix = "…" if end < len(clean) else ""
    shift = best_start - len(prefix)
    marks = tuple((s - shift, e - shift) for s, e in spans if s >= best_start and e <= end)
    return Snippet(prefix + clean[best_start:end] + suffix, marks)
