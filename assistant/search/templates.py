"""In-memory template matcher: the few thousand templates are searched on every keystroke.

Measured with whoosh, template keystrokes took 20 ms at p95 and a one-letter prefix over a
second; here every term first narrows the candidates with precomputed sets (which templates
contain a character, a Latin word, a pinyin initial), and only those candidates are verified
and scored. Every template containing a one-character query is found.
"""

from __future__ import annotations

import bisect
import heapq
import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from . import ranking as R
from .analysis import QueryTerm, normalize, parse_query
from .pinyin import PinyinIndex, Readings, syllable_needles

MAX_PREFIX_WORDS = 200
PINYIN_SETS_DELAY_S = 0.5
FUZZY_MIN_LENGTH = 4
FUZZY_MAX_LENGTH = 24
"""Typos are forgiven in words up to this long: each indexed word costs as many variants as
it has letters, each nearly as long as the word, so one 40,000-letter word would cost
gigabytes (nobody mistypes a word that long in a search box anyway)."""
_WORDS = re.compile(r"[a-z\u00df-\u024f]+(?:['’][a-z\u00df-\u024f]+)*")


@dataclass(slots=True)
class TemplateEntry:
    """What the matcher knows of a template; ``readings`` are the title's pinyin,
    ``body_pinyin`` the body's syllables (:func:`~.pinyin.body_syllables`)."""

    id: str
    title: str
    body: str
    shortcut: str | None
    tags: tuple[str, ...]
    category: str
    favorite: bool
    use_count: int
    last_used_at: datetime | None
    readings: Readings = ()
    body_pinyin: str = ""


@dataclass(frozen=True, slots=True)
class TemplateMatch:
    id: str
    score: float
    where: str


@dataclass(slots=True)
class _Prepared:
    title: str
    tags: tuple[str, ...]
    category: str
    body: str
    readings: Readings
    _pinyin: PinyinIndex | None = None

    @property
    def pinyin(self) -> PinyinIndex:
        """Built on the first pinyin query that reaches this template."""
        if self._pinyin is None:
            self._pinyin = PinyinIndex(self.readings)
        return self._pinyin


@dataclass(slots=True)
class _Field:
    """For one field: which entries contain each character, and each Latin word."""

    chars: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    words: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    vocabulary: list[str] = field(default_factory=list)

    def add(self, i: int, text: str, chars: bool = True) -> None:
        if chars:
            for ch in set(text):
                if ch.isalnum():
                    self.chars[ch].add(i)
        for word in _WORDS.findall(text):
            self.words[word].add(i)

    def finish(self) -> None:
        self.vocabulary = sorted(self.words)

    def with_chars(self, text: str) -> set[int]:
        sets = sorted((self.chars.get(ch, set()) for ch in set(text) if ch.isalnum()), key=len)
        if not sets:
            return set()
        return set.intersection(*sets) if len(sets) > 1 else set(sets[0])

    def with_word(self, word: str, prefix: bool) -> set[int]:
        if not prefix:
            return set(self.words.get(word, ()))
        out: set[int] = set()
        start = bisect.bisect_left(self.vocabulary, word)
        for candidate in self.vocabulary[start : start + MAX_PREFIX_WORDS]:
            if not candidate.startswith(word):
                break
            out |= self.words[candidate]
        return out


def _within_one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance <= 1 (one insertion, deletion, substitution or swap)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la < lb:
        a, b = b, a
    return a[i + 1 :] == b[i:]


class _Haystack:
    """All bodies in one string: substring search runs in C instead of per template."""

    def __init__(self, texts: list[str]) -> None:
        self.text = "\x00".join(texts)
        self.starts: list[int] = []
        position = 0
        for t in texts:
            self.starts.append(position)
            position += len(t) + 1

    def containing(self, needle: str) -> set[int]:
        found: set[int] = set()
        if not needle:
            return found
        text, starts = self.text, self.starts
        find = text.find
        pos = find(needle)
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            found.add(i)
            # skip to the next body: one hit per template is enough
            nxt = starts[i + 1] if i + 1 < len(starts) else len(text)
            pos = find(needle, nxt)
        return found

    def which_contain(self, needle: str, among: set[int]) -> set[int]:
        """:meth:`containing`, looking only at the texts ``among``."""
        text, starts, end = self.text, self.starts, len(self.text)
        return {i for i in among
                if text.find(needle, starts[i], starts[i + 1] if i + 1 < len(starts) else end) >= 0}


class _SyllableSearch:
    """Template bodies' syllables, searched as the agent types.

    Typing lengthens the needle (" tui k", " tui ku" ...), and what contains the longer one
    contains the shorter: the few templates found for a recent shorter needle are checked one
    by one instead of scanning every body again.
    """

    RECENT = 16
    RECHECK_AT_MOST = 500

    def __init__(self, bodies: list[str]) -> None:
        # a space before every body's first syllable: each needle starts with one
        self._haystack = _Haystack([" " + b for b in bodies])
        self._recent: dict[str, set[int]] = {}

    def containing(self, needle: str) -> set[int]:
        shorter = max((n for n in list(self._recent) if needle.startswith(n)), key=len,
                      default=None)
        if shorter is not None and len(self._recent[shorter]) <= self.RECHECK_AT_MOST:
            found = self._haystack.which_contain(needle, self._recent[shorter])
        else:
            found = self._haystack.containing(needle)
        if len(self._recent) >= self.RECENT:
            del self._recent[next(iter(self._recent))]
        self._recent[needle] = found
        return set(found)


class _PinyinSets:
    """Which templates a pinyin query can match, from precomputed sets.

    A match starting at some character either lies inside one reading (the query is a prefix
    of it), or spans characters: the first consumes its initial (then the next character's
    reading starts with the query's second letter), its zh/ch/sh, or a whole reading that is a
    proper prefix of the query. Only spanning candidates need the exact matcher.
    """

    def __init__(self, all_readings: list[Readings]) -> None:
        self.prefix: dict[str, set[int]] = defaultdict(set)
        self.initial_pairs: dict[str, set[int]] = defaultdict(set)
        self.double_next: dict[str, set[int]] = defaultdict(set)
        self.full_then_more: dict[str, set[int]] = defaultdict(set)
        for i, readings in enumerate(all_readings):
            for k, rs in enumerate(readings):
                following = {r[0] for r in readings[k + 1]} if k + 1 < len(readings) else set()
                for r in rs:
                    for n in range(1, len(r) + 1):
                        self.prefix[r[:n]].add(i)
                    for f in following:
                        self.initial_pairs[r[0] + f].add(i)
                        if r[:2] in ("zh", "ch", "sh"):
                            self.double_next[r[:2] + f].add(i)
                    if following:
                        self.full_then_more[r].add(i)

    def candidates(self, word: str) -> tuple[set[int], set[int]]:
        """(all candidates, those still to verify); the rest match for sure."""
        sure = set(self.prefix.get(word, ()))
        verify = set(self.initial_pairs.get(word[:2], ()))
        if len(word) > 2:
            verify |= self.double_next.get(word[:3], set())
        for n in range(1, len(word)):
            verify |= self.full_then_more.get(word[:n], set())
        verify -= sure
        return sure | verify, verify


def _build_pinyin_sets(matcher_ref: weakref.ref) -> None:
    """Off the start-up path: until they exist, pinyin queries use the exact matcher only."""
    matcher = matcher_ref()
    if matcher is not None:
        matcher._pinyin_sets = _PinyinSets([p.readings for p in matcher._prepared])


class TemplateMatcher:
    def __init__(self, entries: Iterable[TemplateEntry] = ()) -> None:
        self._entries: list[TemplateEntry] = []
        self.load(entries)

    def __len__(self) -> int:
        return len(self._entries)

    # -- building --------------------------------------------------------------------------

    def load(self, entries: Iterable[TemplateEntry]) -> None:
        """Replace the contents; ``entries`` come in display order, which breaks ties."""
        self._entries = list(entries)
        self._position = {e.id: i for i, e in enumerate(self._entries)}
        self._prepared: list[_Prepared] = []
        self._fields = {name: _Field() for name in ("title", "tags", "category", "body")}
        self._shortcuts: dict[str, int] = {}
        self._initials: dict[str, set[int]] = defaultdict(set)
        self._first_initials: dict[str, set[int]] = defaultdict(set)
        self._deletes: dict[str, set[str]] = defaultdict(set)
        for i, e in enumerate(self._entries):
            prepared = _Prepared(
                title=normalize(e.title),
                tags=tuple(normalize(t) for t in e.tags),
                category=normalize(e.category or ""),
                body=normalize(e.body),
                readings=e.readings,
            )
            self._prepared.append(prepared)
            self._fields["title"].add(i, prepared.title)
            self._fields["tags"].add(i, " ".join(prepared.tags))
            self._fields["category"].add(i, prepared.category)
            self._fields["body"].add(i, prepared.body, chars=False)
            if e.shortcut:
                self._shortcuts[normalize(e.shortcut)] = i
            if e.readings:
                for letter in {r[0] for rs in e.readings for r in rs}:
                    self._initials[letter].add(i)
                for reading in e.readings[0]:
                    self._first_initials[reading[0]].add(i)
        for f in self._fields.values():
            f.finish()
        self._bodies = _Haystack([p.body for p in self._prepared])
        self._body_syllables = _SyllableSearch([e.body_pinyin for e in self._entries])
        self._shortcut_list = sorted(self._shortcuts)
        for word in set(self._fields["title"].words) | set(self._fields["body"].words) | set(
                self._fields["tags"].words):
            if FUZZY_MIN_LENGTH - 1 <= len(word) <= FUZZY_MAX_LENGTH + 1:
                for k in range(len(word)):
                    self._deletes[word[:k] + word[k + 1 :]].add(word)
        self._pinyin_sets: _PinyinSets | None = None
        # Built after a short idle delay, so that it does not compete with the first query.
        # The timer holds the matcher weakly: a replaced matcher (the app reloads it after
        # every content change) is freed at once, not left to the cycle collector, which
        # gc.freeze() would keep from ever seeing it.
        self._pinyin_thread = threading.Timer(PINYIN_SETS_DELAY_S, _build_pinyin_sets,
                                              args=(weakref.ref(self),))
        self._pinyin_thread.daemon = True
        if self._entries:
            self._pinyin_thread.start()

    def wait_for_pinyin_sets(self, timeout: float | None = None) -> bool:
        if self._entries:
            self._pinyin_thread.join(timeout)
        return self._pinyin_sets is not None

    def entries(self) -> list[TemplateEntry]:
        return list(self._entries)

    def entry(self, template_id: str) -> TemplateEntry | None:
        i = self._position.get(template_id)
        return self._entries[i] if i is not None else None

    def update_usage(self, template_id: str, use_count: int, last_used_at: datetime | None,
                     favorite: bool | None = None) -> None:
        i = self._position.get(template_id)
        if i is None:
            return
        entry = self._entries[i]
        entry.use_count, entry.last_used_at = use_count, last_used_at
        if favorite is not None:
            entry.favorite = favorite

    # -- searching -------------------------------------------------------------------------

    def _fuzzy_words(self, word: str) -> list[str]:
        found: set[str] = set(self._deletes.get(word, ()))
        for k in range(len(word)):
            variant = word[:k] + word[k + 1 :]
            found.add(variant)
            found |= self._deletes.get(variant, set())
        return [w for w in found if w != word and _within_one_edit(word, w)]

    def _candidates(self, term: QueryTerm) -> tuple[set[int], dict]:
        """Entries that may match ``term`` and, per field, the sets used to score them."""
        f = self._fields
        info: dict = {}
        if term.kind in ("han", "num"):
            for name in ("title", "tags", "category"):
                info[name] = f[name].with_chars(term.text)
            info["body"] = self._bodies.containing(term.text)
        else:
            word, prefix = term.text, term.prefix
            info["title_word"] = f["title"].with_word(word, prefix)
            info["tags_word"] = f["tags"].with_word(word, prefix) | f["category"].with_word(word, prefix)
            info["body_word"] = f["body"].with_word(word, prefix)
            pinyin: set[int] = set()
            sets = self._pinyin_sets
            if word.isascii() and word.isalpha() and word[0] in self._initials:
                if len(word) == 1 or sets is None:
                    pinyin = set(self._initials[word[0]])
                else:
                    pinyin, verify = sets.candidates(word)
                    info["pinyin_sure"] = pinyin - verify
            info["pinyin"] = pinyin
            body_pinyin: set[int] = set()
            for needle in syllable_needles(word):
                body_pinyin |= self._body_syllables.containing(needle)
            info["body_pinyin"] = body_pinyin
            fuzzy_title: set[int] = set()
            fuzzy_body: set[int] = set()
            if FUZZY_MIN_LENGTH <= len(word) <= FUZZY_MAX_LENGTH and not (
                    info["title_word"] or info["body_word"]):
                for near in self._fuzzy_words(word):
                    fuzzy_title |= f["title"].words.get(near, set())
                    fuzzy_body |= f["body"].words.get(near, set()) | f["tags"].words.get(near, set())
            info["fuzzy_title"], info["fuzzy_body"] = fuzzy_title, fuzzy_body
        union: set[int] = set()
        for name, s in info.items():
            if name != "pinyin_sure":
                union |= s
        return union, info

    def _term_score(self, i: int, term: QueryTerm, info: dict) -> tuple[float, str]:
        p = self._prepared[i]
        text = term.text
        if term.kind in ("han", "num"):
            single = len(text) == 1
            if i in info["title"] and (single or text in p.title):
                return R.TITLE + (R.TITLE_START_BONUS if p.title.startswith(text) else 0.0), "title"
            if i in info["tags"] and (single or any(text in t for t in p.tags)):
                return (R.TAG_EXACT if text in p.tags else R.TAG), "tags"
            if i in info["category"] and (single or text in p.category):
                return R.CATEGORY, "category"
            if i in info["body"]:
                return R.BODY, "body"
            return 0.0, ""
        best, where = 0.0, ""
        if i in info["title_word"]:
            best, where = (R.TITLE_WORD_PREFIX if term.prefix else R.TITLE_WORD), "title"
        if best < R.PINYIN + 3 * R.PINYIN_PER_SYLLABLE + R.PINYIN_START_BONUS and i in info["pinyin"]:
            if len(text) == 1:
                score = R.PINYIN + (R.PINYIN_START_BONUS if i in self._first_initials.get(text, ()) else 0.0)
                if score > best:
                    best, where = score, "pinyin"
            elif len(text) == 2 and i in info.get("pinyin_sure", ()):
                score = R.PINYIN + (R.PINYIN_START_BONUS if i in self._first_initials.get(text[0], ()) else 0.0)
                if score > best:
                    best, where = score, "pinyin"
            else:
                m = p.pinyin.match(text)
                if m is not None:
                    score = R.PINYIN + R.PINYIN_PER_SYLLABLE * min(m.full, 3) + (
                        R.PINYIN_START_BONUS if m.at_start else 0.0)
                    if score > best:
                        best, where = score, "pinyin"
        if best < R.TAG_WORD and i in info["tags_word"]:
            best, where = (R.TAG_WORD_PREFIX if term.prefix else R.TAG_WORD), "tags"
        if best < R.TITLE_FUZZY and i in info["fuzzy_title"]:
            best, where = R.TITLE_FUZZY, "title"
        if best < R.BODY_WORD and i in info["body_word"]:
            best, where = (R.BODY_WORD_PREFIX if term.prefix else R.BODY_WORD), "body"
        if best < R.BODY_PINYIN and i in info["body_pinyin"]:
            best, where = R.BODY_PINYIN, "body"
        if best < R.BODY_FUZZY and i in info["fuzzy_body"]:
            best, where = R.BODY_FUZZY, "body"
        return best, where

    def _shortcut_scores(self, key: str) -> dict[int, float]:
        scores: dict[int, float] = {}
        if not key or " " in key:
            return scores
        start = bisect.bisect_left(self._shortcut_list, key)
        for code in self._shortcut_list[start : start + 50]:
            if not code.startswith(key):
                break
            i = self._shortcuts[code]
            if code == key:
                scores[i] = R.SHORTCUT_EXACT
            else:
                scores[i] = R.SHORTCUT_PREFIX - min(len(code) - len(key), 50)
        return scores

    def top(self, limit: int = 20, now: datetime | None = None) -> list[TemplateMatch]:
        """What to offer before anything is typed: favorites and the most used lately first,
        then the rest in their stored order (category, then title)."""
        now = now or datetime.now(UTC).replace(tzinfo=None)
        scored = [(-R.usage_bonus(e.use_count, e.last_used_at, e.favorite, now), i)
                  for i, e in enumerate(self._entries)]
        best = heapq.nsmallest(limit, scored)
        return [TemplateMatch(self._entries[i].id, -neg, "usage") for neg, i in best]

    def search(self, raw: str, limit: int = 20, now: datetime | None = None) -> list[TemplateMatch]:
        """Best matches for what the agent typed; never raises for any string."""
        terms = parse_query(raw)
        shortcut = self._shortcut_scores(normalize(raw[:64]).strip())
        if not terms and not shortcut:
            return []
        per_term = [self._candidates(t) for t in terms]
        candidates: set[int] = set()
        if per_term:
            ordered = sorted(per_term, key=lambda c: len(c[0]))
            candidates = set(ordered[0][0])
            for union, _ in ordered[1:]:
                candidates &= union
                if not candidates:
                    break
        now = now or datetime.now(UTC).replace(tzinfo=None)
        scored: list[tuple[float, int, str]] = []
        for i in candidates | shortcut.keys():
            total, where = shortcut.get(i, 0.0), "shortcut" if i in shortcut else ""
            matched_all = bool(terms)
            text_score = 0.0
            for term, (_, info) in zip(terms, per_term, strict=True):
                score, field_name = self._term_score(i, term, info)
                if score <= 0:
                    matched_all = False
                    break
                text_score += score
                where = where or field_name
            if matched_all:
                total += text_score
            elif i not in shortcut:
                continue
            e = self._entries[i]
            total += R.usage_bonus(e.use_count, e.last_used_at, e.favorite, now)
            scored.append((-total, i, where))
        best = heapq.nsmallest(limit, scored) if limit < len(scored) else sorted(scored)
        return [TemplateMatch(self._entries[i].id, -neg, where) for neg, i, where in best]
