"""Usage statistics: what the agent used, when, and about how much typing it saved.

Only template ids, actions and times are recorded, never the text that was sent, so the
characters saved are an estimate, see :func:`characters_saved_per_use`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .errors import InvalidInput
from .placeholders import Placeholder, _parse

ACTIONS = ("paste", "send", "copy")
MIN_DAYS, MAX_DAYS = 1, 3650
SEARCH_KEYSTROKES = 2
"""What finding a template without a shortcut code costs: a couple of search keystrokes."""


def check_days(days: int) -> int:
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise InvalidInput("stats_days_invalid", days=days, low=MIN_DAYS, high=MAX_DAYS)
    return days


def characters_saved_per_use(body: str, shortcut: str | None) -> int:
    """The typing one use of a template spares, estimated from the template alone.

    The reply is the body as written, with each placeholder counted as its name without the
    braces (``{称呼}`` counts 2, about what "王女士" takes; ``{订单号}`` counts 3) and literal
    ``{{``/``}}`` as one character. From it is taken what the agent typed to find the
    template: the shortcut code, or 2 keystrokes of search when it has none. Never below 0.
    """
    length = sum(len(part.name) if isinstance(part, Placeholder) else len(part)
                 for part in _parse(body).parts)
    typed = len(shortcut) if shortcut else SEARCH_KEYSTROKES
    return max(0, length - typed)


@dataclass(frozen=True, slots=True)
class ActionCounts:
    paste: int = 0
    send: int = 0
    copy: int = 0

    @property
    def total(self) -> int:
        return self.paste + self.send + self.copy

    def __add__(self, other: ActionCounts) -> ActionCounts:
        return ActionCounts(self.paste + other.paste, self.send + other.send,
                            self.copy + other.copy)

    @classmethod
    def of(cls, counts: dict[str, int]) -> ActionCounts:
        """From {action: count}; actions other than paste, send and copy are not counted."""
        return cls(*(counts.get(action, 0) for action in ACTIONS))


@dataclass(frozen=True, slots=True)
class TemplateUsage:
    """One template's uses in the period."""

    template_id: str
    title: str
    category: str
    counts: ActionCounts
    last_used_at: datetime | None
    saved_per_use: int

    @property
    def characters_saved(self) -> int:
        return self.counts.total * self.saved_per_use


@dataclass(frozen=True, slots=True)
class DayUsage:
    day: date
    counts: ActionCounts


@dataclass(frozen=True, slots=True)
class UnusedTemplate:
    template_id: str
    title: str
    category: str


@dataclass(frozen=True, slots=True)
class Statistics:
    """The report for the ``days`` days ending today (local days, oldest first in ``per_day``).

    ``templates`` lists the templates used in the period, most used first; ``never_used``
    those never used at all."""

    days: int
    templates: tuple[TemplateUsage, ...]
    per_day: tuple[DayUsage, ...]
    never_used: tuple[UnusedTemplate, ...]

    @property
    def totals(self) -> ActionCounts:
        return sum((t.counts for t in self.templates), ActionCounts())

    @property
    def characters_saved(self) -> int:
        return sum(t.characters_saved for t in self.templates)

    @property
    def first_day(self) -> date:
        return self.per_day[0].day

    @property
    def last_day(self) -> date:
        return self.per_day[-1].day


def most_used_first(usages: list[TemplateUsage]) -> tuple[TemplateUsage, ...]:
    """Most uses first; ties by the most recent use, then by title."""
    ordered = sorted(usages, key=lambda u: u.title)
    ordered.sort(key=lambda u: (u.counts.total, u.last_used_at or datetime.min), reverse=True)
    return tuple(ordered)
