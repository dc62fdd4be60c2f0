import pytest
from sqlalchemy import select, text

from assistant.core.content import make_article_draft, make_template_draft
from assistant.core.errors import InvalidInput, NotFound
from assistant.store import articles, categories, settings, templates
from assistant.store.database import open_database
from assistant.store.settings import content_generation
from assistant.store.tables import usage_events


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "t.db")
    yield database
    database.close()


def draft(**kw):
    base = {"title": "退货流程", "body": "{称呼}您好，退货步骤如下", "shortcut": "THLC",
            "tags": "退货, 流程，售后", "category": "售后/退换货"}
    base.update(kw)
    return make_template_draft(**base)


def test_template_round_trip(db):
    with db.transaction() as s:
        created = templates.add_template(s, draft())
    with db.reading() as s:
        loaded = templates.get_template(s, created.id)
    assert loaded == created
    assert loaded.shortcut == "thlc"
    assert loaded.tags == ("退货", "流程", "售后")
    assert loaded.category == "售后/退换货"
    assert loaded.origin is None and not loaded.locally_modified
    assert len(loaded.id) == 36 and loaded.created_at is not None


def test_shortcut_is_unique(db):
    with db.transaction() as s:
        templates.add_template(s, draft())
    with pytest.raises(InvalidInput, match="already used"), db.transaction() as s:
        templates.add_template(s, draft(title="另一个", shortcut="thlc"))
    with db.reading() as s:
        assert templates.count_templates(s) == 1


def test_failed_transaction_leaves_nothing(db):
    with pytest.raises(RuntimeError), db.transaction() as s:
        templates.add_template(s, draft(shortcut=None, category="新分类"))
        raise RuntimeError("boom")
    with db.reading() as s:
        assert templates.count_templates(s) == 0
        assert categories.list_categories(s) == []


def test_update_and_delete(db):
    with db.transaction() as s:
        t = templates.add_template(s, draft())
    with db.transaction() as s:
        u = templates.update_template(s, t.id, draft(title="新标题", shortcut=None, category=None))
    assert (u.title, u.shortcut, u.category) == ("新标题", None, None)
    assert u.updated_at >= t.updated_at
    with db.transaction() as s:
        templates.delete_template(s, t.id)
    with pytest.raises(NotFound), db.reading() as s:
        templates.get_template(s, t.id)


def test_record_use_counts_without_text(db):
    with db.transaction() as s:
        t = templates.add_template(s, draft())
    with db.transaction() as s:
        templates.record_use(s, t.id, "paste")
        templates.record_use(s, t.id, "copy")
    with db.reading() as s:
        again = templates.get_template(s, t.id)
        events = s.execute(select(usage_events)).all()
    assert again.use_count == 2 and again.last_used_at is not None
    assert again.updated_at == t.updated_at
    assert [e.action for e in events] == ["paste", "copy"]
    assert set(usage_events.columns.keys()) == {"id", "template_id", "action", "used_at"}


def test_deleting_template_deletes_its_usage(db):
    with db.transaction() as s:
        t = templates.add_template(s, draft())
        templates.record_use(s, t.id, "paste")
    with db.transaction() as s:
        templates.delete_template(s, t.id)
    with db.reading() as s:
        assert s.execute(select(usage_events)).all() == []


def test_category_tree_and_filter(db):
    with db.transaction() as s:
        templates.add_template(s, draft(shortcut="a", category="售后/退换货"))
        templates.add_template(s, draft(shortcut="b", category="售后/维修"))
        templates.add_template(s, draft(shortcut="c", category="问候"))
    with db.reading() as s:
        cats = categories.list_categories(s)
        assert [c.path for c in cats] == ["售后", "售后/退换货", "售后/维修", "问候"]
        assert {t.shortcut for t in templates.list_templates(s, ("售后",))} == {"a", "b"}
        assert [t.shortcut for t in templates.list_templates(s, ("售后", "维修"))] == ["b"]
        with pytest.raises(NotFound):
            templates.list_templates(s, ("没有",))


def test_top_level_category_names_are_unique(db):
    with db.transaction() as s:
        first = categories.ensure_category(s, ("问候",))
        again = categories.ensure_category(s, ("问候",))
    assert first == again
    with pytest.raises(Exception), db.transaction() as s:
        s.execute(text("INSERT INTO categories (parent_id, name, position) VALUES (NULL, '问候', 9)"))


def test_foreign_keys_and_wal_are_on(db):
    with db.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_article_round_trip(db):
    d = make_article_draft(title="退货政策", body="## 范围\n\n七天无理由", tags=["退货"],
                           category="政策", source_file="手册.docx", section_path="第5章/5.3")
    with db.transaction() as s:
        a = articles.add_article(s, d)
    with db.reading() as s:
        b = articles.get_article(s, a.id)
    assert b == a
    assert b.content_hash == d.content_hash and len(b.content_hash) == 64
    assert (b.source_file, b.section_path, b.category) == ("手册.docx", "第5章/5.3", "政策")


def test_settings_round_trip(db):
    with db.transaction() as s:
        settings.write_value(s, "agent_name", "小美")
        settings.write_value(s, "agent_name", "阿强")
        settings.write_value(s, "female_title", "小姐")
    with db.reading() as s:
        current = settings.read_settings(s)
        assert settings.read_value(s, "missing", "d") == "d"
    assert (current.agent_name, current.female_title) == ("阿强", "小姐")


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"title": " "}, "title must not be empty"),
        ({"body": ""}, "body must not be empty"),
        ({"shortcut": "a b"}, "without spaces"),
        ({"shortcut": "x" * 40}, "1-32"),
        ({"category": "售后//退货"}, "empty level"),
        ({"language": "fr"}, "language"),
    ],
)
def test_invalid_template_input(kw, message):
    with pytest.raises(InvalidInput, match=message):
        draft(**kw)


def test_changes_in_one_transaction_count_once_and_each_transaction_counts(db):
    """The mark for 'already counted' outlives the transaction on the pooled connection; it
    must not stop the next transaction from counting."""
    with db.transaction() as s:
        templates.add_template(s, draft())
        templates.add_template(s, draft(title="第二条", shortcut="dier"))
        assert content_generation(s) == 1
    for expected in (2, 3):
        with db.transaction() as s:
            templates.add_template(s, draft(title=f"第{expected + 1}条", shortcut=None))
            assert content_generation(s) == expected
    with pytest.raises(RuntimeError), db.transaction() as s:
        templates.add_template(s, draft(title="撤销", shortcut=None))
        raise RuntimeError("roll back")
    with db.transaction() as s:
        templates.add_template(s, draft(title="之后", shortcut=None))
        assert content_generation(s) == 4


def test_a_writer_that_waited_too_long_gets_a_message_not_a_driver_error(tmp_path, monkeypatch):
    import sqlite3

    from assistant.core.errors import DataError
    from assistant.store import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    db = open_database(tmp_path / "huashu.db")
    other = sqlite3.connect(tmp_path / "huashu.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DataError) as busy, db.transaction() as conn:
            templates.add_template(conn, draft(title="等待"))
        assert busy.value.code == "database_busy"
    finally:
        other.execute("ROLLBACK")
        other.close()
    with db.transaction() as conn:
        templates.add_template(conn, draft(title="之后"))
    db.close()


def test_a_writer_that_read_first_is_not_undone_by_a_commit_in_between(tmp_path):
    """Transactions take the write lock up front (BEGIN IMMEDIATE): one that read, then wrote
    after another process committed, used to fail at once with "database is locked"."""
    import threading

    first_db = open_database(tmp_path / "huashu.db")
    second_db = open_database(tmp_path / "huashu.db")
    has_read, second_done = threading.Event(), threading.Event()
    errors = []

    def second_writer():
        has_read.wait(10)
        try:
            with second_db.transaction() as conn:
                templates.add_template(conn, draft(title="第二个", shortcut="dier"))
        except Exception as exc:  # recorded for the assertion below
            errors.append(exc)
        second_done.set()

    thread = threading.Thread(target=second_writer)
    thread.start()
    try:
        with first_db.transaction() as conn:
            templates.count_templates(conn)
            has_read.set()
            second_done.wait(1.0)  # with the lock taken up front, the second one waits
            templates.add_template(conn, draft(title="第一个", shortcut="diyi"))
    except Exception as exc:
        errors.append(exc)
    thread.join(15)
    assert errors == []
    with first_db.reading() as conn:
        assert templates.count_templates(conn) == 2
    first_db.close()
    second_db.close()
