"""统计: which templates the agent uses, how often per day, which never, and about how much
typing they saved; exported as CSV for the team lead. The report is read off the UI thread and
again each time the window is shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from assistant.core.statistics import Statistics

from .messages import error_text
from .usage_chart import UsageChart
from .worker import LatestOnly, Worker

PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30
COUNT_COLUMNS = ("paste", "send", "copy")


class StatsWindow(QWidget):
    def __init__(self, huashu, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用统计"))
        self.resize(900, 640)
        self._huashu = huashu
        self._worker = worker
        self._queries = LatestOnly(worker)
        self.report: Statistics | None = None

        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(self.tr("最近 {n} 天").replace("{n}", str(days)), days)
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.export_button = QPushButton(self.tr("导出 CSV…"))
        self.export_button.setToolTip(self.tr("导出两个表格给组长：各模板的使用次数，以及每日使用次数"
                                              "（文件名后加“-每日”）"))
        self.uses = QLabel()
        self.saved = QLabel()
        self.saved.setToolTip(self.tr(
            "估算值：为保护隐私，只记录模板、动作和时间，不记录发出的文字。\n"
            "每用一次，按模板正文的字数计算（占位符按其名称计，如 {称呼} 计 2 字），\n"
            "减去快捷码的长度（没有快捷码时减 2，即搜索时最少的按键），不低于 0。"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("时间范围")))
        top.addWidget(self.period)
        top.addSpacing(16)
        top.addWidget(self.uses)
        top.addSpacing(16)
        top.addWidget(self.saved)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.chart = UsageChart()
        chart_box = QGroupBox(self.tr("每日使用次数"))
        QVBoxLayout(chart_box).addWidget(self.chart)

        self.most_used = QTreeWidget()
        self.most_used.setRootIsDecorated(False)
        self.most_used.setHeaderLabels([self.tr("模板"), self.tr("粘贴"), self.tr("发送"),
                                        self.tr("复制"), self.tr("合计")])
        header = self.most_used.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.most_used_box = QGroupBox(self.tr("最常用"))
        QVBoxLayout(self.most_used_box).addWidget(self.most_used)
        self.never_used = QListWidget()
        self.never_used_box = QGroupBox(self.tr("从未使用"))
        QVBoxLayout(self.never_used_box).addWidget(self.never_used)
        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(self.most_used_box)
        lists.addWidget(self.never_used_box)
        lists.setSizes([560, 340])

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(chart_box, 2)
        layout.addWidget(lists, 3)
        layout.addWidget(self.status)

        self.period.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.choose_export)
        self.refresh()

    def days(self) -> int:
        return self.period.currentData()

    def showEvent(self, event) -> None:
        if self.report is not None:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        statistics = self._huashu.statistics
        days = self.days()
        self._queries.ask(lambda: statistics.report(days), self.show_report)

    def show_report(self, report: Statistics) -> None:
        self.report = report
        totals = report.totals
        self.uses.setText(self.tr("共使用 {total} 次（粘贴 {paste}，发送 {send}，复制 {copy}）")
                          .replace("{total}", str(totals.total))
                          .replace("{paste}", str(totals.paste))
                          .replace("{send}", str(totals.send))
                          .replace("{copy}", str(totals.copy)))
        self.saved.setText(self.tr("约节省 {n} 字").replace(
            "{n}", f"{report.characters_saved:,}"))
        self.chart.set_days(report.per_day)
        self.most_used.clear()
        for usage in report.templates:
            c = usage.counts
            item = QTreeWidgetItem([usage.title, str(c.paste), str(c.send), str(c.copy),
                                    str(c.total)])
            item.setToolTip(0, f"{usage.category} › {usage.title}" if usage.category
                            else usage.title)
            for column in range(1, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            self.most_used.addTopLevelItem(item)
        self.never_used.clear()
        for unused in report.never_used:
            self.never_used.addItem(f"{unused.category} › {unused.title}" if unused.category
                                    else unused.title)
        self.never_used_box.setTitle(self.tr("从未使用（{n}）").replace(
            "{n}", str(len(report.never_used))))
        self.status.setText(self.tr("{first} 至 {last}").replace(
            "{first}", report.first_day.isoformat()).replace("{last}", report.last_day.isoformat()))

    def choose_export(self) -> None:
        name = self.tr("话术统计")
        suggested = Path.home() / f"{name}-{date.today():%Y%m%d}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 CSV"), str(suggested),
                                              self.tr("CSV 表格") + " (*.csv)")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write the report shown (or, before one is shown, a fresh one) to ``path``."""
        statistics, days, shown = self._huashu.statistics, self.days(), self.report
        self.export_button.setEnabled(False)

        def task() -> list[Path]:
            report = shown if shown is not None and shown.days == days \
                else statistics.report(days)
            return statistics.to_csv(report, path)

        def done(written: list[Path]) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("已导出到 {file} 和 {daily}")
                                .replace("{file}", str(written[0]))
                                .replace("{daily}", str(written[1])))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("导出失败：") + error_text(exc))

        self._worker.submit(task, done, failed)
