"""Delivering a reply into the chat window the agent came from.

The sequence, in this order: keep everything on the clipboard; put the reply there; wait until
the hotkey's modifier keys are released; give the focus back to the remembered window (waiting
until it has it, unless the platform keeps the keys behind the focus request); make sure
nothing the desktop knows of stops key presses from reaching it; press the paste keys (then
Enter, for paste-and-send); give the old clipboard back after a delay, unless the agent has
copied something new since, and only then count the use.

Everything that does not need the chat window happens before the focus moves: once it has the
focus, the chat program wakes up (a browser's several processes do) and competes for the cores
and the display server with every round trip still to come. The caller hides the popup only
after this returns, so the popup gives the focus away before it disappears: a window manager
tidies the focus up after a focused window that vanishes, and could do so while the paste keys
are on their way. Where the popup took the keys with a keyboard grab instead of the focus
(X11), it lets go of the keyboard before calling this, and activation finds the focus in place.
The database write waits too: it would compete (for the interpreter's lock) with the UI thread
handing the reply to the chat window as it reads the clipboard. Nothing here logs or stores the
text or the customer's name; only the template's use counter is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from assistant.core.settings import Settings
from assistant.platform.base import (Clipboard, KeySender, PlatformError, WindowRef,
                                     WindowTracker)

log = logging.getLogger(__name__)


class Scheduler(Protocol):
    def later(self, seconds: float, action: Callable[[], None]) -> None:
        """Run ``action`` on this (the UI) thread after ``seconds``."""

    def background(self, action: Callable[[], None]) -> None:
        """Run ``action`` off the UI thread (database writes)."""


class Delivery(StrEnum):
    PASTED = "pasted"
    SENT = "sent"
    COPIED = "copied"
    NO_TARGET = "no_target"
    """Pasting was asked for but the chat window could not be focused: the text was copied."""
    BLOCKED = "blocked"
    """The desktop does not let our key presses reach the chat window: the text was copied,
    and the outcome's ``reason`` tells the agent why and what to do."""


@dataclass(frozen=True, slots=True)
class Outcome:
    delivery: Delivery
    window: WindowRef | None = None
    reason: PlatformError | None = None


class PasteService:
    """Paste use case. ``settings`` returns the current settings (cheap: cached);
    ``record_use(template_id, action)`` counts a use and runs through ``scheduler.background``."""

    def __init__(self, windows: WindowTracker, keys: KeySender, clipboard: Clipboard,
                 scheduler: Scheduler, settings: Callable[[], Settings],
                 record_use: Callable[[str, str], object]) -> None:
        self._windows = windows
        self._keys = keys
        self._clipboard = clipboard
        self._scheduler = scheduler
        self._settings = settings
        self._record_use = record_use
        self._target: WindowRef | None = None
        self._pending: tuple[int, object] | None = None
        self._restore_token = 0
        self._send_token = 0
        self._early: tuple[int, object] | None = None

    @property
    def target(self) -> WindowRef | None:
        return self._target

    def remember_target(self, window: WindowRef | None = None) -> WindowRef | None:
        """Remember the window to paste into: ``window``, else whichever has the focus now."""
        if window is None:
            try:
                window = self._windows.active()
            except Exception:
                log.exception("cannot tell which window is active")
                window = None
        self._target = window
        return window

    def take_clipboard_early(self) -> None:
        """Keep a snapshot of the agent's clipboard now, while the popup is open and the agent
        is typing: reading another program's clipboard takes a round trip to it for every
        format it offers, time a paste should not wait for. Used by :meth:`deliver` only if
        the clipboard has not changed since."""
        if self._settings().paste_mode == "copy":
            return
        self._early = None
        try:
            count = self._clipboard.changes()
            if count is not None:
                self._early = (count, self._snapshot())
        except Exception:
            log.exception("cannot read the clipboard")

    def return_focus(self) -> bool:
        """Give the focus back without pasting (the popup was dismissed)."""
        if self._target is None:
            return False
        return self._activate(self._target)

    def _activate(self, window: WindowRef, keys_follow: bool = False) -> bool:
        try:
            return self._windows.activate(window, keys_follow=keys_follow)
        except Exception:
            log.exception("cannot give the focus back")
            return False

    def _barrier(self, window: WindowRef) -> PlatformError | None:
        try:
            return self._windows.input_barrier(window)
        except Exception:
            log.exception("cannot tell whether keys reach the chat window")
            return None

    def cancel_send(self) -> None:
        """Drop the Enter still to come after a paste-and-send: the popup opened again
        within ``send_delay_ms`` and would take it as the agent's choice."""
        self._send_token += 1

    def _press_enter(self, token: int) -> None:
        if token != self._send_token:
            return
        try:
            self._keys.enter()
        except PlatformError as exc:
            log.warning("Enter was not pressed after the paste (%s)", exc.code)

    def deliver(self, text: str, template_id: str | None = None, *, send: bool = False,
                copy_only: bool = False) -> Outcome:
        settings = self._settings()
        if copy_only or settings.paste_mode == "copy":
            self._clipboard.put_text(text)
            if self._target is not None:
                self._activate(self._target)
            return self._copied(template_id, Outcome(Delivery.COPIED, self._target))

        target = self._target
        if target is None:
            log.debug("no window to paste into; copying instead")
            return self._copy_instead(text, template_id, Outcome(Delivery.NO_TARGET))
        snapshot = self._snapshot_for_paste()
        self._clipboard.put_text(text)
        self._keys.wait_modifiers_released()
        if not self._activate(target, keys_follow=True):
            log.debug("cannot focus the window to paste into (%s); copying instead", target)
            return self._copied(template_id, Outcome(Delivery.NO_TARGET, target))
        barrier = self._barrier(target)
        if barrier is not None:
            log.info("keys cannot reach the chat window (%s); copying instead", barrier.code)
            return self._copied(template_id, Outcome(Delivery.BLOCKED, target, barrier))
        try:
            self._keys.paste(settings.paste_keys)
        except PlatformError as exc:
            log.warning("the paste keys were not pressed (%s); the reply stays copied", exc.code)
            return self._copied(template_id, Outcome(Delivery.BLOCKED, target, exc))
        if send:
            self._send_token += 1
            send = self._send_token
            self._scheduler.later(settings.send_delay_ms / 1000, lambda: self._press_enter(send))
        self._restore_token += 1
        token = self._restore_token
        self._pending = (token, snapshot)

        def after_paste() -> None:
            self._restore(token)
            self._count_use(template_id, "send" if send else "paste")

        self._scheduler.later(settings.restore_delay_ms / 1000, after_paste)
        return Outcome(Delivery.SENT if send else Delivery.PASTED, target)

    def _copy_instead(self, text: str, template_id: str | None, outcome: Outcome) -> Outcome:
        self._clipboard.put_text(text)
        return self._copied(template_id, outcome)

    def _copied(self, template_id: str | None, outcome: Outcome) -> Outcome:
        """The reply, already on the clipboard, stays there: no restore, counted as a copy."""
        self._cancel_restore()
        self._count_use(template_id, "copy")
        return outcome

    def _snapshot_for_paste(self) -> object:
        early, self._early = self._early, None
        if early is not None and early[0] == self._clipboard.changes():
            return early[1]
        return self._snapshot()  # none taken, or the clipboard changed since

    def _snapshot(self) -> object:
        """The agent's own clipboard: if a restore is still pending, the clipboard holds our
        previous reply, and the one to give back is the snapshot that restore would use."""
        if self._pending is not None and self._clipboard.holds_own_text():
            return self._pending[1]
        return self._clipboard.save()

    def _cancel_restore(self) -> None:
        self._pending = None
        self._restore_token += 1

    def _restore(self, token: int) -> None:
        if token != self._restore_token or self._pending is None:
            return
        snapshot = self._pending[1]
        self._pending = None
        if self._clipboard.holds_own_text():
            self._clipboard.restore(snapshot)

    def _count_use(self, template_id: str | None, action: str) -> None:
        if template_id is None:
            return

        def record() -> None:
            try:
                self._record_use(template_id, action)
            except Exception:
                log.exception("could not record a template use")

        self._scheduler.background(record)
