"""Starter content shipped in resources/starter: loaded on first start only, never again.

A marker setting records that the content was installed, so templates the agent edits or
deletes are never restored or overwritten by a later start.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from assistant.core.content import (
    STARTER_SOURCE_PREFIX, ArticleDraft, TemplateDraft, make_article_draft, make_template_draft,
)
from assistant.core.errors import DataError, HuashuError
from assistant.locations import resources_dir
from assistant.store import settings as settings_store
from assistant.store.articles import add_article
from assistant.store.categories import ensure_category
from assistant.store.database import Database
from assistant.store.templates import add_template

MARKER = "_starter_content"


@dataclass(frozen=True, slots=True)
class StarterContent:
    categories: tuple[str, ...]
    templates: tuple[TemplateDraft, ...]
    articles: tuple[ArticleDraft, ...]


def starter_dir() -> Path:
    return resources_dir() / "starter"


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError("starter_unreadable", file=path.name, reason=exc) from None


def load_starter_content(directory: Path | None = None) -> StarterContent:
    """Parse and validate the shipped files; raises DataError naming the bad entry."""
    directory = directory or starter_dir()
    categories: list[str] = []
    templates: list[TemplateDraft] = []
    articles: list[ArticleDraft] = []
    data = _read_toml(directory / "templates.toml")
    for category in data.get("category", []):
        categories.append(category["name"])
        for item in category.get("templates", []):
            try:
                templates.append(
                    make_template_draft(
                        title=item.get("title"),
                        body=item.get("body"),
                        shortcut=item.get("shortcut"),
                        tags=item.get("tags"),
                        category=category["name"],
                        language=item.get("language", "zh"),
                    )
                )
            except HuashuError as exc:
                raise DataError("starter_template_invalid", title=item.get("title"),
                                cause=exc) from None
    for path in sorted(directory.glob("articles-*.toml")):
        for item in _read_toml(path).get("article", []):
            try:
                articles.append(
                    make_article_draft(
                        title=item.get("title"),
                        body=item.get("body"),
                        tags=item.get("tags"),
                        category=item.get("category"),
                        source_file=f"{STARTER_SOURCE_PREFIX}{path.name}",
                    )
                )
            except HuashuError as exc:
                raise DataError("starter_article_invalid", title=item.get("title"),
                                cause=exc) from None
    return StarterContent(tuple(categories), tuple(templates), tuple(articles))


def install_starter_content(db: Database) -> bool:
    """Install the starter content unless it was installed before; True when it was installed."""
    with db.reading() as conn:
        if settings_store.read_value(conn, MARKER) is not None:
            return False
    content = load_starter_content()
    with db.transaction() as conn:
        if settings_store.read_value(conn, MARKER) is not None:
            return False
        for name in content.categories:
            ensure_category(conn, (name,))
        for position, draft in enumerate(content.templates):
            add_template(conn, draft, position=position)
        for draft in content.articles:
            add_article(conn, draft)
        settings_store.write_value(conn, MARKER, {"version": 1})
    return True
