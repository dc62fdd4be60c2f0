"""A recording stand-in for user32, kernel32 and advapi32, enough to run the Windows backends
on any system: every call is kept with its arguments and the thread it ran on, and the few
pieces of window-system state the backends look at are plain attributes."""

from __future__ import annotations

import ctypes
import queue
import threading
from dataclasses import dataclass, field

from assistant.platform.win32 import WM_HOTKEY, WM_QUIT, Win32

OWN_PID = 4000
PSEUDO_PROCESS = -1  # GetCurrentProcess()
SCAN_CODES = {0x11: 0x1D, 0x10: 0x2A, 0x56: 0x2F, 0x2D: 0x52, 0x0D: 0x1C}
LAYOUT = {",": 0xBC, "/": 0xBF, ";": 0xBA}


@dataclass
class Call:
    dll: str
    name: str
    args: tuple
    thread: str


@dataclass
class FakeWindow:
    pid: int
    thread_id: int
    minimized: bool = False
    title: str = ""


@dataclass
class SentKey:
    type: int
    vk: int
    scan: int
    flags: int


@dataclass
class FakeWin32:
    windows: dict[int, FakeWindow] = field(default_factory=lambda: {
        0x1001: FakeWindow(pid=100, thread_id=11, title="客户小王 - 千牛工作台"),
        0x2002: FakeWindow(pid=200, thread_id=22, title="Notepad")})
    images: dict[int, str] = field(default_factory=lambda: {
        100: r"C:\Program Files (x86)\AliWorkSpace\AliWorkbench.exe",
        200: r"C:\Windows\System32\notepad.exe"})
    foreground: int = 0x2002
    elevated: dict[int, bool] = field(default_factory=dict)
    unopenable: set[int] = field(default_factory=set)
    refuse_foreground: bool = False
    """SetForegroundWindow fails unless our thread is attached to the foreground thread."""
    attaching_is_not_enough: bool = False
    """With refuse_foreground: SetForegroundWindow fails until we have sent an Alt tap."""
    foreground_after_polls: int = 0
    held: set[int] = field(default_factory=set)
    hotkey_error: int = 0
    send_input_result: int | None = None
    last_error: int = 0

    def __post_init__(self) -> None:
        self.calls: list[Call] = []
        self.sent: list[list[SentKey]] = []
        self.input_sizes: list[int] = []
        self.open_handles: dict[int, int] = {}
        self.attached: set[tuple[int, int]] = set()
        self.messages: queue.Queue = queue.Queue()
        self._pending_foreground: int | None = None
        self._sent_last_input = False
        self._polls = 0
        self.user32 = _Dll("user32", self)
        self.kernel32 = _Dll("kernel32", self)
        self.advapi32 = _Dll("advapi32", self)

    @property
    def bundle(self) -> Win32:
        return Win32(self.user32, self.kernel32, self.advapi32, lambda: self.last_error)

    def names(self, dll: str | None = None) -> list[str]:
        return [c.name for c in self.calls if dll is None or c.dll == dll]

    def press_hotkey(self, hotkey_id: int = 1) -> None:
        self.messages.put((WM_HOTKEY, hotkey_id))

    # -- user32: windows -------------------------------------------------------------------

    def GetForegroundWindow(self):
        if self._pending_foreground is not None:
            self._polls += 1
            if self._polls >= self.foreground_after_polls:
                self.foreground, self._pending_foreground = self._pending_foreground, None
        return self.foreground

    def SetForegroundWindow(self, hwnd):
        allowed = self._sent_last_input or (self.attached and not self.attaching_is_not_enough)
        if self.refuse_foreground and not allowed:
            return 0
        if self.foreground_after_polls:
            self._pending_foreground, self._polls = hwnd, 0
        else:
            self.foreground = hwnd
        return 1

    def GetWindowTextLengthW(self, hwnd):
        return len(self.windows[hwnd].title)

    def GetWindowTextW(self, hwnd, buffer, size):
        buffer.value = self.windows[hwnd].title[:size - 1]
        return len(buffer.value)

    def BringWindowToTop(self, hwnd):
        return 1

    def IsWindow(self, hwnd):
        return int(hwnd in self.windows)

    def IsIconic(self, hwnd):
        return int(self.windows[hwnd].minimized)

    def ShowWindow(self, hwnd, command):
        self.windows[hwnd].minimized = False
        return 1

    def GetWindowThreadProcessId(self, hwnd, pid_out):
        window = self.windows.get(hwnd)
        if window is None:
            return 0
        if pid_out is not None:
            pid_out.contents.value = window.pid
        return window.thread_id

    def AttachThreadInput(self, ours, theirs, attach):
        (self.attached.add if attach else self.attached.discard)((ours, theirs))
        return 1

    # -- user32: keys ----------------------------------------------------------------------

    def GetAsyncKeyState(self, vk):
        return -0x8000 if vk in self.held else 0

    def MapVirtualKeyW(self, vk, map_type):
        return SCAN_CODES.get(vk, 0)

    def VkKeyScanW(self, char):
        return LAYOUT.get(char, -1)

    def SendInput(self, count, inputs, size):
        self.input_sizes.append(size)
        self.sent.append([SentKey(i.type, i.ki.wVk, i.ki.wScan, i.ki.dwFlags)
                          for i in inputs[:count]])
        self._sent_last_input = True
        return count if self.send_input_result is None else self.send_input_result

    # -- user32: hotkey and messages -------------------------------------------------------

    def RegisterHotKey(self, hwnd, hotkey_id, modifiers, vk):
        if self.hotkey_error:
            self.last_error = self.hotkey_error
            return 0
        return 1

    def UnregisterHotKey(self, hwnd, hotkey_id):
        return 1

    def PeekMessageW(self, msg, hwnd, low, high, remove):
        return 0

    def GetMessageW(self, msg, hwnd, low, high):
        message, wparam = self.messages.get(timeout=10)
        msg.contents.message, msg.contents.wParam = message, wparam
        return 0 if message == WM_QUIT else 1

    def PostThreadMessageW(self, thread_id, message, wparam, lparam):
        self.messages.put((message, wparam))
        return 1

    # -- kernel32 and advapi32 -------------------------------------------------------------

    def GetCurrentThreadId(self):
        return threading.get_native_id()

    def GetCurrentProcess(self):
        return PSEUDO_PROCESS

    def OpenProcess(self, access, inherit, pid):
        if pid in self.unopenable:
            return 0
        handle = 0x500 + len(self.calls)
        self.open_handles[handle] = pid
        return handle

    def QueryFullProcessImageNameW(self, process, flags, buffer, size):
        path = self.images.get(self.open_handles[process])
        if path is None or len(path) >= size.contents.value:
            return 0
        buffer.value, size.contents.value = path, len(path)
        return 1

    def CloseHandle(self, handle):
        return int(self.open_handles.pop(handle, None) is not None)

    def OpenProcessToken(self, process, access, token_out):
        pid = OWN_PID if process == PSEUDO_PROCESS else self.open_handles[process]
        token = 0x900 + len(self.calls)
        self.open_handles[token] = pid
        token_out.contents.value = token
        return 1

    def GetTokenInformation(self, token, information_class, buffer, size, returned):
        buffer.contents.TokenIsElevated = int(self.elevated.get(self.open_handles[token], False))
        returned.contents.value = size
        return 1


class _Dll:
    def __init__(self, name: str, system: FakeWin32) -> None:
        self._name, self._system = name, system

    def __getattr__(self, function: str):
        implementation = getattr(type(self._system), function)

        def call(*args):
            args = tuple(_as_passed(a) for a in args)
            self._system.calls.append(
                Call(self._name, function, args, threading.current_thread().name))
            return implementation(self._system, *args)

        return call


def _as_passed(value):
    """A simple ctypes value (a HANDLE variable passed as such) as the function receives it."""
    return value.value if isinstance(value, ctypes._SimpleCData) else value
