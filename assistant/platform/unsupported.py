"""A desktop where Huashu cannot see or drive other windows (Wayland without XWayland access,
a missing X extension...): the popup still works and replies are copied for a manual paste."""

from __future__ import annotations

from .base import PlatformError, WindowRef


class NoWindows:
    def active(self) -> WindowRef | None:
        return None

    def activate(self, window: WindowRef, timeout: float = 0.5, *,
                 keys_follow: bool = False) -> bool:
        return False

    def input_barrier(self, window: WindowRef) -> PlatformError | None:
        return None


class NoKeys:
    def wait_modifiers_released(self, timeout: float = 1.0) -> bool:
        return True

    def paste(self, keys: str) -> None:
        pass

    def enter(self) -> None:
        pass
