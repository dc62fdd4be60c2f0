"""The global hotkey on macOS through Carbon's ``RegisterEventHotKey`` (ctypes).

Unlike an event tap (what pynput listens with), a registered hot key needs neither the Input
Monitoring nor the Accessibility permission, and macOS takes the key combination out of the
input stream. The handler is installed on the application's event target, so it runs on the
main thread while Qt's event loop runs (``start`` must be called from that thread too).
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from typing import Any

from assistant.core.hotkey import Hotkey

from .base import PlatformError, parse_for_registration
from .ffi import Prototypes, declare

log = logging.getLogger(__name__)

CARBON_PATH = "/System/Library/Frameworks/Carbon.framework/Carbon"
K_EVENT_CLASS_KEYBOARD = int.from_bytes(b"keyb", "big")
K_EVENT_HOTKEY_PRESSED = 5
EVENT_HOTKEY_EXISTS_ERR = -9878
HOTKEY_EXCLUSIVE = 1 << 0
"""kEventHotKeyExclusive: fail with eventHotKeyExistsErr when another program holds the
combination exclusively (without it, registering a taken combination succeeds silently)."""
SIGNATURE = int.from_bytes(b"HUAS", "big")
HOTKEY_ID = 1

CMD_KEY, SHIFT_KEY, OPTION_KEY, CONTROL_KEY = 0x0100, 0x0200, 0x0800, 0x1000
_MODIFIERS = {"cmd": CMD_KEY, "shift": SHIFT_KEY, "alt": OPTION_KEY, "ctrl": CONTROL_KEY}

# Virtual key codes (kVK_*, Events.h): positions on an ANSI keyboard.
_KEYCODES = {
    "a": 0x00, "s": 0x01, "d": 0x02, "f": 0x03, "h": 0x04, "g": 0x05, "z": 0x06, "x": 0x07,
    "c": 0x08, "v": 0x09, "b": 0x0B, "q": 0x0C, "w": 0x0D, "e": 0x0E, "r": 0x0F, "y": 0x10,
    "t": 0x11,
    "1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "=": 0x18, "9": 0x19,
    "7": 0x1A, "-": 0x1B, "8": 0x1C, "0": 0x1D, "]": 0x1E, "o": 0x1F, "u": 0x20, "[": 0x21,
    "i": 0x22, "p": 0x23, "enter": 0x24, "l": 0x25, "j": 0x26, "'": 0x27, "k": 0x28,
    ";": 0x29, "\\": 0x2A, ",": 0x2B, "/": 0x2C, "n": 0x2D, "m": 0x2E, ".": 0x2F, "tab": 0x30,
    "space": 0x31, "`": 0x32, "backspace": 0x33, "esc": 0x35,
    "f1": 0x7A, "f2": 0x78, "f3": 0x63, "f4": 0x76, "f5": 0x60, "f6": 0x61, "f7": 0x62,
    "f8": 0x64, "f9": 0x65, "f10": 0x6D, "f11": 0x67, "f12": 0x6F, "f13": 0x69, "f14": 0x6B,
    "f15": 0x71, "f16": 0x6A, "f17": 0x40, "f18": 0x4F, "f19": 0x50, "f20": 0x5A,
    "insert": 0x72, "home": 0x73, "page_up": 0x74, "delete": 0x75, "end": 0x77,
    "page_down": 0x79, "left": 0x7B, "right": 0x7C, "down": 0x7D, "up": 0x7E,
}


class EventHotKeyID(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


class EventTypeSpec(ctypes.Structure):
    _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]


EventHandlerProc = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p,
                                    ctypes.c_void_p)


def carbon_hotkey(hotkey: Hotkey) -> tuple[int, int]:
    """``RegisterEventHotKey``'s virtual key code and modifier flags for ``hotkey``."""
    keycode = _KEYCODES.get(hotkey.key)
    if keycode is None:
        raise PlatformError("hotkey_key_unavailable", hotkey=hotkey.display, key=hotkey.key)
    modifiers = 0
    for name in hotkey.modifiers:
        modifiers |= _MODIFIERS[name]
    return keycode, modifiers


_ref = ctypes.c_void_p
PROTOTYPES: Prototypes = {
    "GetApplicationEventTarget": (_ref, []),
    "InstallEventHandler": (ctypes.c_int32, [_ref, EventHandlerProc, ctypes.c_ulong,
                                             ctypes.POINTER(EventTypeSpec), _ref,
                                             ctypes.POINTER(_ref)]),
    "RemoveEventHandler": (ctypes.c_int32, [_ref]),
    "RegisterEventHotKey": (ctypes.c_int32, [ctypes.c_uint32, ctypes.c_uint32, EventHotKeyID,
                                             _ref, ctypes.c_uint32, ctypes.POINTER(_ref)]),
    "UnregisterEventHotKey": (ctypes.c_int32, [_ref]),
}


def load_carbon() -> Any:
    try:
        return declare(ctypes.CDLL(CARBON_PATH), PROTOTYPES)
    except (OSError, AttributeError) as exc:
        raise PlatformError("hotkeys_unavailable", reason=exc) from None


class CarbonHotkeys:
    """A :class:`~assistant.platform.base.HotkeySource`; the callback runs on the main thread."""

    def __init__(self, carbon: Any) -> None:
        self._carbon = carbon
        self._handler: ctypes.c_void_p | None = None
        self._hotkey: ctypes.c_void_p | None = None
        self._proc: Any = None  # the C callback must live as long as the handler

    def start(self, hotkey: str, callback: Callable[[], None]) -> None:
        self.stop()
        parsed = parse_for_registration(hotkey)
        keycode, modifiers = carbon_hotkey(parsed)
        carbon = self._carbon
        target = carbon.GetApplicationEventTarget()
        self._proc = EventHandlerProc(lambda _call, _event, _data: _pressed(callback))
        kinds = (EventTypeSpec * 1)(EventTypeSpec(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOTKEY_PRESSED))
        handler = ctypes.c_void_p()
        status = carbon.InstallEventHandler(target, self._proc, 1, kinds, None,
                                            ctypes.pointer(handler))
        if status != 0:
            raise PlatformError("hotkey_registration_failed", hotkey=parsed.display,
                                reason=f"InstallEventHandler: OSStatus {status}")
        self._handler = handler
        registered = ctypes.c_void_p()
        status = carbon.RegisterEventHotKey(keycode, modifiers,
                                            EventHotKeyID(SIGNATURE, HOTKEY_ID), target,
                                            HOTKEY_EXCLUSIVE,
                                            ctypes.pointer(registered))
        if status != 0:
            self.stop()
            if status == EVENT_HOTKEY_EXISTS_ERR:
                raise PlatformError("hotkey_in_use", hotkey=parsed.display)
            raise PlatformError("hotkey_registration_failed", hotkey=parsed.display,
                                reason=f"OSStatus {status}")
        self._hotkey = registered
        log.info("global hotkey %s registered", hotkey)

    def stop(self) -> None:
        hotkey, self._hotkey = self._hotkey, None
        handler, self._handler = self._handler, None
        if hotkey is not None:
            self._carbon.UnregisterEventHotKey(hotkey)
        if handler is not None:
            self._carbon.RemoveEventHandler(handler)
        self._proc = None


def _pressed(callback: Callable[[], None]) -> int:
    try:
        callback()
    except Exception:
        log.exception("the hotkey's callback failed")
    return 0  # noErr: the event is handled
