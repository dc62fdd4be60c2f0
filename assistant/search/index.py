"""The whoosh index on disk: derived data, rebuilt from the database whenever in doubt.

A small JSON file beside the index records the schema version and the database's content
generation the index reflects, so that a start with an index in step costs one file read.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.searching import Searcher

from assistant.core.errors import DataError
from assistant.files import write_atomically

from .fields import SCHEMA_VERSION, TAGS_WEIGHT, TITLE_WEIGHT, make_schema
from .pinyin import Readings, decode_readings, encode_readings

log = logging.getLogger(__name__)

META_FILE = "huashu-index.json"
READINGS_FILE = "template-readings.json"
INDEX_NAME = "huashu"
BULK_THRESHOLD = 2000
WRITE_LOCK_WAIT = 30
KNOWN_IDS_FROM = 200
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class IndexDoc:
    id: str
    kind: str
    version: str
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    category: str = ""
    headings: str = ""
    """The headings an imported article's section sits under."""

    def fields(self) -> dict:
        tags = " ".join(self.tags)
        values = {"id": self.id, "kind": self.kind, "version": self.version}
        if self.kind == "article":
            values["head"] = [(self.title, 1), (tags, 1), (self.category, 1)]
            values["text"] = [(self.title, TITLE_WEIGHT), (tags, TAGS_WEIGHT),
                              (self.category, 1), (self.headings, 1), (self.body, 1)]
        return values


@dataclass(frozen=True, slots=True)
class CachedReadings:
    """A template's pinyin: ``version`` identifies the title and body it was read from."""

    version: str
    title: Readings
    body: str


def _ids_in(writer) -> set[str]:
    """Every document id in the index as the writer sees it (one pass over the id terms)."""
    return {t.decode("utf-8") if isinstance(t, bytes) else t
            for t in writer.reader().lexicon("id")}


class SearchIndex:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._ix = None
        self._searcher: Searcher | None = None
        self._retired: Searcher | None = None
        self._lock = threading.RLock()

    # -- opening ---------------------------------------------------------------------------

    def read_meta(self) -> dict:
        try:
            return json.loads((self.directory / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def write_meta(self, generation: int) -> None:
        write_atomically(self.directory / META_FILE, json.dumps(
            {"schema": SCHEMA_VERSION, "generation": generation}).encode("utf-8"))

    def open(self) -> bool:
        """Open the existing index; False when it is missing, of another schema, or unreadable."""
        with self._lock:
            self.close()
            if self.read_meta().get("schema") != SCHEMA_VERSION:
                return False
            try:
                if not whoosh_index.exists_in(str(self.directory), indexname=INDEX_NAME):
                    return False
                ix = whoosh_index.open_dir(str(self.directory), indexname=INDEX_NAME)
                searcher = ix.searcher()
                searcher.doc_count_all()
            except Exception as exc:  # any damage means: rebuild from the database
                log.warning("search index unreadable, will rebuild: %s", exc)
                return False
            self._ix, self._searcher = ix, searcher
            return True

    def create(self) -> None:
        """Replace whatever is on disk with an empty index."""
        with self._lock:
            self.close()
            if self.directory.exists():
                shutil.rmtree(self.directory)
            self.directory.mkdir(parents=True)
            self._ix = whoosh_index.create_in(str(self.directory), make_schema(),
                                              indexname=INDEX_NAME)
            self._searcher = self._ix.searcher()

    @contextmanager
    def rebuilding(self) -> Iterator[None]:
        """Build a whole new index beside the current one (every write in the block goes to
        it); it takes the current one's place only when the block completes. If the block
        fails (a full disk, a kill), the current index stays as it was."""
        with self._lock:
            live = self.directory
            self.close()
            self.directory = live.with_name(live.name + ".new")
            try:
                self.create()
                yield
                self.close()
                retired = live.with_name(live.name + ".old")
                shutil.rmtree(retired, ignore_errors=True)
                if live.exists():
                    live.rename(retired)
                self.directory.rename(live)
                shutil.rmtree(retired, ignore_errors=True)
            except BaseException:
                self.close()
                shutil.rmtree(self.directory, ignore_errors=True)
                raise
            finally:
                self.directory = live
                if not self.is_open:
                    self.open()

    def close(self) -> None:
        with self._lock:
            for searcher in (self._searcher, self._retired):
                if searcher is not None:
                    searcher.close()
            self._ix = self._searcher = self._retired = None

    @property
    def is_open(self) -> bool:
        return self._ix is not None

    def reload(self) -> None:
        """See what other processes committed since the searcher was opened."""
        with self._lock:
            if self._ix is not None:
                self._refresh_searcher()

    # -- reading ---------------------------------------------------------------------------

    def searcher(self) -> Searcher:
        """The cached searcher, refreshed only when the index changed since it was opened."""
        with self._lock:
            if self._searcher is None:
                raise RuntimeError("search index is not open")
            return self._searcher

    def stored(self, kind: str | None = None) -> dict[str, dict]:
        """Stored fields of every document (of one kind), keyed by id."""
        searcher = self.searcher()
        if kind is None:
            return {f["id"]: f for f in searcher.all_stored_fields()}
        return {f["id"]: f for f in searcher.documents(kind=kind)}

    def cached_readings(self) -> dict[str, CachedReadings]:
        """Template readings (pinyin of titles and bodies) by id: templates are searched in
        memory, not in whoosh, and this file is where their readings are kept, so that loading
        the matcher needs no pypinyin. Derived data like the index: callers check versions,
        and whatever is missing, stale or not in the expected shape is read again. Plain JSON,
        so a file put in its place can at worst cost reading the titles again, never run
        code."""
        try:
            data = json.loads((self.directory / READINGS_FILE).read_text(encoding="utf-8"))
            entries = data["templates"] if data.get("schema") == SCHEMA_VERSION else {}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return {}
        if not isinstance(entries, dict):
            return {}
        shared: dict[str, tuple[str, ...]] = {}
        out: dict[str, CachedReadings] = {}
        for template_id, entry in entries.items():
            if (isinstance(entry, list) and len(entry) == 3
                    and all(isinstance(part, str) for part in entry)):
                version, title, body = entry
                out[template_id] = CachedReadings(version, decode_readings(title, shared), body)
        return out

    def save_readings(self, readings: dict[str, CachedReadings]) -> None:
        entries = {template_id: [r.version, encode_readings(r.title), r.body]
                   for template_id, r in readings.items()}
        write_atomically(self.directory / READINGS_FILE, json.dumps(
            {"schema": SCHEMA_VERSION, "templates": entries}, ensure_ascii=False,
            separators=(",", ":")).encode("utf-8"))

    # -- writing ---------------------------------------------------------------------------

    def write(self, add: Iterable[IndexDoc] = (), delete: Iterable[str] = (), *,
              expected: int = 0, progress: Progress | None = None) -> None:
        """Delete and (re)add documents in one commit. Large batches use two processes.

        A document already in the index is replaced, never added twice. Small batches let
        whoosh find it (update_document); large ones look up every id once, so that new
        documents (most of a first import or pack) skip the per-document search."""
        with self._lock:
            if self._ix is None:
                raise RuntimeError("search index is not open")
            bulk = expected >= BULK_THRESHOLD and (os.cpu_count() or 1) > 1
            writer = self._writer(bulk)
            try:
                for doc_id in delete:
                    writer.delete_by_term("id", doc_id)
                known = _ids_in(writer) if bulk or expected >= KNOWN_IDS_FROM else None
                done = 0
                for doc in add:
                    if known is None:
                        writer.update_document(**doc.fields())
                    else:
                        if doc.id in known:
                            writer.delete_by_term("id", doc.id)
                        writer.add_document(**doc.fields())
                    done += 1
                    if progress and done % 500 == 0:
                        progress(done, expected)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            if progress:
                progress(expected or done, expected or done)
            self._refresh_searcher()

    def _writer(self, bulk: bool):
        """A writer holding the index's write lock, waiting up to WRITE_LOCK_WAIT seconds for
        another process's writer (the lock is the operating system's: it goes with a killed
        process); a longer wait is the one-line ``index_busy``."""
        try:
            if bulk:
                from .writers import HelperWriter

                return HelperWriter(self._ix, procs=2, multisegment=True, limitmb=512,
                                    timeout=WRITE_LOCK_WAIT)
            return self._ix.writer(timeout=WRITE_LOCK_WAIT)
        except LockError:
            raise DataError("index_busy") from None

    def _refresh_searcher(self) -> None:
        """A new searcher on the newest commit, when there is one.

        Not whoosh's ``Searcher.refresh()``: whoosh-reloaded 2.7.5 reuses the old readers by
        segment id, keeping their stale deletion sets and adding back segments a merge had
        removed, so an article updated by another process showed twice. The replaced searcher
        may still be in use on another thread: it is closed at the next refresh.
        """
        old = self._searcher
        if old is not None and old.up_to_date():
            return
        self._searcher = self._ix.searcher()
        if self._retired is not None:
            self._retired.close()
        self._retired = old
