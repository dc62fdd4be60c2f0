"""X11 activation against a recording fake of the python-xlib connection: which requests are
sent, and when the paste waits for the window manager (only for a focus proxy)."""

from __future__ import annotations

import threading
from types import SimpleNamespace

from assistant.platform.base import WindowRef
from assistant.platform.x11 import X11Windows

NET_ACTIVE = 300


class FakeX:
    """The server's focus and _NET_ACTIVE_WINDOW; the window manager names the client active
    only after ``wm_delay`` more events have been read."""

    X = SimpleNamespace(PropertyChangeMask=1 << 22, FocusChangeMask=1 << 21,
                        SubstructureRedirectMask=1 << 20, SubstructureNotifyMask=1 << 19,
                        RevertToParent=2, CurrentTime=0, AnyPropertyType=0)

    def __init__(self, wm_delay: int = 2) -> None:
        self.calls: list[tuple] = []
        self.focus: int | None = None
        self.active: int | None = None
        self.wm_delay = wm_delay
        self.pending_client: int | None = None
        self.lock = threading.Lock()
        self.net_active = NET_ACTIVE
        fake = self

        class Window:
            def __init__(self, wid: int) -> None:
                self.id = wid

            def __index__(self) -> int:  # how python-xlib packs a window into an event
                return self.id

            def change_attributes(self, event_mask: int, onerror=None) -> None:
                fake.calls.append(("listen", self.id, event_mask))

            def send_event(self, message, event_mask: int) -> None:
                fake.calls.append(("net_active_window", message.window.id))
                fake.pending_client = message.window.id

            def get_full_property(self, atom, kind):
                fake.calls.append(("read_active",))
                return SimpleNamespace(value=[fake.active or 0])

        self.Window = Window
        self.root = Window(1)
        self.display = SimpleNamespace(
            create_resource_object=lambda kind, wid: Window(wid),
            set_input_focus=self._set_focus,
            get_input_focus=lambda: SimpleNamespace(focus=Window(self.focus)),
            pending_events=lambda: False,
        )
        self.events = 0

    def _set_focus(self, wid: int, revert, time, onerror=None) -> None:
        self.calls.append(("set_focus", wid))
        self.focus = wid

    def next_event(self, seconds: float) -> bool:
        """One event from the server (X11Windows._next_event's part)."""
        self.events += 1
        if self.pending_client is not None and self.events >= self.wm_delay:
            self.active = self.pending_client
        return True


def _activate(fake: FakeX, focus: int, client: int) -> bool:
    windows = X11Windows(fake)
    windows._next_event = fake.next_event
    return windows.activate(WindowRef((focus, client), ""), timeout=0.2)


def test_a_client_that_takes_the_focus_itself_is_pasted_into_without_waiting_for_the_manager():
    fake = FakeX(wm_delay=50)
    assert _activate(fake, focus=10, client=10)
    names = [c[0] for c in fake.calls]
    assert names.index("net_active_window") < names.index("set_focus")
    assert "read_active" not in names  # the manager's answer is not waited for
    assert not any(c[0] == "listen" and c[1] == 1 for c in fake.calls)  # root not watched
    assert fake.active is None


def test_a_focus_proxy_waits_until_the_manager_names_its_client_active():
    fake = FakeX(wm_delay=3)
    assert _activate(fake, focus=11, client=10)
    assert ("set_focus", 11) in fake.calls
    assert ("read_active",) in fake.calls and fake.active == 10
    root_masks = [c[2] for c in fake.calls if c[0] == "listen" and c[1] == 1]
    assert root_masks == [FakeX.X.PropertyChangeMask, 0]  # watched, then left alone
