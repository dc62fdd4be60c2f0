"""Knowledge-base use cases."""

from __future__ import annotations

from assistant.core.content import Article
from assistant.store import articles as store
from assistant.store.database import Database


class KnowledgeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[Article]:
        with self._db.reading() as session:
            return store.list_articles(session)

    def get(self, article_id: str) -> Article:
        with self._db.reading() as session:
            return store.get_article(session, article_id)
