"""Template use cases: add, edit, list, find by id or shortcut, check, count uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from assistant.core.content import (
    Category, Template, make_template_draft, normalize_shortcut, split_category_path,
)
from assistant.core.errors import InvalidInput, NotFound
from assistant.core.placeholders import Problem, lint
from assistant.core.wording import (
    Coded,
    WordList,
    greeting_problems,
    shortcut_problems,
    wording_problems,
)
from assistant.store import templates as store
from assistant.store.categories import list_categories
from assistant.store.database import Database
from assistant.store.packs import pack_wording
from assistant.store.settings import content_generation, read_settings

ChangeListener = Callable[[list[str], int], None]
"""Called as listener(template_ids, content_generation) after a committed change."""
UseListener = Callable[[Template], None]
STALE_DAYS = 90


@dataclass(frozen=True, slots=True)
class TemplateProblems:
    """A template and what :meth:`TemplateService.check` finds in it."""

    template: Template
    problems: tuple[Problem, ...]


class TemplateService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._change_listeners: list[ChangeListener] = []
        self._use_listeners: list[UseListener] = []

    def on_change(self, listener: ChangeListener) -> None:
        self._change_listeners.append(listener)

    def on_use(self, listener: UseListener) -> None:
        self._use_listeners.append(listener)

    def notify(self, template_ids: list[str], generation: int) -> None:
        """Tell the listeners (the search index) about committed changes."""
        for listener in self._change_listeners:
            listener(list(template_ids), generation)

    def _changed(self, template_id: str, generation: int) -> None:
        self.notify([template_id], generation)

    def add(self, **fields) -> Template:
        draft = make_template_draft(**fields)
        with self._db.transaction() as conn:
            template = store.add_template(conn, draft)
            generation = content_generation(conn)
        self._changed(template.id, generation)
        return template

    def update(self, template_id: str, **fields) -> Template:
        """Change a template; its language and favorite mark stay as they are unless given."""
        with self._db.transaction() as conn:
            current = store.get_template(conn, template_id)
            fields.setdefault("language", current.language)
            fields.setdefault("favorite", current.favorite)
            draft = make_template_draft(**fields)
            template = store.update_template(conn, template_id, draft)
            generation = content_generation(conn)
        self._changed(template.id, generation)
        return template

    def copy_to_local(self, template_id: str) -> Template:
        """The agent's own copy of a (pack) template, to customise; it takes the shortcut."""
        with self._db.transaction() as conn:
            copy = store.copy_template(conn, template_id)
            generation = content_generation(conn)
        self.notify([template_id, copy.id], generation)
        return copy

    def delete(self, template_id: str) -> None:
        with self._db.transaction() as conn:
            store.delete_template(conn, template_id)
            generation = content_generation(conn)
        self._changed(template_id, generation)

    def delete_many(self, template_ids: list[str]) -> None:
        """Delete several templates at once, or none when one of them cannot be."""
        with self._db.transaction() as conn:
            store.delete_templates(conn, template_ids)
            generation = content_generation(conn)
        self.notify(template_ids, generation)

    def move_to_category(self, template_ids: list[str], category_id: int | None) -> None:
        """Put the templates into the category ``category_id`` (None: no category)."""
        with self._db.transaction() as conn:
            store.move_templates(conn, template_ids, category_id)
            generation = content_generation(conn)
        self.notify(template_ids, generation)

    def set_favorite(self, template_ids: list[str], favorite: bool) -> None:
        with self._db.transaction() as conn:
            store.set_favorite(conn, template_ids, favorite)
            generation = content_generation(conn)
        self.notify(template_ids, generation)

    def stale(self, days: int = STALE_DAYS, now: datetime | None = None) -> list[Template]:
        """Templates unused for ``days`` days (never used ones count from their creation)."""
        before = (now or datetime.now(UTC).replace(tzinfo=None)) - timedelta(days=days)
        with self._db.reading() as conn:
            return store.stale_templates(conn, before)

    def check_shortcut(self, shortcut: str | None, own_id: str | None = None) -> None:
        """Raise InvalidInput when ``shortcut`` is malformed or another template has it."""
        code = normalize_shortcut(shortcut)
        if code is None:
            return
        with self._db.reading() as conn:
            holder = store.find_by_shortcut(conn, code)
        if holder is not None and holder.id != own_id:
            raise InvalidInput("shortcut_taken", shortcut=code, title=holder.title)

    def get(self, template_id: str) -> Template:
        with self._db.reading() as conn:
            return store.get_template(conn, template_id)

    def list(self, category: str | None = None) -> list[Template]:
        with self._db.reading() as conn:
            return store.list_templates(conn, split_category_path(category))

    def categories(self) -> list[Category]:
        """Every category, parents first, in display order."""
        with self._db.reading() as conn:
            return list_categories(conn)

    def resolve(self, ref: str) -> Template:
        """A template by id or by shortcut code."""
        ref = ref.strip()
        with self._db.reading() as conn:
            found = store.find_by_shortcut(conn, ref)
            if found is not None:
                return found
            try:
                return store.get_template(conn, ref)
            except NotFound:
                raise NotFound("template_ref_not_found", ref=ref) from None

    def check(self, body: str, *, category: str | None = None, shortcut: str | None = None,
              template_id: str | None = None) -> list[Problem]:
        """What is wrong with a template being edited (``template_id``: the one it replaces):
        placeholder mistakes, forbidden wording, a greeting without ``{称呼}`` (body
        positions), then clashes of ``shortcut`` with other templates' (positions in the
        shortcut, ``where="shortcut"``). Reads the word lists afresh each time."""
        with self._db.reading() as conn:
            words = _word_list(conn)
            codes = store.shortcut_codes(conn) if shortcut else []
        found = _body_problems(body, category, words)
        if shortcut:
            items = [Coded("", shortcut.strip(), ""),
                     *(Coded(i, code, title) for i, code, title in codes if i != template_id)]
            found += shortcut_problems(items).get("", [])
        return found

    def lint(self, ref: str | None = None) -> list[TemplateProblems]:
        """The problems (see :meth:`check`) of one template (id or shortcut) or, without
        ``ref``, of every template; only templates that have any are listed."""
        templates = [self.resolve(ref)] if ref is not None else self.list()
        with self._db.reading() as conn:
            words = _word_list(conn)
            codes = store.shortcut_codes(conn)
        shortcuts = shortcut_problems(Coded(*code) for code in codes)
        checked = [TemplateProblems(t, tuple(_body_problems(t.body, t.category, words)
                                             + shortcuts.get(t.id, [])))
                   for t in templates]
        return [item for item in checked if item.problems]

    def record_use(self, template_id: str, action: str = "paste") -> Template:
        with self._db.transaction() as conn:
            store.record_use(conn, template_id, action)
            template = store.get_template(conn, template_id)
        for listener in self._use_listeners:
            listener(template)
        return template


def _word_list(conn) -> WordList:
    """The built-in words, the lead's setting and every subscribed pack's."""
    settings = read_settings(conn)
    forbidden, allowed = pack_wording(conn)
    return WordList.build((*settings.forbidden_words, *forbidden),
                          (*settings.allowed_words, *allowed))


def _body_problems(body: str, category: str | None, words: WordList) -> list[Problem]:
    found = lint(body) + wording_problems(body, words) + greeting_problems(body, category)
    return sorted(found, key=lambda p: p.start)
