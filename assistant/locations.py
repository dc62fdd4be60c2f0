"""Where Huashu keeps its data and finds the files it ships with."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "huashu"
DATABASE_FILE = "huashu.db"

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent


def data_dir() -> Path:
    """``HUASHU_HOME`` when set, else the platform's per-user data directory."""
    override = os.environ.get("HUASHU_HOME", "").strip()
    if override:
        return Path(override).expanduser().resolve()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=True)


def database_path(home: Path | None = None) -> Path:
    return (home or data_dir()) / DATABASE_FILE


def _shipped(installed_name: str, source_name: str) -> Path:
    """A shipped directory: inside the installed package, or at the top of a source checkout."""
    installed = _PACKAGE_DIR / installed_name
    if installed.is_dir():
        return installed
    return _SOURCE_ROOT / source_name


def resources_dir() -> Path:
    return _shipped("resources", "resources")


def migrations_dir() -> Path:
    return _shipped("migrations", "db")
