import time

from assistant.platform.base import wait_until


def test_wait_until_returns_as_soon_as_the_condition_holds():
    ready_at = time.perf_counter() + 0.03
    started = time.perf_counter()
    assert wait_until(lambda: time.perf_counter() >= ready_at, timeout=2)
    assert time.perf_counter() - started < 1


def test_wait_until_gives_up_after_the_timeout():
    calls = []
    assert not wait_until(lambda: calls.append(1) and False, timeout=0.02)
    assert len(calls) > 1
