"""The content an agent works with: categories, quick-reply templates and knowledge-base articles.

These are plain values; the store turns database rows into them and services validate user input
with the functions here before anything is written.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from .errors import InvalidInput
from .messages import Message

LANGUAGES = ("zh", "en")
STARTER_SOURCE_PREFIX = "starter/"
CATEGORY_SEPARATOR = "/"
MAX_TITLE = 200
MAX_BODY = 100_000
MAX_SHORTCUT = 32
MAX_TAG = 40
MAX_CATEGORY_NAME = 60
MAX_CATEGORY_DEPTH = 8
"""Levels a category path may have (a 3,000-level path once made every search take 14 s)."""

_SHORTCUT_RE = re.compile(r"[^\s{}|]+")


@dataclass(frozen=True, slots=True)
class Category:
    id: int
    name: str
    parent_id: int | None
    position: int
    path: str


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a template came from: a pack item, or None for the agent's own templates."""

    pack_id: str
    item_id: str


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    title: str
    body: str
    shortcut: str | None = None
    tags: tuple[str, ...] = ()
    category: str | None = None
    language: str = "zh"
    favorite: bool = False
    use_count: int = 0
    last_used_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    origin: Origin | None = None
    locally_modified: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    body: str
    tags: tuple[str, ...] = ()
    category: str | None = None
    source_file: str | None = None
    section_path: str | None = None
    content_hash: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    origin: Origin | None = None

    @property
    def source(self) -> str | None:
        """Where an imported article came from, for display ("手册.docx › 第2章 售后");
        None for articles written in the app or shipped with it."""
        if not self.source_file or self.source_file.startswith(STARTER_SOURCE_PREFIX):
            return None
        return self.source_file + (f" › {self.section_path}" if self.section_path else "")


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    """Validated user input for a new or edited template."""

    title: str
    body: str
    shortcut: str | None = None
    tags: tuple[str, ...] = ()
    category: str | None = None
    language: str = "zh"
    favorite: bool = False


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    title: str
    body: str
    tags: tuple[str, ...] = ()
    category: str | None = None
    source_file: str | None = None
    section_path: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.title, self.body)


def content_hash(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def normalize_shortcut(raw: str | None) -> str | None:
    """Shortcut codes are case-insensitive, stored lower-case; empty means none."""
    if raw is None or not raw.strip():
        return None
    code = raw.strip().lower()
    if len(code) > MAX_SHORTCUT or not _SHORTCUT_RE.fullmatch(code):
        raise InvalidInput("shortcut_invalid", shortcut=raw.strip(), limit=MAX_SHORTCUT)
    return code


def normalize_tags(raw: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Accept 'a,b' (ASCII or Chinese commas) or a list; trim, drop empties and duplicates."""
    if raw is None:
        return ()
    items = re.split(r"[,，、;；]", raw) if isinstance(raw, str) else list(raw)
    tags: dict[str, None] = {}
    for item in items:
        tag = str(item).strip()
        if not tag:
            continue
        if len(tag) > MAX_TAG:
            raise InvalidInput("tag_too_long", tag=tag[:20], limit=MAX_TAG)
        tags.setdefault(tag)
    return tuple(tags)


def split_category_path(raw: str | None) -> tuple[str, ...]:
    """'售后/退换货' -> ('售后', '退换货'); empty -> (). Each level must be a sensible name."""
    if raw is None:
        return ()
    parts = tuple(p.strip() for p in raw.split(CATEGORY_SEPARATOR))
    if all(not p for p in parts):
        return ()
    if len(parts) > MAX_CATEGORY_DEPTH:
        raise InvalidInput("category_too_deep", limit=MAX_CATEGORY_DEPTH)
    for part in parts:
        if not part:
            raise InvalidInput("category_empty_level", category=raw)
        if len(part) > MAX_CATEGORY_NAME:
            raise InvalidInput("category_name_too_long", name=part[:20],
                               limit=MAX_CATEGORY_NAME)
    return parts


def _required_text(value: str | None, what: str, limit: int) -> str:
    """``value`` trimmed; ``what`` is the message code naming the field (``field.title``)."""
    text = (value or "").strip()
    if not text:
        raise InvalidInput("field_empty", field=Message(what))
    if len(text) > limit:
        raise InvalidInput("field_too_long", field=Message(what), limit=limit)
    return text


def make_template_draft(
    *,
    title: str | None,
    body: str | None,
    shortcut: str | None = None,
    tags: str | list[str] | tuple[str, ...] | None = None,
    category: str | None = None,
    language: str = "zh",
    favorite: bool = False,
) -> TemplateDraft:
    if language not in LANGUAGES:
        raise InvalidInput("template_language_invalid", choices=LANGUAGES)
    path = split_category_path(category)
    return TemplateDraft(
        title=_required_text(title, "field.title", MAX_TITLE),
        body=_required_text(body, "field.body", MAX_BODY),
        shortcut=normalize_shortcut(shortcut),
        tags=normalize_tags(tags),
        category=CATEGORY_SEPARATOR.join(path) or None,
        language=language,
        favorite=favorite,
    )


def make_article_draft(
    *,
    title: str | None,
    body: str | None,
    tags: str | list[str] | tuple[str, ...] | None = None,
    category: str | None = None,
    source_file: str | None = None,
    section_path: str | None = None,
) -> ArticleDraft:
    path = split_category_path(category)
    return ArticleDraft(
        title=_required_text(title, "field.title", MAX_TITLE),
        body=_required_text(body, "field.body", MAX_BODY * 10),
        tags=normalize_tags(tags),
        category=CATEGORY_SEPARATOR.join(path) or None,
        source_file=source_file,
        section_path=section_path,
    )
