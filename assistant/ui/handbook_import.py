"""Importing handbooks into the knowledge base on the worker, with a progress dialog.

The dialog names the file being read. 取消 stays until the articles are committed: a cancel
before that rolls everything back (``services.kb_import``); after it, only the search index is
being updated and the import can no longer be undone, so the button goes away.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from assistant.services.kb_import import (
    INDEXING, READING, SAVING, ImportCancelled, ImportProgress, import_files,
)

from .messages import error_text
from .worker import Worker


def _committed(step: ImportProgress) -> bool:
    """Saving reports ``done == total`` only once the transaction is committed."""
    return step.stage == INDEXING or (step.stage == SAVING and step.done == step.total)


class HandbookImport(QObject):
    progress = Signal(object)  # ImportProgress, emitted on the worker thread
    finished = Signal(str, bool)  # the report for the agent, and whether all went well

    def __init__(self, huashu, worker: Worker, parent: QWidget) -> None:
        super().__init__(parent)
        self._huashu = huashu
        self._worker = worker
        self._parent = parent
        self._cancel = threading.Event()
        self._committed = False
        self.dialog: QProgressDialog | None = None
        self.progress.connect(self._show_progress)

    def start(self, paths: list[Path]) -> None:
        huashu = self._huashu
        self.open_dialog(len(paths))

        def done(report) -> None:
            self._close()
            self.finished.emit(self.tr("导入完成：{files} 个文件，新增 {a} 篇，更新 {u} 篇，未变 {s} 篇，"
                                       "移除 {r} 篇。")
                               .replace("{files}", str(report.files))
                               .replace("{a}", str(report.added))
                               .replace("{u}", str(report.updated))
                               .replace("{s}", str(report.unchanged))
                               .replace("{r}", str(report.removed)), True)

        def failed(exc: BaseException) -> None:
            self._close()
            if isinstance(exc, ImportCancelled):
                self.finished.emit(self.tr("已取消导入，数据未改动。"), True)
            else:
                self.finished.emit(self.tr("导入失败，数据未改动：") + error_text(exc), False)

        cancel = self._cancel
        self._worker.submit(
            lambda: import_files(huashu.db, huashu.knowledge, paths,
                                 progress=self.progress.emit, cancelled=cancel.is_set),
            done, failed)

    def open_dialog(self, files: int) -> None:
        self._cancel.clear()
        self._committed = False
        dialog = QProgressDialog(self.tr("准备导入…"), self.tr("取消"), 0, files,
                                 self._parent)
        dialog.setWindowTitle(self.tr("导入手册"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(460)
        dialog.canceled.disconnect()
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.dialog = dialog

    def cancel(self) -> None:
        if self._committed:
            return
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("正在取消…"))
            self.dialog.setCancelButton(None)

    def _show_progress(self, step: ImportProgress) -> None:
        dialog = self.dialog
        if dialog is None or self._cancel.is_set():
            return
        dialog.setMaximum(max(step.total, 1))
        dialog.setValue(min(step.done, max(step.total, 1)))
        if step.stage == READING:
            label = self.tr("正在读取 {file}（{n}/{total}）").replace("{file}", step.file) \
                .replace("{n}", str(step.done + 1)).replace("{total}", str(step.total)) \
                if step.file else self.tr("文件已读取")
        elif not _committed(step):
            label = self.tr("正在保存 {total} 篇文章…").replace("{total}", str(step.total))
        else:
            label = self.tr("正在更新搜索索引…（数据已保存）")
        if _committed(step) and not self._committed:
            self._committed = True
            dialog.setCancelButton(None)
        dialog.setLabelText(label)

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
