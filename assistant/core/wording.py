"""Content quality checks for team leads: forbidden wording, shortcut overlaps, greetings.

Forbidden words: absolute promises (一定, 保证 …), the extreme claims China's advertising law
forbids (最低价, 第一 …) and moving the customer off the platform (加微信 …) are always
checked; the lead's setting and subscribed team packs add more. An *allowed* phrase excuses
every forbidden word inside it: 第一时间 excuses its 第一, and allowing a word itself
(``保证``) switches it off.

Matching ignores case and full-width forms (``１００％`` is ``100%``); positions are offsets
into the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .errors import InvalidInput
from .placeholders import Problem, placeholders

ABSOLUTE = "absolute"
EXTREME = "extreme"
OFF_PLATFORM = "off_platform"
CUSTOM = "custom"
"""A word from the lead's setting or a team pack."""

DEFAULT_FORBIDDEN: dict[str, str] = {
    **dict.fromkeys(("一定", "绝对", "保证", "百分之百", "百分百", "100%", "万无一失",
                     "永不", "包您满意"), ABSOLUTE),
    **dict.fromkeys(("最低价", "最便宜", "全网最低", "史上最", "第一", "最佳", "顶级",
                     "国家级", "独一无二", "首选"), EXTREME),
    **dict.fromkeys(("加微信", "加个微信", "私下交易", "线下交易", "私下转账"), OFF_PLATFORM),
}

DEFAULT_ALLOWED: tuple[str, ...] = (
    # ordinals and time, not rankings
    "第一时间", "第一次", "第一步", "第一天", "第一件", "第一条", "第一项", "第一页", "第一批",
    "第一周",
    # "a certain (amount)", an instruction to the customer, or a denial: no promise
    "一定程度", "一定的", "一定要", "不一定",
    "保证金", "无法保证", "不能保证", "不保证",
)

GREETING_MARKERS: tuple[str, ...] = ("问候", "欢迎", "开场", "greeting", "welcome")
"""A category whose path contains one of these holds greetings, which address the customer."""

MAX_WORDS = 500
MAX_WORD_LENGTH = 20
_SEPARATORS = re.compile(r"[,，、;；\n\r\t]+")


def fold(text: str) -> str:
    """Case- and width-folded ``text`` of the same length (positions stay valid)."""
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch).casefold()
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


def parse_words(raw: str | Iterable[str]) -> tuple[str, ...]:
    """A word list typed as ``保价, 包邮，秒发、…`` (or given as a list): trimmed, without
    empties or repeats (ignoring case). Raises InvalidInput for unusable words."""
    items = _SEPARATORS.split(raw) if isinstance(raw, str) else [str(w) for w in raw]
    words: list[str] = []
    seen: set[str] = set()
    for item in items:
        word = item.strip()
        if not word or fold(word) in seen:
            continue
        if len(word) > MAX_WORD_LENGTH:
            raise InvalidInput("word_too_long", word=word[:MAX_WORD_LENGTH], limit=MAX_WORD_LENGTH)
        if any(ch in word for ch in "{}"):
            raise InvalidInput("word_braces", word=word)
        seen.add(fold(word))
        words.append(word)
    if len(words) > MAX_WORDS:
        raise InvalidInput("words_too_many", limit=MAX_WORDS)
    return tuple(words)


def edit_words(current: Iterable[str], raw: str) -> str:
    """``+a,b`` adds to ``current``, ``-a,b`` removes from it; anything else replaces it."""
    text = raw.strip()
    if not text or text[0] not in "+-＋－":
        return raw
    change = {fold(w) for w in parse_words(text[1:])}
    if text[0] in "+＋":
        return ",".join((*current, text[1:]))
    return ",".join(w for w in current if fold(w) not in change)


@dataclass(frozen=True, slots=True)
class WordList:
    """Forbidden words (folded word -> kind) and allowed phrases (folded)."""

    forbidden: Mapping[str, str] = field(default_factory=dict)
    allowed: tuple[str, ...] = ()

    @classmethod
    def build(cls, forbidden: Iterable[str] = (), allowed: Iterable[str] = ()) -> WordList:
        """The defaults plus ``forbidden`` and ``allowed`` (the lead's and the packs')."""
        words = {fold(w): kind for w, kind in DEFAULT_FORBIDDEN.items()}
        for word in forbidden:
            words.setdefault(fold(word), CUSTOM)
        phrases = dict.fromkeys(fold(w) for w in (*DEFAULT_ALLOWED, *allowed) if w)
        return cls(words, tuple(phrases))


DEFAULT_WORDS = WordList.build()


def wording_problems(text: str, words: WordList = DEFAULT_WORDS) -> list[Problem]:
    """Each forbidden word in ``text`` that no allowed phrase covers, in order of position;
    the problem's code is ``wording_<kind>`` and its ``word`` parameter the text as written."""
    if not words.forbidden:
        return []
    folded = fold(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words.forbidden, key=len,
                                                                 reverse=True)))
    excused = _allowed_spans(folded, words.allowed)
    problems = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        if any(a <= start and end <= b for a, b in excused):
            continue
        kind = words.forbidden[match.group()]
        problems.append(Problem(start, end, f"wording_{kind}", {"word": text[start:end]}))
    return problems


def _allowed_spans(folded: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for phrase in phrases:
        at = folded.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = folded.find(phrase, at + 1)
    return spans


def is_greeting_category(category: str | None) -> bool:
    folded = fold(category or "")
    return any(marker in folded for marker in GREETING_MARKERS)


def greeting_problems(body: str, category: str | None) -> list[Problem]:
    """A template in a greeting category should address the customer with ``{称呼}``."""
    if not is_greeting_category(category):
        return []
    if any(p.builtin == "salutation" for p in placeholders(body)):
        return []
    return [Problem(0, 0, "greeting_without_salutation", {"category": category or ""})]


@dataclass(frozen=True, slots=True)
class Coded:
    """A template's shortcut code, for the overlap check; ``key`` identifies the template."""

    key: str
    shortcut: str
    title: str


def shortcut_problems(items: Iterable[Coded]) -> dict[str, list[Problem]]:
    """Template key -> its shortcut problems: a code used twice (ignoring case), or a code that
    begins another one (typing ``kf`` of ``kfcj`` is ambiguous: both sides are told)."""
    coded = sorted((c for c in items if c.shortcut), key=lambda c: fold(c.shortcut))
    found: dict[str, list[Problem]] = {}

    def tell(item: Coded, code: str, other: Coded) -> None:
        found.setdefault(item.key, []).append(Problem(
            0, len(item.shortcut), code,
            {"shortcut": item.shortcut, "code": other.shortcut, "other": other.title},
            where="shortcut"))

    for i, item in enumerate(coded):
        short = fold(item.shortcut)
        for other in coded[i + 1:]:
            longer = fold(other.shortcut)
            if not longer.startswith(short):
                break
            if longer == short:
                tell(item, "shortcut_duplicate", other)
                tell(other, "shortcut_duplicate", item)
            else:
                tell(item, "shortcut_prefix_of", other)
                tell(other, "shortcut_starts_with", item)
    return found
