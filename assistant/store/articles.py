"""Reading and writing knowledge-base articles."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from assistant.core.content import Article, ArticleDraft, split_category_path
from assistant.core.errors import NotFound

from .categories import category_paths, ensure_category
from .models import ArticleRow, utcnow
from .settings import bump_generation


def to_article(row: ArticleRow, paths: dict[int, str]) -> Article:
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
    )


def add_article(session: Session, draft: ArticleDraft) -> Article:
    row = ArticleRow(
        title=draft.title,
        body=draft.body,
        tags=list(draft.tags),
        category_id=ensure_category(session, split_category_path(draft.category)),
        source_file=draft.source_file,
        section_path=draft.section_path,
        content_hash=draft.content_hash,
    )
    session.add(row)
    session.flush()
    bump_generation(session)
    return to_article(row, category_paths(session))


def update_article(session: Session, article_id: str, draft: ArticleDraft) -> Article:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFound(f"no article with id {article_id}")
    row.title, row.body, row.tags = draft.title, draft.body, list(draft.tags)
    row.category_id = ensure_category(session, split_category_path(draft.category))
    row.source_file, row.section_path = draft.source_file, draft.section_path
    row.content_hash, row.updated_at = draft.content_hash, utcnow()
    session.flush()
    bump_generation(session)
    return to_article(row, category_paths(session))


def delete_articles(session: Session, article_ids: list[str]) -> None:
    if article_ids:
        session.execute(delete(ArticleRow).where(ArticleRow.id.in_(article_ids)))
        bump_generation(session)


def get_article(session: Session, article_id: str) -> Article:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFound(f"no article with id {article_id}")
    return to_article(row, category_paths(session))


def articles_by_id(session: Session, article_ids: list[str]) -> dict[str, Article]:
    paths = category_paths(session)
    rows = session.scalars(select(ArticleRow).where(ArticleRow.id.in_(article_ids))).all()
    return {row.id: to_article(row, paths) for row in rows}


def articles_from_source(session: Session, source_file: str) -> list[Article]:
    paths = category_paths(session)
    rows = session.scalars(select(ArticleRow).where(ArticleRow.source_file == source_file)).all()
    return [to_article(row, paths) for row in rows]


def iter_articles(session: Session, batch: int = 1000) -> Iterator[Article]:
    """Every article, streamed in batches (for building the search index)."""
    paths = category_paths(session)
    result = session.execute(
        select(ArticleRow).order_by(ArticleRow.id).execution_options(yield_per=batch)
    )
    for row in result.scalars():
        yield to_article(row, paths)


def list_articles(session: Session) -> list[Article]:
    paths = category_paths(session)
    rows = session.scalars(
        select(ArticleRow).order_by(ArticleRow.source_file, ArticleRow.created_at, ArticleRow.id)
    ).all()
    return [to_article(row, paths) for row in rows]


def count_articles(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ArticleRow)) or 0
