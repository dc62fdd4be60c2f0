"""Backups: a consistent copy while the database is open, and restoring one (or refusing)."""

import sqlite3

import pytest

from assistant.cli import main
from assistant.core.errors import DataError
from assistant.locations import database_path
from assistant.services.backup import Backups


def titles(path):
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT title FROM templates")}
    finally:
        conn.close()


def test_a_backup_is_a_valid_copy_with_the_same_rows_while_the_app_holds_the_db(app):
    app.templates.add(title="备份前写入", body="内容")
    with app.db.reading() as conn:  # the app keeps a connection open meanwhile
        conn.exec_driver_sql("SELECT 1")
        written = Backups(app.home).back_up()
    assert written.parent == app.home / "backups"
    assert written.name.startswith("huashu-") and written.suffix == ".db"
    assert Backups(app.home).check(written) == app.db.revision()
    assert titles(written) == titles(database_path(app.home))
    assert "备份前写入" in titles(written)


def test_the_backups_folder_keeps_the_newest(app):
    backups = Backups(app.home, keep=2)
    made = [backups.back_up() for _ in range(3)]
    assert backups.list() == made[1:]


def test_backing_up_onto_the_database_itself_is_refused(app):
    with pytest.raises(DataError) as raised:
        Backups(app.home).back_up(database_path(app.home))
    assert raised.value.code == "backup_onto_database"


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_restoring_a_damaged_file_changes_nothing(app, tmp_path, content):
    app.templates.add(title="现在的数据", body="内容")
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    closed = []
    with pytest.raises(DataError):
        Backups(app.home).restore(bad, lambda: closed.append(1), lambda: None)
    assert closed == [] and not (app.home / "backups").exists()
    assert "现在的数据" in titles(database_path(app.home))


def test_a_truncated_backup_is_refused(app, tmp_path):
    good = Backups(app.home).back_up(tmp_path / "good.db")
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DataError) as raised:
        Backups(app.home).check(damaged)
    assert raised.value.code == "backup_damaged"


def test_a_foreign_sqlite_file_is_not_a_huashu_backup(tmp_path, app):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(DataError) as raised:
        Backups(app.home).check(other)
    assert raised.value.code == "backup_not_huashu"


def test_a_backup_that_cannot_be_opened_puts_the_data_back(app, tmp_path):
    app.templates.add(title="原来的", body="内容")
    good = Backups(app.home).back_up(tmp_path / "good.db")
    app.close()

    calls = []

    def reopen():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("migration exploded")
        return "reopened"

    from assistant.services.backup import RestoreFailed

    with pytest.raises(RestoreFailed) as raised:
        Backups(app.home).restore(good, lambda: None, reopen)
    assert raised.value.reopened == "reopened"
    assert "migration exploded" in str(raised.value)
    assert "原来的" in titles(database_path(app.home))


def test_cli_backup_and_restore(capsys, app, tmp_path):
    target = tmp_path / "b.db"
    assert main(["backup", "-o", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    app.templates.add(title="备份之后才写的", body="内容")
    app.close()
    assert main(["restore", str(target)]) == 0
    out = capsys.readouterr().out
    assert "before-restore" in out
    assert "备份之后才写的" not in titles(database_path(app.home))
    assert main(["search", "备份之后才写的"]) == 0
    assert "备份之后才写的" not in capsys.readouterr().out


def test_cli_restore_refuses_while_huashu_runs(capsys, app, tmp_path):
    from assistant.ui.instance import InstanceLock

    target = tmp_path / "b.db"
    main(["backup", "-o", str(target)])
    lock = InstanceLock(app.home)
    assert lock.acquire()
    try:
        assert main(["restore", str(target)]) == 1
    finally:
        lock.release()
    assert "quit it first" in capsys.readouterr().err
