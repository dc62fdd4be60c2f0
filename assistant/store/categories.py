"""Reading and writing the category tree."""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, insert, select, update

from assistant.core.content import CATEGORY_SEPARATOR, MAX_CATEGORY_DEPTH, Category
from assistant.core.errors import InvalidInput, NotFound

from .tables import articles, categories, templates


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
    _refuse_too_deep(len(path))
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


def _row(conn: Connection, category_id: int):
    row = conn.execute(select(categories).where(categories.c.id == category_id)).first()
    if row is None:
        raise NotFound("category_id_not_found", id=category_id)
    return row


def _refuse_sibling_name(conn: Connection, parent_id: int | None, name: str,
                         own_id: int | None) -> None:
    c = categories.c
    holder = conn.scalar(select(c.id).where(_child_of(parent_id), c.name == name))
    if holder is not None and holder != own_id:
        raise InvalidInput("category_name_taken", name=name)


def subtree(conn: Connection, category_id: int) -> list[int]:
    """``category_id`` and every category below it."""
    c = categories.c
    rows = conn.execute(select(c.id, c.parent_id)).all()
    children: dict[int | None, list[int]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row.id)
    found, todo = [], [category_id]
    while todo:
        current = todo.pop()
        if current in found:
            continue
        found.append(current)
        todo.extend(children.get(current, ()))
    return found


def _levels(conn: Connection, category_id: int | None) -> int:
    """How deep ``category_id`` sits (a top-level category: 1; None, the top: 0)."""
    c = categories.c
    parents = dict(conn.execute(select(c.id, c.parent_id)).all())
    depth, current = 0, category_id
    while current is not None and depth <= len(parents):
        depth, current = depth + 1, parents.get(current)
    return depth


def _height(conn: Connection, category_id: int) -> int:
    """Levels in the tree under and including ``category_id``."""
    c = categories.c
    parents = dict(conn.execute(select(c.id, c.parent_id)).all())
    below = subtree(conn, category_id)
    return max(_levels_within(parents, node, category_id) for node in below)


def _levels_within(parents: dict, node: int, top: int) -> int:
    depth = 1
    while node != top and node is not None:
        depth, node = depth + 1, parents.get(node)
    return depth


def _refuse_too_deep(levels: int) -> None:
    if levels > MAX_CATEGORY_DEPTH:
        raise InvalidInput("category_too_deep", limit=MAX_CATEGORY_DEPTH)


def add_category(conn: Connection, parent_id: int | None, name: str) -> int:
    """A new category named ``name`` at the end of ``parent_id``'s children."""
    if parent_id is not None:
        _row(conn, parent_id)
    _refuse_too_deep(_levels(conn, parent_id) + 1)
    _refuse_sibling_name(conn, parent_id, name, None)
    return _append_category(conn, parent_id, name)


def _append_category(conn: Connection, parent_id: int | None, name: str) -> int:
    c = categories.c
    last = conn.scalar(select(func.max(c.position)).where(_child_of(parent_id)))
    created = conn.execute(insert(categories).values(name=name, parent_id=parent_id,
                                                     position=(last or 0) + 1))
    return created.inserted_primary_key[0]


def rename_category(conn: Connection, category_id: int, name: str) -> None:
    row = _row(conn, category_id)
    _refuse_sibling_name(conn, row.parent_id, name, row.id)
    conn.execute(update(categories).where(categories.c.id == category_id).values(name=name))


def place_category(conn: Connection, category_id: int, parent_id: int | None,
                   index: int | None = None) -> None:
    """Move a category under ``parent_id`` (None: the top level) at ``index`` among its new
    siblings (None: last), renumbering the siblings' positions."""
    row = _row(conn, category_id)
    if parent_id is not None:
        _row(conn, parent_id)
        if parent_id in subtree(conn, category_id):
            raise InvalidInput("category_into_itself", name=row.name)
    _refuse_too_deep(_levels(conn, parent_id) + _height(conn, category_id))
    _refuse_sibling_name(conn, parent_id, row.name, row.id)
    c = categories.c
    siblings = [cid for cid in conn.scalars(
        select(c.id).where(_child_of(parent_id)).order_by(c.position, c.name, c.id))
        if cid != category_id]
    siblings.insert(len(siblings) if index is None else max(0, min(index, len(siblings))),
                    category_id)
    conn.execute(update(categories).where(c.id == category_id).values(parent_id=parent_id))
    for position, cid in enumerate(siblings, start=1):
        conn.execute(update(categories).where(c.id == cid).values(position=position))


def remove_category(conn: Connection, category_id: int, *,
                    target_id: int | None, delete_templates: bool) -> list[str]:
    """Delete a category. Its articles go to its parent. Its templates, and with
    ``delete_templates`` False its sub-categories, go to ``target_id`` (None: the top level
    / no category); with ``delete_templates`` the templates of the whole subtree are deleted
    (team-pack templates, which change only with their pack, go to the parent instead).
    The ids of the templates moved or deleted."""
    row = _row(conn, category_id)
    c = categories.c
    doomed = subtree(conn, category_id)
    if target_id is not None and target_id in doomed and not delete_templates:
        raise InvalidInput("category_into_itself", name=row.name)
    t = templates.c
    if delete_templates:
        affected = list(conn.scalars(select(t.id).where(t.category_id.in_(doomed))))
        conn.execute(delete(templates).where(t.category_id.in_(doomed),
                                             t.origin_pack_id.is_(None)))
        conn.execute(update(templates).where(t.category_id.in_(doomed))
                     .values(category_id=row.parent_id))
        conn.execute(update(articles).where(articles.c.category_id.in_(doomed))
                     .values(category_id=row.parent_id))
    else:
        affected = list(conn.scalars(select(t.id).where(t.category_id.in_(doomed))))
        conn.execute(update(templates).where(t.category_id == category_id)
                     .values(category_id=target_id))
        conn.execute(update(articles).where(articles.c.category_id == category_id)
                     .values(category_id=row.parent_id))
        for child in conn.scalars(select(c.id).where(c.parent_id == category_id)
                                  .order_by(c.position)).all():
            place_category(conn, child, target_id)
        doomed = [category_id]
    conn.execute(delete(categories).where(c.id.in_(doomed)))
    return affected


def articles_in(conn: Connection, category_ids: list[int]) -> list[str]:
    return list(conn.scalars(select(articles.c.id)
                             .where(articles.c.category_id.in_(category_ids))))


def templates_in(conn: Connection, category_ids: list[int]) -> list[str]:
    return list(conn.scalars(select(templates.c.id)
                             .where(templates.c.category_id.in_(category_ids))))
