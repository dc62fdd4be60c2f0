"""X11: focus tracking through the X server and key events through XTEST (python-xlib).

Works with and without a window manager: with one, the window is activated through
``_NET_ACTIVE_WINDOW`` (as a pager would, so focus-stealing prevention lets it through); without
one, input focus is set directly. Either way we return only once the server reports that the
window really has the focus, polling every millisecond instead of sleeping a fixed time.
"""

from __future__ import annotations

import threading

from .base import PlatformError, WindowRef, wait_until

_MODIFIER_KEYSYMS = (
    "Control_L", "Control_R", "Alt_L", "Alt_R", "Shift_L", "Shift_R", "Super_L", "Super_R",
    "Meta_L", "Meta_R", "ISO_Level3_Shift",
)


class _Connection:
    """One X connection for the main thread (python-xlib displays are not thread-safe)."""

    def __init__(self, display_name: str | None = None) -> None:
        try:
            from Xlib import X, XK, display
            from Xlib.ext import xtest
        except ImportError as exc:
            raise PlatformError("xlib_missing", reason=exc) from None
        try:
            self.display = display.Display(display_name)
        except Exception as exc:
            raise PlatformError("x11_unreachable", reason=exc) from None
        if not self.display.has_extension("XTEST"):
            raise PlatformError("x11_no_xtest")
        self.X, self.XK, self.xtest = X, XK, xtest
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

    def activate(self, window: WindowRef, timeout: float = 0.5) -> bool:
        focus, client = window.handle
        x = self._x
        failed: list[object] = []
        with x.lock:
            if client is not None:
                from Xlib.protocol import event

                message = event.ClientMessage(
                    window=x.display.create_resource_object("window", client),
                    client_type=x.net_active, data=(32, [2, x.X.CurrentTime, 0, 0, 0]))
                x.root.send_event(message, event_mask=x.X.SubstructureRedirectMask
                                  | x.X.SubstructureNotifyMask)
            target = focus if focus is not None else client
            x.display.set_input_focus(target, x.X.RevertToParent, x.X.CurrentTime,
                                      onerror=lambda *a: failed.append(a))
            x.display.sync()
            wait_until(lambda: bool(failed) or self._focus() == target, timeout)
            return not failed and self._focus() == target

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
            x.display.sync()

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
