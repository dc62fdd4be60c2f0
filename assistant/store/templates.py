"""Reading and writing quick-reply templates and their usage counters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from assistant.core.content import Origin, Template, TemplateDraft, split_category_path
from assistant.core.errors import InvalidInput, NotFound

from .categories import category_paths, ensure_category, find_category, list_categories
from .settings import bump_generation
from .origin import refuse_managed
from .tables import new_id, templates, usage_events, utcnow


def to_template(row, paths: dict[int, str]) -> Template:
    origin = (
        Origin(row.origin_pack_id, row.origin_item_id or "")
        if row.origin_pack_id
        else None
    )
    return Template(
        id=row.id,
        title=row.title,
        body=row.body,
        shortcut=row.shortcut,
        tags=tuple(row.tags or ()),
        category=paths.get(row.category_id) if row.category_id is not None else None,
        language=row.language,
        favorite=row.favorite,
        use_count=row.use_count,
        last_used_at=row.last_used_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        origin=origin,
        locally_modified=row.locally_modified,
    )


def _check_shortcut_free(conn: Connection, shortcut: str | None, own_id: str | None) -> None:
    if shortcut is None:
        return
    holder = conn.execute(
        select(templates.c.id, templates.c.title).where(templates.c.shortcut == shortcut)
    ).first()
    if holder is not None and holder.id != own_id:
        raise InvalidInput("shortcut_taken", shortcut=shortcut, title=holder.title)


def _values(conn: Connection, draft: TemplateDraft) -> dict:
    return {
        "title": draft.title,
        "body": draft.body,
        "shortcut": draft.shortcut,
        "tags": list(draft.tags),
        "category_id": ensure_category(conn, split_category_path(draft.category)),
        "language": draft.language,
        "favorite": draft.favorite,
    }


def add_template(conn: Connection, draft: TemplateDraft, *, position: int = 0) -> Template:
    _check_shortcut_free(conn, draft.shortcut, None)
    template_id = new_id()
    conn.execute(
        insert(templates).values(id=template_id, position=position, **_values(conn, draft))
    )
    bump_generation(conn)
    return get_template(conn, template_id)


def _row(conn: Connection, template_id: str):
    row = conn.execute(select(templates).where(templates.c.id == template_id)).first()
    if row is None:
        raise NotFound("template_not_found", id=template_id)
    return row


def update_template(conn: Connection, template_id: str, draft: TemplateDraft) -> Template:
    row = _row(conn, template_id)
    refuse_managed(conn, row, "template_managed")
    _check_shortcut_free(conn, draft.shortcut, row.id)
    conn.execute(
        update(templates).where(templates.c.id == template_id).values(
            updated_at=utcnow(), **_values(conn, draft))
    )
    bump_generation(conn)
    return get_template(conn, template_id)


def delete_template(conn: Connection, template_id: str) -> None:
    refuse_managed(conn, _row(conn, template_id), "template_managed")
    conn.execute(delete(templates).where(templates.c.id == template_id))
    bump_generation(conn)


def copy_template(conn: Connection, template_id: str) -> Template:
    """A local copy of a template (of a pack's, to customise): it takes over the shortcut, as
    the agent's own templates always win a shortcut."""
    row = _row(conn, template_id)
    copy_id = new_id()
    if row.shortcut:
        conn.execute(update(templates).where(templates.c.id == row.id).values(shortcut=None))
    conn.execute(insert(templates).values(
        id=copy_id, title=row.title, body=row.body, shortcut=row.shortcut, tags=row.tags,
        category_id=row.category_id, language=row.language, favorite=row.favorite,
        position=row.position))
    bump_generation(conn)
    return get_template(conn, copy_id)


def templates_by_id(conn: Connection, template_ids: list[str]) -> dict[str, Template]:
    """The templates among ``template_ids`` that exist, in one query."""
    paths = category_paths(conn)
    found: dict[str, Template] = {}
    for start in range(0, len(template_ids), 500):
        rows = conn.execute(select(templates)
                            .where(templates.c.id.in_(template_ids[start:start + 500])))
        found.update((row.id, to_template(row, paths)) for row in rows)
    return found


def get_template(conn: Connection, template_id: str) -> Template:
    return to_template(_row(conn, template_id), category_paths(conn))


def find_by_shortcut(conn: Connection, shortcut: str) -> Template | None:
    row = conn.execute(select(templates).where(templates.c.shortcut == shortcut.lower())).first()
    return to_template(row, category_paths(conn)) if row else None


def list_templates(conn: Connection, category: tuple[str, ...] = ()) -> list[Template]:
    """Templates in display order; with ``category``, only that category and its descendants."""
    paths = category_paths(conn)
    query = select(templates)
    if category:
        cid = find_category(conn, category)
        if cid is None:
            raise NotFound("category_not_found", category="/".join(category))
        prefix = paths[cid]
        wanted = [i for i, p in paths.items() if p == prefix or p.startswith(prefix + "/")]
        query = query.where(templates.c.category_id.in_(wanted))
    rows = conn.execute(query).all()
    order = {c.id: i for i, c in enumerate(list_categories(conn))}
    rows.sort(key=lambda r: (order.get(r.category_id, -1), r.position, r.created_at, r.id))
    return [to_template(row, paths) for row in rows]


def last_position(conn: Connection) -> int:
    """The highest display position any template has (0 when there are none)."""
    return conn.scalar(select(func.max(templates.c.position))) or 0


def count_templates(conn: Connection) -> int:
    return conn.scalar(select(func.count()).select_from(templates)) or 0


def record_use(conn: Connection, template_id: str, action: str) -> None:
    """Count one paste or copy; no text or customer data is stored."""
    now = utcnow()
    counted = conn.execute(
        update(templates).where(templates.c.id == template_id)
        .values(use_count=templates.c.use_count + 1, last_used_at=now)
    )
    if counted.rowcount == 0:
        raise NotFound("template_not_found", id=template_id)
    conn.execute(insert(usage_events).values(template_id=template_id, action=action,
                                             used_at=now))


def search_rows(conn: Connection) -> list[tuple]:
    """(id, title, body, shortcut, tags, category path, favorite, use_count, last_used_at) of
    every template in display order: a lean read for the search matcher."""
    paths = category_paths(conn)
    order = {c.id: i for i, c in enumerate(list_categories(conn))}
    t = templates.c
    rows = conn.execute(
        select(t.id, t.title, t.body, t.shortcut, t.tags, t.category_id, t.favorite,
               t.use_count, t.last_used_at, t.position, t.created_at)
    ).all()
    rows.sort(key=lambda r: (order.get(r.category_id, -1), r.position, r.created_at, r.id))
    return [(r.id, r.title, r.body, r.shortcut, tuple(r.tags or ()),
             paths.get(r.category_id, "") if r.category_id is not None else "",
             r.favorite, r.use_count, r.last_used_at) for r in rows]


def _rows(conn: Connection, template_ids: list[str]) -> list:
    rows = conn.execute(select(templates).where(templates.c.id.in_(template_ids))).all()
    missing = set(template_ids) - {row.id for row in rows}
    if missing:
        raise NotFound("template_not_found", id=sorted(missing)[0])
    return rows


def move_templates(conn: Connection, template_ids: list[str], category_id: int | None) -> None:
    """Put the templates into one category (None: no category); pack templates are refused."""
    for row in _rows(conn, template_ids):
        refuse_managed(conn, row, "template_managed")
    conn.execute(update(templates).where(templates.c.id.in_(template_ids))
                 .values(category_id=category_id, updated_at=utcnow()))
    bump_generation(conn)


def delete_templates(conn: Connection, template_ids: list[str]) -> None:
    for row in _rows(conn, template_ids):
        refuse_managed(conn, row, "template_managed")
    conn.execute(delete(templates).where(templates.c.id.in_(template_ids)))
    bump_generation(conn)


def set_favorite(conn: Connection, template_ids: list[str], favorite: bool) -> None:
    """Favorites are the agent's own mark, so pack templates can be favorites too."""
    _rows(conn, template_ids)
    conn.execute(update(templates).where(templates.c.id.in_(template_ids))
                 .values(favorite=favorite))
    bump_generation(conn)


def stale_templates(conn: Connection, before: datetime) -> list[Template]:
    """Templates last used before ``before``, or never used and created before it."""
    t = templates.c
    unused = or_(t.last_used_at < before, and_(t.last_used_at.is_(None), t.created_at < before))
    wanted = set(conn.scalars(select(t.id).where(unused)))
    return [template for template in list_templates(conn) if template.id in wanted]


def shortcut_codes(conn: Connection) -> list[tuple[str, str, str]]:
    """(id, shortcut, title) of every template that has a shortcut."""
    t = templates.c
    rows = conn.execute(select(t.id, t.shortcut, t.title).where(t.shortcut.is_not(None)))
    return [(r.id, r.shortcut, r.title) for r in rows]
