"""Keeping team packs current while the app runs: a check at start and every
``sync_interval_minutes``, each in a child process (see app.PackCheckChild) on a worker
thread of its own, so that a slow server never delays a paste. What the check changed in the
database reaches the popup like any other change (the content watcher)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from .worker import Worker

FIRST_CHECK_MS = 15_000
FAILING_LONG = 24 * 3600


class PackSync(QObject):
    updated = Signal(list)  # the outcomes (dicts) of packs that were updated
    checked = Signal()

    def __init__(self, worker: Worker, check: Callable[[], list[dict]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._check = check
        self._busy = False
        self.outcomes: list[dict] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check_now)

    def start(self, interval_minutes: int, first_delay_ms: int = FIRST_CHECK_MS) -> None:
        QTimer.singleShot(first_delay_ms, self.check_now)
        self.set_interval(interval_minutes)

    def set_interval(self, minutes: int) -> None:
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    def check_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._worker.submit(self._check, self._done, lambda _exc: self._done([]))

    def _done(self, outcomes: list[dict]) -> None:
        self._busy = False
        self.outcomes = outcomes
        updated = [o for o in outcomes if o.get("status") == "updated"]
        if updated:
            self.updated.emit(updated)
        self.checked.emit()

    def failing_long(self, now: datetime | None = None) -> list[tuple[str, int]]:
        """(pack name, whole days) of subscriptions that have failed for a day or more."""
        now = now or datetime.utcnow()
        out = []
        for outcome in self.outcomes:
            since = outcome.get("failing_since")
            if outcome.get("status") != "failed" or not since:
                continue
            seconds = (now - datetime.fromisoformat(since)).total_seconds()
            if seconds >= FAILING_LONG:
                out.append((outcome.get("name") or outcome.get("pack_id", ""),
                            int(seconds // 86400)))
        return out
