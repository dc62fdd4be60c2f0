"""X11: focus tracking through the X server and key events through XTEST (python-xlib).

As a rule there is nothing to activate: the popup grabs the keyboard and the chat window keeps
the focus (``ui.popup_grab``), which one round trip finds in place. The rest is for when the
focus did move: the popup had to take it, or was opened over one of Huashu's own windows.

Activation works with and without a window manager: with one, the window is also activated through
``_NET_ACTIVE_WINDOW`` (as a pager would, so focus-stealing prevention lets it through and the
manager raises it); either way the input focus is set directly, once the window is known to
be able to take it. The paste keys follow on the same connection without waiting for a
reply: the server carries out one client's requests in order, so they reach the window that
has just been given the focus, and a round trip at that moment waits behind the window
manager's and the chat program's own answers to the change
(0.2-13 ms measured). Without paste keys to follow (the popup was closed, or the reply only
copied), activation waits for the server to have moved the focus, because the popup's unmap
comes next on Qt's own connection.

The popup gives the focus away before it is unmapped (see ``services.paste``), so the manager
has no focus of its own to tidy up after it. It still handles our ``_NET_ACTIVE_WINDOW``
later, by focusing the client window: when the remembered focus is another window inside it
(a focus proxy, as Java and some Wine windows have), we wait until the server reports the
focus, then briefly until the manager reports the client active, so that it does not move the
focus while the paste keys are on their way.
"""

from __future__ import annotations

import logging
import select
import threading

from .base import PlatformError, WindowRef, wait_for_event, wait_until

log = logging.getLogger(__name__)

_MODIFIER_KEYSYMS = (
    "Control_L", "Control_R", "Alt_L", "Alt_R", "Shift_L", "Shift_R", "Super_L", "Super_R",
    "Meta_L", "Meta_R", "ISO_Level3_Shift",
)


WM_GRACE = 0.1
"""How long to wait for the window manager to report a focus-proxy window's client active: a
manager that ignores the request must not slow every such paste by the whole timeout."""


class _Connection:
    """One X connection for the main thread (python-xlib displays are not thread-safe)."""

    def __init__(self, display_name: str | None = None) -> None:
        try:
            from Xlib import X, XK, display, error
            from Xlib.ext import xtest
        except ImportError as exc:
            raise PlatformError("xlib_missing", reason=exc) from None
        try:
            self.display = display.Display(display_name)
        except Exception as exc:
            raise PlatformError("x11_unreachable", reason=exc) from None
        if not self.display.has_extension("XTEST"):
            raise PlatformError("x11_no_xtest")
        self.X, self.XK, self.xtest, self.error = X, XK, xtest, error
        self.root = self.display.screen().root
        self.net_active = self.display.intern_atom("_NET_ACTIVE_WINDOW")
        self.lock = threading.Lock()

    def keycode(self, name: str) -> int:
        code = self.display.keysym_to_keycode(self.XK.string_to_keysym(name))
        if not code:
            raise PlatformError("x11_missing_key", key=name)
        return code


class X11Windows:
    def __init__(self, connection: _Connection) -> None:
        self._x = connection

    def _wm_active(self) -> int | None:
        prop = self._x.root.get_full_property(self._x.net_active, self._x.X.AnyPropertyType)
        if prop is None or not prop.value:
            return None
        return int(prop.value[0]) or None

    def _focus(self) -> int | None:
        focus = self._x.display.get_input_focus().focus
        if isinstance(focus, int):  # None / PointerRoot
            return None
        return focus.id

    def active(self) -> WindowRef | None:
        with self._x.lock:
            focus = self._focus()
            client = self._wm_active()
        if focus is None and client is None:
            return None
        return WindowRef((focus, client), "")

    def activate(self, window: WindowRef, timeout: float = 0.5, *,
                 keys_follow: bool = False) -> bool:
        focus, client = window.handle
        target = focus if focus is not None else client
        with self._x.lock:
            if self._focus() == target:  # it never lost it: the popup grabbed the keys
                return True
        if client is not None and target != client:
            return self._activate_proxy(target, client, timeout)
        x = self._x
        with x.lock:
            viewable = self._viewable(target)
            if client is not None:
                self._ask_manager(client)
            if not viewable:
                x.display.flush()
                return False
            # Unmapped or closed after the check (a window of a millisecond): logged, and the
            # keys then go to whichever window still has the focus.
            failed: list[object] = []
            x.display.set_input_focus(target, x.X.RevertToParent, x.X.CurrentTime,
                                      onerror=lambda *a: failed.append(a) or log.warning(
                                          "the chat window refused the focus: %s", a))
            if keys_follow:
                x.display.flush()
                return True
            x.display.sync()  # the popup's unmap, sent next on Qt's connection, comes after
            return not failed

    def _viewable(self, window: int) -> bool:
        """Whether ``window`` can take the focus (mapped, and its ancestors too): asked before
        the focus moves, while the server is not yet busy with the window manager's and the
        chat program's answers to it."""
        x = self._x
        try:
            attributes = x.display.create_resource_object("window", window).get_attributes()
        except x.error.XError:  # BadWindow: the chat window is gone
            return False
        return attributes.map_state == x.X.IsViewable

    def _ask_manager(self, client: int) -> None:
        """Activate ``client`` through the window manager, as a pager would."""
        from Xlib.protocol import event

        x = self._x
        message = event.ClientMessage(
            window=x.display.create_resource_object("window", client),
            client_type=x.net_active, data=(32, [2, x.X.CurrentTime, 0, 0, 0]))
        x.root.send_event(message, event_mask=x.X.SubstructureRedirectMask
                          | x.X.SubstructureNotifyMask)

    def _activate_proxy(self, target: int, client: int, timeout: float) -> bool:
        """Focus ``target``, a window inside ``client``: wait until the server reports the
        focus, then briefly until the manager reports the client active (WM_GRACE)."""
        x = self._x
        failed: list[object] = []
        with x.lock:
            self._drain()
            self._listen(target, True)
            try:
                self._ask_manager(client)
                x.display.set_input_focus(target, x.X.RevertToParent, x.X.CurrentTime,
                                          onerror=lambda *a: failed.append(a))
                focused = wait_for_event(lambda: bool(failed) or self._focus() == target,
                                         self._next_event, timeout) and not failed
                if focused:
                    wait_for_event(lambda: self._wm_active() == client, self._next_event,
                                   WM_GRACE)
                    focused = self._focus() == target
                return focused
            finally:
                self._listen(target, False)

    def _listen(self, window: int, on: bool) -> None:
        """Have the server tell us of focus changes on ``window`` and of the active window."""
        x = self._x
        x.root.change_attributes(event_mask=x.X.PropertyChangeMask if on else 0)
        x.display.create_resource_object("window", window).change_attributes(
            event_mask=x.X.FocusChangeMask if on else 0, onerror=lambda *a: None)

    def _next_event(self, seconds: float) -> bool:
        """Block until the server sends us an event (True) or ``seconds`` pass (False)."""
        display = self._x.display
        if not display.pending_events():
            ready, _, _ = select.select([display.fileno()], [], [], seconds)
            if not ready:
                return False
        return self._drain()

    def _drain(self) -> bool:
        display, got = self._x.display, False
        while display.pending_events():
            display.next_event()
            got = True
        return got

    def input_barrier(self, window: WindowRef) -> PlatformError | None:
        return None


class X11Keys:
    def __init__(self, connection: _Connection) -> None:
        self._x = connection
        self._modifiers = [c for c in (connection.display.keysym_to_keycode(
            connection.XK.string_to_keysym(name)) for name in _MODIFIER_KEYSYMS) if c]

    def wait_modifiers_released(self, timeout: float = 1.0) -> bool:
        def released() -> bool:
            keymap = self._x.display.query_keymap()
            return not any(keymap[c // 8] & (1 << (c % 8)) for c in self._modifiers)

        with self._x.lock:
            return wait_until(released, timeout, 0.002)

    def _chord(self, *names: str) -> None:
        x = self._x
        codes = [x.keycode(n) for n in names]
        with x.lock:
            for code in codes:
                x.xtest.fake_input(x.display, x.X.KeyPress, code)
            for code in reversed(codes):
                x.xtest.fake_input(x.display, x.X.KeyRelease, code)
            x.display.flush()

    def paste(self, keys: str) -> None:
        if keys == "shift+insert":
            self._chord("Shift_L", "Insert")
        else:
            self._chord("Control_L", "v")

    def enter(self) -> None:
        self._chord("Return")


def x11_backends(display_name: str | None = None) -> tuple[X11Windows, X11Keys]:
    connection = _Connection(display_name)
    return X11Windows(connection), X11Keys(connection)
