"""Backups of the database: a consistent copy on demand, and putting one back.

A backup is a plain SQLite file written with SQLite's backup API, so it is consistent even
while the tray app holds the database open. Restoring checks the file first (a damaged or
foreign file changes nothing), keeps a safety copy of the current data, and puts that copy
back if the restored data cannot be opened.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from assistant.core.errors import DataError
from assistant.locations import database_path
from assistant.store.database import copy_database, verify_database

BACKUP_FOLDER = "backups"
KEEP = 10
"""How many backups the backups folder keeps (older ones are deleted after a new one)."""

App = TypeVar("App")


class RestoreFailed(DataError):
    """The restored data could not be opened; the data as it was is back and open again
    (``reopened``)."""

    def __init__(self, code: str, reopened: object, **params) -> None:
        super().__init__(code, **params)
        self.reopened = reopened


def _order(path: Path) -> tuple[str, int]:
    """huashu-<stamp>[-label][-n].db: by time, then by the number a same-second one got."""
    stamp, rest = path.stem[7:22], path.stem[22:]
    last = rest.rsplit("-", 1)[-1]
    return stamp, int(last) if last.isdigit() else 1


class Backups:
    def __init__(self, home: Path, keep: int = KEEP) -> None:
        self.home = home
        self.folder = home / BACKUP_FOLDER
        self.keep = keep

    @property
    def database(self) -> Path:
        return database_path(self.home)

    def back_up(self, target: Path | None = None) -> Path:
        """Copy the database to ``target`` (replaced if it exists), or to a new
        ``backups/huashu-YYYYmmdd-HHMMSS.db``, keeping the newest :data:`KEEP` there."""
        written = self._write(target)
        if target is None:
            self._prune()
        return written

    def list(self) -> list[Path]:
        """The backups folder's backups, oldest first."""
        return sorted(self.folder.glob("huashu-*.db"), key=_order)

    def check(self, source: Path) -> str:
        """The schema revision of a backup that can be restored; DataError otherwise."""
        return verify_database(source)

    def restore(self, source: Path, close: Callable[[], None],
                reopen: Callable[[], App]) -> tuple[App, Path | None]:
        """Put ``source`` in place of the database: check it, copy the current data to the
        backups folder, ``close`` everything using the database, swap the file and
        ``reopen`` (migrating an older backup). Returns what ``reopen`` returned and the
        safety copy. If reopening fails, the safety copy goes back and RestoreFailed says so."""
        self.check(source)
        safety = self._write(None, "before-restore") if self.database.exists() else None
        close()
        try:
            self._put(source)
            reopened = reopen()
        except Exception as exc:
            if safety is None:
                self._remove_database()
            else:
                self._put(safety)
            raise RestoreFailed("restore_failed", reopen(), path=source, cause=exc) from exc
        self._prune()
        return reopened, safety

    def _write(self, target: Path | None, label: str = "") -> Path:
        if not self.database.is_file():
            raise DataError("backup_nothing", path=self.database)
        if target is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self._new_name(label)
        if target.resolve() == self.database.resolve():
            raise DataError("backup_onto_database", path=target)
        partial = target.with_name(target.name + ".partial")
        try:
            copy_database(self.database, partial)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise DataError("backup_unwritable", path=target,
                            reason=exc.strerror or exc) from None
        return target

    def _new_name(self, label: str) -> Path:
        stem = "huashu-" + datetime.now().strftime("%Y%m%d-%H%M%S") + (f"-{label}" if label else "")
        target, counter = self.folder / f"{stem}.db", 1
        while target.exists():
            counter += 1
            target = self.folder / f"{stem}-{counter}.db"
        return target

    def _prune(self) -> None:
        for old in self.list()[:-self.keep]:
            old.unlink(missing_ok=True)

    def _put(self, source: Path) -> None:
        """Replace the (closed) database with a copy of ``source``. The old -wal and -shm go
        first: SQLite must never apply the old log to the new file."""
        incoming = self.database.with_name(self.database.name + ".restoring")
        copy_database(source, incoming)
        self._remove_database(keep_main=True)
        os.replace(incoming, self.database)

    def _remove_database(self, keep_main: bool = False) -> None:
        for suffix in ("-wal", "-shm", "-journal", *(() if keep_main else ("",))):
            Path(f"{self.database}{suffix}").unlink(missing_ok=True)
