"""Quartz event services and the Accessibility check, as the macOS backends use them (ctypes).

The backends receive a :class:`Quartz` bundle instead of loading frameworks themselves, so tests
can hand them recording fakes; only :func:`load_quartz` needs macOS. No pyobjc is involved.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

from .base import PlatformError
from .ffi import Prototypes, declare

FRAMEWORKS = "/System/Library/Frameworks"
PATHS = {
    "graphics": f"{FRAMEWORKS}/CoreGraphics.framework/CoreGraphics",
    "foundation": f"{FRAMEWORKS}/CoreFoundation.framework/CoreFoundation",
    "services": f"{FRAMEWORKS}/ApplicationServices.framework/ApplicationServices",
}

FLAG_SHIFT, FLAG_CONTROL, FLAG_OPTION, FLAG_COMMAND = 0x20000, 0x40000, 0x80000, 0x100000
"""kCGEventFlagMask{Shift,Control,Alternate,Command}."""
SOURCE_COMBINED_SESSION, SOURCE_HID_SYSTEM = 0, 1  # kCGEventSourceState*
HID_EVENT_TAP = 0  # kCGHIDEventTap: where events from the keyboard enter the system

_ref = ctypes.c_void_p
PROTOTYPES: dict[str, Prototypes] = {
    "graphics": {
        "CGEventSourceCreate": (_ref, [ctypes.c_int32]),
        "CGEventSourceFlagsState": (ctypes.c_uint64, [ctypes.c_int32]),
        "CGEventCreateKeyboardEvent": (_ref, [_ref, ctypes.c_uint16, ctypes.c_bool]),
        "CGEventSetFlags": (None, [_ref, ctypes.c_uint64]),
        "CGEventPost": (None, [ctypes.c_uint32, _ref]),
    },
    "foundation": {
        "CFDictionaryCreate": (_ref, [_ref, ctypes.POINTER(_ref), ctypes.POINTER(_ref),
                                      ctypes.c_long, _ref, _ref]),
        "CFRelease": (None, [_ref]),
    },
    "services": {
        "AXIsProcessTrusted": (ctypes.c_bool, []),
        "AXIsProcessTrustedWithOptions": (ctypes.c_bool, [_ref]),
    },
}


@dataclass(frozen=True)
class Quartz:
    """The frameworks, and the constants ``AXIsProcessTrustedWithOptions`` needs to prompt."""

    graphics: Any
    foundation: Any
    services: Any
    prompt_option: int
    """kAXTrustedCheckOptionPrompt, a CFString."""
    true: int
    """kCFBooleanTrue."""
    dictionary_callbacks: tuple[int, int]
    """Addresses of kCFTypeDictionaryKeyCallBacks and kCFTypeDictionaryValueCallBacks."""


def load_quartz() -> Quartz:
    try:
        libraries = {name: declare(ctypes.CDLL(path), PROTOTYPES[name])
                     for name, path in PATHS.items()}
        foundation, services = libraries["foundation"], libraries["services"]
        return Quartz(
            prompt_option=_ref.in_dll(services, "kAXTrustedCheckOptionPrompt").value,
            true=_ref.in_dll(foundation, "kCFBooleanTrue").value,
            dictionary_callbacks=(_address(foundation, "kCFTypeDictionaryKeyCallBacks"),
                                  _address(foundation, "kCFTypeDictionaryValueCallBacks")),
            **libraries)
    except (OSError, ValueError, AttributeError) as exc:
        raise PlatformError("keys_unavailable", reason=exc) from None


def _address(library: Any, name: str) -> int:
    return ctypes.addressof(ctypes.c_char.in_dll(library, name))
