"""Opening the SQLite database: schema checks, backup, migrations and connection settings.

Order matters for safety. The schema revision is first read through a read-only connection, so
a database from a newer Huashu, or a file that is not a database, is refused untouched. Only then
is a backup written (when there is data to migrate), the migrations run, and WAL mode enabled.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from assistant.core.errors import DataError
from assistant.locations import migrations_dir

_WRITING = "huashu_writing"

# The newest migration in db/versions; a test checks it matches Alembic's head.
SCHEMA_HEAD = "0003"
KNOWN_REVISIONS = ("0001", "0002", "0003")


@dataclass(frozen=True, slots=True)
class SchemaState:
    exists: bool
    revision: str | None
    has_tables: bool


def read_schema_state(path: Path) -> SchemaState:
    """Inspect the file without changing it (read-only connection, no WAL switch, no creation)."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(exists=path.exists(), revision=None, has_tables=False)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DataError("database_unopenable", path=path, reason=exc) from None
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DataError("database_unusable", path=path, reason=exc) from None
    finally:
        conn.close()
    return SchemaState(exists=True, revision=revision, has_tables=bool(tables - {"alembic_version"}))


def copy_database(source: Path, target: Path) -> None:
    """Write a consistent, self-contained copy of ``source`` to ``target`` (SQLite's backup
    API: safe while another connection writes, and the copy needs no -wal file)."""
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            reader.backup(dest)
        finally:
            dest.close()
    finally:
        reader.close()


CHECKED_AT_OPEN_BYTES = 32 * 2**20
"""Databases up to this size get SQLite's quick check each time they are opened (about 25 ms
for 7 MB), so that nothing is written into a damaged file; `huashu doctor` checks any size."""


def _damaged(path: Path) -> bool:
    if path.stat().st_size > CHECKED_AT_OPEN_BYTES:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # only damage counts, not "cannot open" or "busy"
        return _explanation(str(exc)) == "database_damaged"


def _short_cause(exc: Exception) -> str:
    """What went wrong, in one line: the driver's message without the SQL statement and
    parameters SQLAlchemy adds to it."""
    cause = getattr(exc, "orig", None) or exc
    first = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    return first[:200]


def _unchanged_backup(path: Path, label: str) -> Path | None:
    """The newest backup made before a migration to ``label``'s revision, if it holds the
    same content as the database now: a migration that failed rolled back, so retrying it
    does not write another full copy each time."""
    backups = sorted(path.parent.glob(f"{path.stem}.backup-*-{label}*{path.suffix}"),
                     key=lambda p: p.stat().st_mtime)
    if not backups:
        return None
    newest = backups[-1]
    same = _content_signature(newest)
    return newest if same is not None and same == _content_signature(path) else None


def _content_signature(path: Path) -> tuple | None:
    """How many templates, articles and settings a database holds and when they last changed
    (None when it cannot be read)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return tuple(conn.execute(f"SELECT count(*), max({column}) FROM {table}").fetchone()
                         for table, column in (("templates", "updated_at"),
                                               ("articles", "updated_at"),
                                               ("settings", "value")))
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def backup_database(path: Path, label: str) -> Path:
    """Write a consistent copy beside ``path``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}-{label}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.backup-{stamp}-{label}-{counter}{path.suffix}")
    copy_database(path, target)
    return target


def verify_database(path: Path) -> str:
    """The schema revision of a Huashu database file that opening would accept (an older one
    is migrated); DataError saying why not for anything else. Read-only."""
    if not path.is_file() or path.stat().st_size == 0:
        raise DataError("backup_not_database", path=path)
    try:
        state = read_schema_state(path)
    except DataError as exc:
        raise DataError("backup_damaged", path=path, reason=exc.params.get("reason")) from None
    if state.revision is None:
        raise DataError("backup_not_huashu", path=path)
    if state.revision not in KNOWN_REVISIONS:
        raise DataError("database_too_new", path=path, revision=state.revision,
                        head=SCHEMA_HEAD)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DataError("database_unusable", path=path, reason=exc) from None
    finally:
        conn.close()
    if verdict != "ok":
        raise DataError("backup_damaged", path=path, reason=verdict)
    return state.revision


BUSY_TIMEOUT_MS = 5000
"""How long a writer waits for another process's write to finish before giving up."""


def _configure_connection(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that DDL in
    # migrations is transactional too (SQLAlchemy's documented pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


_EXPLANATIONS = (
    (("locked", "busy"), "database_busy"),
    (("readonly", "read-only"), "database_read_only"),
    (("disk is full", "database or disk is full"), "disk_full"),
    (("malformed", "not a database", "disk i/o error"), "database_damaged"),
)


def _explanation(driver_message: str) -> str | None:
    lowered = driver_message.lower()
    return next((code for words, code in _EXPLANATIONS if any(w in lowered for w in words)),
                None)


class Database:
    """An open, migrated database."""

    def __init__(self, path: Path, engine: Engine, backup: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.backup = backup

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection whose work is committed together, or rolled back entirely on any error.

        It takes the write lock up front (BEGIN IMMEDIATE, waiting up to the busy timeout for
        another writer): a transaction that read first and wrote later could otherwise fail
        at once with "database is locked" when another process committed in between."""
        with self._explained(), self.engine.connect() as conn:
            conn.info[_WRITING] = True
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.info.pop(_WRITING, None)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads; anything written through it is rolled back."""
        with self._explained(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _explained(self) -> Iterator[None]:
        """SQLite's complaints about the file (busy, read-only, full disk, damaged) as the
        one-line messages that say what to do; anything else is a bug and passes."""
        try:
            yield
        except DBAPIError as exc:
            code = _explanation(str(exc.orig))
            if code is None:
                raise
            raise DataError(code, path=self.path) from exc

    def revision(self) -> str | None:
        return read_schema_state(self.path).revision

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path) -> Database:
    """Open (creating or migrating as needed) the database at ``path``."""
    state = read_schema_state(path)
    if state.revision is not None and state.revision not in KNOWN_REVISIONS:
        raise DataError("database_too_new", path=path, revision=state.revision,
                        head=SCHEMA_HEAD)
    if state.has_tables and state.revision is None:
        raise DataError("database_unversioned", path=path)
    if state.has_tables and _damaged(path):
        raise DataError("database_damaged", path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    backup = None
    if state.revision is not None and state.revision != SCHEMA_HEAD:
        label = f"schema{state.revision}"
        backup = _unchanged_backup(path, label) or backup_database(path, label)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(
        "BEGIN IMMEDIATE" if conn.info.get(_WRITING) else "BEGIN"))
    if state.revision != SCHEMA_HEAD:
        try:
            _migrate(engine)
        except Exception as exc:
            engine.dispose()
            cause = _short_cause(exc)
            if backup is None:
                raise DataError("database_migration_failed", path=path, cause=cause) from exc
            raise DataError("database_migration_failed_backup", path=path, cause=cause,
                            backup=backup.name) from exc
    return Database(path, engine, backup)
