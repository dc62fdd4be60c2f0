"""Settings: who the agent is, how replies are addressed, the hotkey and how pasting works."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from assistant.core.errors import InvalidInput
from assistant.core.hotkey import DEFAULT_HOTKEY
from assistant.core.salutation import FEMALE_TITLES
from assistant.core.settings import LANGUAGES, PASTE_KEYS, PASTE_MODES
from assistant.services.settings import SettingsService

from .hotkey_edit import HotkeyEdit
from .messages import error_text


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    return combo


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self._settings = settings
        self.agent_name = QLineEdit()
        self.shop_name = QLineEdit()
        self.fallback = QLineEdit()
        self.female_title = _combo([(t, t) for t in FEMALE_TITLES])
        self.hotkey = HotkeyEdit()
        self.hotkey.setToolTip(self.tr("点击后按下新的快捷键组合；Esc 取消"))
        reset_hotkey = QPushButton(self.tr("恢复默认"))
        reset_hotkey.clicked.connect(lambda: self.hotkey.set_hotkey(DEFAULT_HOTKEY))
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

        form = QFormLayout()
        form.addRow(self.tr("客服名（{客服}）"), self.agent_name)
        form.addRow(self.tr("店铺名（{店铺}）"), self.shop_name)
        form.addRow(self.tr("不知道姓名时的称呼"), self.fallback)
        form.addRow(self.tr("女性客户称谓"), self.female_title)
        hotkey_row = QHBoxLayout()
        hotkey_row.addWidget(self.hotkey, 1)
        hotkey_row.addWidget(reset_hotkey)
        form.addRow(self.tr("全局热键"), hotkey_row)
        form.addRow(self.tr("选中回复后"), self.paste_mode)
        form.addRow(self.tr("粘贴按键"), self.paste_keys)
        form.addRow(self.tr("恢复剪贴板前等待"), self.restore_delay)
        form.addRow(self.tr("Ctrl+Enter 发送前等待"), self.send_delay)
        form.addRow(self.tr("界面语言（重启后生效）"), self.language)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("#error { color: #b00020; }")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.hotkey.recorded.connect(lambda _: self.error.clear())
        self.hotkey.rejected.connect(lambda exc: self.error.setText(error_text(exc)))
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
        self.error.clear()

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

    def save(self) -> None:
        try:
            self._settings.set_many(self.values())
        except InvalidInput as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
