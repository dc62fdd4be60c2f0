"""Reading and writing knowledge-base articles."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.core.content import Article, ArticleDraft, split_category_path
from assistant.core.errors import NotFound

from .categories import category_paths, ensure_category
from .models import ArticleRow


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
    return to_article(row, category_paths(session))


def get_article(session: Session, article_id: str) -> Article:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFound(f"no article with id {article_id}")
    return to_article(row, category_paths(session))


def list_articles(session: Session) -> list[Article]:
    paths = category_paths(session)
    rows = session.scalars(
        select(ArticleRow).order_by(ArticleRow.source_file, ArticleRow.created_at, ArticleRow.id)
    ).all()
    return [to_article(row, paths) for row in rows]


def count_articles(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ArticleRow)) or 0
