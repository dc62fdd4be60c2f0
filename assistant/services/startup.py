"""What the tray app needs to know before the database is opened properly."""

from __future__ import annotations

from pathlib import Path

from assistant.core.settings import LANGUAGES, Settings
from assistant.locations import database_path
from assistant.store.peek import peek_setting


def interface_language(home: Path) -> str:
    language = peek_setting(database_path(home), "language", LANGUAGES[0])
    return language if language in LANGUAGES else LANGUAGES[0]


def startup_settings(home: Path) -> Settings:
    """The settings as stored, read with sqlite3 alone: the tray app registers the hotkey with
    them while the database layer is still loading (defaults where nothing is stored yet)."""
    from assistant.store.peek import peek_settings

    return Settings.from_stored(peek_settings(database_path(home)))
