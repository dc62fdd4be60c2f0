"""Importing quick replies from sheets and other snippet tools' files into the templates.

Every file is read first: if any cannot be read, nothing is imported. Then the rows are
written in one transaction. A row with an error (no text, a bad shortcut code, too long…) is
reported by its place in the file and skipped while the others come in.

A row updates the template that has its shortcut code, else the one with its title in its
category (without a shortcut code of its own), instead of adding a duplicate; a row equal to
its template counts as unchanged. Importing never clears a field the row leaves empty
(shortcut code, tags, category), and never changes a template managed by a pack.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection

from assistant.core.content import (
    CATEGORY_SEPARATOR,
    Template,
    TemplateDraft,
    make_template_draft,
    split_category_path,
)
from assistant.core.errors import InvalidInput, LocalizedError
from assistant.core.messages import Message
from assistant.store import templates as store
from assistant.store.database import Database
from assistant.store.packs import pack_names
from assistant.store.settings import content_generation

from .settings import SettingsService
from .snippets import read_snippet_file
from .snippets.rows import SnippetRow, Where
from .templates import TemplateService

TITLE_FROM_BODY = 30
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class RowReport:
    """Why a row was skipped, or what was left out of an imported one."""

    file: str
    where: Where
    reason: Message | LocalizedError

    @property
    def message(self) -> Message:
        return Message("import_row_issue", place=place(self.file, self.where),
                       reason=self.reason)


def place(file: str, where: Where) -> Message:
    """Where a row stands, for messages: "价目.xlsx, row 5"."""
    return Message("import_place", file=file, where=where.message)


@dataclass(frozen=True, slots=True)
class TemplateImportReport:
    files: int
    added: int
    updated: int
    unchanged: int
    skipped: tuple[RowReport, ...]
    notes: tuple[RowReport, ...]


def import_template_files(db: Database, templates: TemplateService, paths: list[Path],
                          category: str | None = None) -> TemplateImportReport:
    """Import ``paths``; ``category`` is the category of rows that name none."""
    if not paths:
        raise InvalidInput("import_no_files")
    default = CATEGORY_SEPARATOR.join(split_category_path(category)) or None
    limit = SettingsService(db).current().import_limit_mb * 2**20
    parsed = [(path.name, read_snippet_file(path, limit)) for path in paths]
    with db.transaction() as conn:
        batch = _Batch(conn, default)
        for name, rows in parsed:
            for row in rows:
                batch.apply(name, row)
        generation = content_generation(conn)
    if batch.changed:
        templates.notify(batch.changed, generation)
    return TemplateImportReport(len(paths), batch.added, batch.updated, batch.unchanged,
                                tuple(batch.skipped), tuple(batch.notes))


def title_from_body(body: str) -> str:
    """A title for a row without one (workbench phrases often have none): its first line."""
    line = next((line.strip() for line in body.splitlines() if line.strip()), "")
    line = line.replace("{{", "{").replace("}}", "}")
    return line if len(line) <= TITLE_FROM_BODY else line[:TITLE_FROM_BODY - 1] + "…"


def guess_language(title: str, body: str) -> str:
    return "en" if not _HAN.search(title + body) and _LATIN.search(body) else "zh"


class _Batch:
    """The rows of one import, applied to the templates in one transaction."""

    def __init__(self, conn: Connection, category: str | None) -> None:
        self.conn = conn
        self.category = category
        self.by_shortcut: dict[str, Template] = {}
        self.by_title: dict[tuple[str | None, str], list[Template]] = defaultdict(list)
        for template in store.list_templates(conn):
            self._index(template)
        self.packs = pack_names(conn)
        self.first_row: dict[str, Message] = {}
        self.position = store.last_position(conn) + 1
        self.added = self.updated = self.unchanged = 0
        self.changed: list[str] = []
        self.skipped: list[RowReport] = []
        self.notes: list[RowReport] = []

    def apply(self, file: str, row: SnippetRow) -> None:
        if row.problem is not None:
            self.skipped.append(RowReport(file, row.where, row.problem))
            return
        try:
            template = self._write(row)
        except InvalidInput as exc:
            self.skipped.append(RowReport(file, row.where, exc))
            return
        self.first_row.setdefault(template.id, place(file, row.where))
        self.notes.extend(RowReport(file, row.where, note) for note in row.notes)

    def _write(self, row: SnippetRow) -> Template:
        draft = self._draft(row)
        target = self._match(draft)
        if target is None:
            with self.conn.begin_nested():
                template = store.add_template(self.conn, draft, position=self.position)
            self.position += 1
            self.added += 1
        else:
            if target.id in self.first_row:
                raise InvalidInput("row_repeats", first=self.first_row[target.id])
            draft = _merged(draft, target)
            if _same(draft, target):
                self.unchanged += 1
                return target
            if target.origin is not None:
                pack = target.origin.pack_id
                raise InvalidInput("row_managed", pack=self.packs.get(pack, pack))
            with self.conn.begin_nested():
                template = store.update_template(self.conn, target.id, draft)
            self.updated += 1
            self._unindex(target)
        self._index(template)
        self.changed.append(template.id)
        return template

    def _draft(self, row: SnippetRow) -> TemplateDraft:
        body = row.body or ""
        if not body.strip():
            raise InvalidInput("field_empty", field=Message("field.body"))
        title = (row.title or "").strip() or title_from_body(body)
        return make_template_draft(title=title, body=body, shortcut=row.shortcut,
                                   tags=row.tags, category=row.category or self.category,
                                   language=guess_language(title, body))

    def _match(self, draft: TemplateDraft) -> Template | None:
        if draft.shortcut and draft.shortcut in self.by_shortcut:
            return self.by_shortcut[draft.shortcut]
        same = [t for t in self.by_title.get((draft.category, draft.title), ())
                if draft.shortcut is None or t.shortcut is None]
        if len(same) > 1:
            raise InvalidInput("row_title_ambiguous", title=draft.title,
                               category=draft.category or "-")
        return same[0] if same else None

    def _index(self, template: Template) -> None:
        if template.shortcut:
            self.by_shortcut[template.shortcut] = template
        self.by_title[(template.category, template.title)].append(template)

    def _unindex(self, template: Template) -> None:
        self.by_shortcut.pop(template.shortcut or "", None)
        same = self.by_title[(template.category, template.title)]
        same[:] = [t for t in same if t.id != template.id]


def _merged(draft: TemplateDraft, target: Template) -> TemplateDraft:
    """``draft`` with the fields its row left empty taken from ``target``."""
    return TemplateDraft(
        title=draft.title,
        body=draft.body,
        shortcut=draft.shortcut or target.shortcut,
        tags=draft.tags or target.tags,
        category=draft.category if draft.category is not None else target.category,
        language=target.language,
        favorite=target.favorite,
    )


def _same(draft: TemplateDraft, template: Template) -> bool:
    return (draft.title, draft.body, draft.shortcut, draft.tags, draft.category) == (
        template.title, template.body, template.shortcut, template.tags, template.category)
