"""Placeholder syntax: parsing, rendering and linting of template bodies.

Syntax: ``{name}`` is a placeholder, ``{name|text}`` falls back to ``text`` when the value is empty
or missing, ``{{`` and ``}}`` are literal braces. Built-in placeholders have an English and a
Chinese name (``{salutation}`` = ``{称呼}``); every other name is a fill-in field whose value the
caller supplies (``{订单号}``).

Rendering never raises: anything malformed (an unclosed brace, ``{}``, nested braces, a name with
punctuation) is kept literally, and :func:`lint` reports it with its position for the editor.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from .messages import ENGLISH
from .messages import render as render_message
from .salutation import DEFAULT_FALLBACK, DEFAULT_FEMALE_TITLE, Addressee, Gender, address

# Canonical key -> (English name, Chinese name). The order is the one shown in docs and the editor.
BUILTINS: dict[str, tuple[str, str]] = {
    "name": ("name", "客户"),
    "surname": ("surname", "姓"),
    "salutation": ("salutation", "称呼"),
    "agent": ("agent", "客服"),
    "shop": ("shop", "店铺"),
    "date": ("date", "日期"),
    "time": ("time", "时间"),
    "clipboard": ("clipboard", "剪贴板"),
}
_ALIASES: dict[str, str] = {
    alias: key for key, names in BUILTINS.items() for alias in names
}

# A placeholder longer than this is taken as literal text; this keeps parsing linear-time on
# pathological input such as thousands of unmatched braces.
MAX_PLACEHOLDER_LENGTH = 200

_NAME_RE = re.compile(r"\w(?:[\w.\- ]*\w)?")


def builtin_key(name: str) -> str | None:
    """The canonical key of a built-in placeholder name (``称呼`` -> ``salutation``), else None."""
    return _ALIASES.get(name) or _ALIASES.get(name.lower())


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str
    default: str | None
    start: int
    end: int
    source: str

    @property
    def builtin(self) -> str | None:
        return builtin_key(self.name)


@dataclass(frozen=True, slots=True)
class Problem:
    """A lint finding; ``start``/``end`` are character offsets into the template's body, or
    into its shortcut code when ``where`` is ``"shortcut"``.

    ``text(language)`` says what is wrong in that language ("zh_CN" or "en"); ``message`` is
    the English text."""

    start: int
    end: int
    code: str
    params: Mapping[str, str] = field(default_factory=dict, hash=False)
    where: str = "body"

    def text(self, language: str | None = ENGLISH) -> str:
        return render_message(f"lint.{self.code}", self.params, language)

    @property
    def message(self) -> str:
        return self.text(ENGLISH)


@dataclass(frozen=True, slots=True)
class _Parsed:
    parts: tuple[str | Placeholder, ...]
    problems: tuple[Problem, ...]


def _closing_brace(text: str, start: int) -> tuple[int, bool]:
    """Index of the brace closing the one at ``start`` (-1 if none nearby) and whether it nests."""
    depth = 0
    limit = min(len(text), start + MAX_PLACEHOLDER_LENGTH)
    nested = False
    for i in range(start, limit):
        ch = text[i]
        if ch == "{":
            depth += 1
            nested = nested or depth > 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i, nested
    return -1, nested


def _parse(text: str) -> _Parsed:
    """``text`` split into literal text and placeholders. Reply-sized texts are cached: the
    popup renders the same few dozen templates for every list it shows."""
    return _parse_cached(text) if len(text) <= _CACHED_LENGTH else _parse_text(text)


_CACHED_LENGTH = 4000


def _parse_text(text: str) -> _Parsed:
    parts: list[str | Placeholder] = []
    problems: list[Problem] = []
    literal: list[str] = []
    i, n = 0, len(text)

    def problem(start: int, end: int, code: str, **params: str) -> None:
        problems.append(Problem(start, end, code, params))

    while i < n:
        ch = text[i]
        if ch == "}":
            if text.startswith("}}", i):
                literal.append("}")
                i += 2
                continue
            problem(i, i + 1, "unmatched_close")
            literal.append("}")
            i += 1
            continue
        if ch != "{":
            literal.append(ch)
            i += 1
            continue
        if text.startswith("{{", i):
            literal.append("{")
            i += 2
            continue
        close, nested = _closing_brace(text, i)
        if close < 0:
            problem(i, i + 1, "unclosed")
            literal.append("{")
            i += 1
            continue
        source = text[i : close + 1]
        if nested:
            problem(i, close + 1, "nested")
            literal.append(source)
            i = close + 1
            continue
        name, bar, default = source[1:-1].partition("|")
        name = name.strip()
        if not name:
            problem(i, close + 1, "empty")
            literal.append(source)
        elif not _NAME_RE.fullmatch(name):
            problem(i, close + 1, "bad_name", name=name)
            literal.append(source)
        else:
            if literal:
                parts.append("".join(literal))
                literal.clear()
            parts.append(Placeholder(name, default if bar else None, i, close + 1, source))
        i = close + 1
    if literal:
        parts.append("".join(literal))
    return _Parsed(tuple(parts), tuple(problems))


_parse_cached = lru_cache(maxsize=2048)(_parse_text)


def placeholders(text: str) -> list[Placeholder]:
    return [p for p in _parse(text).parts if isinstance(p, Placeholder)]


def fill_in_names(text: str) -> list[str]:
    """Names of the fill-in fields (non built-in placeholders), unique, in order of appearance."""
    seen: dict[str, None] = {}
    for p in placeholders(text):
        if p.builtin is None:
            seen.setdefault(p.name)
    return list(seen)


def lint(text: str) -> list[Problem]:
    """What :func:`render` would keep literally, and fill-ins that look like a misspelt
    built-in placeholder, in order of position."""
    parsed = _parse(text)
    problems = list(parsed.problems)
    for part in parsed.parts:
        if isinstance(part, Placeholder) and part.builtin is None:
            meant = misspelt_builtin(part.name)
            if meant:
                problems.append(Problem(part.start, part.end, "misspelt_builtin",
                                        {"name": part.name, "builtin": meant}))
    return sorted(problems, key=lambda p: p.start)


# Traditional forms of the characters of the Chinese built-in names.
_SIMPLIFIED = str.maketrans("戶稱舖鋪時間貼", "户称铺铺时间贴")


def misspelt_builtin(name: str) -> str | None:
    """The built-in name a fill-in name seems meant as, else None: the same name in traditional
    characters or full-width letters, or one letter off an English built-in name (of four
    letters or more) or a Chinese one of three characters or more. Shorter names are left
    alone: one character off 时间 or 客户 is often a real fill-in (时长, 客人)."""
    folded = unicodedata.normalize("NFKC", name).translate(_SIMPLIFIED)
    if builtin_key(folded):
        return folded.lower() if folded.isascii() else folded
    lowered = folded.lower()
    for english, chinese in BUILTINS.values():
        for known, shortest in ((english, 4), (chinese, 3)):
            if len(known) >= shortest and _one_edit_apart(lowered, known):
                return known
    return None


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether one insertion, deletion, substitution or swap of neighbours makes ``a`` ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        swapped = (len(diff) == 2 and diff[1] == diff[0] + 1
                   and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
        return len(diff) == 1 or swapped
    short, long = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1:]


@dataclass(frozen=True, slots=True)
class RenderContext:
    """Everything a template may refer to. ``fields`` holds fill-in values and overrides."""

    customer_name: str = ""
    gender: Gender = Gender.UNKNOWN
    agent: str = ""
    shop: str = ""
    clipboard: str = ""
    fallback_salutation: str = DEFAULT_FALLBACK
    female_title: str = DEFAULT_FEMALE_TITLE
    now: datetime | None = None
    fields: Mapping[str, str] = field(default_factory=dict)

    def addressee(self) -> Addressee:
        return address(
            self.customer_name,
            self.gender,
            fallback=self.fallback_salutation,
            female_title=self.female_title,
        )

    def builtin_values(self) -> dict[str, str]:
        return _BuiltinValues(self).all()


class _BuiltinValues:
    """The built-in placeholders' values for one rendering, each worked out when first asked
    for: formatting the date and the time took most of the popup's time to list templates
    that do not use them."""

    def __init__(self, context: RenderContext) -> None:
        self._context = context
        self._values: dict[str, str] = {}

    def set(self, key: str, value: str) -> None:
        self._values[key] = value

    def get(self, key: str) -> str:
        if key not in self._values:
            self._work_out(key)
        return self._values[key]

    def all(self) -> dict[str, str]:
        return {key: self.get(key) for key in BUILTINS}

    def _work_out(self, key: str) -> None:
        context = self._context
        if key in ("name", "surname", "salutation"):
            who = context.addressee()
            worked_out = {"name": who.name, "surname": who.surname,
                          "salutation": who.salutation}
        elif key in ("date", "time"):
            now = context.now or datetime.now()  # one moment for both
            worked_out = {"date": now.strftime("%Y-%m-%d"), "time": now.strftime("%H:%M")}
        else:
            worked_out = {key: {"agent": context.agent, "shop": context.shop,
                                "clipboard": context.clipboard}[key]}
        for name, value in worked_out.items():
            self._values.setdefault(name, value)  # a value the agent typed in stays


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    missing: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


def render(text: str, context: RenderContext | None = None) -> Rendered:
    """Fill in ``text``. Fill-ins without a value are kept as written and listed in ``missing``."""
    context = context or RenderContext()
    values = _BuiltinValues(context)
    supplied: dict[str, str] = {}
    for key, value in context.fields.items():
        key = key.strip()
        canonical = builtin_key(key)
        if canonical:
            values.set(canonical, value)
        else:
            supplied[key] = value

    pieces: list[str] = []
    missing: dict[str, None] = {}
    for part in _parse(text).parts:
        if isinstance(part, str):
            pieces.append(part)
            continue
        canonical = part.builtin
        value = values.get(canonical) if canonical else supplied.get(part.name)
        if value:
            pieces.append(value)
        elif part.default is not None:
            pieces.append(part.default)
        elif value is None:
            missing.setdefault(part.name)
            pieces.append(part.source)
    return Rendered("".join(pieces), tuple(missing))
