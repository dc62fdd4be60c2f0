"""Running work off the UI thread and getting the result back onto it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


class Worker(QObject):
    """One background thread; tasks run in the order submitted, callbacks on the UI thread."""

    _finished = Signal(object, object, object)  # callback, result, error

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"huashu-{name}")
        self._closed = False
        self._finished.connect(self._deliver)

    def submit(self, task: Callable[[], Any], done: Callable[[Any], None] | None = None,
               failed: Callable[[BaseException], None] | None = None) -> Future | None:
        """Queue ``task``; None (nothing runs) once the worker is shut down, as when a timer
        fires while the app quits."""
        if self._closed:
            return None
        def run() -> Any:
            try:
                result = task()
            except BaseException as exc:
                if failed is None:
                    log.exception("background task failed")
                self._finished.emit(failed, None, exc)
                return None
            self._finished.emit(done, result, None)
            return result

        return self._pool.submit(run)

    def _deliver(self, callback, result, error) -> None:
        if callback is None:
            return
        callback(error if error is not None else result)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking tasks; ``wait`` for the one running (not for a long one at quit)."""
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)


class LatestOnly:
    """Runs queries on a worker, skipping any that a newer one has replaced before it started,
    and dropping results that arrive after a newer query was asked."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker
        self._latest = 0

    def ask(self, task: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._latest += 1
        ticket = self._latest

        def run() -> Any:
            if ticket != self._latest:
                return _STALE
            return task()

        def deliver(result: Any) -> None:
            if ticket == self._latest and result is not _STALE \
                    and not isinstance(result, BaseException):
                done(result)

        self._worker.submit(run, deliver, deliver)

    def cancel(self) -> None:
        self._latest += 1


_STALE = object()


class QtScheduler:
    """The paste service's scheduler: timers on the UI thread, writes on the worker."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker

    def later(self, seconds: float, action: Callable[[], None]) -> None:
        QTimer.singleShot(max(0, round(seconds * 1000)), action)

    def background(self, action: Callable[[], None]) -> None:
        self._worker.submit(action)
