"""Category use cases: add, rename, reorder and delete categories of the shared tree.

Templates and knowledge-base articles share the tree, so a change to a category changes the
category path of what it holds: every write bumps the content generation and tells the template
and article listeners (the popup's matcher, the search index) which items moved.
"""

from __future__ import annotations

from assistant.core.content import split_category_path
from assistant.core.errors import InvalidInput
from assistant.store import articles as article_store
from assistant.store import categories as store
from assistant.store.database import Database
from assistant.store.settings import bump_generation, content_generation

from .knowledge import KnowledgeService
from .templates import TemplateService


def category_name(raw: str) -> str:
    """One level's name, trimmed; a name with the path separator or an empty one is refused."""
    path = split_category_path(raw)
    if len(path) != 1:
        raise InvalidInput("category_name_invalid", name=(raw or "").strip())
    return path[0]


class CategoryService:
    def __init__(self, db: Database, templates: TemplateService,
                 knowledge: KnowledgeService | None = None) -> None:
        self._db = db
        self._templates = templates
        self._knowledge = knowledge

    def add(self, name: str, parent_id: int | None = None) -> int:
        with self._db.transaction() as conn:
            return store.add_category(conn, parent_id, category_name(name))

    def rename(self, category_id: int, name: str) -> None:
        self._write(category_id, lambda conn: store.rename_category(
            conn, category_id, category_name(name)))

    def place(self, category_id: int, parent_id: int | None, index: int | None = None) -> None:
        """Move a category under ``parent_id`` (None: top level) at ``index`` (None: last)."""
        self._write(category_id,
                    lambda conn: store.place_category(conn, category_id, parent_id, index))

    def delete(self, category_id: int, *, delete_templates: bool = False,
               move_to: int | None = None) -> None:
        """Delete a category. Its templates and sub-categories go to ``move_to`` (None: the
        top level), or with ``delete_templates`` its templates are deleted with it. Its
        articles always go to its parent category: they are never deleted here."""
        with self._db.transaction() as conn:
            subtree = store.subtree(conn, category_id)
            article_ids = store.articles_in(conn, subtree)
            template_ids = store.remove_category(conn, category_id, target_id=move_to,
                                                 delete_templates=delete_templates)
            bump_generation(conn)
            generation = content_generation(conn)
            moved = list(article_store.articles_by_id(conn, article_ids).values())
        self._tell(template_ids, moved, generation)

    def _write(self, category_id: int, change) -> None:
        """Run ``change`` and tell the listeners about the items under ``category_id``."""
        with self._db.transaction() as conn:
            change(conn)
            bump_generation(conn)
            generation = content_generation(conn)
            subtree = store.subtree(conn, category_id)
            template_ids = store.templates_in(conn, subtree)
            moved = list(article_store.articles_by_id(
                conn, store.articles_in(conn, subtree)).values())
        self._tell(template_ids, moved, generation)

    def _tell(self, template_ids: list[str], articles: list, generation: int) -> None:
        self._templates.notify(template_ids, generation)
        if self._knowledge is not None and articles:
            self._knowledge.notify(articles, [], generation)
