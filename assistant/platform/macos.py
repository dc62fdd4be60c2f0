"""macOS: the frontmost application through AppKit (pyobjc) or AppleScript, keys through pynput.

Focus on macOS belongs to applications, so the handle is the frontmost application's process id.
Posting key events needs the Accessibility permission (System Settings › Privacy & Security).
"""

from __future__ import annotations

import subprocess
import time

from .base import PlatformError, WindowRef, wait_until


def _osascript(script: str) -> str:
    done = subprocess.run(["osascript", "-e", script], capture_output=True, text=True, timeout=2)
    if done.returncode != 0:
        raise PlatformError("applescript_failed", reason=done.stderr.strip())
    return done.stdout.strip()


class MacWindows:
    def __init__(self) -> None:
        try:
            from AppKit import NSRunningApplication, NSWorkspace  # type: ignore[import-not-found]
        except ImportError:
            self._appkit = None
        else:
            self._appkit = (NSWorkspace, NSRunningApplication)

    def _frontmost_pid(self) -> int | None:
        if self._appkit:
            app = self._appkit[0].sharedWorkspace().frontmostApplication()
            return int(app.processIdentifier()) if app else None
        out = _osascript('tell application "System Events" to get unix id of first process '
                         "whose frontmost is true")
        return int(out) if out.isdigit() else None

    def active(self) -> WindowRef | None:
        pid = self._frontmost_pid()
        return WindowRef(pid) if pid else None

    def activate(self, window: WindowRef, timeout: float = 0.5) -> bool:
        pid = window.handle
        if self._appkit:
            app = self._appkit[1].runningApplicationWithProcessIdentifier_(pid)
            if app is None:
                return False
            app.activateWithOptions_(1 << 1)  # NSApplicationActivateIgnoringOtherApps
        else:
            _osascript('tell application "System Events" to set frontmost of first process '
                       f"whose unix id is {int(pid)} to true")
        return wait_until(lambda: self._frontmost_pid() == pid, timeout, 0.002)

    def input_barrier(self, window: WindowRef) -> PlatformError | None:
        return None


class MacKeys:
    def __init__(self) -> None:
        try:
            from pynput.keyboard import Controller, Key
        except Exception as exc:
            raise PlatformError("keys_unavailable", reason=exc) from None
        self._keyboard, self._key = Controller(), Key
        try:
            import Quartz  # type: ignore[import-not-found]
        except ImportError:
            self._quartz = None
        else:
            self._quartz = Quartz

    def wait_modifiers_released(self, timeout: float = 1.0) -> bool:
        if self._quartz is None:
            time.sleep(0.05)  # without Quartz the key state cannot be read: a short grace period
            return True
        q = self._quartz
        mask = (q.kCGEventFlagMaskCommand | q.kCGEventFlagMaskControl
                | q.kCGEventFlagMaskAlternate | q.kCGEventFlagMaskShift)
        return wait_until(
            lambda: not q.CGEventSourceFlagsState(q.kCGEventSourceStateHIDSystemState) & mask,
            timeout, 0.002)

    def paste(self, keys: str) -> None:
        chord = (self._key.shift, self._key.insert) if keys == "shift+insert" \
            else (self._key.cmd, "v")
        with self._keyboard.pressed(chord[0]):
            self._keyboard.tap(chord[1])

    def enter(self) -> None:
        self._keyboard.tap(self._key.enter)
