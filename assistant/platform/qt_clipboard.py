"""The system clipboard through Qt, on every desktop. Main (GUI) thread only."""

from __future__ import annotations

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

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

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
