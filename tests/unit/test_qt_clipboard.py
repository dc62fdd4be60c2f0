"""The Qt clipboard backend offscreen: snapshots of every format, and the change count that
tells whether a snapshot taken while the popup was open is still the clipboard."""

import ctypes
import sys
import types

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from assistant.platform import qt_clipboard
from assistant.platform.qt_clipboard import QtClipboard


@pytest.fixture(autouse=True)
def clipboard_left_empty(qapp):
    """Clear the clipboard after each test. The test session's QApplication lives until
    Python's finalization, and a QMimeData made in Python that is still on the clipboard then
    crashes the interpreter's exit (PySide6). The app itself ends its QApplication first."""
    yield
    QGuiApplication.clipboard().clear()


def test_a_snapshot_gives_back_every_format(qapp):
    clipboard = QtClipboard()
    mime = QMimeData()
    mime.setText("单号 123")
    mime.setHtml("<b>单号</b> 123")
    QGuiApplication.clipboard().setMimeData(mime)
    snapshot = clipboard.save()
    clipboard.put_text("回复")
    clipboard.restore(snapshot)
    restored = QGuiApplication.clipboard().mimeData()
    assert restored.text() == "单号 123" and "<b>单号</b>" in restored.html()


def test_the_count_moves_when_any_program_changes_the_clipboard(qapp, qtbot):
    clipboard = QtClipboard()
    before = clipboard.changes()
    assert clipboard.changes() == before
    QGuiApplication.clipboard().setText("别的程序复制的")
    qtbot.waitUntil(lambda: clipboard.changes() != before, timeout=2000)
    moved = clipboard.changes()
    clipboard.put_text("回复")
    qtbot.waitUntil(lambda: clipboard.changes() != moved, timeout=2000)


def test_windows_and_macos_give_their_own_counts(monkeypatch):
    calls = []

    class User32:
        def GetClipboardSequenceNumber(self):
            calls.append("GetClipboardSequenceNumber")
            return 41

    monkeypatch.setattr(ctypes, "WinDLL", lambda name: calls.append(name) or User32(),
                        raising=False)
    monkeypatch.setattr(qt_clipboard.sys, "platform", "win32")
    assert QtClipboard().changes() == 41
    assert calls == ["user32", "GetClipboardSequenceNumber"]

    User32.GetClipboardSequenceNumber = lambda self: 0  # no access to the clipboard
    assert QtClipboard().changes() is None

    pasteboard = types.SimpleNamespace(changeCount=lambda: 7)
    appkit = types.SimpleNamespace(NSPasteboard=types.SimpleNamespace(
        generalPasteboard=lambda: pasteboard))
    monkeypatch.setattr(qt_clipboard.sys, "platform", "darwin")
    monkeypatch.setitem(sys.modules, "AppKit", appkit)
    assert QtClipboard().changes() == 7
    monkeypatch.setitem(sys.modules, "AppKit", None)  # pyobjc not installed
    assert QtClipboard().changes() is None
