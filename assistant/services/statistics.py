"""Usage statistics for the agent and the team lead: the report, and its CSV export.

The export is two files, both UTF-8 with a byte-order mark so that Excel shows the Chinese:
FILE lists the templates (most used first, then those never used) and FILE-每日.csv (the
name plus "-每日") the uses per day, so each is one plain table a spreadsheet can sort and
chart. Titles and categories that Excel would take for a formula get a leading ``'``, as in
the template export.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from assistant.core.errors import InvalidInput
from assistant.core.statistics import (
    ActionCounts, DayUsage, Statistics, TemplateUsage, UnusedTemplate, characters_saved_per_use,
    check_days, most_used_first,
)
from assistant.files import write_atomically
from assistant.store import statistics as store
from assistant.store.database import Database
from assistant.store.templates import templates_by_id

from .template_export import _guarded

TEMPLATE_HEADER = ("模板ID", "标题", "分类", "粘贴", "发送", "复制", "合计", "最近使用",
                   "节省字数")
DAILY_HEADER = ("日期", "粘贴", "发送", "复制", "合计")
DAILY_SUFFIX = "-每日"


def daily_path(path: Path) -> Path:
    """Where the per-day table goes beside the template table ``path``."""
    return path.with_name(f"{path.stem}{DAILY_SUFFIX}{path.suffix or '.csv'}")


def local_time(stored: datetime | None, tz: tzinfo | None = None) -> datetime | None:
    """A stored (naive UTC) time in local time."""
    return stored.replace(tzinfo=UTC).astimezone(tz) if stored else None


class StatisticsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def report(self, days: int = 30, today: date | None = None,
               tz: tzinfo | None = None) -> Statistics:
        """The uses in the ``days`` local days ending ``today``."""
        check_days(days)
        today = today or datetime.now(tz).date()
        first_day = today - timedelta(days=days - 1)
        with self._db.reading() as conn:
            counts = store.counts_by_template(conn, first_day, days, tz)
            found = templates_by_id(conn, list(counts))
            per_day = store.daily_counts(conn, first_day, days, tz)
            unused = store.never_used(conn)
        usages = [TemplateUsage(t.id, t.title, t.category or "", ActionCounts.of(counts[t.id]),
                                t.last_used_at, characters_saved_per_use(t.body, t.shortcut))
                  for t in found.values()]
        return Statistics(
            days=days,
            templates=most_used_first(usages),
            per_day=tuple(DayUsage(day, ActionCounts.of(c)) for day, c in per_day),
            never_used=tuple(UnusedTemplate(*row) for row in unused),
        )

    def to_csv(self, report: Statistics, path: Path, tz: tzinfo | None = None) -> list[Path]:
        """Write the report to ``path`` and :func:`daily_path`; the files written."""
        rows = [_template_row(u, tz) for u in report.templates]
        rows += [(u.template_id, _guarded(u.title), _guarded(u.category), 0, 0, 0, 0, "", 0)
                 for u in report.never_used]
        daily = [(d.day.isoformat(), d.counts.paste, d.counts.send, d.counts.copy,
                  d.counts.total) for d in report.per_day]
        written = []
        for target, header, body in ((path, TEMPLATE_HEADER, rows),
                                     (daily_path(path), DAILY_HEADER, daily)):
            try:
                write_atomically(target, _csv_bytes(header, body))
            except OSError as exc:
                raise InvalidInput("export_unwritable", file=str(target),
                                   reason=exc.strerror or exc) from None
            written.append(target)
        return written


def _template_row(usage: TemplateUsage, tz: tzinfo | None) -> tuple:
    last = local_time(usage.last_used_at, tz)
    c = usage.counts
    return (usage.template_id, _guarded(usage.title), _guarded(usage.category), c.paste, c.send, c.copy, c.total,
            last.strftime("%Y-%m-%d %H:%M") if last else "", usage.characters_saved)


def _csv_bytes(header: tuple, rows: list[tuple]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")
