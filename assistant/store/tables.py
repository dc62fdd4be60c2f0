"""The database tables, as SQLAlchemy Core metadata. The schema itself is created and changed
only by the migrations in db/; a test checks these definitions match them.

The store uses Core (tables, select/insert/update) rather than the ORM: its reads and writes
are single-table statements, and in the resident tray app the ORM would cost about 11 MB of
memory for no gain.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_id() -> str:
    return str(uuid.uuid4())


metadata = MetaData()

categories = Table(
    "categories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("parent_id", ForeignKey("categories.id", ondelete="CASCADE"), index=True),
    Column("name", String(60), nullable=False),
    Column("position", Integer, nullable=False, default=0),
)

# Top-level names must be unique too, and SQLite treats NULL parents as distinct.
Index(
    "uq_categories_parent_name",
    func.coalesce(categories.c.parent_id, 0),
    categories.c.name,
    unique=True,
)

templates = Table(
    "templates",
    metadata,
    Column("id", String(36), primary_key=True, default=new_id),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("shortcut", String(32), unique=True),
    Column("tags", JSON, nullable=False, default=list),
    Column("category_id", ForeignKey("categories.id", ondelete="SET NULL"), index=True),
    Column("language", String(2), nullable=False, default="zh"),
    Column("favorite", Boolean, nullable=False, default=False),
    Column("position", Integer, nullable=False, default=0),
    Column("use_count", Integer, nullable=False, default=0),
    Column("last_used_at", DateTime),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    Column("updated_at", DateTime, nullable=False, default=utcnow),
    Column("origin_pack_id", String(64)),
    Column("origin_item_id", String(64)),
    Column("locally_modified", Boolean, nullable=False, default=False),
    CheckConstraint("language IN ('zh', 'en')", name="ck_templates_language"),
    Index("uq_templates_origin", "origin_pack_id", "origin_item_id", unique=True),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(36), primary_key=True, default=new_id),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("tags", JSON, nullable=False, default=list),
    Column("category_id", ForeignKey("categories.id", ondelete="SET NULL"), index=True),
    Column("source_file", Text, index=True),
    Column("section_path", Text),
    Column("content_hash", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False, default=utcnow),
    Column("updated_at", DateTime, nullable=False, default=utcnow),
    Column("origin_pack_id", String(64)),
    Column("origin_item_id", String(64)),
    Index("uq_articles_origin", "origin_pack_id", "origin_item_id", unique=True),
)

# One row per use of a template. It holds no text: privacy rules allow counters only.
usage_events = Table(
    "usage_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("template_id", ForeignKey("templates.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("action", String(16), nullable=False),
    Column("used_at", DateTime, nullable=False, default=utcnow, index=True),
)

# One row per subscribed team pack: where it comes from, which version is applied, the key it
# must be signed with, and how the last check went.
subscriptions = Table(
    "subscriptions",
    metadata,
    Column("pack_id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("name", Text, nullable=False, server_default=""),
    Column("publisher", Text, nullable=False, server_default=""),
    Column("version", Integer, nullable=False, server_default="0"),
    Column("key_id", String(32)),
    Column("public_key", Text),
    Column("pinned_by", String(16)),
    Column("changelog", Text, nullable=False, server_default=""),
    Column("checked_at", DateTime),
    Column("applied_at", DateTime),
    Column("failing_since", DateTime),
    Column("last_error", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("fingerprint", Text),
    Column("created_at", DateTime, nullable=False, default=utcnow),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
