"""Knowledge base: search the articles, read them rendered with the matches marked, import
handbooks with a progress dialog that can be cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QListView, QProgressDialog,
    QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from assistant.services.kb_import import INDEXING, READING, SAVING, ImportCancelled, import_files
from assistant.services.reading import match_spans, read_article

from .article_view import ArticleView
from .messages import error_text
from .results import ResultDelegate, ResultModel, ResultRow
from .worker import LatestOnly, Worker

IMPORT_FILTER = "(*.md *.markdown *.txt *.docx *.html *.htm *.pdf)"
LIST_LIMIT = 500


def _one_line(text: str) -> str:
    return " ".join(text.split())


class KnowledgeWindow(QWidget):
    import_progress = Signal(object)  # ImportProgress, emitted on the worker thread

    def __init__(self, huashu, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("知识库"))
        self.resize(1000, 640)
        self._huashu = huashu
        self._worker = worker
        self._queries = LatestOnly(worker)
        self._cancel = threading.Event()
        self._progress: QProgressDialog | None = None

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("搜索知识库：关键词或拼音"))
        self.query.setClearButtonEnabled(True)
        self.import_button = QPushButton(self.tr("导入文件…"))
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.import_button)

        self.report = QFrame()
        self.report.setObjectName("report")
        self.report.setStyleSheet("#report { background: palette(alternate-base); "
                                  "border: 1px solid palette(mid); border-radius: 4px; }")
        self.report_text = QLabel()
        self.report_text.setWordWrap(True)
        self.report_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close_report = QToolButton()
        close_report.setText("×")
        close_report.setAutoRaise(True)
        close_report.setToolTip(self.tr("关闭"))
        close_report.clicked.connect(self.report.hide)
        report_row = QHBoxLayout(self.report)
        report_row.setContentsMargins(8, 4, 4, 4)
        report_row.addWidget(self.report_text, 1)
        report_row.addWidget(close_report, 0, Qt.AlignmentFlag.AlignTop)
        self.report.hide()

        self.model = ResultModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.reader = ArticleView()
        self.copy_button = QPushButton(self.tr("复制段落"))
        self.copy_button.setToolTip(self.tr("复制右侧高亮的段落；在文章中选中文字时复制所选"))
        reader_box = QWidget()
        reader_layout = QVBoxLayout(reader_box)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.reader, 1)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        reader_layout.addLayout(copy_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(reader_box)
        splitter.setSizes([400, 600])
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.query.textChanged.connect(self.search)
        self.list.selectionModel().currentChanged.connect(self._selected)
        self.import_button.clicked.connect(self.choose_files)
        self.copy_button.clicked.connect(self.copy_passage)
        self.import_progress.connect(self._show_progress)
        self.search("")

    # -- searching and reading ---------------------------------------------------------------

    def refresh(self) -> None:
        """Show the articles again (content changed, here or in another process)."""
        self.search(self.query.text())

    def search(self, text: str) -> None:
        huashu = self._huashu
        if text.strip():
            def task() -> list[ResultRow]:
                return [ResultRow("article", h.id, h.title, h.category or "", "",
                                  _one_line(h.passage), h.body, match_spans(h.title, text),
                                  match_spans(_one_line(h.passage), text), h.passage,
                                  h.source or "")
                        for h in huashu.search.search_kb(text, 100)]
        else:
            def task() -> list[ResultRow]:
                rows = []
                for a in huashu.knowledge.list()[:LIST_LIMIT]:
                    passage = read_article(a.body).passage
                    text_ = passage.text if passage else ""
                    rows.append(ResultRow("article", a.id, a.title, a.category or "", "",
                                          _one_line(text_), a.body, passage=text_,
                                          source=a.source or ""))
                return rows
        self._queries.ask(task, self._show)

    def _show(self, rows: list[ResultRow]) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        self.status.setText(self.tr("{n} 篇").replace("{n}", str(len(rows))))
        keep = next((i for i, r in enumerate(rows) if current and r.id == current.id), 0)
        if rows:
            self.list.setCurrentIndex(self.model.index(keep, 0))
        else:
            self.reader.clear()

    def current_row(self) -> ResultRow | None:
        return self.model.row_at(self.list.currentIndex().row())

    def _selected(self, *_) -> None:
        row = self.current_row()
        if row is None:
            self.reader.clear()
            return
        self.reader.show_article(row.title, read_article(row.body, self.query.text()), row.source)

    def copy_passage(self) -> None:
        row = self.current_row()
        text = self.reader.selected_text() or (row.passage if row else "")
        if text:
            QGuiApplication.clipboard().setText(text)
            self.status.setText(self.tr("已复制 {n} 个字").replace("{n}", str(len(text))))

    # -- importing ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("导入手册"), str(Path.home()),
                                                self.tr("手册") + " " + IMPORT_FILTER)
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> None:
        huashu = self._huashu
        self.import_button.setEnabled(False)
        self._cancel.clear()
        progress = QProgressDialog(self.tr("准备导入…"), self.tr("取消"), 0, len(paths), self)
        progress.setWindowTitle(self.tr("导入手册"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(420)
        progress.canceled.disconnect()
        progress.canceled.connect(self._cancel_import)
        progress.show()
        self._progress = progress

        def done(report) -> None:
            self._finish_import()
            self._show_report(self.tr("导入完成：{files} 个文件，新增 {a} 篇，更新 {u} 篇，未变 {s} 篇，"
                                      "移除 {r} 篇。")
                              .replace("{files}", str(report.files))
                              .replace("{a}", str(report.added))
                              .replace("{u}", str(report.updated))
                              .replace("{s}", str(report.unchanged))
                              .replace("{r}", str(report.removed)), ok=True)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._finish_import()
            if isinstance(exc, ImportCancelled):
                self._show_report(self.tr("已取消导入，数据未改动。"), ok=True)
            else:
                self._show_report(self.tr("导入失败，数据未改动：") + error_text(exc), ok=False)

        cancel = self._cancel
        self._worker.submit(
            lambda: import_files(huashu.db, huashu.knowledge, paths,
                                 progress=self.import_progress.emit, cancelled=cancel.is_set),
            done, failed)

    def _cancel_import(self) -> None:
        self._cancel.set()
        if self._progress is not None:
            self._progress.setLabelText(self.tr("正在取消…"))
            self._progress.setCancelButton(None)

    def _show_progress(self, step) -> None:
        dialog = self._progress
        if dialog is None or self._cancel.is_set():
            return
        dialog.setMaximum(max(step.total, 1))
        dialog.setValue(min(step.done, max(step.total, 1)))
        if step.stage == READING:
            label = self.tr("正在读取 {file}（{n}/{total}）").replace("{file}", step.file) \
                .replace("{n}", str(step.done + 1)).replace("{total}", str(step.total)) \
                if step.file else self.tr("文件已读取")
        elif step.stage == SAVING:
            label = self.tr("正在保存 {total} 篇文章…").replace("{total}", str(step.total))
        else:
            label = self.tr("正在更新搜索索引…（数据已保存）")
        if step.stage == INDEXING and dialog.findChild(QPushButton) is not None:
            dialog.setCancelButton(None)
        dialog.setLabelText(label)

    def _finish_import(self) -> None:
        self.import_button.setEnabled(True)
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _show_report(self, text: str, ok: bool) -> None:
        self.report_text.setText(text)
        self.report_text.setStyleSheet("" if ok else "color: #b00020;")
        self.report.show()
