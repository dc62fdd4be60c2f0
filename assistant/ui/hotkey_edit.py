"""A field that records a global hotkey: click it (or tab to it) and press the keys.

It shows one thing at a time: the hotkey in effect, or while recording a prompt; a chord is
taken only when a non-modifier key completes it, so a half-pressed Ctrl+Alt never shows.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from assistant.core.errors import InvalidInput
from assistant.core.hotkey import parse_hotkey

_NAMED = {
    Qt.Key.Key_Space: "space", Qt.Key.Key_Tab: "tab", Qt.Key.Key_Return: "enter",
    Qt.Key.Key_Enter: "enter", Qt.Key.Key_Backspace: "backspace", Qt.Key.Key_Delete: "delete",
    Qt.Key.Key_Insert: "insert", Qt.Key.Key_Home: "home", Qt.Key.Key_End: "end",
    Qt.Key.Key_PageUp: "page_up", Qt.Key.Key_PageDown: "page_down", Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down", Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right",
    Qt.Key.Key_Pause: "pause", Qt.Key.Key_Print: "print_screen", Qt.Key.Key_Menu: "menu",
    **{getattr(Qt.Key, f"Key_F{n}"): f"f{n}" for n in range(1, 21)},
}
_MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Meta,
                  Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_AltGr,
                  Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R}


def chord_text(key: int, modifiers: Qt.KeyboardModifier) -> str | None:
    """The pressed chord in the hotkey syntax (``<ctrl>+<alt>+<space>``), or None while only
    modifiers are held or for a key a hotkey cannot use."""
    if key in _MODIFIER_KEYS:
        return None
    name = _NAMED.get(Qt.Key(key))
    if name is None:
        if not 0x21 <= key <= 0x7E:
            return None
        name = chr(key).lower()
    # Qt reports Cmd as Control and Control as Meta on macOS.
    ctrl, meta = (Qt.KeyboardModifier.MetaModifier, Qt.KeyboardModifier.ControlModifier) \
        if sys.platform == "darwin" else \
        (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.MetaModifier)
    parts = [label for flag, label in ((ctrl, "<ctrl>"), (Qt.KeyboardModifier.AltModifier, "<alt>"),
                                       (Qt.KeyboardModifier.ShiftModifier, "<shift>"),
                                       (meta, "<cmd>")) if modifiers & flag]
    parts.append(f"<{name}>" if len(name) > 1 else name)
    return "+".join(parts)


class HotkeyEdit(QLineEdit):
    recorded = Signal(str)  # canonical hotkey
    rejected = Signal(object)  # the InvalidInput explaining why

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setPlaceholderText(self.tr("按下新的快捷键…"))
        self._canonical = ""

    def hotkey(self) -> str:
        return self._canonical

    def set_hotkey(self, canonical: str) -> None:
        self._canonical = canonical
        self.setText(parse_hotkey(canonical).display if canonical else "")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.clear()  # recording: the prompt shows

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.set_hotkey(self._canonical)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape and not modifiers:
            self.clearFocus()
            return
        if key == Qt.Key.Key_Tab and not modifiers:
            self.focusNextChild()
            return
        text = chord_text(key, modifiers)
        if text is None:
            return
        try:
            hotkey = parse_hotkey(text)
        except InvalidInput as exc:
            self.rejected.emit(exc)
            return
        self.set_hotkey(hotkey.canonical)
        self.recorded.emit(hotkey.canonical)
        self.clearFocus()
