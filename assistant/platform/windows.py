"""Windows: the foreground window, elevation and key events through the Win32 API (ctypes).

Every backend takes a :class:`~assistant.platform.win32.Win32` bundle; :func:`windows_backends`
loads the real DLLs.
"""

from __future__ import annotations

import ctypes
import logging
import ntpath
from collections.abc import Iterator
from contextlib import contextmanager
from ctypes import wintypes

from .base import PlatformError, WindowRef, wait_until
from .win32 import (INPUT, INPUT_KEYBOARD, KEYEVENTF_EXTENDEDKEY, KEYEVENTF_KEYUP,
                    MAPVK_VK_TO_VSC, MAX_PATH_CHARS, PROCESS_QUERY_LIMITED_INFORMATION,
                    SW_RESTORE, TOKEN_ELEVATION, TOKEN_ELEVATION_CLASS, TOKEN_QUERY, Win32,
                    load_win32)
from .windows_hotkey import WindowsHotkeys

log = logging.getLogger(__name__)

VK = {"ctrl": 0x11, "shift": 0x10, "alt": 0x12, "lwin": 0x5B, "rwin": 0x5C,
      "v": 0x56, "insert": 0x2D, "enter": 0x0D}
_EXTENDED_KEYS = {"insert"}


def send_keys(win32: Win32, presses: list[tuple[str, bool]]) -> bool:
    """Send (key name, released) events in one ``SendInput`` call, so that no real key press
    can land in between. False when Windows inserted fewer events than sent: UIPI drops input
    meant for a window of higher integrity (administrator), and security software may too."""
    user32 = win32.user32
    batch = (INPUT * len(presses))()
    for event, (name, up) in zip(batch, presses, strict=True):
        vk = VK[name]
        event.type = INPUT_KEYBOARD
        event.ki.wVk = vk
        event.ki.wScan = user32.MapVirtualKeyW(vk, MAPVK_VK_TO_VSC) & 0xFFFF
        event.ki.dwFlags = (KEYEVENTF_EXTENDEDKEY if name in _EXTENDED_KEYS else 0) \
            | (KEYEVENTF_KEYUP if up else 0)
    sent = user32.SendInput(len(presses), batch, ctypes.sizeof(INPUT))
    if sent == len(presses):
        return True
    log.warning("SendInput inserted %s of %s key events (error %s)", sent, len(presses),
                win32.last_error())
    return False


class WindowsWindows:
    def __init__(self, win32: Win32) -> None:
        self._win32 = win32
        self._own_elevation: bool | None = None

    def active(self) -> WindowRef | None:
        hwnd = self._win32.user32.GetForegroundWindow()
        if not hwnd:
            return None
        return WindowRef(hwnd, self._title(hwnd), self._program(hwnd))

    def _title(self, hwnd: int) -> str:
        user32 = self._win32.user32
        size = user32.GetWindowTextLengthW(hwnd) + 1
        buffer = ctypes.create_unicode_buffer(size)
        user32.GetWindowTextW(hwnd, buffer, size)
        return buffer.value

    def _program(self, hwnd: int) -> str:
        """The file name of the window's executable (``AliWorkbench.exe``), or ""."""
        with self._process(self._pid(hwnd)) as process:
            if process is None:
                return ""
            size = wintypes.DWORD(MAX_PATH_CHARS)
            path = ctypes.create_unicode_buffer(size.value)
            if not self._win32.kernel32.QueryFullProcessImageNameW(process, 0, path,
                                                                   ctypes.pointer(size)):
                return ""
            return ntpath.basename(path.value)

    def _pid(self, hwnd: int) -> int:
        pid = wintypes.DWORD()
        self._win32.user32.GetWindowThreadProcessId(hwnd, ctypes.pointer(pid))
        return pid.value

    @contextmanager
    def _process(self, pid: int) -> Iterator[int | None]:
        """The process opened for queries (closed afterwards), or None when it cannot be."""
        kernel32 = self._win32.kernel32
        process = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid) \
            if pid else None
        try:
            yield process or None
        finally:
            if process:
                kernel32.CloseHandle(process)

    def activate(self, window: WindowRef, timeout: float = 0.5, *,
                 keys_follow: bool = False) -> bool:
        """``SetForegroundWindow`` is allowed to us right after the hotkey (our process received
        the last input) and while the popup is in front. When Windows refuses it anyway (the
        foreground lock), the documented ways to be allowed follow: attaching to the foreground
        thread's input, then being the process that sent the last input (an Alt tap)."""
        user32, hwnd = self._win32.user32, window.handle
        if not user32.IsWindow(hwnd):
            return False
        if user32.IsIconic(hwnd):
            user32.ShowWindow(hwnd, SW_RESTORE)
        if not user32.SetForegroundWindow(hwnd) and not self._attached_foreground(hwnd):
            send_keys(self._win32, [("alt", False), ("alt", True)])
            user32.SetForegroundWindow(hwnd)
        return wait_until(lambda: user32.GetForegroundWindow() == hwnd, timeout)

    def _attached_foreground(self, hwnd: int) -> bool:
        user32 = self._win32.user32
        ours = self._win32.kernel32.GetCurrentThreadId()
        theirs = user32.GetWindowThreadProcessId(user32.GetForegroundWindow(), None)
        attached = bool(theirs) and theirs != ours and user32.AttachThreadInput(ours, theirs, True)
        try:
            user32.BringWindowToTop(hwnd)
            return bool(user32.SetForegroundWindow(hwnd))
        finally:
            if attached:
                user32.AttachThreadInput(ours, theirs, False)

    def input_barrier(self, window: WindowRef) -> PlatformError | None:
        """Windows drops input that a normal process sends to an elevated (administrator)
        window (UIPI), without telling the sender: find out before pressing keys."""
        with self._process(self._pid(window.handle)) as process:
            if process is None or self._token_elevated(process) is not True:
                return None
        if self._own_elevation is None:
            self._own_elevation = bool(self._token_elevated(
                self._win32.kernel32.GetCurrentProcess()))
        return None if self._own_elevation else PlatformError("paste_target_elevated")

    def _token_elevated(self, process: int) -> bool | None:
        """Whether ``process`` runs elevated; None when its token cannot be read."""
        token = wintypes.HANDLE()
        if not self._win32.advapi32.OpenProcessToken(process, TOKEN_QUERY, ctypes.pointer(token)):
            return None
        try:
            elevation, size = TOKEN_ELEVATION(), wintypes.DWORD()
            if not self._win32.advapi32.GetTokenInformation(
                    token, TOKEN_ELEVATION_CLASS, ctypes.pointer(elevation),
                    ctypes.sizeof(elevation), ctypes.pointer(size)):
                return None
            return bool(elevation.TokenIsElevated)
        finally:
            self._win32.kernel32.CloseHandle(token)


class WindowsKeys:
    def __init__(self, win32: Win32) -> None:
        self._win32 = win32

    def _held(self, vk: int) -> bool:
        return bool(self._win32.user32.GetAsyncKeyState(vk) & 0x8000)

    def wait_modifiers_released(self, timeout: float = 1.0) -> bool:
        modifiers = [VK[k] for k in ("ctrl", "shift", "alt", "lwin", "rwin")]
        return wait_until(lambda: not any(self._held(vk) for vk in modifiers), timeout, 0.002)

    def _chord(self, *names: str) -> None:
        """Press ``names`` in order and release them in reverse."""
        presses = [(name, False) for name in names] + [(name, True) for name in reversed(names)]
        if not send_keys(self._win32, presses):
            raise PlatformError("keys_blocked")

    def paste(self, keys: str) -> None:
        self._chord(*(("shift", "insert") if keys == "shift+insert" else ("ctrl", "v")))

    def enter(self) -> None:
        self._chord("enter")


def windows_backends(win32: Win32 | None = None
                     ) -> tuple[WindowsWindows, WindowsKeys, WindowsHotkeys]:
    win32 = win32 or load_win32()
    return WindowsWindows(win32), WindowsKeys(win32), WindowsHotkeys(win32)
