"""Where Huashu keeps its data and finds the files it ships with."""

from __future__ import annotations

from pathlib import Path

from assistant.data_home import data_home

DATABASE_FILE = "huashu.db"

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent


def data_dir() -> Path:
    """``HUASHU_HOME`` when set, else the platform's per-user data directory."""
    return Path(data_home())


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
