"""Start at login: on or off, for this installation's own command (the CLI's
``huashu autostart`` and the settings dialog both use it)."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.platform.autostart import Autostart


@dataclass(frozen=True, slots=True)
class StartAtLogin:
    autostart: Autostart
    command: list[str]
    """How this installation starts the tray app (e.g. ``/opt/huashu/huashu start``)."""

    def enabled(self) -> bool:
        return self.autostart.enabled()

    def set(self, on: bool) -> None:
        if on:
            self.autostart.enable(self.command)
        else:
            self.autostart.disable()

    def where(self) -> str:
        return self.autostart.where()
