"""Knowledge base: search the articles, read them, import handbooks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from assistant.core.errors import HuashuError
from assistant.services.kb_import import import_files

from .worker import LatestOnly, Worker

IMPORT_FILTER = "手册 (*.md *.markdown *.txt *.docx *.html *.htm *.pdf)"


class KnowledgeWindow(QWidget):
    def __init__(self, huashu, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("话术助手 — 知识库"))
        self.resize(980, 620)
        self._huashu = huashu
        self._worker = worker
        self._queries = LatestOnly(worker)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("搜索知识库"))
        self.query.setClearButtonEnabled(True)
        self.import_button = QPushButton(self.tr("导入文件…"))
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.import_button)
        self.list = QListWidget()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([380, 600])
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.query.textChanged.connect(self.search)
        self.list.currentItemChanged.connect(self._selected)
        self.import_button.clicked.connect(self.choose_files)
        self.search("")

    def search(self, text: str) -> None:
        huashu = self._huashu
        if text.strip():
            task = lambda: [(h.title, h.category or "", h.body)  # noqa: E731
                            for h in huashu.search.search_kb(text, 100)]
        else:
            task = lambda: [(a.title, a.category or "", a.body)  # noqa: E731
                            for a in huashu.knowledge.list()[:500]]
        self._queries.ask(task, self._show)

    def _show(self, rows: list[tuple[str, str, str]]) -> None:
        self.list.clear()
        for title, category, body in rows:
            item = QListWidgetItem(f"{title}    {category}")
            item.setData(Qt.ItemDataRole.UserRole, body)
            self.list.addItem(item)
        self.status.setText(self.tr("{n} 篇").replace("{n}", str(len(rows))))
        if rows:
            self.list.setCurrentRow(0)
        else:
            self.text.clear()

    def _selected(self, item: QListWidgetItem | None) -> None:
        self.text.setPlainText(item.data(Qt.ItemDataRole.UserRole) if item else "")

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("导入手册"), str(Path.home()),
                                                IMPORT_FILTER)
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> None:
        huashu = self._huashu
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("正在导入…"))

        def done(report) -> None:
            self.import_button.setEnabled(True)
            self.status.setText(self.tr("导入完成：新增 {a}，更新 {u}，未变 {s}，移除 {r}")
                                .replace("{a}", str(report.added))
                                .replace("{u}", str(report.updated))
                                .replace("{s}", str(report.unchanged))
                                .replace("{r}", str(report.removed)))
            self.search(self.query.text())

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            message = str(exc) if isinstance(exc, HuashuError) else repr(exc)
            self.status.setText(self.tr("导入失败，数据未改动：") + message)

        self._worker.submit(lambda: import_files(huashu.db, huashu.knowledge, paths),
                            done, failed)
