"""macOS: the frontmost application through AppKit (pyobjc) or AppleScript, keys through Quartz.

Focus on macOS belongs to applications, so the handle is the frontmost application's process id.
Posting key events needs the Accessibility permission (System Settings › Privacy & Security ›
Accessibility); without it macOS drops them silently, so it is checked before every paste.
Quartz and Carbon are reached through ctypes (``quartz``, ``mac_hotkey``) and handed in, so that
tests can pass recording fakes.
"""

from __future__ import annotations

import ctypes
import logging
import subprocess
from typing import Any

from .base import PlatformError, WindowRef, wait_until
from .mac_hotkey import CarbonHotkeys, load_carbon
from .quartz import (FLAG_COMMAND, FLAG_CONTROL, FLAG_OPTION, FLAG_SHIFT, HID_EVENT_TAP,
                     SOURCE_COMBINED_SESSION, SOURCE_HID_SYSTEM, Quartz, load_quartz)

log = logging.getLogger(__name__)

KEYCODE_V = 0x09  # kVK_ANSI_V
KEYCODE_RETURN = 0x24  # kVK_Return
_MODIFIER_FLAGS = FLAG_COMMAND | FLAG_CONTROL | FLAG_OPTION | FLAG_SHIFT


def _osascript(script: str) -> str:
    done = subprocess.run(["osascript", "-e", script], capture_output=True, text=True, timeout=2)
    if done.returncode != 0:
        raise PlatformError("applescript_failed", reason=done.stderr.strip())
    return done.stdout.strip()


class Accessibility:
    """Whether macOS lets Huashu post key events (the Accessibility permission)."""

    def __init__(self, quartz: Quartz) -> None:
        self._quartz = quartz

    def trusted(self) -> bool:
        return bool(self._quartz.services.AXIsProcessTrusted())

    def ask(self) -> bool:
        """Like :meth:`trusted`, and when not, macOS offers to open the setting."""
        q = self._quartz
        keys, values = (ctypes.c_void_p * 1)(q.prompt_option), (ctypes.c_void_p * 1)(q.true)
        options = q.foundation.CFDictionaryCreate(None, keys, values, 1, *q.dictionary_callbacks)
        try:
            return bool(q.services.AXIsProcessTrustedWithOptions(options))
        finally:
            if options:
                q.foundation.CFRelease(options)


class MacWindows:
    def __init__(self, accessibility: Accessibility, appkit: Any = None) -> None:
        self._accessibility = accessibility
        self._appkit = appkit

    def _frontmost(self) -> tuple[int, str] | None:
        """The frontmost application's process id and name."""
        if self._appkit:
            app = self._appkit.NSWorkspace.sharedWorkspace().frontmostApplication()
            return (int(app.processIdentifier()), str(app.localizedName() or "")) if app else None
        out = _osascript('tell application "System Events" to get unix id of first process '
                         "whose frontmost is true")
        return (int(out), "") if out.isdigit() else None

    def active(self) -> WindowRef | None:
        frontmost = self._frontmost()
        return WindowRef(frontmost[0], app=frontmost[1]) if frontmost else None

    def activate(self, window: WindowRef, timeout: float = 0.5, *,
                 keys_follow: bool = False) -> bool:
        pid = window.handle
        if self._appkit:
            app = self._appkit.NSRunningApplication.runningApplicationWithProcessIdentifier_(pid)
            if app is None:
                return False
            app.activateWithOptions_(1 << 1)  # NSApplicationActivateIgnoringOtherApps
        else:
            _osascript('tell application "System Events" to set frontmost of first process '
                       f"whose unix id is {int(pid)} to true")

        def arrived() -> bool:
            frontmost = self._frontmost()
            return frontmost is not None and frontmost[0] == pid

        return wait_until(arrived, timeout, 0.002)

    def input_barrier(self, window: WindowRef) -> PlatformError | None:
        if self._accessibility.trusted():
            return None
        return PlatformError("mac_accessibility_needed")


class MacKeys:
    """Key events through Quartz. The paste is always Cmd+V (there is no Insert key)."""

    def __init__(self, quartz: Quartz) -> None:
        self._quartz = quartz

    def wait_modifiers_released(self, timeout: float = 1.0) -> bool:
        flags = self._quartz.graphics.CGEventSourceFlagsState
        return wait_until(lambda: not flags(SOURCE_HID_SYSTEM) & _MODIFIER_FLAGS, timeout, 0.002)

    def _tap(self, keycode: int, flags: int) -> None:
        """Key down and up with exactly ``flags``: a modifier still held on the keyboard does
        not change what the chat window receives, and no modifier is left pressed."""
        graphics, release = self._quartz.graphics, self._quartz.foundation.CFRelease
        source = graphics.CGEventSourceCreate(SOURCE_COMBINED_SESSION)
        try:
            for down in (True, False):
                event = graphics.CGEventCreateKeyboardEvent(source, keycode, down)
                if not event:
                    raise PlatformError("keys_unavailable", reason="CGEventCreateKeyboardEvent")
                graphics.CGEventSetFlags(event, flags)
                graphics.CGEventPost(HID_EVENT_TAP, event)
                release(event)
        finally:
            if source:
                release(source)

    def paste(self, keys: str) -> None:
        self._tap(KEYCODE_V, FLAG_COMMAND)

    def enter(self) -> None:
        self._tap(KEYCODE_RETURN, 0)


def _appkit() -> Any:
    try:
        import AppKit  # type: ignore[import-not-found]
    except ImportError as exc:
        log.warning("pyobjc's AppKit is missing (%s): the frontmost app comes from AppleScript",
                    exc)
        return None
    return AppKit


def mac_backends() -> tuple[MacWindows, MacKeys, CarbonHotkeys, tuple[PlatformError, ...]]:
    """The macOS backends and the notices to show at start. Asks macOS once to offer the
    Accessibility setting when Huashu does not have the permission yet."""
    quartz = load_quartz()
    accessibility = Accessibility(quartz)
    notices = () if accessibility.ask() else (PlatformError("mac_accessibility_needed"),)
    windows = MacWindows(accessibility, _appkit())
    return windows, MacKeys(quartz), CarbonHotkeys(load_carbon()), notices
