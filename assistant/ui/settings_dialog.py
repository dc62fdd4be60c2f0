"""Settings: who the agent is, how replies are addressed, the hotkey and how pasting works,
start at login, and the data folder with its backups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.core.errors import InvalidInput
from assistant.core.hotkey import DEFAULT_HOTKEY, parse_hotkey
from assistant.core.salutation import FEMALE_TITLES
from assistant.core.settings import LANGUAGES, PASTE_KEYS, PASTE_MODES
from assistant.services.settings import SettingsService
from assistant.services.start_at_login import StartAtLogin

from .data_section import DataSection
from .hotkey_edit import HotkeyEdit
from .messages import error_text

if TYPE_CHECKING:  # the backup service (and SQLAlchemy) load only when used
    from assistant.services.backup import Backups


@dataclass
class SettingsHooks:
    """What the dialog needs from the running app beyond the settings themselves."""

    try_hotkey: Callable[[str], str | None] = lambda _hotkey: None
    """None when the system lets Huashu take this hotkey, else why not (nothing changes)."""
    start_at_login: StartAtLogin | None = None
    backups: Backups | None = None
    restore: Callable[[Path, Callable[[object], None]], None] | None = None
    """Put a backup in place of the data; the callback gets the safety copy or the error."""
    language_live: bool = False
    """Whether the app switches the interface language as soon as the setting changes."""


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    return combo


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsService, hooks: SettingsHooks | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self._settings = settings
        self._hooks = hooks or SettingsHooks()
        self.agent_name = QLineEdit()
        self.shop_name = QLineEdit()
        self.fallback = QLineEdit()
        self.female_title = _combo([(t, t) for t in FEMALE_TITLES])
        self.hotkey = HotkeyEdit()
        self.hotkey.setToolTip(self.tr("点击后按下新的快捷键组合；Esc 取消"))
        reset_hotkey = QPushButton(self.tr("恢复默认"))
        reset_hotkey.clicked.connect(lambda: self._hotkey_recorded(DEFAULT_HOTKEY))
        self.paste_mode = _combo(list(zip(PASTE_MODES, (self.tr("粘贴到聊天窗口"),
                                                        self.tr("只复制")), strict=True)))
        self.paste_keys = _combo(list(zip(PASTE_KEYS, ("Ctrl+V", self.tr("Shift+Insert（终端）")),
                                          strict=True)))
        self.restore_delay = QSpinBox()
        self.restore_delay.setRange(20, 5000)
        self.restore_delay.setSuffix(" ms")
        self.send_delay = QSpinBox()
        self.send_delay.setRange(0, 2000)
        self.send_delay.setSuffix(" ms")
        self.language = _combo(list(zip(LANGUAGES, ("中文", "English"), strict=True)))
        self.start_at_login = QCheckBox(self.tr("登录系统后自动启动话术助手"))
        login = self._hooks.start_at_login
        self.start_at_login.setEnabled(login is not None)
        if login is not None:
            self.start_at_login.setToolTip(login.where())

        replies = QFormLayout()
        replies.addRow(self.tr("客服名（{客服}）"), self.agent_name)
        replies.addRow(self.tr("店铺名（{店铺}）"), self.shop_name)
        replies.addRow(self.tr("不知道姓名时的称呼"), self.fallback)
        replies.addRow(self.tr("女性客户称谓"), self.female_title)
        pasting = QFormLayout()
        hotkey_row = QHBoxLayout()
        hotkey_row.addWidget(self.hotkey, 1)
        hotkey_row.addWidget(reset_hotkey)
        pasting.addRow(self.tr("全局热键"), hotkey_row)
        pasting.addRow(self.tr("选中回复后"), self.paste_mode)
        pasting.addRow(self.tr("粘贴按键"), self.paste_keys)
        pasting.addRow(self.tr("恢复剪贴板前等待"), self.restore_delay)
        pasting.addRow(self.tr("Ctrl+Enter 发送前等待"), self.send_delay)
        general = QFormLayout()
        general.addRow(self.tr("界面语言") if self._hooks.language_live else
                       self.tr("界面语言（重启后生效）"), self.language)
        general.addRow(self.tr("开机启动"), self.start_at_login)
        self.data = DataSection(self._hooks.backups, self._hooks.restore, self)
        self.data.message.connect(self._show_message)
        general.addRow(self.tr("数据文件夹"), self.data)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("#error { color: #b00020; }")
        self.error.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for title, form in ((self.tr("回复内容"), replies), (self.tr("热键与粘贴"), pasting),
                            (self.tr("常规"), general)):
            box = QGroupBox(title)
            box.setLayout(form)
            layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.hotkey.recorded.connect(self._hotkey_recorded)
        self.hotkey.rejected.connect(lambda exc: self._show_message(error_text(exc), True))
        self.load()

    def showEvent(self, event) -> None:
        self.load()
        super().showEvent(event)

    def load(self) -> None:
        current = self._settings.current()
        self.agent_name.setText(current.agent_name)
        self.shop_name.setText(current.shop_name)
        self.fallback.setText(current.fallback_salutation)
        for combo, value in ((self.female_title, current.female_title),
                             (self.paste_mode, current.paste_mode),
                             (self.paste_keys, current.paste_keys),
                             (self.language, current.language)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.restore_delay.setValue(current.restore_delay_ms)
        self.send_delay.setValue(current.send_delay_ms)
        self.hotkey.set_hotkey(current.hotkey)
        if self._hooks.start_at_login is not None:
            self.start_at_login.setChecked(self._hooks.start_at_login.enabled())
        self._show_message("", True)

    def values(self) -> dict[str, str]:
        return {
            "agent_name": self.agent_name.text(),
            "shop_name": self.shop_name.text(),
            "fallback_salutation": self.fallback.text(),
            "female_title": self.female_title.currentData(),
            "hotkey": self.hotkey.hotkey(),
            "paste_mode": self.paste_mode.currentData(),
            "paste_keys": self.paste_keys.currentData(),
            "restore_delay_ms": str(self.restore_delay.value()),
            "send_delay_ms": str(self.send_delay.value()),
            "language": self.language.currentData(),
        }

    def _show_message(self, text: str, is_error: bool) -> None:
        """One message under the settings, red for a problem; no room taken without one."""
        shown, other = (self.error, self.note) if is_error else (self.note, self.error)
        shown.setText(text)
        shown.setVisible(bool(text))
        other.clear()
        other.hide()

    def _hotkey_problem(self, hotkey: str) -> str | None:
        """Why the system will not let Huashu take ``hotkey`` (the current one stays)."""
        if hotkey == self._settings.current().hotkey:
            return None
        problem = self._hooks.try_hotkey(hotkey)
        if problem is None:
            return None
        current = self._settings.current().hotkey
        return problem + self.tr("（当前热键 {hotkey} 仍然有效）").replace(
            "{hotkey}", parse_hotkey(current).display if current else self.tr("无"))

    def _hotkey_recorded(self, hotkey: str) -> None:
        self.hotkey.set_hotkey(hotkey)
        self._show_message(self._hotkey_problem(hotkey) or "", True)

    def save(self) -> None:
        """Check the hotkey with the system, write the settings, then start at login; any
        problem keeps the dialog open with the explanation."""
        problem = self._hotkey_problem(self.hotkey.hotkey())
        if problem is not None:
            self._show_message(problem, True)
            return
        try:
            self._settings.set_many(self.values())
        except InvalidInput as exc:
            self._show_message(error_text(exc), True)
            return
        login = self._hooks.start_at_login
        if login is not None and self.start_at_login.isChecked() != login.enabled():
            try:
                login.set(self.start_at_login.isChecked())
            except OSError as exc:
                self._show_message(self.tr("无法更改开机启动（{where}）：{reason}").replace(
                    "{where}", login.where()).replace("{reason}", exc.strerror or str(exc)), True)
                return
        self.accept()
