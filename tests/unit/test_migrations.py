import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.core.errors import DataError
from assistant.locations import migrations_dir
from assistant.store import templates
from assistant.store.database import KNOWN_REVISIONS, SCHEMA_HEAD, open_database, read_schema_state

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.db"


def test_schema_head_matches_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == SCHEMA_HEAD
    assert {r.revision for r in script.walk_revisions()} == set(KNOWN_REVISIONS)


# SQLite cannot reflect the expression index on categories; it is checked by test_store instead.
@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_tables_match_migrations(tmp_path):
    """The table definitions and the migrated schema describe the same tables and columns."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from assistant.store.tables import metadata

    db = open_database(tmp_path / "m.db")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    db.close()
    assert diff == []


def test_new_database_is_created_at_head_without_backup(tmp_path):
    db = open_database(tmp_path / "sub" / "new.db")
    assert db.revision() == SCHEMA_HEAD
    assert db.backup is None
    assert list((tmp_path / "sub").glob("*.backup-*")) == []
    db.close()


def test_reopening_at_head_does_not_back_up(tmp_path):
    open_database(tmp_path / "a.db").close()
    db = open_database(tmp_path / "a.db")
    assert db.backup is None
    db.close()


def test_fixture_of_first_revision_migrates_with_data(tmp_path):
    path = tmp_path / "huashu.db"
    shutil.copy(FIXTURE, path)
    assert read_schema_state(path).revision == "0001"
    db = open_database(path)
    assert db.revision() == SCHEMA_HEAD
    with db.reading() as s:
        t = templates.get_template(s, "11111111-1111-4111-8111-111111111111")
    assert (t.title, t.shortcut, t.category, t.use_count, t.favorite) == (
        "我的退货话术", "mythh", "售后/退货", 42, True)
    assert t.tags == ("退货", "自定义")
    assert t.body == "{称呼}您好，退货请在{天数|7}天内申请。"
    with db.transaction() as s:
        templates.record_use(s, t.id, "paste")
    db.close()
    backup = db.backup
    assert backup is not None and backup.parent == tmp_path
    assert "backup-" in backup.name and "schema0001" in backup.name
    assert read_schema_state(backup).revision == "0001"
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT title FROM templates").fetchall() == [("我的退货话术",)]
    conn.close()


def test_app_open_keeps_user_data_and_skips_starter(tmp_path):
    from assistant.app import open_app

    shutil.copy(FIXTURE, tmp_path / "huashu.db")
    app = open_app(tmp_path)
    titles = [t.title for t in app.templates.list()]
    assert titles == ["我的退货话术"]
    assert app.settings.current().agent_name == "小美"
    app.close()


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "huashu.db"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DataError, match="newer version of Huashu"):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huashu.db"]


def test_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "huashu.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DataError, match="not a usable Huashu database"):
        open_database(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "huashu.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE stuff (x)")
    conn.close()
    with pytest.raises(DataError, match="no Huashu schema version"):
        open_database(path)


def test_failed_migration_leaves_data_and_backup(tmp_path, monkeypatch):
    import assistant.store.database as database

    path = tmp_path / "huashu.db"
    shutil.copy(FIXTURE, path)

    def broken(engine):
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE half_done (x)")
            raise RuntimeError("disk full")

    monkeypatch.setattr(database, "_migrate", broken)
    with pytest.raises(DataError, match="could not migrate.*backup"):
        open_database(path)
    state = read_schema_state(path)
    assert state.revision == "0001"
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "half_done" not in tables and "templates" in tables


def test_a_failing_migration_says_one_line_and_retries_reuse_the_backup(tmp_path, monkeypatch):
    """It used to print the SQL statement (13 lines) and write a full backup on every try."""
    import assistant.store.database as database

    path = tmp_path / "huashu.db"
    shutil.copy(FIXTURE, path)

    def broken(engine):
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO no_such_table (a, b) VALUES (?, ?)", (1, "x" * 50))

    monkeypatch.setattr(database, "_migrate", broken)
    for _ in range(3):
        with pytest.raises(DataError) as failed:
            open_database(path)
        message = str(failed.value)
        assert "\n" not in message and "no such table" in message
        assert "INSERT" not in message and "xxxx" not in message
    assert len(list(tmp_path.glob("huashu.backup-*"))) == 1
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM templates")  # changed since: the next try backs up again
    conn.commit()
    conn.close()
    with pytest.raises(DataError):
        open_database(path)
    assert len(list(tmp_path.glob("huashu.backup-*"))) == 2
