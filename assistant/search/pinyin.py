"""Pinyin readings of titles and matching of typed pinyin against them.

An agent may type a title's full pinyin (``wuliu`` -> 物流), its initials (``tkyf`` ->
退款运费), or a mix with a partly typed last syllable (``tkyunf``, ``tuik``). Polyphonic
characters (重, 长, 行 ...) accept each of their readings: pypinyin's reading in context first,
then the character's other readings.

pypinyin takes about 0.2 s to import and 40 µs per title, so readings are computed when a
template is indexed and stored with the index; a running app does not import it until an
agent adds or edits a template. Its dictionaries then hold about 50 MB: a batch of indexing
work runs inside ``dictionaries_held()``, which lets them go again when it ends.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from .analysis import has_han, normalize_width

MAX_READINGS_PER_CHAR = 4
_DOUBLE_INITIALS = ("zh", "ch", "sh")

Readings = tuple[tuple[str, ...], ...]


_batches = 0
_batches_lock = threading.Lock()


@contextmanager
def dictionaries_held() -> Iterator[None]:
    """Keep pypinyin loaded for a batch of ``readings()`` calls. When the outermost batch ends
    and pypinyin was not loaded before it began, drop its modules so that their dictionaries
    are freed: a long-running app needs them only for the moments it indexes titles."""
    global _batches
    with _batches_lock:
        release = _batches == 0 and "pypinyin" not in sys.modules
        _batches += 1
    try:
        yield
    finally:
        with _batches_lock:
            _batches -= 1
            if release and _batches == 0:
                for name in [m for m in sys.modules if m == "pypinyin" or
                             m.startswith("pypinyin.")]:
                    del sys.modules[name]
                gc.collect()


@lru_cache(maxsize=8192)
def _char_heteronyms(ch: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    return tuple(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


def readings(text: str) -> Readings:
    """Per searchable character of ``text``: its possible readings (Latin letters and digits
    read as themselves; punctuation and spaces are left out). A title without Han characters
    has no pinyin: its words are matched as words."""
    text = normalize_width(text)
    if not has_han(text):
        return ()
    from pypinyin import Style, pinyin

    han_readings = iter(pinyin(text, style=Style.NORMAL, heteronym=True, errors="ignore"))
    out: list[tuple[str, ...]] = []
    for ch in text:
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
            in_context = next(han_readings, [])
            merged: dict[str, None] = dict.fromkeys(r for r in in_context if r.isascii())
            for r in _char_heteronyms(ch):
                if r.isascii():
                    merged.setdefault(r)
            if merged:
                out.append(tuple(merged)[:MAX_READINGS_PER_CHAR])
        elif ch.isascii() and ch.isalnum():
            out.append((ch,))
    return tuple(out)


def encode_readings(title_readings: Readings) -> str:
    """Readings as one string for the caches: "zhong,chong xin" (characters by spaces)."""
    return " ".join(",".join(rs) for rs in title_readings)


def decode_readings(code: str, shared: dict[str, tuple[str, ...]]) -> Readings:
    """The inverse of :func:`encode_readings`; equal tuples come from (and go into) ``shared``,
    so that thousands of titles hold one tuple per distinct reading."""
    if not code:
        return ()
    out = []
    for part in code.split(" "):
        rs = shared.get(part)
        if rs is None:
            rs = shared[part] = tuple(part.split(","))
        out.append(rs)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class PinyinMatch:
    start: int
    syllables: int
    full: int

    @property
    def at_start(self) -> bool:
        return self.start == 0


class PinyinIndex:
    """Precomputed forms of one title's readings for fast matching."""

    __slots__ = ("readings", "initials", "full", "letters", "starts_by_letter")

    def __init__(self, title_readings: Readings) -> None:
        self.readings = title_readings
        primary = [r[0] for r in title_readings]
        self.initials = "".join(r[0] for r in primary)
        self.full = "".join(primary)
        self.letters = frozenset("".join("".join(rs) for rs in title_readings))
        starts: dict[str, list[int]] = {}
        for i, rs in enumerate(title_readings):
            for first in {r[0] for r in rs}:
                starts.setdefault(first, []).append(i)
        self.starts_by_letter = starts

    def match(self, query: str) -> PinyinMatch | None:
        """Where ``query`` (lower-case letters/digits, no spaces) matches; None if it does not."""
        if not query or not query.isascii() or query[0] not in self.starts_by_letter:
            return None
        if not set(query) <= self.letters:
            return None
        best: PinyinMatch | None = None
        for start in self.starts_by_letter[query[0]]:
            full = _consume(self.readings, start, query, 0, {})
            if full is not None:
                candidate = PinyinMatch(start, len(query), full)
                if best is None or (candidate.full, -candidate.start) > (best.full, -best.start):
                    best = candidate
                if start == 0:
                    break
        return best


def _consume(readings: Readings, i: int, query: str, j: int, memo: dict) -> int | None:
    """Match query[j:] from character i on; returns how many full syllables were used, or None.

    Each character consumes its whole reading, its initial (zh/ch/sh count as one), or, at the
    end of the query, any prefix of a reading.
    """
    if j == len(query):
        return 0
    if i == len(readings):
        return None
    key = (i, j)
    if key in memo:
        return memo[key]
    best: int | None = None
    rest = query[j:]
    for r in readings[i]:
        if r.startswith(rest) and len(rest) < len(r):
            best = max(best or 0, 0)
            continue
        if rest.startswith(r):
            sub = _consume(readings, i + 1, query, j + len(r), memo)
            if sub is not None:
                best = max(best or 0, sub + 1)
        if rest[0] == r[0]:
            sub = _consume(readings, i + 1, query, j + 1, memo)
            if sub is not None:
                best = max(best or 0, sub)
        if r[:2] in _DOUBLE_INITIALS and rest.startswith(r[:2]):
            sub = _consume(readings, i + 1, query, j + 2, memo)
            if sub is not None:
                best = max(best or 0, sub)
    memo[key] = best
    return best
