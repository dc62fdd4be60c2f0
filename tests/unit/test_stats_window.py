"""The 统计 window and its chart: figures from a prepared database, the period selector, the
CSV export, the bar geometry, and the ways to open it."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QImage

from assistant.core.statistics import ActionCounts, DayUsage
from assistant.ui.stats_window import StatsWindow
from assistant.ui.usage_chart import UsageChart, axis_top, bar_segments
from assistant.ui.worker import Worker


@pytest.fixture
def worker(qtbot):
    worker = Worker("test-stats")
    yield worker
    worker.shutdown()


@pytest.fixture
def used(app):
    """Three uses of one template and one of another, today."""
    first, second = app.templates.list()[:2]
    for action in ("paste", "paste", "send"):
        app.templates.record_use(first.id, action)
    app.templates.record_use(second.id, "copy")
    return first, second


def open_window(qtbot, app, worker) -> StatsWindow:
    window = StatsWindow(app, worker)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.report is not None)
    return window


def test_the_window_shows_the_figures_of_the_database(qtbot, app, worker, used):
    first, second = used
    window = open_window(qtbot, app, worker)
    assert window.windowTitle() == "使用统计" and window.days() == 30
    rows = [[window.most_used.topLevelItem(i).text(c) for c in range(5)]
            for i in range(window.most_used.topLevelItemCount())]
    assert rows == [[first.title, "2", "1", "0", "3"], [second.title, "0", "0", "1", "1"]]
    assert window.uses.text() == "共使用 4 次（粘贴 2，发送 1，复制 1）"
    saved = window.report.characters_saved
    assert saved > 0 and window.saved.text() == f"约节省 {saved:,} 字"
    assert "估算" in window.saved.toolTip() and "快捷码" in window.saved.toolTip()
    unused = len(app.templates.list()) - 2
    assert window.never_used.count() == unused
    assert window.never_used_box.title() == f"从未使用（{unused}）"
    assert len(window.chart._days) == 30 and window.chart._days[-1].counts.total == 4


def test_the_period_selector_asks_again_and_showing_refreshes(qtbot, app, worker, used):
    window = open_window(qtbot, app, worker)
    window.period.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.report.days == 7)
    assert len(window.chart._days) == 7
    window.hide()
    app.templates.record_use(used[1].id, "paste")
    window.show()
    qtbot.waitUntil(lambda: window.report.totals.total == 5)


def test_export_writes_both_files_and_says_where(qtbot, app, worker, used, tmp_path):
    window = open_window(qtbot, app, worker)
    window.export(tmp_path / "组长.csv")
    qtbot.waitUntil(lambda: window.export_button.isEnabled())
    assert (tmp_path / "组长.csv").read_bytes().startswith("\ufeff模板ID".encode())
    assert (tmp_path / "组长-每日.csv").exists()
    assert str(tmp_path / "组长-每日.csv") in window.status.text()


def test_a_failed_export_is_explained(qtbot, app, worker, used, tmp_path):
    window = open_window(qtbot, app, worker)
    (tmp_path / "folder.csv").mkdir()
    window.export(tmp_path / "folder.csv")
    qtbot.waitUntil(lambda: window.export_button.isEnabled())
    assert window.status.text().startswith("导出失败：无法写入")


# -- the chart ---------------------------------------------------------------------------------

def test_bar_heights_follow_the_counts_stacked_by_action():
    plot = QRectF(10, 20, 300, 100)
    days = [ActionCounts(), ActionCounts(paste=5), ActionCounts(paste=2, send=1, copy=2)]
    bars = bar_segments(days, plot, top=10)
    assert bars[0] == []
    [(action, rect)] = bars[1]
    assert action == "paste" and rect.height() == 50 and rect.bottom() == plot.bottom()
    assert [(a, r.height()) for a, r in bars[2]] == [("paste", 20), ("send", 10), ("copy", 20)]
    assert bars[2][0][1].bottom() == plot.bottom()
    assert bars[2][1][1].bottom() == bars[2][0][1].top()
    assert bars[2][2][1].top() == plot.bottom() - 50
    lefts = [bar[0][1].left() for bar in bars[1:]]
    assert lefts[1] - lefts[0] == pytest.approx(100)  # one slot per day
    assert all(plot.left() <= r.left() and r.right() <= plot.right()
               for bar in bars for _, r in bar)


@pytest.mark.parametrize("highest, top", [(0, 1), (1, 1), (3, 5), (7, 10), (19, 20),
                                          (20, 20), (101, 200), (4321, 5000)])
def test_the_axis_ends_on_a_round_number_not_below_the_highest_bar(highest, top):
    assert axis_top(highest) == top


def test_the_chart_paints_and_explains_a_day_on_hover(qtbot):
    chart = UsageChart()
    qtbot.addWidget(chart)
    chart.resize(600, 240)
    start = date(2026, 3, 1)
    chart.set_days([DayUsage(start + timedelta(days=i), ActionCounts(paste=i, send=1))
                    for i in range(30)])
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    chart.render(image)
    plot = chart.plot_area()
    assert chart.day_at(plot.left() + 1) == 0 and chart.day_at(plot.right() - 1) == 29
    assert chart.day_at(plot.left() - 1) is None
    assert chart.day_text(chart._days[29]) == "2026-03-30：共 30 次\n粘贴 29，发送 1，复制 0"
    assert chart.top() == 50
    x = plot.left() + plot.width() * 29.5 / 30
    assert image.pixelColor(QPoint(int(x), int(plot.bottom()) - 2)).name() == "#3b7dd8"  # paste


# -- reaching it -------------------------------------------------------------------------------

def test_it_is_one_of_the_windows_of_the_tray_the_popup_and_huashu_open():
    from assistant.cli import build_parser
    from assistant.ui.popup import QuickReplyPopup
    from assistant.ui.tray import Tray
    from assistant.ui.tray_app import WINDOWS

    assert "stats" in WINDOWS
    assert build_parser().parse_args(["open", "stats"]).window == "stats"
    tray = Tray()
    opened = []
    tray.statistics.connect(lambda: opened.append("tray"))
    next(a for a in tray.menu.actions() if a.text() == "使用统计").trigger()
    popup = QuickReplyPopup()
    popup.open_window.connect(opened.append)
    next(a for a in popup.menu.actions() if a.text() == "使用统计(&U)").trigger()
    assert opened == ["tray", "stats"]


def test_windows_create_builds_it(qtbot, app, worker):
    from assistant.ui import windows

    window = windows.create("stats", app, worker)
    qtbot.addWidget(window)
    assert isinstance(window, StatsWindow)
