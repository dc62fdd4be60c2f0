"""X11 activation against a recording fake of the python-xlib connection: which requests are
sent, and when the paste waits for the server and the window manager (only for a focus
proxy)."""

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
                        RevertToParent=2, CurrentTime=0, AnyPropertyType=0, IsViewable=2,
                        IsUnmapped=0)

    class XError(Exception):
        pass

    error = SimpleNamespace(XError=XError)

    def __init__(self, wm_delay: int = 2) -> None:
        self.calls: list[tuple] = []
        self.focus: int | None = None
        self.active: int | None = None
        self.wm_delay = wm_delay
        self.pending_client: int | None = None
        self.unmapped: set[int] = set()
        self.gone: set[int] = set()
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

            def get_attributes(self):
                fake.calls.append(("get_attributes", self.id))
                if self.id in fake.gone:
                    raise FakeX.XError("BadWindow")
                return SimpleNamespace(map_state=fake.X.IsUnmapped if self.id in fake.unmapped
                                       else fake.X.IsViewable)

            def get_full_property(self, atom, kind):
                fake.calls.append(("read_active",))
                return SimpleNamespace(value=[fake.active or 0])

        self.Window = Window
        self.root = Window(1)
        self.display = SimpleNamespace(
            create_resource_object=lambda kind, wid: Window(wid),
            set_input_focus=self._set_focus,
            get_input_focus=self._get_focus,
            pending_events=lambda: False,
            flush=lambda: self.calls.append(("flush",)),
            sync=self._sync,
        )
        self.refuse_focus = False
        self._onerror = None
        self.events = 0

    def _get_focus(self):
        self.calls.append(("get_focus",))
        return SimpleNamespace(focus=self.Window(self.focus))

    def _set_focus(self, wid: int, revert, time, onerror=None) -> None:
        self.calls.append(("set_focus", wid))
        if self.refuse_focus:
            self._onerror = onerror
        else:
            self.focus = wid

    def _sync(self) -> None:
        """A round trip: errors of the requests before it reach their handlers first."""
        self.calls.append(("sync",))
        if self._onerror is not None:
            self._onerror("BadMatch")

    def next_event(self, seconds: float) -> bool:
        """One event from the server (X11Windows._next_event's part)."""
        self.events += 1
        if self.pending_client is not None and self.events >= self.wm_delay:
            self.active = self.pending_client
        return True


def _activate(fake: FakeX, focus: int, client: int | None, keys_follow: bool = True) -> bool:
    windows = X11Windows(fake)
    windows._next_event = fake.next_event
    return windows.activate(WindowRef((focus, client), ""), timeout=0.2,
                            keys_follow=keys_follow)


def test_a_client_that_takes_the_focus_itself_gets_the_keys_without_a_round_trip_after_focus():
    fake = FakeX(wm_delay=50)
    assert _activate(fake, focus=10, client=10)
    names = [c[0] for c in fake.calls]
    assert names == ["get_focus", "get_attributes", "net_active_window", "set_focus", "flush"]
    assert fake.calls[1] == ("get_attributes", 10) and fake.focus == 10
    assert fake.events == 0  # neither the server's focus report nor the manager waited for


def test_without_keys_to_follow_the_focus_has_moved_before_activation_returns():
    """The popup's unmap comes next, on Qt's connection: it must not overtake the focus."""
    fake = FakeX()
    assert _activate(fake, focus=10, client=10, keys_follow=False)
    assert [c[0] for c in fake.calls] == ["get_focus", "get_attributes", "net_active_window",
                                         "set_focus", "sync"]


def test_a_focus_request_the_server_refuses_is_reported_when_no_keys_follow():
    fake = FakeX()
    fake.refuse_focus = True
    assert not _activate(fake, focus=10, client=10, keys_follow=False)


def test_a_window_that_cannot_take_the_focus_is_not_given_it():
    fake = FakeX()
    fake.unmapped.add(10)  # minimised: the manager is still asked to bring it back
    assert not _activate(fake, focus=10, client=10)
    assert ("net_active_window", 10) in fake.calls
    assert not any(c[0] == "set_focus" for c in fake.calls)


def test_a_closed_chat_window_is_not_activated():
    fake = FakeX()
    fake.gone.add(10)
    assert not _activate(fake, focus=10, client=10)
    assert not any(c[0] == "set_focus" for c in fake.calls)


def test_without_a_window_manager_the_focus_window_is_focused_directly():
    fake = FakeX()
    assert _activate(fake, focus=10, client=None)
    assert [c[0] for c in fake.calls] == ["get_focus", "get_attributes", "set_focus", "flush"]


def test_a_focus_proxy_waits_until_the_manager_names_its_client_active():
    fake = FakeX(wm_delay=3)
    assert _activate(fake, focus=11, client=10)
    assert ("set_focus", 11) in fake.calls
    assert ("read_active",) in fake.calls and fake.active == 10
    names = [c[0] for c in fake.calls]
    assert "get_focus" in names[names.index("set_focus"):]  # the server's report awaited
    root_masks = [c[2] for c in fake.calls if c[0] == "listen" and c[1] == 1]
    assert root_masks == [FakeX.X.PropertyChangeMask, 0]  # watched, then left alone


def test_a_chat_window_that_kept_the_focus_is_left_alone():
    """The popup grabbed the keys: no manager request, no focus request, no event awaited."""
    for focus, client in ((10, 10), (11, 10), (10, None)):
        fake = FakeX()
        fake.focus = focus
        assert _activate(fake, focus=focus, client=client)
        assert _activate(fake, focus=focus, client=client, keys_follow=False)
        assert [c[0] for c in fake.calls] == ["get_focus", "get_focus"]
        assert fake.events == 0
