"""Reading one setting before the database is opened properly (no SQLAlchemy, no migration).

The tray app needs the interface language before it builds its first widget, which is long
before the worker thread has imported SQLAlchemy and opened the database.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any


def peek_setting(database: Path, key: str, default: Any = None) -> Any:
    if not database.is_file():
        return default
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
        return json.loads(row[0]) if row else default
    except (sqlite3.Error, ValueError):
        return default


def peek_settings(database: Path) -> dict[str, Any]:
    """Every stored setting, the same way (empty when the database cannot be read yet)."""
    if not database.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            rows = conn.execute("SELECT key, value FROM settings").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    out = {}
    for key, value in rows:
        try:
            out[key] = json.loads(value)
        except (TypeError, ValueError):
            continue
    return out
