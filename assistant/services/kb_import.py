"""Importing handbooks into the knowledge base.

All files are read and split first; only when every one of them is readable are the articles
written, in one transaction. Each section is identified by its file name and section path, so
importing the same file again updates changed sections, adds new ones and removes vanished ones
instead of duplicating anything.

Progress is reported per stage (reading each file, saving, indexing). The import can be
cancelled while reading and saving; cancelling rolls everything back. The search index is
updated after the data is committed and is not cancellable (it is derived data anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.core.content import ArticleDraft, make_article_draft
from assistant.core.errors import HuashuError, InvalidInput
from assistant.core.sections import Section, sections_from_blocks
from assistant.store import articles as store
from assistant.store.database import Database
from assistant.store.settings import content_generation

from .knowledge import KnowledgeService
from .readers import read_blocks
from .settings import SettingsService

SECTION_SEPARATOR = " / "
ORDINAL_MARK = " #"
READING, SAVING, INDEXING = "reading", "saving", "indexing"
CANCEL_CHECK_EVERY = 50


@dataclass(frozen=True, slots=True)
class ImportProgress:
    stage: str
    done: int
    total: int
    file: str = ""
    """The file being read (reading stage only)."""


Progress = Callable[[ImportProgress], None]


class ImportCancelled(HuashuError):
    """The agent cancelled the import; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("import_cancelled")


@dataclass(frozen=True, slots=True)
class ImportReport:
    files: int
    added: int
    updated: int
    unchanged: int
    removed: int

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def section_keys(sections: list[Section]) -> list[str]:
    """Each section's identity within its file: its heading path, and for the second and later
    sections with the same path (two "# 常见问题" headings, or "# 退货 / 运费" beside
    "# 退货" › "## 运费") the ordinal among them, so re-importing finds each one again."""
    seen: dict[str, int] = {}
    keys = []
    for section in sections:
        path = SECTION_SEPARATOR.join(section.path)
        seen[path] = seen.get(path, 0) + 1
        keys.append(path if seen[path] == 1 else f"{path}{ORDINAL_MARK}{seen[path]}")
    return keys


def _file_label(path: Path) -> str:
    """The file's name as a category level: no separators, no control characters."""
    label = "".join("_" if ch == "/" or ord(ch) < 32 or 127 <= ord(ch) < 160 else ch
                    for ch in path.stem)
    return label.strip()[:60] or "file"


def _drafts(path: Path, sections: list[Section], category: str | None) -> list[ArticleDraft]:
    return [make_article_draft(
        title=section.title[:200],
        body=section.body,
        category=category or f"导入/{_file_label(path)}",
        source_file=path.name,
        section_path=key,
    ) for section, key in zip(sections, section_keys(sections), strict=True)]


def import_files(db: Database, knowledge: KnowledgeService, paths: list[Path],
                 category: str | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> ImportReport:
    if not paths:
        raise InvalidInput("import_no_files")
    names = [p.name for p in paths]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise InvalidInput("import_duplicate_names", file=duplicate)
    report = progress or (lambda step: None)
    limit = SettingsService(db).current().import_limit_mb * 2**20

    def check() -> None:
        if cancelled():
            raise ImportCancelled()

    parsed = []
    for number, path in enumerate(paths):
        check()
        report(ImportProgress(READING, number, len(paths), path.name))
        blocks = read_blocks(path, limit)
        parsed.append((path, _drafts(path, sections_from_blocks(blocks, path.stem), category)))
    report(ImportProgress(READING, len(paths), len(paths)))

    added = updated = unchanged = removed = 0
    changed, deleted = [], []
    total = sum(len(drafts) for _, drafts in parsed)
    done = 0
    with db.transaction() as conn:
        for path, drafts in parsed:
            existing, repeated = {}, []
            for article in store.articles_from_source(conn, path.name):
                if article.section_path in existing:  # left by an import before section_keys
                    repeated.append(article.id)
                else:
                    existing[article.section_path] = article
            for draft in drafts:
                if done % CANCEL_CHECK_EVERY == 0:
                    check()
                    report(ImportProgress(SAVING, done, total))
                done += 1
                old = existing.pop(draft.section_path, None)
                if old is None:
                    changed.append(store.add_article(conn, draft))
                    added += 1
                elif old.content_hash != draft.content_hash or old.category != draft.category:
                    changed.append(store.update_article(conn, old.id, draft))
                    updated += 1
                else:
                    unchanged += 1
            stale = repeated + [a.id for a in existing.values()]
            store.delete_articles(conn, stale)
            deleted += stale
            removed += len(stale)
        check()
        generation = content_generation(conn)
    report(ImportProgress(SAVING, total, total))
    if changed or deleted:
        knowledge.notify(changed, deleted, generation,
                         lambda done, total: report(ImportProgress(INDEXING, done, total)))
    return ImportReport(len(paths), added, updated, unchanged, removed)
