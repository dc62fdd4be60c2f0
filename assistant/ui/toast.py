"""A short notice that appears on top of everything without taking the keyboard focus, so
the agent can go on typing (or pasting) in the chat window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from .screens import screen_under_mouse

SHOW_MS = 4000


class Toast(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        flags = (Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint
                 | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus)
        super().__init__(parent, flags)
        self.setObjectName("toast")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        frame = QFrame(self)
        frame.setObjectName("toastFrame")
        self.title = QLabel()
        self.title.setObjectName("toastTitle")
        self.text = QLabel()
        self.text.setWordWrap(True)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setStyleSheet("""
            #toastFrame { background: #333333; border-radius: 8px; }
            #toastFrame QLabel { color: #ffffff; }
            #toastTitle { font-weight: 600; font-size: 15px; }
        """)
        self.setMaximumWidth(460)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_notice(self, title: str, text: str = "", milliseconds: int = SHOW_MS) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.adjustSize()
        area = screen_under_mouse().availableGeometry()
        self.move(QPoint(area.center().x() - self.width() // 2, area.top() + area.height() // 8))
        self.show()
        self.raise_()
        self._timer.start(milliseconds)

    def mousePressEvent(self, event) -> None:
        self.hide()
