"""In-memory desktop for tests: records what would have happened, in order."""

from __future__ import annotations

from collections.abc import Callable

from .base import Desktop, PlatformError, WindowRef


class FakeDesktopState:
    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.focused: WindowRef | None = WindowRef("chat-window", "千牛工作台")
        self._clipboard: dict[str, bytes] = {"text/plain": "原来的剪贴板".encode()}
        self.clipboard_changes = 0
        self.modifiers_held = False
        self.activation_works = True
        self.keys_follow: list[bool] = []  # each activate's keys_follow
        self.input_barrier: PlatformError | None = None
        self.keys_error: PlatformError | None = None
        self.pasted: list[str] = []

    @property
    def clipboard(self) -> dict[str, bytes]:
        return self._clipboard

    @clipboard.setter
    def clipboard(self, formats: dict[str, bytes]) -> None:
        """Any program putting something on the clipboard (the system counts the change)."""
        self._clipboard = formats
        self.clipboard_changes += 1

    def clipboard_text(self) -> str:
        return self.clipboard.get("text/plain", b"").decode("utf-8")


class FakeWindows:
    def __init__(self, state: FakeDesktopState) -> None:
        self.state = state

    def active(self) -> WindowRef | None:
        return self.state.focused

    def activate(self, window: WindowRef, timeout: float = 0.5, *,
                 keys_follow: bool = False) -> bool:
        self.state.events.append(("activate", window.handle))
        self.state.keys_follow.append(keys_follow)
        if self.state.activation_works:
            self.state.focused = window
        return self.state.activation_works

    def input_barrier(self, window: WindowRef) -> PlatformError | None:
        return self.state.input_barrier


class FakeKeys:
    def __init__(self, state: FakeDesktopState) -> None:
        self.state = state

    def wait_modifiers_released(self, timeout: float = 1.0) -> bool:
        self.state.events.append(("wait_modifiers",))
        return not self.state.modifiers_held

    def paste(self, keys: str) -> None:
        self.state.events.append(("paste", keys))
        if self.state.keys_error is not None:
            raise self.state.keys_error
        if self.state.focused is not None:
            self.state.pasted.append(self.state.clipboard_text())

    def enter(self) -> None:
        self.state.events.append(("enter",))
        if self.state.keys_error is not None:
            raise self.state.keys_error


class FakeClipboard:
    def __init__(self, state: FakeDesktopState) -> None:
        self.state = state
        self._own: str | None = None

    def save(self) -> object:
        self.state.events.append(("save_clipboard",))
        return dict(self.state.clipboard)

    def put_text(self, text: str) -> None:
        self.state.events.append(("put_text", text))
        self.state.clipboard = {"text/plain": text.encode("utf-8")}
        self._own = text

    def text(self) -> str:
        return self.state.clipboard_text()

    def holds_own_text(self) -> bool:
        return self._own is not None and self.state.clipboard_text() == self._own

    def changes(self) -> int:
        return self.state.clipboard_changes

    def restore(self, snapshot: object) -> None:
        self.state.events.append(("restore_clipboard",))
        assert isinstance(snapshot, dict)
        self.state.clipboard = dict(snapshot)
        self._own = None


class FakeHotkeys:
    def __init__(self, state: FakeDesktopState, fail: str | None = None) -> None:
        self.state = state
        self.fail = fail
        self.taken: set[str] = set()
        """Chords another program holds: starting one fails as a real system's would."""
        self.hotkey: str | None = None
        self._callback: Callable[[], None] | None = None

    def start(self, hotkey: str, callback: Callable[[], None]) -> None:
        if self.fail:
            raise PlatformError("hotkeys_unavailable", reason=self.fail)
        if hotkey in self.taken:
            raise PlatformError("hotkey_in_use", hotkey=hotkey)
        self.hotkey, self._callback = hotkey, callback

    def stop(self) -> None:
        self.hotkey, self._callback = None, None

    def press(self) -> None:
        """Simulate the hotkey (the callback runs on the caller's thread, as pynput's would)."""
        if self._callback is not None:
            self._callback()


def fake_desktop(state: FakeDesktopState | None = None) -> tuple[Desktop, FakeDesktopState]:
    state = state or FakeDesktopState()
    desktop = Desktop(FakeWindows(state), FakeKeys(state), FakeClipboard(state),
                      FakeHotkeys(state), name="fake")
    return desktop, state
