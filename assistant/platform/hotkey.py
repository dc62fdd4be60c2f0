"""The global hotkey through pynput, imported only when started (it fails without a display)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from assistant.core.errors import InvalidInput
from assistant.core.hotkey import parse_hotkey

from .base import PlatformError

log = logging.getLogger(__name__)


class PynputHotkeys:
    def __init__(self) -> None:
        self._listener = None

    def start(self, hotkey: str, callback: Callable[[], None]) -> None:
        self.stop()
        try:
            from pynput import keyboard
        except Exception as exc:  # ImportError without a display, or a backend failing to load
            raise PlatformError("hotkeys_unavailable", reason=_first_line(exc)) from None
        try:
            listener = keyboard.GlobalHotKeys({hotkey: callback})
        except ValueError as exc:
            raise PlatformError("hotkey_rejected", hotkey=_shown(hotkey), reason=exc) from None
        listener.daemon = True
        try:
            listener.start()
            listener.wait()
        except Exception as exc:
            raise PlatformError("hotkey_registration_failed", hotkey=_shown(hotkey),
                                reason=_first_line(exc)) from None
        if not listener.is_alive():
            raise PlatformError("hotkey_not_registered", hotkey=_shown(hotkey))
        self._listener = listener
        log.info("global hotkey %s registered", hotkey)

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()


def _shown(hotkey: str) -> str:
    """The hotkey as users write it (Ctrl+Alt+Space), or as given when it does not parse."""
    try:
        return parse_hotkey(hotkey).display
    except InvalidInput:
        return hotkey


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
