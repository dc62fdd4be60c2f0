"""Reading and writing quick-reply templates and their usage counters."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.core.content import Origin, Template, TemplateDraft, split_category_path
from assistant.core.errors import InvalidInput, NotFound

from .categories import category_paths, ensure_category, find_category, list_categories
from .models import TemplateRow, UsageEventRow, utcnow
from .settings import bump_generation


def to_template(row: TemplateRow, paths: dict[int, str]) -> Template:
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


def _check_shortcut_free(session: Session, shortcut: str | None, own_id: str | None) -> None:
    if shortcut is None:
        return
    holder = session.scalar(select(TemplateRow).where(TemplateRow.shortcut == shortcut))
    if holder is not None and holder.id != own_id:
        raise InvalidInput(f"shortcut '{shortcut}' is already used by '{holder.title}'")


def add_template(session: Session, draft: TemplateDraft, *, position: int = 0) -> Template:
    _check_shortcut_free(session, draft.shortcut, None)
    row = TemplateRow(
        title=draft.title,
        body=draft.body,
        shortcut=draft.shortcut,
        tags=list(draft.tags),
        category_id=ensure_category(session, split_category_path(draft.category)),
        language=draft.language,
        favorite=draft.favorite,
        position=position,
    )
    session.add(row)
    session.flush()
    bump_generation(session)
    return to_template(row, category_paths(session))


def _row(session: Session, template_id: str) -> TemplateRow:
    row = session.get(TemplateRow, template_id)
    if row is None:
        raise NotFound(f"no template with id {template_id}")
    return row


def update_template(session: Session, template_id: str, draft: TemplateDraft) -> Template:
    row = _row(session, template_id)
    _check_shortcut_free(session, draft.shortcut, row.id)
    row.title = draft.title
    row.body = draft.body
    row.shortcut = draft.shortcut
    row.tags = list(draft.tags)
    row.category_id = ensure_category(session, split_category_path(draft.category))
    row.language = draft.language
    row.favorite = draft.favorite
    row.updated_at = utcnow()
    if row.origin_pack_id:
        row.locally_modified = True
    session.flush()
    bump_generation(session)
    return to_template(row, category_paths(session))


def delete_template(session: Session, template_id: str) -> None:
    session.delete(_row(session, template_id))
    session.flush()
    bump_generation(session)


def get_template(session: Session, template_id: str) -> Template:
    return to_template(_row(session, template_id), category_paths(session))


def find_by_shortcut(session: Session, shortcut: str) -> Template | None:
    row = session.scalar(select(TemplateRow).where(TemplateRow.shortcut == shortcut.lower()))
    return to_template(row, category_paths(session)) if row else None


def list_templates(session: Session, category: tuple[str, ...] = ()) -> list[Template]:
    """Templates in display order; with ``category``, only that category and its descendants."""
    paths = category_paths(session)
    query = select(TemplateRow)
    if category:
        cid = find_category(session, category)
        if cid is None:
            raise NotFound(f"no category '{'/'.join(category)}'")
        prefix = paths[cid]
        wanted = [i for i, p in paths.items() if p == prefix or p.startswith(prefix + "/")]
        query = query.where(TemplateRow.category_id.in_(wanted))
    rows = session.scalars(query).all()
    order = {c.id: i for i, c in enumerate(list_categories(session))}
    rows = sorted(
        rows,
        key=lambda r: (order.get(r.category_id, -1), r.position, r.created_at, r.id),
    )
    return [to_template(row, paths) for row in rows]


def count_templates(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(TemplateRow)) or 0


def record_use(session: Session, template_id: str, action: str) -> None:
    """Count one paste or copy; no text or customer data is stored."""
    row = _row(session, template_id)
    now = utcnow()
    row.use_count += 1
    row.last_used_at = now
    session.add(UsageEventRow(template_id=row.id, action=action, used_at=now))
    session.flush()


def search_rows(session: Session) -> list[tuple]:
    """(id, title, body, shortcut, tags, category path, favorite, use_count, last_used_at) of
    every template in display order: a lean read for the search matcher (no ORM objects)."""
    paths = category_paths(session)
    order = {c.id: i for i, c in enumerate(list_categories(session))}
    t = TemplateRow
    rows = session.execute(
        select(t.id, t.title, t.body, t.shortcut, t.tags, t.category_id, t.favorite,
               t.use_count, t.last_used_at, t.position, t.created_at)
    ).all()
    rows.sort(key=lambda r: (order.get(r.category_id, -1), r.position, r.created_at, r.id))
    return [(r.id, r.title, r.body, r.shortcut, tuple(r.tags or ()),
             paths.get(r.category_id, "") if r.category_id is not None else "",
             r.favorite, r.use_count, r.last_used_at) for r in rows]
