"""Subscriptions, and applying a pack's content to the managed items of that pack.

Managed items carry ``origin_pack_id``/``origin_item_id``; the agent's own items have none and
are never touched here. Applying runs inside the caller's transaction: any failure rolls all
of it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from sqlalchemy import Connection, delete, func, insert, or_, select, update

from assistant.core.content import (
    Article, content_hash, make_article_draft, make_template_draft, split_category_path,
)
from assistant.core.packs import ApplyReport, PackContent, Subscription

from .articles import articles_by_id
from .categories import ensure_category
from .settings import bump_generation, delete_value, read_values, write_value
from .tables import articles, new_id, subscriptions, templates, utcnow

_SUBSCRIPTION_FIELDS = [f.name for f in fields(Subscription)]


@dataclass(slots=True)
class Applied:
    """What applying changed, for the report and for updating the search index."""

    report: ApplyReport
    templates: list[str] = field(default_factory=list)
    """Ids of templates added, updated or removed."""
    articles: list[Article] = field(default_factory=list)
    removed_articles: list[str] = field(default_factory=list)


# -- subscriptions ---------------------------------------------------------------------------


def _subscription(row) -> Subscription:
    return Subscription(**{name: getattr(row, name) for name in _SUBSCRIPTION_FIELDS})


def get_subscription(conn: Connection, pack_id: str) -> Subscription | None:
    row = conn.execute(select(subscriptions).where(subscriptions.c.pack_id == pack_id)).first()
    return _subscription(row) if row else None


def list_subscriptions(conn: Connection) -> list[Subscription]:
    rows = conn.execute(select(subscriptions).order_by(subscriptions.c.name,
                                                       subscriptions.c.pack_id))
    return [_subscription(row) for row in rows]


def save_subscription(conn: Connection, subscription: Subscription) -> None:
    values = {name: getattr(subscription, name) for name in _SUBSCRIPTION_FIELDS}
    values["created_at"] = values["created_at"] or utcnow()
    if get_subscription(conn, subscription.pack_id) is None:
        conn.execute(insert(subscriptions).values(**values))
    else:
        update_subscription(conn, values.pop("pack_id"), **values)


def update_subscription(conn: Connection, pack: str, /, **columns) -> None:
    conn.execute(update(subscriptions).where(subscriptions.c.pack_id == pack).values(**columns))


def delete_subscription(conn: Connection, pack_id: str) -> Applied:
    """Forget the subscription and remove the pack's managed items (local copies stay)."""
    applied = apply_content(conn, pack_id, 0, PackContent())
    conn.execute(delete(subscriptions).where(subscriptions.c.pack_id == pack_id))
    return applied


def count_subscriptions(conn: Connection) -> int:
    return conn.scalar(select(func.count()).select_from(subscriptions)) or 0


def pack_names(conn: Connection) -> dict[str, str]:
    rows = conn.execute(select(subscriptions.c.pack_id, subscriptions.c.name))
    return {row.pack_id: row.name or row.pack_id for row in rows}


# -- applying content ------------------------------------------------------------------------


def apply_content(conn: Connection, pack_id: str, version: int,
                  content: PackContent) -> Applied:
    """Make the managed items of ``pack_id`` exactly ``content``: add, update, remove.

    Use counts, favorites and last-use times of kept items are left as they are. A shortcut
    held by any item outside this pack stays there and the pack item goes without it (listed
    in the report's clashes)."""
    applied = Applied(ApplyReport(pack_id, version))
    category_ids = _CategoryIds(conn)
    for path in content.categories:
        category_ids(path)
    _apply_templates(conn, pack_id, content, applied, category_ids)
    _apply_articles(conn, pack_id, content, applied, category_ids)
    _apply_wording(conn, pack_id, content)
    if applied.report.changed:
        bump_generation(conn)
    return applied


_WORDING_PREFIX = "_pack_wording."
"""Settings key of a pack's word list (kept with the pack: unsubscribing removes it)."""


def _apply_wording(conn: Connection, pack_id: str, content: PackContent) -> None:
    key = _WORDING_PREFIX + pack_id
    if content.forbidden_words or content.allowed_words:
        write_value(conn, key, {"forbidden": list(content.forbidden_words),
                                "allowed": list(content.allowed_words)})
    else:
        delete_value(conn, key)


def pack_wording(conn: Connection) -> tuple[list[str], list[str]]:
    """The forbidden and the allowed words of every subscribed pack."""
    forbidden: list[str] = []
    allowed: list[str] = []
    for value in read_values(conn, _WORDING_PREFIX).values():
        if isinstance(value, dict):
            forbidden += [str(w) for w in value.get("forbidden", ())]
            allowed += [str(w) for w in value.get("allowed", ())]
    return forbidden, allowed


class _CategoryIds:
    """Category path -> id, created when missing; each path looked up once per apply."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._known: dict[str | None, int | None] = {None: None}

    def __call__(self, path: str | None) -> int | None:
        if path not in self._known:
            self._known[path] = ensure_category(self._conn, split_category_path(path))
        return self._known[path]


def _apply_templates(conn: Connection, pack_id: str, content: PackContent,
                     applied: Applied, category_ids: _CategoryIds) -> None:
    t = templates.c
    report = applied.report
    existing = {row.origin_item_id: row for row in conn.execute(
        select(templates).where(t.origin_pack_id == pack_id))}
    wanted = {item.id for item in content.templates}
    gone = [row.id for item_id, row in existing.items() if item_id not in wanted]
    if gone:
        conn.execute(delete(templates).where(t.id.in_(gone)))
        applied.templates += gone
        report.removed += len(gone)
    taken = {row.shortcut: row.title for row in conn.execute(
        select(t.shortcut, t.title).where(t.shortcut.is_not(None),
                                          or_(t.origin_pack_id.is_(None),
                                              t.origin_pack_id != pack_id)))}
    # Free this pack's shortcuts first, so that items may swap them within one version.
    conn.execute(update(templates).where(t.origin_pack_id == pack_id).values(shortcut=None))
    new_rows: list[dict] = []
    for position, item in enumerate(content.templates):
        draft = make_template_draft(title=item.title, body=item.body, shortcut=item.shortcut,
                                    tags=item.tags, category=item.category,
                                    language=item.language)
        shortcut = draft.shortcut
        if shortcut is not None and shortcut in taken:
            report.shortcut_clashes.append((shortcut, draft.title, taken[shortcut]))
            shortcut = None
        if shortcut is not None:
            taken[shortcut] = draft.title
        values = {"title": draft.title, "body": draft.body, "shortcut": shortcut,
                  "tags": list(draft.tags), "language": draft.language,
                  "category_id": category_ids(draft.category), "position": position}
        row = existing.get(item.id)
        if row is None:
            template_id = new_id()
            new_rows.append({"id": template_id, "origin_pack_id": pack_id,
                             "origin_item_id": item.id, **values})
            applied.templates.append(template_id)
            report.added += 1
        elif all(getattr(row, k) == v for k, v in values.items()
                 if k not in ("shortcut", "position")) and row.shortcut == shortcut:
            # the same item, maybe moved in the pack's order: nothing to re-index
            conn.execute(update(templates).where(t.id == row.id)
                         .values(shortcut=shortcut, position=position))
            report.unchanged += 1
        else:
            conn.execute(update(templates).where(t.id == row.id)
                         .values(updated_at=utcnow(), **values))
            applied.templates.append(row.id)
            report.updated += 1
    if new_rows:
        conn.execute(insert(templates), new_rows)


def _apply_articles(conn: Connection, pack_id: str, content: PackContent,
                    applied: Applied, category_ids: _CategoryIds) -> None:
    a = articles.c
    report = applied.report
    existing = {row.origin_item_id: row for row in conn.execute(
        select(a.id, a.origin_item_id, a.content_hash, a.category_id, a.tags)
        .where(a.origin_pack_id == pack_id))}
    wanted = {item.id for item in content.articles}
    gone = [row.id for item_id, row in existing.items() if item_id not in wanted]
    if gone:
        conn.execute(delete(articles).where(a.id.in_(gone)))
        applied.removed_articles += gone
        report.removed += len(gone)
    changed: list[str] = []
    new_rows: list[dict] = []
    for item in content.articles:
        draft = make_article_draft(title=item.title, body=item.body, tags=item.tags,
                                   category=item.category)
        values = {"title": draft.title, "body": draft.body, "tags": list(draft.tags),
                  "category_id": category_ids(draft.category),
                  "content_hash": content_hash(draft.title, draft.body)}
        row = existing.get(item.id)
        if row is None:
            article_id = new_id()
            new_rows.append({"id": article_id, "origin_pack_id": pack_id,
                             "origin_item_id": item.id, **values})
            changed.append(article_id)
            report.added += 1
        elif (row.content_hash, row.category_id, list(row.tags or ())) == \
                (values["content_hash"], values["category_id"], values["tags"]):
            report.unchanged += 1
        else:
            conn.execute(update(articles).where(a.id == row.id)
                         .values(updated_at=utcnow(), **values))
            changed.append(row.id)
            report.updated += 1
    if new_rows:
        conn.execute(insert(articles), new_rows)
    if changed:
        applied.articles = list(articles_by_id(conn, changed).values())
