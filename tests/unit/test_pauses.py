import gc
import sys

from assistant.ui import pauses


def test_long_collections_are_reported_until_watching_stops():
    reported: list[float] = []
    stop = pauses.watch_collections(reported.append)
    try:
        garbage = [[i] for i in range(300_000)]
        gc.collect()
        assert reported and reported[-1] >= pauses.LONG_COLLECTION_MS
    finally:
        stop()
    count = len(reported)
    gc.collect()
    assert len(reported) == count
    del garbage


def test_settling_the_heap_freezes_what_is_alive():
    try:
        pauses.settle_heap()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_ui_thread_waits_at_most_a_millisecond_for_the_lock():
    before = sys.getswitchinterval()
    try:
        pauses.shorten_lock_hand_over()
        assert sys.getswitchinterval() == pauses.SWITCH_INTERVAL
    finally:
        sys.setswitchinterval(before)
