"""`huashu doctor`: what Huashu is using and whether it is healthy."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

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
