"""Reading and writing the category tree."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select

from assistant.core.content import CATEGORY_SEPARATOR, Category

from .tables import categories


def category_paths(conn: Connection) -> dict[int, str]:
    """Every category id with its full path ('售后/退换货'), in one query."""
    c = categories.c
    rows = conn.execute(select(c.id, c.parent_id, c.name)).all()
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


def list_categories(conn: Connection) -> list[Category]:
    """All categories, parents before children, siblings in their set order."""
    paths = category_paths(conn)
    rows = conn.execute(select(categories)).all()
    by_id = {row.id: row for row in rows}

    def sort_key(row) -> tuple:
        chain = []
        seen: set[int] = set()
        current = row
        while current is not None and current.id not in seen:
            seen.add(current.id)
            chain.append((current.position, current.name))
            current = by_id.get(current.parent_id)
        return tuple(reversed(chain))

    return [
        Category(row.id, row.name, row.parent_id, row.position, paths[row.id])
        for row in sorted(rows, key=sort_key)
    ]


def _child_of(parent_id: int | None):
    column = categories.c.parent_id
    return column.is_(None) if parent_id is None else column == parent_id


def ensure_category(conn: Connection, path: tuple[str, ...]) -> int | None:
    """The id of the category at ``path``, creating missing levels at the end of their siblings."""
    c = categories.c
    parent_id: int | None = None
    for name in path:
        found = conn.scalar(select(c.id).where(_child_of(parent_id), c.name == name))
        if found is None:
            last = conn.scalar(select(func.max(c.position)).where(_child_of(parent_id)))
            created = conn.execute(
                insert(categories).values(name=name, parent_id=parent_id,
                                          position=(last or 0) + 1)
            )
            found = created.inserted_primary_key[0]
        parent_id = found
    return parent_id


def find_category(conn: Connection, path: tuple[str, ...]) -> int | None:
    """The id of an existing category at ``path``, else None."""
    wanted = CATEGORY_SEPARATOR.join(path)
    for cid, cpath in category_paths(conn).items():
        if cpath == wanted:
            return cid
    return None
