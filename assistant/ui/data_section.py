"""The settings dialog's data row: where the data lives, backing it up and restoring it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.errors import HuashuError

from .messages import error_text

if TYPE_CHECKING:  # the backup service (and SQLAlchemy) load only when used
    from assistant.services.backup import Backups

Restore = Callable[[Path, Callable[[object], None]], None]


class DataSection(QWidget):
    message = Signal(str, bool)  # text, is_error

    def __init__(self, backups: Backups | None, restore: Restore | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._restore = restore
        self.path = QLabel(str(backups.home) if backups else "")
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("打开文件夹"))
        self.back_up = QPushButton(self.tr("立即备份"))
        self.back_up_as = QPushButton(self.tr("备份到文件…"))
        self.restore = QPushButton(self.tr("从备份恢复…"))
        self.open_folder.clicked.connect(self.open_data_folder)
        self.back_up.clicked.connect(lambda: self.back_up_to(None))
        self.back_up_as.clicked.connect(self._choose_backup_file)
        self.restore.clicked.connect(self._choose_restore_file)
        for button in (self.open_folder, self.back_up, self.back_up_as):
            button.setEnabled(backups is not None)
        self.restore.setEnabled(backups is not None and restore is not None)

        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(self.open_folder)
        actions = QHBoxLayout()
        for button in (self.back_up, self.back_up_as, self.restore):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._backups.home)))

    def back_up_to(self, target: Path | None) -> Path | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = self._backups.back_up(target)
        except HuashuError as exc:
            self.message.emit(error_text(exc), True)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.emit(self.tr("已备份到 {path}").replace("{path}", str(written)), False)
        return written

    def _choose_backup_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("备份到文件"), str(Path.home() / "huashu-backup.db"),
            self.tr("话术助手备份 (*.db)"))
        if name:
            self.back_up_to(Path(name))

    def _choose_restore_file(self) -> None:
        self._backups.folder.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("从备份恢复"), str(self._backups.folder),
            self.tr("话术助手备份 (*.db);;所有文件 (*)"))
        if name and self._confirm(Path(name)):
            self.restore_from(Path(name))

    def _confirm(self, source: Path) -> bool:
        answer = QMessageBox.question(self, self.tr("从备份恢复"), self.tr(
            "用“{file}”替换现在的全部模板、知识库和设置吗？\n现在的数据会先备份到备份文件夹；"
            "各窗口里未保存的修改会丢失。").replace("{file}", source.name))
        return answer == QMessageBox.StandardButton.Yes

    def restore_from(self, source: Path) -> None:
        """Check the file here (a bad one changes nothing), then let the app swap it in."""
        try:
            self._backups.check(source)
        except HuashuError as exc:
            self.message.emit(error_text(exc), True)
            return
        self.restore.setEnabled(False)
        self.message.emit(self.tr("正在恢复…"), False)
        self._restore(source, self._restored)

    def _restored(self, outcome: object) -> None:
        self.restore.setEnabled(True)
        if isinstance(outcome, BaseException):
            self.message.emit(error_text(outcome), True)
        else:
            self.message.emit(restored_text(outcome), False)


def restored_text(safety: object) -> str:
    text = QCoreApplication.translate("DataSection", "已从备份恢复。")
    if isinstance(safety, Path):
        text += QCoreApplication.translate("DataSection", "原来的数据保存在 {path}").replace(
            "{path}", str(safety))
    return text
