"""The tray icon and its menu. Without a system tray the app runs on; notices fall back to a
small window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from assistant.locations import resources_dir

NOTICE_RETRY_MS = 250


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "huashu.svg"))


class Tray(QObject):
    quick_reply = Signal()
    manage_templates = Signal()
    knowledge_base = Signal()
    settings = Signal()
    statistics = Signal()
    pause_toggled = Signal(bool)
    quit = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = self._build_menu(paused=False)
        self.icon: QSystemTrayIcon | None = None
        self._notices: list[QMessageBox] = []

    def _build_menu(self, paused: bool) -> QMenu:
        self.menu = QMenu()
        self._add(self.tr("快捷回复"), self.quick_reply)
        self._add(self.tr("模板管理"), self.manage_templates)
        self._add(self.tr("知识库"), self.knowledge_base)
        self._add(self.tr("使用统计"), self.statistics)
        self._add(self.tr("设置"), self.settings)
        self.menu.addSeparator()
        self.pause = QAction(self.tr("暂停热键"), self.menu)
        self.pause.setCheckable(True)
        self.pause.setChecked(paused)
        self.pause.toggled.connect(self.pause_toggled)
        self.menu.addAction(self.pause)
        self.menu.addSeparator()
        self._add(self.tr("退出"), self.quit)
        return self.menu

    def retranslate(self) -> None:
        """The menu again in the interface language now installed."""
        old = self.menu
        self._build_menu(paused=self.pause.isChecked())
        if self.icon is not None:
            self.icon.setContextMenu(self.menu)
        old.deleteLater()

    def _add(self, text: str, signal) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(lambda: signal.emit())
        return action

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> bool:
        """Show the icon; False when the desktop has no system tray."""
        if not self.available:
            return False
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip(self.tr("话术助手"))
        self.icon.activated.connect(self._activated)
        self.icon.show()
        return True

    def set_tooltip(self, text: str) -> None:
        if self.icon is not None:
            self.icon.setToolTip(text)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.quick_reply.emit()

    def notify(self, title: str, text: str, warning: bool = False,
               persistent: bool = False) -> None:
        """A notice from the tray; without a tray (or for ``persistent`` ones) a small window
        that stays until closed. It does not take the focus: the agent may be typing in a chat
        window or in the popup (which Qt would close)."""
        if self.icon is not None and QSystemTrayIcon.supportsMessages() and not persistent:
            icon = QSystemTrayIcon.MessageIcon.Warning if warning \
                else QSystemTrayIcon.MessageIcon.Information
            self.icon.showMessage(title, text, icon, 8000)
            return
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                          title, text)
        box.setWindowIcon(app_icon())
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        box.finished.connect(lambda _=0, box=box: self._notices.remove(box))
        self._notices.append(box)
        self._show_when_no_popup(box)

    def _show_when_no_popup(self, box: QMessageBox) -> None:
        """Qt closes every open popup (the quick-reply popup among them, on X11) when an
        ordinary window appears: the notice waits until none is open."""
        if QApplication.activePopupWidget() is not None:
            QTimer.singleShot(NOTICE_RETRY_MS, lambda: self._show_when_no_popup(box))
        elif box in self._notices:
            box.show()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
