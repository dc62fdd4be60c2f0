"""Search use cases: keep the index in step with the database and answer queries.

The database is the source of truth. Every template or article write bumps a content
generation in the same transaction; the index records the generation it reflects. At start an
index in step is simply opened; a missing, damaged or foreign one is rebuilt, and one out of step
is reconciled document by document. A failed index update never undoes a database write: the
index just stays behind and is reconciled on the next start.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import threading
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from assistant.core.content import Article, Template
from assistant.core.errors import InvalidInput
from assistant.search import kb
from assistant.search.analysis import parse_query
from assistant.search.highlight import best_passage
from assistant.search.index import CachedReadings, IndexDoc, SearchIndex
from assistant.search.pinyin import dictionaries_held
from assistant.search.templates import TemplateEntry, TemplateMatcher
from assistant.store import articles as article_store
from assistant.store import templates as template_store
from assistant.store.database import Database
from assistant.store.settings import content_generation

from .kb_import import SECTION_SEPARATOR
from .reading import read_article

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
SCOPES = ("templates", "kb", "all")


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    kind: str
    title: str
    snippet: str
    score: float
    highlights: tuple[tuple[int, int], ...] = ()
    category: str | None = None
    shortcut: str | None = None
    source: str | None = None
    body: str = ""
    """The full text (template body or article), for previews; not in as_dict."""
    passage: str = ""
    """An article's best passage as plain text: what pasting the result puts into a chat."""

    def as_dict(self) -> dict:
        return {
            "id": self.id, "kind": self.kind, "title": self.title, "snippet": self.snippet,
            "score": round(self.score, 3), "highlights": [list(h) for h in self.highlights],
            "category": self.category, "shortcut": self.shortcut, "source": self.source,
            **({"passage": self.passage} if self.kind == "article" else {}),
        }


def _pinyin_version(title: str, body: str) -> str:
    """Identifies the text a template's readings were computed from."""
    return hashlib.sha1(f"{title}\x00{body}".encode("utf-8")).hexdigest()[:16]


def _article_version(a: Article) -> str:
    key = "\x00".join([a.content_hash, a.category or "", " ".join(a.tags)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _read(title: str, body: str) -> CachedReadings:
    from assistant.search.pinyin import body_syllables, readings

    return CachedReadings(_pinyin_version(title, body), readings(title), body_syllables(body))


def _headings_above(a: Article) -> str:
    """An imported section's path without its own heading, which is the article's title."""
    return (a.section_path or "").rpartition(SECTION_SEPARATOR)[0]


def _article_doc(a: Article) -> IndexDoc:
    return IndexDoc(a.id, "article", _article_version(a), title=a.title, body=a.body,
                    tags=a.tags, category=a.category or "", headings=_headings_above(a))


class SearchService:
    def __init__(self, db: Database, directory: Path) -> None:
        self._db = db
        self._index = SearchIndex(directory)
        self._matcher = TemplateMatcher()
        self._ready = False
        self._seen: int | None = None
        """The content generation the index and matcher reflect (None before loading)."""
        self._lock = threading.RLock()

    @property
    def ready(self) -> bool:
        return self._ready

    def _generation(self) -> int:
        with self._db.reading() as conn:
            return content_generation(conn)

    # -- keeping the index in step ---------------------------------------------------------

    def ensure_ready(self, progress: Progress | None = None) -> str:
        """Open, rebuild or reconcile the index, then load the template matcher.

        Returns what was done: 'ready', 'opened', 'rebuilt' or 'reconciled'.
        """
        if self._ready:  # the keystroke path: never wait for a sync running on a worker
            return "ready"
        with self._lock:
            if self._ready:
                return "ready"
            generation = self._generation()
            if not self._index.open():
                self.rebuild(progress)
                outcome = "rebuilt"
            elif self._index.read_meta().get("generation") != generation:
                self._reconcile(progress)
                outcome = "reconciled"
            else:
                outcome = "opened"
            self._load_matcher()
            self._seen = generation
            self._ready = True
            return outcome

    def sync(self) -> bool:
        """Catch up with changes another process (`huashu templates add`, `huashu import`)
        committed: a cheap check of the content generation, and only when it moved, the
        index's newest commit (reconciled if that process could not update it) and a fresh
        template matcher. True when something changed."""
        with self._lock:
            if not self._ready:
                return False
            generation = self._generation()
            if generation == self._seen:
                return False
            self._index.reload()
            if self._index.read_meta().get("generation") != generation:
                self._reconcile(None)
            self._load_matcher()
            self._seen = generation
            return True

    def rebuild(self, progress: Progress | None = None) -> None:
        """Articles into a new whoosh index; every template's readings read again."""
        with self._lock:
            generation = self._generation()
            with self._index.rebuilding():
                with self._db.reading() as conn:
                    total = article_store.count_articles(conn)
                    articles = (_article_doc(a) for a in article_store.iter_articles(conn))
                    self._index.write(articles, expected=total, progress=progress)
                    rows = template_store.search_rows(conn)
                self._readings_for(rows)
                self._index.write_meta(generation)
            if self._ready:
                self._load_matcher()
            self._seen = generation

    def _reconcile(self, progress: Progress | None) -> None:
        """Articles whose index document is missing or stale are indexed again, documents of
        deleted articles removed; template readings are brought up to date."""
        generation = self._generation()
        stored = self._index.stored()
        with self._db.reading() as conn:
            wanted = {a.id: (_article_version(a), a) for a in article_store.iter_articles(conn)}
            rows = template_store.search_rows(conn)
        stale = [doc_id for doc_id, fields in stored.items()
                 if doc_id not in wanted or fields.get("version") != wanted[doc_id][0]]
        changed = [a for doc_id, (version, a) in wanted.items()
                   if stored.get(doc_id, {}).get("version") != version]
        self._index.write((_article_doc(a) for a in changed), stale, expected=len(changed),
                          progress=progress)
        self._readings_for(rows)
        self._index.write_meta(generation)

    def _readings_for(self, rows: list[tuple],
                      known: dict[str, CachedReadings] | None = None) -> dict[str, CachedReadings]:
        """Readings of every template in ``rows``: ``known`` or saved ones when still current,
        else read with pypinyin (loaded for the batch only). The readings file is rewritten
        when anything differs from it."""
        saved = self._index.cached_readings()
        current = {**saved, **(known or {})}
        fresh: dict[str, CachedReadings] = {}
        stale = [row for row in rows if (hit := current.get(row[0])) is None
                 or hit.version != _pinyin_version(row[1], row[2])]
        with dictionaries_held() if stale else nullcontext():
            read = {row[0]: _read(row[1], row[2]) for row in stale}
        for row in rows:
            fresh[row[0]] = read.get(row[0]) or current[row[0]]
        if fresh != saved:
            self._safely(lambda: self._index.save_readings(fresh))
        return fresh

    def _load_matcher(self) -> None:
        with self._db.reading() as conn:
            rows = template_store.search_rows(conn)
        self._matcher = TemplateMatcher(self._entries(rows))
        # The matcher's many long-lived sets would otherwise be rescanned by every full
        # collection, a pause of up to ~100 ms in the middle of a keystroke.
        gc.freeze()

    def _entries(self, rows: list[tuple]) -> list[TemplateEntry]:
        """Matcher entries with each template's readings: from memory, the readings file, or
        (for a template no process has read yet) pypinyin."""
        known = {e.id: CachedReadings(_pinyin_version(e.title, e.body), e.readings, e.body_pinyin)
                 for e in self._matcher.entries()}
        readings = self._readings_for(rows, known)
        return [TemplateEntry(*row, readings=readings[row[0]].title,
                              body_pinyin=readings[row[0]].body) for row in rows]

    def _safely(self, update: Callable[[], None]) -> bool:
        try:
            update()
            return True
        except Exception:
            log.exception("search index update failed; it will be reconciled on next start")
            return False

    def _after_write(self, generation: int, update: Callable[[], None]) -> None:
        """Apply an index update for a database write that produced ``generation``."""
        with self._lock:
            if not self._index.is_open and not self._index.open():
                return  # no usable index yet: the next start builds it
            in_step = self._index.read_meta().get("generation") == generation - 1
            if self._safely(update):
                if in_step:
                    self._index.write_meta(generation)
                if self._seen == generation - 1:
                    self._seen = generation

    def templates_changed(self, template_ids: Iterable[str], generation: int) -> None:
        self.content_changed(template_ids, (), (), generation)

    def articles_changed(self, changed: Iterable[Article], deleted: Iterable[str], generation: int,
                         progress: Progress | None = None) -> None:
        self.content_changed((), changed, deleted, generation, progress)

    def content_changed(self, template_ids: Iterable[str], articles: Iterable[Article],
                        deleted_articles: Iterable[str], generation: int,
                        progress: Progress | None = None) -> None:
        """Bring the index (articles) and the template readings along with committed
        changes."""
        ids = list(template_ids)
        article_docs = [_article_doc(a) for a in articles]
        gone = list(deleted_articles)

        def update() -> None:
            if article_docs or gone:
                self._index.write(article_docs, gone, expected=len(article_docs),
                                  progress=progress)
            if ids:
                with self._db.reading() as conn:
                    rows = template_store.search_rows(conn)
                if self._ready:
                    self._matcher = TemplateMatcher(self._entries(rows))
                else:
                    self._readings_for(rows)

        self._after_write(generation, update)

    def template_used(self, template: Template) -> None:
        """Usage is not indexed; only the matcher's frecency needs it."""
        with self._lock:
            self._matcher.update_usage(template.id, template.use_count, template.last_used_at,
                                       template.favorite)

    # -- querying --------------------------------------------------------------------------

    def search_templates(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Matches for ``query``; for an empty query, favorites and recent favourites first."""
        self.ensure_ready()
        terms = parse_query(query)
        hits = []
        matches = self._matcher.search(query, limit) if query.strip() else \
            self._matcher.top(limit)
        for match in matches:
            t = self._matcher.entry(match.id)
            if t is None:
                continue
            snippet = best_passage(t.body, terms)
            hits.append(SearchHit(t.id, "template", t.title, snippet.text, match.score,
                                  snippet.highlights, t.category or None, t.shortcut,
                                  body=t.body))
        return hits

    def search_kb(self, query: str, limit: int = 20) -> list[SearchHit]:
        self.ensure_ready()
        try:
            found = kb.search(self._index.searcher(), query, limit)
        except Exception:
            log.exception("knowledge-base search failed")
            return []
        if not found:
            return []
        with self._db.reading() as conn:
            articles = article_store.articles_by_id(conn, [h.id for h in found])
        hits = []
        for h in found:
            a = articles.get(h.id)
            if a is None:
                continue
            passage = read_article(a.body, query).passage
            text, marks = (passage.text, passage.highlights) if passage else ("", ())
            hits.append(SearchHit(a.id, "article", a.title, text, h.score, marks, a.category,
                                  None, a.source, body=a.body, passage=text))
        return hits

    def search(self, query: str, scope: str = "templates", limit: int = 20) -> list[SearchHit]:
        if scope not in SCOPES:
            raise InvalidInput("search_scope_invalid", choices=SCOPES)
        if scope == "templates":
            return self.search_templates(query, limit)
        if scope == "kb":
            return self.search_kb(query, limit)
        return self.search_templates(query, limit) + self.search_kb(query, limit)

    def close(self) -> None:
        self._index.close()
