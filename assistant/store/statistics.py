"""Read-only queries behind the usage statistics.

Use times are stored in UTC; a period is given as local calendar days. Uses are grouped in SQL
by quarter hour of UTC time and then put on local days here, which is exact for every time
zone (all offsets are whole quarter hours) and across daylight-saving changes, and keeps the
rows read small however many uses there were.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import Connection, Integer, and_, cast, exists, func, select

from .categories import category_paths
from .tables import templates, usage_events


def local_midnight_utc(day: date, tz: tzinfo | None = None) -> datetime:
    """The stored (naive UTC) form of local midnight at the start of ``day``."""
    midnight = datetime.combine(day, time())
    local = midnight.replace(tzinfo=tz) if tz else midnight.astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def _period(first_day: date, days: int, tz: tzinfo | None) -> tuple[datetime, datetime]:
    return (local_midnight_utc(first_day, tz),
            local_midnight_utc(first_day + timedelta(days=days), tz))


def _in_period(start: datetime, end: datetime):
    return and_(usage_events.c.used_at >= start, usage_events.c.used_at < end)


def counts_by_template(conn: Connection, first_day: date, days: int,
                       tz: tzinfo | None = None) -> dict[str, dict[str, int]]:
    """{template id: {action: uses}} for the templates used in the period."""
    e = usage_events.c
    rows = conn.execute(
        select(e.template_id, e.action, func.count())
        .where(_in_period(*_period(first_day, days, tz)))
        .group_by(e.template_id, e.action))
    counts: dict[str, dict[str, int]] = {}
    for template_id, action, count in rows:
        counts.setdefault(template_id, {})[action] = count
    return counts


def daily_counts(conn: Connection, first_day: date, days: int,
                 tz: tzinfo | None = None) -> list[tuple[date, dict[str, int]]]:
    """(day, {action: uses}) for each of the ``days`` local days from ``first_day``, oldest
    first; a day without uses has an empty dict."""
    e = usage_events.c
    hour = func.strftime("%Y-%m-%d %H", e.used_at).label("hour")
    quarter = (cast(func.strftime("%M", e.used_at), Integer) // 15).label("quarter")
    rows = conn.execute(
        select(hour, quarter, e.action, func.count())
        .where(_in_period(*_period(first_day, days, tz)))
        .group_by(hour, quarter, e.action))
    by_day: dict[date, dict[str, int]] = {
        first_day + timedelta(days=i): {} for i in range(days)}
    for hour_text, quarter_index, action, count in rows:
        start = datetime.strptime(hour_text, "%Y-%m-%d %H").replace(
            minute=15 * quarter_index, tzinfo=UTC)
        actions = by_day.get(start.astimezone(tz).date())
        if actions is not None:
            actions[action] = actions.get(action, 0) + count
    return list(by_day.items())


def never_used(conn: Connection) -> list[tuple[str, str, str]]:
    """(id, title, category path) of every template never used, by category then title."""
    t = templates.c
    rows = conn.execute(
        select(t.id, t.title, t.category_id)
        .where(t.use_count == 0,
               ~exists().where(usage_events.c.template_id == t.id)))
    paths = category_paths(conn)
    found = [(r.id, r.title, paths.get(r.category_id, "") if r.category_id is not None else "")
             for r in rows]
    return sorted(found, key=lambda row: (row[2], row[1]))

