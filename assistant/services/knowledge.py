"""Knowledge-base use cases: list, read, add, edit and delete articles."""

from __future__ import annotations

from collections.abc import Callable

from assistant.core.content import Article, make_article_draft
from assistant.store import articles as store
from assistant.store.database import Database
from assistant.store.settings import content_generation

ChangeListener = Callable[..., None]
"""Called as listener(changed_articles, deleted_ids, content_generation, progress=None)
after a committed change; ``progress(done, total)`` reports long index updates."""


class KnowledgeService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._listeners: list[ChangeListener] = []

    def on_change(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def notify(self, changed: list[Article], deleted: list[str], generation: int,
               progress=None) -> None:
        for listener in self._listeners:
            listener(changed, deleted, generation, progress=progress)

    def list(self) -> list[Article]:
        with self._db.reading() as conn:
            return store.list_articles(conn)

    def get(self, article_id: str) -> Article:
        with self._db.reading() as conn:
            return store.get_article(conn, article_id)

    def add(self, **fields) -> Article:
        draft = make_article_draft(**fields)
        with self._db.transaction() as conn:
            article = store.add_article(conn, draft)
            generation = content_generation(conn)
        self.notify([article], [], generation)
        return article

    def update(self, article_id: str, **fields) -> Article:
        draft = make_article_draft(**fields)
        with self._db.transaction() as conn:
            article = store.update_article(conn, article_id, draft)
            generation = content_generation(conn)
        self.notify([article], [], generation)
        return article

    def delete(self, article_id: str) -> None:
        with self._db.transaction() as conn:
            store.get_article(conn, article_id)
            store.delete_articles(conn, [article_id])
            generation = content_generation(conn)
        self.notify([], [article_id], generation)
