"""The global hotkey through pynput, imported only when started (it fails without a display)."""

from __future__ import annotations

import logging
from collections.abc import Callable

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
            raise PlatformError(
                f"global hotkeys are not available on this desktop ({_first_line(exc)}); "
                "bind a desktop shortcut to `huashu toggle` instead"
            ) from None
        try:
            listener = keyboard.GlobalHotKeys({hotkey: callback})
        except ValueError as exc:
            raise PlatformError(f"the hotkey {hotkey} is not valid: {exc}") from None
        listener.daemon = True
        try:
            listener.start()
            listener.wait()
        except Exception as exc:
            raise PlatformError(f"the hotkey {hotkey} could not be registered: "
                                f"{_first_line(exc)}") from None
        if not listener.is_alive():
            raise PlatformError(f"the hotkey {hotkey} could not be registered")
        self._listener = listener
        log.info("global hotkey %s registered", hotkey)

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
