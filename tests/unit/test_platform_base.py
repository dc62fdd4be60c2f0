import time

from assistant.platform.base import wait_for_event, wait_until


def test_wait_until_returns_as_soon_as_the_condition_holds():
    ready_at = time.perf_counter() + 0.03
    started = time.perf_counter()
    assert wait_until(lambda: time.perf_counter() >= ready_at, timeout=2)
    assert time.perf_counter() - started < 1


def test_wait_until_gives_up_after_the_timeout():
    calls = []
    assert not wait_until(lambda: calls.append(1) and False, timeout=0.02)
    assert len(calls) > 1


class FakeEvents:
    """A desktop whose state changes when its n-th event is delivered."""

    def __init__(self, ready_after: int | None) -> None:
        self.ready_after = ready_after
        self.delivered = 0
        self.waits: list[float] = []

    def ready(self) -> bool:
        return self.ready_after is not None and self.delivered >= self.ready_after

    def next_event(self, seconds: float) -> bool:
        self.waits.append(seconds)
        if self.ready_after is None:
            time.sleep(seconds)
            return False
        self.delivered += 1
        return True


def test_wait_for_event_checks_again_at_each_event_and_stops_when_ready():
    events = FakeEvents(ready_after=3)
    assert wait_for_event(events.ready, events.next_event, timeout=5)
    assert events.delivered == 3


def test_wait_for_event_does_not_wait_when_already_ready():
    events = FakeEvents(ready_after=0)
    assert wait_for_event(events.ready, events.next_event, timeout=5)
    assert events.waits == []


def test_wait_for_event_rechecks_without_events_and_gives_up_at_the_timeout():
    events = FakeEvents(ready_after=None)
    started = time.perf_counter()
    assert not wait_for_event(events.ready, events.next_event, timeout=0.05, recheck=0.01)
    assert 0.05 <= time.perf_counter() - started < 1
    assert len(events.waits) >= 4 and max(events.waits) <= 0.01


def test_wait_for_event_notices_a_change_no_event_announced():
    flips_at = time.perf_counter() + 0.02
    never = FakeEvents(ready_after=None)
    assert wait_for_event(lambda: time.perf_counter() >= flips_at, never.next_event,
                          timeout=2, recheck=0.005)
    assert time.perf_counter() - flips_at < 0.5
