"""Settings as key/value rows holding JSON values; typed access goes through core.settings."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.core.settings import Settings

from .models import SettingRow


def read_raw(session: Session) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for row in session.scalars(select(SettingRow)):
        try:
            values[row.key] = json.loads(row.value)
        except ValueError:
            continue
    return values


def read_settings(session: Session) -> Settings:
    return Settings.from_stored(read_raw(session))


def write_value(session: Session, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=encoded))
    else:
        row.value = encoded
    session.flush()


def read_value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


GENERATION_KEY = "_content_generation"


def content_generation(session: Session) -> int:
    """A counter bumped by every template or article change (the search index follows it)."""
    value = read_value(session, GENERATION_KEY, 0)
    return value if isinstance(value, int) else 0


def bump_generation(session: Session) -> int:
    """Count a change; several changes in one transaction count once."""
    if session.info.get(GENERATION_KEY) is None:
        session.info[GENERATION_KEY] = content_generation(session) + 1
        write_value(session, GENERATION_KEY, session.info[GENERATION_KEY])
    return session.info[GENERATION_KEY]
