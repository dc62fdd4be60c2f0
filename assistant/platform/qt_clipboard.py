"""The system clipboard through Qt, on every desktop. Main (GUI) thread only."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication


@dataclass(frozen=True, slots=True)
class ClipboardSnapshot:
    """Every format the clipboard offered, as raw bytes (text, HTML, images, files...)."""

    formats: tuple[tuple[str, bytes], ...]


class QtClipboard:
    def __init__(self) -> None:
        self._own_text: str | None = None
        self._changes = 0
        self._watched = False

    def _clipboard(self) -> QClipboard:
        clipboard = QGuiApplication.clipboard()
        if not self._watched:  # the first use comes after the application object exists
            clipboard.dataChanged.connect(self._changed)
            self._watched = True
        return clipboard

    def _changed(self) -> None:
        self._changes += 1

    def changes(self) -> int | None:
        """Windows and macOS keep the count themselves (Qt hears of another program's change
        on macOS only when this app is next activated); elsewhere Qt's change signal is
        counted. None when the system will not tell."""
        if sys.platform == "win32":
            return _clipboard_sequence_number()
        if sys.platform == "darwin":
            return _pasteboard_change_count()
        self._clipboard()
        return self._changes

    def save(self) -> ClipboardSnapshot:
        mime = self._clipboard().mimeData(QClipboard.Mode.Clipboard)
        if mime is None:
            return ClipboardSnapshot(())
        formats = []
        for fmt in mime.formats():
            data = mime.data(fmt)
            formats.append((fmt, bytes(data.data())))
        return ClipboardSnapshot(tuple(formats))

    def put_text(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        self._clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._own_text = text

    def text(self) -> str:
        return self._clipboard().text(QClipboard.Mode.Clipboard)

    def holds_own_text(self) -> bool:
        if self._own_text is None:
            return False
        clipboard = self._clipboard()
        return clipboard.ownsClipboard() and clipboard.text() == self._own_text

    def restore(self, snapshot: object) -> None:
        assert isinstance(snapshot, ClipboardSnapshot)
        self._own_text = None
        if not snapshot.formats:
            self._clipboard().clear(QClipboard.Mode.Clipboard)
            return
        mime = QMimeData()
        for fmt, data in snapshot.formats:
            mime.setData(fmt, data)
        self._clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)


def _clipboard_sequence_number() -> int | None:
    """GetClipboardSequenceNumber: the window station's clipboard serial number, 0 when this
    process may not read the clipboard."""
    import ctypes

    number = ctypes.WinDLL("user32").GetClipboardSequenceNumber()
    return int(number) or None


def _pasteboard_change_count() -> int | None:
    """NSPasteboard.generalPasteboard.changeCount, which moves with every change of owner."""
    try:
        import AppKit  # type: ignore[import-not-found]
    except ImportError:
        return None
    return int(AppKit.NSPasteboard.generalPasteboard().changeCount())
