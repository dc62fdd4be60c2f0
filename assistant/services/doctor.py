"""`huashu doctor`: what Huashu is using and whether it is healthy."""

from __future__ import annotations

import platform
import sqlite3
import sys
from importlib import metadata
from pathlib import Path

from assistant import __version__
from assistant.locations import migrations_dir, resources_dir
from assistant.store.articles import count_articles
from assistant.store.database import SCHEMA_HEAD, Database
from assistant.store.templates import count_templates

_LIBRARIES = ("SQLAlchemy", "alembic", "pypinyin", "Whoosh-Reloaded",
              "PySide6-Essentials", "pynput")


def _version_of(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def file_check(path: Path) -> dict:
    """What can be said of a database that does not open: SQLite's own check, read-only,
    and the backups there are to restore from."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            integrity = "; ".join(row[0] for row in conn.execute("PRAGMA quick_check(5)"))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        integrity = str(exc)
    backups = sorted([*path.parent.glob(f"{path.stem}.backup-*{path.suffix}"),
                      *(path.parent / "backups").glob("*.db")],
                     key=lambda p: p.stat().st_mtime, reverse=True)
    return {"database": str(path), "integrity": integrity,
            "backups": [str(b) for b in backups[:10]]}


def diagnose(db: Database) -> dict:
    with db.reading() as conn:
        templates = count_templates(conn)
        articles = count_articles(conn)
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        foreign_keys = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        integrity = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    return {
        "huashu": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "data_dir": str(db.path.parent),
        "database": str(db.path),
        "resources": str(resources_dir()),
        "migrations": str(migrations_dir()),
        "schema_revision": db.revision(),
        "schema_head": SCHEMA_HEAD,
        "journal_mode": journal,
        "foreign_keys": bool(foreign_keys),
        "integrity": integrity,
        "templates": templates,
        "articles": articles,
        "libraries": {name: _version_of(name) for name in _LIBRARIES},
    }
