"""Reading and changing settings with validation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from assistant.core.settings import Settings, parse_setting, spec_for
from assistant.store import settings as store
from assistant.store.database import Database

SettingsListener = Callable[[Settings], None]


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._listeners: list[SettingsListener] = []
        self._cached: Settings | None = None

    def on_change(self, listener: SettingsListener) -> None:
        self._listeners.append(listener)

    def current(self) -> Settings:
        """The settings, read once and kept: every change made through this service (or
        announced with :meth:`reload`) refreshes them."""
        cached = self._cached
        if cached is None:
            with self._db.reading() as conn:
                cached = self._cached = store.read_settings(conn)
        return cached

    def reload(self) -> Settings:
        """Re-read settings another process (``huashu config``) may have changed."""
        self._cached = None
        current = self.current()
        for listener in self._listeners:
            listener(current)
        return current

    def remember(self, key: str, value: Any) -> None:
        """Keep a piece of the app's own state (not a user setting), e.g. the last choices of
        a dialog. ``key`` starts with an underscore."""
        with self._db.transaction() as conn:
            store.write_value(conn, key, value)

    def recall(self, key: str, default: Any = None) -> Any:
        with self._db.reading() as conn:
            return store.read_value(conn, key, default)

    def note(self, event: str) -> bool:
        """Record that a one-time event (a notice shown) happened; True the first time."""
        with self._db.transaction() as conn:
            if store.read_value(conn, event) is not None:
                return False
            store.write_value(conn, event, True)
        return True

    def get(self, key: str) -> Any:
        spec_for(key)
        return self.current().as_dict()[key]

    def set(self, key: str, raw: str) -> Any:
        return self.set_many({key: raw})[key]

    def set_many(self, raw_values: Mapping[str, str]) -> dict[str, Any]:
        """Validate every value first, then write them all in one transaction (or none)."""
        current = self.current().as_dict()
        values = {key: parse_setting(key, str(raw), current.get(key))
                  for key, raw in raw_values.items()}
        with self._db.transaction() as conn:
            for key, value in values.items():
                store.write_value(conn, key, value)
        self.reload()
        return values
