"""The small interfaces the paste and hotkey use cases need from the desktop."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.core.errors import InvalidInput
from assistant.core.hotkey import Hotkey, parse_hotkey
from assistant.core.messages import LocalizedError


def wait_until(condition: Callable[[], bool], timeout: float, interval: float = 0.001) -> bool:
    """Poll ``condition`` until it holds (True) or ``timeout`` seconds pass (False).

    Used to wait for a state the desktop reports (focus arrived, keys released) instead of
    sleeping a fixed time: the wait ends within ``interval`` of the state changing."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            return False
        time.sleep(interval)
    return True


def wait_for_event(condition: Callable[[], bool], next_event: Callable[[float], bool],
                   timeout: float, recheck: float = 0.005) -> bool:
    """Wait until ``condition`` holds (True) or ``timeout`` seconds pass (False), checking it
    again whenever the desktop reports an event that may have changed it.

    ``next_event(seconds)`` blocks until such an event arrives (True) or ``seconds`` pass
    (False). The condition is also checked every ``recheck`` seconds without one, so a
    missed event costs a few milliseconds, never the whole timeout."""
    deadline = time.perf_counter() + timeout
    while not condition():
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            return False
        next_event(min(remaining, recheck))
    return True


class PlatformError(LocalizedError):
    """A desktop facility is unavailable (no display, key grab refused...). Message is for users:
    ``str(exc)`` in English, ``exc.text(language)`` in the user's language."""


def parse_for_registration(hotkey: str) -> Hotkey:
    """The stored ``hotkey`` parsed for a backend to register; PlatformError when invalid."""
    try:
        return parse_hotkey(hotkey)
    except InvalidInput as exc:
        raise PlatformError("hotkey_rejected", hotkey=hotkey, reason=exc) from None


@dataclass(frozen=True, slots=True)
class WindowRef:
    """An opaque handle on a top-level window of another application. Two refs are the same
    window when their handles are equal: the title and program name are for logs."""

    handle: Any
    title: str = field(default="", compare=False)
    app: str = field(default="", compare=False)
    """The program the window belongs to (its executable's name), when the system tells."""


class HotkeySource(Protocol):
    def start(self, hotkey: str, callback: Callable[[], None]) -> None:
        """Listen for ``hotkey`` (canonical form); ``callback`` runs on the listener's thread.

        Raises PlatformError when the hotkey cannot be registered."""

    def stop(self) -> None: ...


class WindowTracker(Protocol):
    def active(self) -> WindowRef | None:
        """The window that has keyboard focus now, or None if it cannot be told."""

    def activate(self, window: WindowRef, timeout: float = 0.5, *,
                 keys_follow: bool = False) -> bool:
        """Give ``window`` the focus; return once it really has it (True) or on timeout.

        ``keys_follow``: the paste keys come next through this same backend. A backend whose
        key events keep their order behind the focus request (X11: one connection's
        requests) may then return as soon as the request is sent; without it (the popup
        closes next, in another connection), it returns only once the focus has moved."""

    def input_barrier(self, window: WindowRef) -> PlatformError | None:
        """Why key presses sent from here would not reach ``window`` (the error's text says
        it to the user, and what to do), or None when nothing is known to stop them."""


class KeySender(Protocol):
    def wait_modifiers_released(self, timeout: float = 1.0) -> bool:
        """Return once no Ctrl/Alt/Shift/Super key is held (True) or on timeout (False)."""

    def paste(self, keys: str) -> None:
        """Press the paste chord: 'ctrl+v' (Cmd+V on macOS) or 'shift+insert'."""

    def enter(self) -> None: ...


class Clipboard(Protocol):
    def save(self) -> object:
        """A snapshot of everything on the clipboard, in every format that can be read."""

    def put_text(self, text: str) -> None: ...

    def text(self) -> str: ...

    def holds_own_text(self) -> bool:
        """Whether the clipboard still holds the last text put there by :meth:`put_text`."""

    def changes(self) -> int | None:
        """A count that moves whenever any program (this one too) changes the clipboard: a
        snapshot taken at one count is still the clipboard while the count stays. None when
        the system cannot tell."""

    def restore(self, snapshot: object) -> None: ...


@dataclass
class Desktop:
    """The concrete backends for one desktop session."""

    windows: WindowTracker
    keys: KeySender
    clipboard: Clipboard
    hotkeys: HotkeySource
    name: str = ""
    notices: tuple[PlatformError, ...] = ()
    """What the user should know from the start, such as a permission still to grant."""
    popup_keeps_focus: bool = False
    """The popup can take the keys with a keyboard grab and leave the focus on the chat
    window (X11), so that a paste needs no focus change."""
