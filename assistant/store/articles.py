"""Reading and writing knowledge-base articles."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, delete, func, insert, select, update

from assistant.core.content import Article, ArticleDraft, Origin, split_category_path
from assistant.core.errors import NotFound

from .categories import category_paths, ensure_category
from .origin import refuse_managed
from .settings import bump_generation
from .tables import articles, new_id, utcnow


def to_article(row, paths: dict[int, str]) -> Article:
    return Article(
        id=row.id,
        title=row.title,
        body=row.body,
        tags=tuple(row.tags or ()),
        category=paths.get(row.category_id) if row.category_id is not None else None,
        source_file=row.source_file,
        section_path=row.section_path,
        content_hash=row.content_hash,
        created_at=row.created_at,
        updated_at=row.updated_at,
        origin=Origin(row.origin_pack_id, row.origin_item_id or "") if row.origin_pack_id
        else None,
    )


def _values(conn: Connection, draft: ArticleDraft) -> dict:
    return {
        "title": draft.title,
        "body": draft.body,
        "tags": list(draft.tags),
        "category_id": ensure_category(conn, split_category_path(draft.category)),
        "source_file": draft.source_file,
        "section_path": draft.section_path,
        "content_hash": draft.content_hash,
    }


def add_article(conn: Connection, draft: ArticleDraft) -> Article:
    article_id = new_id()
    conn.execute(insert(articles).values(id=article_id, **_values(conn, draft)))
    bump_generation(conn)
    return get_article(conn, article_id)


def update_article(conn: Connection, article_id: str, draft: ArticleDraft) -> Article:
    _refuse_if_managed(conn, [article_id])
    changed = conn.execute(
        update(articles).where(articles.c.id == article_id)
        .values(updated_at=utcnow(), **_values(conn, draft))
    )
    if changed.rowcount == 0:
        raise NotFound("article_not_found", id=article_id)
    bump_generation(conn)
    return get_article(conn, article_id)


def _refuse_if_managed(conn: Connection, article_ids: list[str]) -> None:
    c = articles.c
    for row in conn.execute(select(c.title, c.origin_pack_id)
                            .where(c.id.in_(article_ids), c.origin_pack_id.is_not(None))):
        refuse_managed(conn, row, "article_managed")


def delete_articles(conn: Connection, article_ids: list[str]) -> None:
    _refuse_if_managed(conn, article_ids)
    if article_ids:
        conn.execute(delete(articles).where(articles.c.id.in_(article_ids)))
        bump_generation(conn)


def get_article(conn: Connection, article_id: str) -> Article:
    row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
    if row is None:
        raise NotFound("article_not_found", id=article_id)
    return to_article(row, category_paths(conn))


def articles_by_id(conn: Connection, article_ids: list[str]) -> dict[str, Article]:
    paths = category_paths(conn)
    found: dict[str, Article] = {}
    for start in range(0, len(article_ids), 500):
        rows = conn.execute(select(articles)
                            .where(articles.c.id.in_(article_ids[start:start + 500])))
        found.update((row.id, to_article(row, paths)) for row in rows)
    return found


def articles_from_source(conn: Connection, source_file: str) -> list[Article]:
    paths = category_paths(conn)
    rows = conn.execute(select(articles).where(articles.c.source_file == source_file))
    return [to_article(row, paths) for row in rows]


def iter_articles(conn: Connection, batch: int = 1000) -> Iterator[Article]:
    """Every article, streamed in batches (for building the search index)."""
    paths = category_paths(conn)
    result = conn.execute(
        select(articles).order_by(articles.c.id).execution_options(yield_per=batch)
    )
    for row in result:
        yield to_article(row, paths)


def list_articles(conn: Connection) -> list[Article]:
    paths = category_paths(conn)
    c = articles.c
    rows = conn.execute(select(articles).order_by(c.source_file, c.created_at, c.id))
    return [to_article(row, paths) for row in rows]


def count_articles(conn: Connection) -> int:
    return conn.scalar(select(func.count()).select_from(articles)) or 0
