"""Settings as key/value rows holding JSON values; typed access goes through core.settings."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert

from assistant.core.settings import Settings

from .tables import settings


def read_raw(conn: Connection) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for row in conn.execute(select(settings.c.key, settings.c.value)):
        try:
            values[row.key] = json.loads(row.value)
        except ValueError:
            continue
    return values


def read_settings(conn: Connection) -> Settings:
    return Settings.from_stored(read_raw(conn))


def write_value(conn: Connection, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    upsert = insert(settings).values(key=key, value=encoded)
    conn.execute(upsert.on_conflict_do_update(index_elements=[settings.c.key],
                                              set_={"value": encoded}))


def delete_value(conn: Connection, key: str) -> None:
    conn.execute(delete(settings).where(settings.c.key == key))


def read_values(conn: Connection, prefix: str) -> dict[str, Any]:
    """Every value whose key starts with ``prefix``."""
    rows = conn.execute(select(settings.c.key, settings.c.value)
                        .where(settings.c.key.startswith(prefix, autoescape=True)))
    values: dict[str, Any] = {}
    for row in rows:
        try:
            values[row.key] = json.loads(row.value)
        except ValueError:
            continue
    return values


def read_value(conn: Connection, key: str, default: Any = None) -> Any:
    stored = conn.scalar(select(settings.c.value).where(settings.c.key == key))
    if stored is None:
        return default
    try:
        return json.loads(stored)
    except ValueError:
        return default


GENERATION_KEY = "_content_generation"


def content_generation(conn: Connection) -> int:
    """A counter bumped by every template or article change (the search index follows it)."""
    value = read_value(conn, GENERATION_KEY, 0)
    return value if isinstance(value, int) else 0


def bump_generation(conn: Connection) -> int:
    """Count a change; several changes in one transaction count once.

    The mark lives in the connection's ``info`` (which outlives the transaction, as the
    connection goes back to the pool), so it records which transaction it was made in.
    """
    transaction = conn.get_transaction()
    mark = conn.info.get(GENERATION_KEY)
    if mark is None or mark[0] is not transaction:
        mark = (transaction, content_generation(conn) + 1)
        write_value(conn, GENERATION_KEY, mark[1])
        conn.info[GENERATION_KEY] = mark
    return mark[1]

