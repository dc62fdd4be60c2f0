"""Noticing that the database changed, whichever process changed it, without polling.

A commit in SQLite's WAL mode writes to ``huashu.db-wal`` (and a checkpoint to ``huashu.db``);
the operating system reports such writes (inotify, ReadDirectoryChangesW, FSEvents), so an
idle app spends nothing. Bursts of writes (an import) are reported once, shortly after they
stop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 150


class ContentWatcher(QObject):
    changed = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files = [database, database.with_name(database.name + "-wal")]
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.changed)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        if database.parent.is_dir():
            self._watcher.addPath(str(database.parent))
        self._watch_files()

    def _watch_files(self) -> None:
        """Files come and go (the WAL file is created by the first writer): watch those that
        exist; the directory's own changes tell when to look again."""
        watched = set(self._watcher.files())
        for path in self._files:
            if str(path) not in watched and path.exists():
                self._watcher.addPath(str(path))

    def _touched(self, _path: str) -> None:
        self._watch_files()
        self._timer.start()
