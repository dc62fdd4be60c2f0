"""Reading and changing settings with validation."""

from __future__ import annotations

from typing import Any

from assistant.core.settings import Settings, parse_setting, spec_for
from assistant.store import settings as store
from assistant.store.database import Database


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def current(self) -> Settings:
        with self._db.reading() as session:
            return store.read_settings(session)

    def get(self, key: str) -> Any:
        spec_for(key)
        return self.current().as_dict()[key]

    def set(self, key: str, raw: str) -> Any:
        value = parse_setting(key, raw)
        with self._db.transaction() as session:
            store.write_value(session, key, value)
        return value
