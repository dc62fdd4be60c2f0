"""Placing windows: on the screen under the mouse, where the agent is looking, and never
partly off it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_under_mouse() -> QScreen:
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def fit(width: int, height: int, area: QRect, top_fraction: float = 0.5) -> QRect:
    """A rectangle of at most ``width`` x ``height`` inside ``area``, centred horizontally;
    vertically ``top_fraction`` of the free space lies above it (0.5 = centred)."""
    width, height = min(width, area.width()), min(height, area.height())
    x = area.left() + (area.width() - width) // 2
    y = area.top() + int((area.height() - height) * top_fraction)
    return QRect(x, y, width, height)


# Room for the window manager's frame, which is unknown until a window was shown once.
FRAME_ALLOWANCE = (16, 40)


def place_on_mouse_screen(window: QWidget, top_fraction: float = 0.5) -> None:
    """Move ``window`` (and shrink it if needed) so that it lies fully on the screen under
    the mouse, frame included; call before showing it."""
    screen = screen_under_mouse()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame_w, frame_h = FRAME_ALLOWANCE
    size = window.size().expandedTo(window.minimumSizeHint())
    target = fit(size.width() + frame_w, size.height() + frame_h, area, top_fraction)
    window.resize(target.width() - frame_w, target.height() - frame_h)
    window.move(target.topLeft())
    QTimer.singleShot(0, lambda: keep_on_screen(window, area))


def keep_on_screen(window: QWidget, area: QRect) -> None:
    """Once shown, with the real frame known: shrink and move the window back inside
    ``area`` if its frame sticks out."""
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    too_wide = max(frame.width() - area.width(), 0)
    too_high = max(frame.height() - area.height(), 0)
    if too_wide or too_high:
        window.resize(window.width() - too_wide, window.height() - too_high)
        frame = window.frameGeometry()
    x = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
    window.move(x, y)
