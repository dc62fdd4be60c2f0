"""How the popup takes the agent's keys on X11 without taking the focus from the chat window.

The popup is then a Qt popup (unmanaged, like a menu) holding the keyboard grab: the chat
window stays the focused, active window all along, so the paste needs no focus change (which a
browser answers by re-activating its page, 3-5 ms of every paste and more on a busy desk) and
no window manager takes part in showing or hiding the popup. Qt's input-method support follows
Qt's own focus, so pinyin input works as in any window; a click outside the popup closes it,
as for a menu.

Another program can hold the keyboard when the popup opens: a desktop shortcut that runs
``huashu toggle`` keeps it until its keys are released. The grab is then tried again every
``RETRY_MS`` until it succeeds (the keys typed meanwhile go to that program, as they would
anyway), and after ``PATIENCE_MS`` the popup asks for the focus like an ordinary window.

Qt closes its popups when it believes the application lost the focus, and it believes so 100 ms
after the X server reports a focus change away from one of our windows, unless one towards
another of them follows. The end of the previous popup's grab is reported so: a popup opened
within those 100 ms is safe once it grabs (which is reported as a focus change towards it), but
one still waiting for the keyboard is closed. It is shown again at once.

While the popup holds the keyboard no screen locker can take it: after ``IDLE_MS`` without a
key or a click in the popup it closes itself (``give_up``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

RETRY_MS = 5
PATIENCE_MS = 1500
IDLE_MS = 120_000

GRAB, WAITING, FOCUS = "grab", "waiting", "focus"
_POINTER_ACTIVITY = (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class PopupGrab(QObject):
    """The keyboard grab of ``window``, and the focus as the last resort (``take_focus``);
    ``give_up`` closes the popup after ``IDLE_MS`` without the agent's input. ``grab(device,
    on)`` takes or releases the "keyboard" or "pointer" grab and says whether that worked; by
    default it asks ``window``'s QWindow (tests pass a recording one).

    The pointer is grabbed by Qt's popup as it opens, so that a click outside reaches the
    popup and closes it; Qt leaves it alone when it could not have the keyboard, and it is
    grabbed here once the keyboard is. Qt cannot tell when the server refused the pointer (its
    XInput 2 grab counts any reply without an error as success), so a popup that opened while
    another program held the pointer closes with Escape, not with a click outside."""

    def __init__(self, window: QWidget, take_focus: Callable[[], None],
                 give_up: Callable[[], None],
                 grab: Callable[[str, bool], bool] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._take_focus = take_focus
        self._grab = grab or self._grab_window
        self.state = ""
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try_again)
        self._tries_left = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(give_up)
        window.installEventFilter(self)

    def _grab_window(self, device: str, on: bool) -> bool:
        handle = self._window.windowHandle()
        if handle is None:
            return False
        if device == "keyboard":
            return handle.setKeyboardGrabEnabled(on)
        return handle.setMouseGrabEnabled(on)

    def take(self) -> None:
        """Grab now (the window is mapped), or keep trying and in the end take the focus.
        Qt's popup has grabbed the keyboard as it opened, unless it could not have the
        pointer too: then it let go, and this grabs it again."""
        self._retry.stop()
        self._idle.start(IDLE_MS)
        if self._grab("keyboard", True):
            self.state = GRAB
            return
        self.state = WAITING
        self._tries_left = PATIENCE_MS // RETRY_MS
        self._retry.start()

    def activity(self) -> None:
        """The agent typed or clicked in the popup: the idle limit starts again."""
        if self._idle.isActive():
            self._idle.start(IDLE_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _POINTER_ACTIVITY:
            self.activity()
        elif kind == QEvent.Type.Hide and watched is self._window:
            if self.state == WAITING:
                QTimer.singleShot(0, self._window.show)  # closed by Qt, not by the popup
            else:
                self.cancel()  # closed, by the popup or by Qt (a click outside)
        return False

    def watch(self, *widgets: QWidget) -> None:
        """Count clicks and scrolling in ``widgets`` as the agent's activity (its keys the
        popup reports through ``activity``)."""
        for widget in widgets:
            widget.installEventFilter(self)

    def _try_again(self) -> None:
        if not self._window.isVisible():
            return  # about to be shown again
        if self._grab("keyboard", True):
            self._retry.stop()
            self.state = GRAB
            self._grab("pointer", True)  # Qt did not try, without the keyboard
            return
        self._tries_left -= 1
        if self._tries_left <= 0:
            self._retry.stop()
            self.state = FOCUS
            self._take_focus()

    def release(self) -> None:
        """Let go of the keyboard before the paste keys are sent, and wait until the server
        has (the keys travel on another connection): grabbed, they would come back to us."""
        if self.state == GRAB:
            self._grab("keyboard", False)
            QGuiApplication.sync()
        self.cancel()

    def cancel(self) -> None:
        """The popup closes (unmapped, it loses its grabs)."""
        self._retry.stop()
        self._idle.stop()
        self.state = ""
