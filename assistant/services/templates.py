"""Template use cases: add, edit, list, find by id or shortcut, count uses."""

from __future__ import annotations

from collections.abc import Callable

from assistant.core.content import Template, make_template_draft, split_category_path
from assistant.core.errors import NotFound
from assistant.store import templates as store
from assistant.store.database import Database

ChangeListener = Callable[[str, str], None]
"""Called as listener(kind, template_id) with kind 'added', 'updated' or 'deleted'."""


class TemplateService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._listeners: list[ChangeListener] = []

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def _notify(self, kind: str, template_id: str) -> None:
        for listener in self._listeners:
            listener(kind, template_id)

    def add(self, **fields) -> Template:
        draft = make_template_draft(**fields)
        with self._db.transaction() as session:
            template = store.add_template(session, draft)
        self._notify("added", template.id)
        return template

    def update(self, template_id: str, **fields) -> Template:
        draft = make_template_draft(**fields)
        with self._db.transaction() as session:
            template = store.update_template(session, template_id, draft)
        self._notify("updated", template.id)
        return template

    def delete(self, template_id: str) -> None:
        with self._db.transaction() as session:
            store.delete_template(session, template_id)
        self._notify("deleted", template_id)

    def get(self, template_id: str) -> Template:
        with self._db.reading() as session:
            return store.get_template(session, template_id)

    def list(self, category: str | None = None) -> list[Template]:
        with self._db.reading() as session:
            return store.list_templates(session, split_category_path(category))

    def resolve(self, ref: str) -> Template:
        """A template by id or by shortcut code."""
        ref = ref.strip()
        with self._db.reading() as session:
            found = store.find_by_shortcut(session, ref)
            if found is not None:
                return found
            try:
                return store.get_template(session, ref)
            except NotFound:
                raise NotFound(f"no template with id or shortcut '{ref}'") from None

    def record_use(self, template_id: str, action: str = "paste") -> None:
        with self._db.transaction() as session:
            store.record_use(session, template_id, action)
