"""Windows: foreground window and key events through user32 (ctypes, no extra packages)."""

from __future__ import annotations

import ctypes

from .base import PlatformError, WindowRef, wait_until

_VK = {"ctrl": 0x11, "shift": 0x10, "alt": 0x12, "lwin": 0x5B, "rwin": 0x5C,
       "v": 0x56, "insert": 0x2D, "enter": 0x0D}
_KEYUP = 0x0002
_EXTENDED = 0x0001
_SW_RESTORE = 9


def _user32():
    try:
        return ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    except (AttributeError, OSError) as exc:
        raise PlatformError("user32_unavailable", reason=exc) from None


class WindowsWindows:
    def __init__(self) -> None:
        self._user32 = _user32()
        self._kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]

    def active(self) -> WindowRef | None:
        hwnd = self._user32.GetForegroundWindow()
        return WindowRef(hwnd) if hwnd else None

    def activate(self, window: WindowRef, timeout: float = 0.5) -> bool:
        user32, hwnd = self._user32, window.handle
        if not user32.IsWindow(hwnd):
            return False
        if user32.IsIconic(hwnd):
            user32.ShowWindow(hwnd, _SW_RESTORE)
        # Windows lets a process take the foreground only in some cases; attaching to the
        # current foreground thread's input is the documented way to be allowed to.
        foreground = user32.GetForegroundWindow()
        ours = self._kernel32.GetCurrentThreadId()
        theirs = user32.GetWindowThreadProcessId(foreground, None)
        attached = theirs and theirs != ours and user32.AttachThreadInput(ours, theirs, True)
        try:
            user32.SetForegroundWindow(hwnd)
        finally:
            if attached:
                user32.AttachThreadInput(ours, theirs, False)
        return wait_until(lambda: user32.GetForegroundWindow() == hwnd, timeout)

    def input_barrier(self, window: WindowRef) -> PlatformError | None:
        return None


class WindowsKeys:
    def __init__(self) -> None:
        self._user32 = _user32()

    def _held(self, vk: int) -> bool:
        return bool(self._user32.GetAsyncKeyState(vk) & 0x8000)

    def wait_modifiers_released(self, timeout: float = 1.0) -> bool:
        modifiers = [_VK[k] for k in ("ctrl", "shift", "alt", "lwin", "rwin")]
        return wait_until(lambda: not any(self._held(vk) for vk in modifiers), timeout, 0.002)

    def _chord(self, *names: str) -> None:
        for name in names:
            flags = _EXTENDED if name == "insert" else 0
            self._user32.keybd_event(_VK[name], 0, flags, 0)
        for name in reversed(names):
            flags = (_EXTENDED if name == "insert" else 0) | _KEYUP
            self._user32.keybd_event(_VK[name], 0, flags, 0)

    def paste(self, keys: str) -> None:
        self._chord(*(("shift", "insert") if keys == "shift+insert" else ("ctrl", "v")))

    def enter(self) -> None:
        self._chord("enter")
