"""Notices without a tray: small windows that neither take the focus nor close an open popup."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from assistant.ui import tray as tray_module
from assistant.ui.tray import Tray


def _boxes():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.windowTitle() == "通知测试"]


def test_a_notice_waits_until_no_popup_is_open(qtbot, qapp, monkeypatch):
    """Qt closes open popups when an ordinary window appears (the quick-reply popup on X11)."""
    monkeypatch.setattr(tray_module, "NOTICE_RETRY_MS", 10)
    tray = Tray()
    popup = QMenu()
    popup.addAction("x")
    qtbot.addWidget(popup)
    popup.popup(QPoint(10, 10))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is popup, timeout=1000)
    tray.notify("通知测试", "正文", persistent=True)
    qtbot.wait(50)
    assert popup.isVisible()
    [box] = _boxes()
    assert not box.isVisible()
    popup.close()
    qtbot.waitUntil(box.isVisible, timeout=1000)
    assert box.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    box.close()
