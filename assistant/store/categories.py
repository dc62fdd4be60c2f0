"""Reading and writing the category tree."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.core.content import CATEGORY_SEPARATOR, Category

from .models import CategoryRow


def category_paths(session: Session) -> dict[int, str]:
    """Every category id with its full path ('售后/退换货'), in one query."""
    rows = session.execute(select(CategoryRow.id, CategoryRow.parent_id, CategoryRow.name)).all()
    by_id = {row.id: row for row in rows}
    paths: dict[int, str] = {}

    def path_of(cid: int, depth: int = 0) -> str:
        if cid in paths:
            return paths[cid]
        row = by_id[cid]
        if row.parent_id is None or row.parent_id not in by_id or depth > 32:
            result = row.name
        else:
            result = path_of(row.parent_id, depth + 1) + CATEGORY_SEPARATOR + row.name
        paths[cid] = result
        return result

    for cid in by_id:
        path_of(cid)
    return paths


def list_categories(session: Session) -> list[Category]:
    """All categories, parents before children, siblings in their set order."""
    paths = category_paths(session)
    rows = session.scalars(select(CategoryRow)).all()
    order = {row.id: (row.position, row.name) for row in rows}

    def sort_key(row: CategoryRow) -> tuple:
        chain = []
        current: CategoryRow | None = row
        while current is not None:
            chain.append(order[current.id])
            current = current.parent
        return tuple(reversed(chain))

    return [
        Category(row.id, row.name, row.parent_id, row.position, paths[row.id])
        for row in sorted(rows, key=sort_key)
    ]


def _child_of(parent_id: int | None):
    column = CategoryRow.parent_id
    return column.is_(None) if parent_id is None else column == parent_id


def ensure_category(session: Session, path: tuple[str, ...]) -> int | None:
    """The id of the category at ``path``, creating missing levels at the end of their siblings."""
    parent_id: int | None = None
    for name in path:
        row = session.scalar(
            select(CategoryRow).where(_child_of(parent_id), CategoryRow.name == name)
        )
        if row is None:
            last = session.scalar(
                select(func.max(CategoryRow.position)).where(_child_of(parent_id))
            )
            row = CategoryRow(name=name, parent_id=parent_id, position=(last or 0) + 1)
            session.add(row)
            session.flush()
        parent_id = row.id
    return parent_id


def find_category(session: Session, path: tuple[str, ...]) -> int | None:
    """The id of an existing category at ``path``, else None."""
    wanted = CATEGORY_SEPARATOR.join(path)
    for cid, cpath in category_paths(session).items():
        if cpath == wanted:
            return cid
    return None
