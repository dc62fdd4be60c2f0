"""The popup that takes the keys with a grab and leaves the focus on the chat window (X11),
offscreen with a recording grab in place of the X server's."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from assistant.ui import popup_grab
from assistant.ui.popup import QuickReplyPopup
from assistant.ui.worker import LatestOnly, Worker


class Grab:
    """Answers keyboard grab requests from ``answers`` (then True), recording every request
    in ``log``: ("grab", on) for the keyboard, ("pointer", on)."""

    def __init__(self, log: list, answers=()) -> None:
        self.log = log
        self.answers = list(answers)

    def __call__(self, device: str, on: bool) -> bool:
        self.log.append(("grab" if device == "keyboard" else "pointer", on))
        return self.answers.pop(0) if device == "keyboard" and on and self.answers else True


@pytest.fixture
def make_popup(qtbot, app):
    app.templates.add(title="抓取测试", body="抓取测试回复。", shortcut="zzzq")
    worker = Worker("kb-test")

    def make(answers=()):
        log: list = []
        widget = QuickReplyPopup(keep_focus=True, grab=Grab(log, answers))
        qtbot.addWidget(widget)
        widget.attach(app.search, app.rendering, LatestOnly(worker))
        widget.chosen.connect(lambda *args: log.append(("chosen", args[0])))
        widget.activateWindow = lambda: log.append(("activate",))
        return widget, log

    yield make
    worker.shutdown()


def _choose(qtbot, popup) -> None:
    popup.query.setFocus()
    qtbot.keyClicks(popup.query, "zzzq")
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)


def test_the_popup_grabs_the_keys_instead_of_asking_for_the_focus(qtbot, make_popup):
    popup, log = make_popup()
    popup.open()
    assert popup.windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup
    assert log == [("grab", True)] and popup.keys_by() == "grab"


def test_the_grab_ends_before_the_reply_is_handed_over(qtbot, make_popup):
    """The paste keys go out on another connection: grabbed, they would come back to us."""
    popup, log = make_popup()
    popup.open()
    _choose(qtbot, popup)
    assert log == [("grab", True), ("grab", False), ("chosen", "抓取测试回复。")]
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=1000)


def test_a_keyboard_another_program_holds_is_grabbed_once_it_lets_go(qtbot, make_popup):
    popup, log = make_popup(answers=[False, False, False])
    popup.open()
    assert popup.keys_by() == "waiting"
    qtbot.waitUntil(lambda: popup.keys_by() == "grab", timeout=1000)
    assert log == [("grab", True)] * 4 + [("pointer", True)]  # Qt did not grab it; no focus


def test_a_keyboard_never_let_go_of_leaves_the_focus_as_the_way_in(qtbot, make_popup,
                                                                   monkeypatch):
    monkeypatch.setattr(popup_grab, "PATIENCE_MS", 50)
    popup, log = make_popup(answers=[False] * 1000)
    popup.open()
    qtbot.waitUntil(lambda: popup.keys_by() == "focus", timeout=1000)
    assert log[-1] == ("activate",) and log.count(("activate",)) == 1
    tries = len(log)
    qtbot.wait(30)
    assert len(log) == tries  # no more tries once it has the focus


def test_a_popup_qt_closes_while_it_waits_for_the_keyboard_is_shown_again(qtbot, make_popup):
    """Qt closes popups on a focus loss it hears of 100 ms late (the previous popup's grab
    ending): the agent still sees the popup and gets it once the keyboard is free."""
    popup, log = make_popup(answers=[False] * 5)
    popup.open()
    popup.query.setText("zz")
    popup.hide()  # as Qt's closeAllPopups does
    qtbot.waitUntil(popup.isVisible, timeout=1000)
    qtbot.waitUntil(lambda: popup.keys_by() == "grab", timeout=1000)
    assert popup.query.text() == "zz"


def test_closing_the_popup_ends_the_wait_for_the_keyboard(qtbot, make_popup):
    popup, log = make_popup(answers=[False] * 1000)
    popup.open()
    popup.dismiss()
    assert not popup._grab._retry.isActive()
    qtbot.wait(30)
    assert not popup.isVisible() and log == [("grab", True)]


def test_a_popup_left_open_lets_go_of_the_keyboard_for_the_screen_locker(qtbot, make_popup,
                                                                         monkeypatch):
    """While it grabs, no screen locker can: it closes after IDLE_MS without the agent."""
    monkeypatch.setattr(popup_grab, "IDLE_MS", 150)
    popup, log = make_popup()
    dismissed = []
    popup.dismissed.connect(lambda: dismissed.append(True))
    popup.open()
    for _ in range(3):  # typing keeps it open
        qtbot.wait(80)
        qtbot.keyClick(popup.query, Qt.Key.Key_A)
    assert popup.isVisible()
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=1000)
    assert dismissed == [True]


def test_a_click_outside_that_qt_closes_the_popup_for_leaves_no_window_active(qtbot,
                                                                             make_popup):
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=1000)
    popup, log = make_popup()
    popup.open(from_outside=False)
    popup.close()  # as Qt does for a click outside
    qtbot.wait(20)
    assert QApplication.activeWindow() is None and popup.keys_by() == ""

