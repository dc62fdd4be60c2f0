"""Keeping the UI thread's pauses short, so the popup follows the hotkey on a busy desk.

Two pauses sit between the hotkey and the popup besides the work itself: the interpreter lock,
which the hotkey's thread and the data workers hand over to the UI thread only when their
switch interval runs out, and the garbage collector, whose full collections walk every object
alive (the search index, the pinyin tables, the Qt wrappers: tens of milliseconds).
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable

SWITCH_INTERVAL = 0.001
"""Seconds a thread may keep the interpreter lock while the UI thread waits for it (Python's
default is 5 ms: up to that much on every hand-over, which a loaded desk multiplies)."""
LONG_COLLECTION_MS = 1.0


def shorten_lock_hand_over() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL)


def settle_heap() -> None:
    """Collect once, then move everything alive into the permanent generation: what start-up
    built is never scanned again, so a later collection only looks at objects made since."""
    gc.collect()
    gc.freeze()


def watch_collections(report: Callable[[float], None]) -> Callable[[], None]:
    """Call ``report(milliseconds)`` for each collection that takes longer than
    LONG_COLLECTION_MS; returns the function that stops watching."""
    started: list[float] = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            started[:] = [time.perf_counter()]
        elif started:
            elapsed = (time.perf_counter() - started.pop()) * 1000
            if elapsed >= LONG_COLLECTION_MS:
                report(elapsed)

    gc.callbacks.append(callback)
    return lambda: gc.callbacks.remove(callback)
