"""The global hotkey on Windows through ``RegisterHotKey``, on a thread of its own.

Windows lets a process take the foreground only in some cases: the process that receives
``WM_HOTKEY`` qualifies, a low-level keyboard hook (pynput) does not. A registered hotkey is
also taken out of the input stream, so the key combination no longer reaches the chat window.

The hotkey is registered for a dedicated thread (no window: ``WM_HOTKEY`` arrives as a thread
message), which waits in its own ``GetMessageW`` loop. Stopping posts ``WM_QUIT`` to it; the
thread unregisters the hotkey itself, as Windows requires of the registering thread.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections.abc import Callable

from assistant.core.hotkey import Hotkey

from .base import PlatformError, parse_for_registration
from .win32 import (ERROR_HOTKEY_ALREADY_REGISTERED, MOD_ALT, MOD_CONTROL, MOD_NOREPEAT,
                    MOD_SHIFT, MOD_WIN, MSG, PM_NOREMOVE, WM_HOTKEY, WM_QUIT, WM_USER, Win32)

log = logging.getLogger(__name__)

HOTKEY_ID = 1
_MODIFIERS = {"ctrl": MOD_CONTROL, "alt": MOD_ALT, "shift": MOD_SHIFT, "cmd": MOD_WIN}
_NAMED_VK = {
    "space": 0x20, "tab": 0x09, "enter": 0x0D, "backspace": 0x08, "delete": 0x2E,
    "insert": 0x2D, "home": 0x24, "end": 0x23, "page_up": 0x21, "page_down": 0x22,
    "up": 0x26, "down": 0x28, "left": 0x25, "right": 0x27, "esc": 0x1B, "pause": 0x13,
    "print_screen": 0x2C, "menu": 0x5D,
    **{f"f{n}": 0x70 + n - 1 for n in range(1, 21)},
}


def win32_hotkey(hotkey: Hotkey, user32) -> tuple[int, int]:
    """``RegisterHotKey``'s modifier flags and virtual-key code for ``hotkey``. A punctuation
    key is looked up in the current keyboard layout (``VkKeyScanW``)."""
    modifiers = MOD_NOREPEAT
    for name in hotkey.modifiers:
        modifiers |= _MODIFIERS[name]
    key = hotkey.key
    if key in _NAMED_VK:
        return modifiers, _NAMED_VK[key]
    if key.isascii() and key.isalnum():
        return modifiers, ord(key.upper())
    scanned = user32.VkKeyScanW(key)
    if (scanned & 0xFF) == 0xFF:  # -1: no key types it in this layout
        raise PlatformError("hotkey_key_unavailable", hotkey=hotkey.display, key=key)
    return modifiers, scanned & 0xFF


class WindowsHotkeys:
    """A :class:`~assistant.platform.base.HotkeySource`; the callback runs on the hotkey thread."""

    def __init__(self, win32: Win32, start_timeout: float = 2.0) -> None:
        self._win32 = win32
        self._start_timeout = start_timeout
        self._thread: threading.Thread | None = None
        self._thread_id = 0

    def start(self, hotkey: str, callback: Callable[[], None]) -> None:
        self.stop()
        parsed = parse_for_registration(hotkey)
        modifiers, vk = win32_hotkey(parsed, self._win32.user32)
        registered = threading.Event()
        outcome: dict[str, object] = {}
        thread = threading.Thread(
            target=self._run, name="huashu-hotkey", daemon=True,
            args=(parsed, modifiers, vk, callback, registered, outcome))
        thread.start()
        if not registered.wait(self._start_timeout):
            raise PlatformError("hotkey_not_registered", hotkey=parsed.display)
        error = outcome.get("error")
        if isinstance(error, PlatformError):
            thread.join(self._start_timeout)
            raise error
        self._thread, self._thread_id = thread, int(outcome["thread_id"])  # type: ignore[arg-type]
        log.info("global hotkey %s registered", hotkey)

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._win32.user32.PostThreadMessageW(self._thread_id, WM_QUIT, 0, 0)
        if thread is not threading.current_thread():
            thread.join(self._start_timeout)

    def _run(self, hotkey: Hotkey, modifiers: int, vk: int, callback: Callable[[], None],
             registered: threading.Event, outcome: dict[str, object]) -> None:
        user32 = self._win32.user32
        msg = MSG()
        # Any message call gives the thread its queue, so WM_QUIT posted from stop() is kept.
        user32.PeekMessageW(ctypes.pointer(msg), None, WM_USER, WM_USER, PM_NOREMOVE)
        outcome["thread_id"] = self._win32.kernel32.GetCurrentThreadId()
        if not user32.RegisterHotKey(None, HOTKEY_ID, modifiers, vk):
            outcome["error"] = _registration_error(hotkey, self._win32.last_error())
            registered.set()
            return
        registered.set()
        try:
            while user32.GetMessageW(ctypes.pointer(msg), None, 0, 0) > 0:
                if msg.message == WM_HOTKEY and msg.wParam == HOTKEY_ID:
                    _call(callback)
        finally:
            user32.UnregisterHotKey(None, HOTKEY_ID)


def _registration_error(hotkey: Hotkey, code: int) -> PlatformError:
    if code == ERROR_HOTKEY_ALREADY_REGISTERED:
        return PlatformError("hotkey_in_use", hotkey=hotkey.display)
    return PlatformError("hotkey_registration_failed", hotkey=hotkey.display,
                         reason=f"Windows error {code}")


def _call(callback: Callable[[], None]) -> None:
    try:
        callback()
    except Exception:
        log.exception("the hotkey's callback failed")
