"""The Win32 API as the Windows backends use it: structures, constants and the DLLs.

The backends receive a :class:`Win32` bundle instead of loading DLLs themselves, so tests can
hand them recording fakes. Structures are plain ctypes and build on any system; only
:func:`load_win32` needs Windows.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from ctypes import wintypes
from dataclasses import dataclass
from typing import Any

from .base import PlatformError
from .ffi import Prototypes, declare

INPUT_KEYBOARD = 1
KEYEVENTF_EXTENDEDKEY = 0x0001
KEYEVENTF_KEYUP = 0x0002
MAPVK_VK_TO_VSC = 0

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
WM_QUIT, WM_HOTKEY, WM_USER = 0x0012, 0x0312, 0x0400
PM_NOREMOVE = 0
ERROR_HOTKEY_ALREADY_REGISTERED = 1409

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
TOKEN_QUERY = 0x0008
TOKEN_ELEVATION_CLASS = 20  # TOKEN_INFORMATION_CLASS.TokenElevation
SW_RESTORE = 9
MAX_PATH_CHARS = 32768  # the longest path Windows hands out, with the \\?\ prefix


# Windows' integer types by width: ctypes.wintypes.DWORD and LONG are C longs, 8 bytes on
# 64-bit Linux and macOS, so structures built from them have Windows' layout only on Windows.
DWORD, LONG, WORD = ctypes.c_uint32, ctypes.c_int32, ctypes.c_uint16


def input_structure(ulong_ptr: type = ctypes.c_size_t) -> type[ctypes.Structure]:
    """SendInput's INPUT for a pointer-sized ``ulong_ptr`` (ULONG_PTR): 40 bytes on 64-bit
    Windows, 28 on 32-bit. The mouse member is the union's largest and sets its size."""

    class MOUSEINPUT(ctypes.Structure):
        _fields_ = [("dx", LONG), ("dy", LONG), ("mouseData", DWORD), ("dwFlags", DWORD),
                    ("time", DWORD), ("dwExtraInfo", ulong_ptr)]

    class KEYBDINPUT(ctypes.Structure):
        _fields_ = [("wVk", WORD), ("wScan", WORD), ("dwFlags", DWORD), ("time", DWORD),
                    ("dwExtraInfo", ulong_ptr)]

    class HARDWAREINPUT(ctypes.Structure):
        _fields_ = [("uMsg", DWORD), ("wParamL", WORD), ("wParamH", WORD)]

    class INPUTUNION(ctypes.Union):
        _fields_ = [("mi", MOUSEINPUT), ("ki", KEYBDINPUT), ("hi", HARDWAREINPUT)]

    class INPUT(ctypes.Structure):
        _anonymous_ = ("u",)
        _fields_ = [("type", DWORD), ("u", INPUTUNION)]

    return INPUT


INPUT = input_structure()


class POINT(ctypes.Structure):
    _fields_ = [("x", LONG), ("y", LONG)]


class MSG(ctypes.Structure):
    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint32),
                ("wParam", ctypes.c_size_t), ("lParam", ctypes.c_ssize_t), ("time", DWORD),
                ("pt", POINT)]


class TOKEN_ELEVATION(ctypes.Structure):
    _fields_ = [("TokenIsElevated", DWORD)]


@dataclass(frozen=True)
class Win32:
    """The three DLLs and how to read the calling thread's last error after a failed call."""

    user32: Any
    kernel32: Any
    advapi32: Any
    last_error: Callable[[], int]


PROTOTYPES: dict[str, Prototypes] = {
    "user32": {
        "GetForegroundWindow": (wintypes.HWND, []),
        "GetWindowTextLengthW": (ctypes.c_int, [wintypes.HWND]),
        "GetWindowTextW": (ctypes.c_int, [wintypes.HWND, wintypes.LPWSTR, ctypes.c_int]),
        "SetForegroundWindow": (wintypes.BOOL, [wintypes.HWND]),
        "BringWindowToTop": (wintypes.BOOL, [wintypes.HWND]),
        "IsWindow": (wintypes.BOOL, [wintypes.HWND]),
        "IsIconic": (wintypes.BOOL, [wintypes.HWND]),
        "ShowWindow": (wintypes.BOOL, [wintypes.HWND, ctypes.c_int]),
        "GetWindowThreadProcessId": (wintypes.DWORD,
                                     [wintypes.HWND, ctypes.POINTER(wintypes.DWORD)]),
        "AttachThreadInput": (wintypes.BOOL, [wintypes.DWORD, wintypes.DWORD, wintypes.BOOL]),
        "GetAsyncKeyState": (ctypes.c_short, [ctypes.c_int]),
        "MapVirtualKeyW": (wintypes.UINT, [wintypes.UINT, wintypes.UINT]),
        "VkKeyScanW": (ctypes.c_short, [wintypes.WCHAR]),
        "SendInput": (wintypes.UINT, [wintypes.UINT, ctypes.POINTER(INPUT), ctypes.c_int]),
        "RegisterHotKey": (wintypes.BOOL,
                           [wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT]),
        "UnregisterHotKey": (wintypes.BOOL, [wintypes.HWND, ctypes.c_int]),
        "GetMessageW": (wintypes.BOOL, [ctypes.POINTER(MSG), wintypes.HWND, wintypes.UINT,
                                        wintypes.UINT]),
        "PeekMessageW": (wintypes.BOOL, [ctypes.POINTER(MSG), wintypes.HWND, wintypes.UINT,
                                         wintypes.UINT, wintypes.UINT]),
        "PostThreadMessageW": (wintypes.BOOL, [wintypes.DWORD, wintypes.UINT, wintypes.WPARAM,
                                               wintypes.LPARAM]),
    },
    "kernel32": {
        "GetCurrentThreadId": (wintypes.DWORD, []),
        "GetCurrentProcess": (wintypes.HANDLE, []),
        "OpenProcess": (wintypes.HANDLE, [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]),
        "CloseHandle": (wintypes.BOOL, [wintypes.HANDLE]),
        "QueryFullProcessImageNameW": (wintypes.BOOL, [wintypes.HANDLE, wintypes.DWORD,
                                                       wintypes.LPWSTR,
                                                       ctypes.POINTER(wintypes.DWORD)]),
    },
    "advapi32": {
        "OpenProcessToken": (wintypes.BOOL, [wintypes.HANDLE, wintypes.DWORD,
                                             ctypes.POINTER(wintypes.HANDLE)]),
        "GetTokenInformation": (wintypes.BOOL, [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p,
                                                wintypes.DWORD,
                                                ctypes.POINTER(wintypes.DWORD)]),
    },
}


def load_win32() -> Win32:
    windll = getattr(ctypes, "WinDLL", None)
    if windll is None:
        raise PlatformError("user32_unavailable", reason=f"no Windows DLLs on {sys.platform}")
    try:
        libraries = {name: declare(windll(name, use_last_error=True), prototypes)
                     for name, prototypes in PROTOTYPES.items()}
    except OSError as exc:
        raise PlatformError("user32_unavailable", reason=exc) from None
    return Win32(last_error=ctypes.get_last_error, **libraries)  # type: ignore[attr-defined]
