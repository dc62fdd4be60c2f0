"""Usage statistics: the store's queries, the characters-saved estimate, the report, the CSV
export, `huashu stats`, and that nothing but ids, actions and times is ever stored."""

import csv
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert

from assistant.cli import main
from assistant.core.errors import InvalidInput
from assistant.core.statistics import ActionCounts, characters_saved_per_use, check_days
from assistant.store import statistics as queries
from assistant.store.tables import usage_events

BEIJING = timezone(timedelta(hours=8))
INDIA = timezone(timedelta(hours=5, minutes=30))
TODAY = date(2026, 3, 10)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


def add_uses(app, *uses: tuple[str, str, str]) -> None:
    """(template id, action, naive UTC time) rows, as record_use writes them."""
    with app.db.transaction() as conn:
        conn.execute(insert(usage_events), [
            {"template_id": t, "action": a, "used_at": utc(at)} for t, a, at in uses])


@pytest.fixture
def two(app):
    first, second = app.templates.list()[:2]
    return first.id, second.id


# -- store -------------------------------------------------------------------------------------

def test_days_without_uses_are_zero_and_uses_land_on_their_local_day(app, two):
    a, _ = two
    add_uses(app, (a, "paste", "2026-03-09 15:59:59"),  # 23:59:59 in Beijing on the 9th
             (a, "send", "2026-03-09 16:00:00"),        # midnight on the 10th
             (a, "paste", "2026-03-07 02:00:00"))
    with app.db.reading() as conn:
        days = queries.daily_counts(conn, date(2026, 3, 6), 5, BEIJING)
    assert [d for d, _ in days] == [date(2026, 3, 6) + timedelta(days=i) for i in range(5)]
    assert [c for _, c in days] == [{}, {"paste": 1}, {}, {"paste": 1}, {"send": 1}]


def test_half_hour_time_zones_split_days_at_local_midnight(app, two):
    a, _ = two
    add_uses(app, (a, "paste", "2026-03-09 18:29:00"), (a, "copy", "2026-03-09 18:30:00"))
    with app.db.reading() as conn:
        days = dict(queries.daily_counts(conn, date(2026, 3, 9), 2, INDIA))
    assert days == {date(2026, 3, 9): {"paste": 1}, date(2026, 3, 10): {"copy": 1}}


def test_period_boundaries_and_the_split_by_action(app, two):
    a, b = two
    add_uses(app, (a, "paste", "2026-03-07 15:59:59"),  # the 7th in Beijing: before the period
             (a, "paste", "2026-03-07 16:00:00"),      # first moment of the 8th: inside
             (a, "send", "2026-03-08 01:00:00"), (a, "send", "2026-03-09 01:00:00"),
             (b, "copy", "2026-03-10 15:59:59"),       # last moment of the 10th: inside
             (b, "paste", "2026-03-10 16:00:00"))      # the 11th: after the period
    with app.db.reading() as conn:
        counts = queries.counts_by_template(conn, date(2026, 3, 8), 3, BEIJING)
    assert counts == {a: {"paste": 1, "send": 2}, b: {"copy": 1}}


def test_never_used_leaves_out_templates_with_events_or_counts(app, two):
    a, b = two
    add_uses(app, (a, "paste", "2020-01-01 00:00:00"))
    app.templates.record_use(b, "copy")
    with app.db.reading() as conn:
        unused = {row[0] for row in queries.never_used(conn)}
    everything = {t.id for t in app.templates.list()}
    assert unused == everything - {a, b}


# -- the estimate and the report ----------------------------------------------------------------

@pytest.mark.parametrize("body, shortcut, saved", [
    ("亲，您好，请问有什么可以帮您？", "hy", 15 - 2),
    ("{称呼}您好，订单{订单号}已发货", "fh", 2 + 3 + 2 + 3 + 3 - 2),
    ("{称呼|亲}好", None, 3 - 2),           # no shortcut: 2 keystrokes of search
    ("好的", "haode", 0),                   # never below zero
    ("用 {{大括号}} 写", "x", 9 - 1),         # literal braces count once
])
def test_characters_saved_per_use(body, shortcut, saved):
    assert characters_saved_per_use(body, shortcut) == saved


def test_the_report_orders_templates_and_totals_the_uses(app):
    quick = app.templates.add(title="快", body="一二三四五六七八九十", shortcut="kk")
    slow = app.templates.add(title="慢", body="一二三四五", shortcut=None)
    now = datetime.now(BEIJING)
    stamp = now.astimezone(UTC).replace(tzinfo=None).isoformat(" ")
    add_uses(app, (slow.id, "paste", stamp), (quick.id, "paste", stamp),
             (quick.id, "send", stamp), (quick.id, "copy", stamp))
    report = app.statistics.report(7, tz=BEIJING)
    assert [u.title for u in report.templates] == ["快", "慢"]
    assert report.templates[0].counts == ActionCounts(paste=1, send=1, copy=1)
    assert report.totals == ActionCounts(paste=2, send=1, copy=1)
    assert report.characters_saved == 3 * (10 - 2) + 1 * (5 - 2)
    assert report.per_day[-1].day == now.date() and report.per_day[-1].counts.total == 4
    assert len(report.per_day) == 7
    assert quick.id not in {u.template_id for u in report.never_used}


@pytest.mark.parametrize("days", [0, -1, 3651])
def test_days_outside_the_range_are_refused(app, days):
    with pytest.raises(InvalidInput, match="from 1 to 3650"):
        app.statistics.report(days)
    assert check_days(3650) == 3650


# -- CSV ---------------------------------------------------------------------------------------

def test_csv_has_a_bom_a_chinese_header_and_a_per_day_file(app, two, tmp_path):
    a, _ = two
    app.templates.update(a, title="=退货说明", body="退货请寄回", shortcut="th",
                         category="售后/退货")
    app.templates.record_use(a, "send")
    path = tmp_path / "统计.csv"
    written = app.statistics.to_csv(app.statistics.report(3), path)
    assert written == [path, tmp_path / "统计-每日.csv"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["模板ID", "标题", "分类", "粘贴", "发送", "复制", "合计", "最近使用",
                       "节省字数"]
    assert rows[1][:7] == [a, "'=退货说明", "售后/退货", "0", "1", "0", "1"]
    assert rows[1][8] == str(5 - 2) and rows[1][7].startswith(str(date.today().year))
    assert len(rows) == 1 + len(app.templates.list())  # the never used ones follow
    daily = list(csv.reader(written[1].read_bytes().decode("utf-8-sig").splitlines()))
    assert daily[0] == ["日期", "粘贴", "发送", "复制", "合计"]
    assert len(daily) == 1 + 3 and daily[-1][1:] == ["0", "1", "0", "1"]


# -- the command line --------------------------------------------------------------------------

def test_cli_prints_the_most_used_first_and_writes_csv(app, two, capsys, tmp_path):
    a, b = two
    for _ in range(3):
        app.templates.record_use(b, "paste")
    app.templates.record_use(a, "copy")
    titles = {t.id: t.title for t in app.templates.list()}
    assert main(["stats", "--days", "7", "--csv", str(tmp_path / "s.csv")]) == 0
    out, err = capsys.readouterr()
    assert "4 use(s): 3 pasted, 0 sent, 1 copied" in out
    assert out.index(titles[b]) < out.index(titles[a])
    assert f"Never used: {len(titles) - 2} template(s)" in out
    assert len([line for line in out.splitlines() if line[:4].isdigit()]) == 7
    assert (tmp_path / "s.csv").exists() and (tmp_path / "s-每日.csv").exists()
    assert "wrote" in err


def test_cli_json(app, two, capsys):
    app.templates.record_use(two[0], "paste")
    assert main(["stats", "--json", "--days", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"] == {"paste": 1, "send": 0, "copy": 0}
    assert len(data["per_day"]) == 2 and data["templates"][0]["template_id"] == two[0]


@pytest.mark.parametrize("value, fragment", [("0", "from 1 to 3650, not 0"),
                                             ("4000", "not 4000"), ("week", "whole number")])
def test_cli_refuses_a_bad_number_of_days(capsys, value, fragment):
    assert main(["stats", "--days", value]) == 2
    err = capsys.readouterr().err
    assert fragment in err and len(err.strip().splitlines()) == 1


def test_cli_help_explains_the_estimate(capsys):
    with pytest.raises(SystemExit):
        main(["stats", "--help"])
    assert "estimated" in capsys.readouterr().out


# -- privacy -----------------------------------------------------------------------------------

def test_after_pastes_sends_and_copies_no_reply_text_is_stored(app, huashu_home):
    from assistant.core.settings import Settings
    from assistant.platform.fake import fake_desktop
    from assistant.services.paste import PasteService

    class RightAway:
        def later(self, _seconds, action):
            action()

        def background(self, action):
            action()

    desktop, _ = fake_desktop()
    paste = PasteService(desktop.windows, desktop.keys, desktop.clipboard, RightAway(),
                         Settings, app.templates.record_use)
    template = app.templates.add(title="发货通知", body="{称呼}您好，订单{订单号}已发货")
    reply = "轩辕婉清女士您好，订单SN7730019已发货"
    for options in ({}, {"send": True}, {"copy_only": True}):
        paste.remember_target()
        paste.deliver(reply, template.id, **options)
    assert app.templates.get(template.id).use_count == 3
    app.close()
    database = sqlite3.connect(huashu_home / "huashu.db")
    tables = [r[0] for r in database.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    stored = " ".join(str(value) for table in tables
                      for row in database.execute(f'SELECT * FROM "{table}"') for value in row)
    columns = [r[1] for r in database.execute("PRAGMA table_info(usage_events)")]
    database.close()
    assert columns == ["id", "template_id", "action", "used_at"]
    assert "usage_events" in tables and template.id in stored
    for secret in ("轩辕婉清", "SN7730019", reply):
        assert secret not in stored
