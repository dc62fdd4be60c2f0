"""The index follows the database: updates, rebuilds, reconciliation, and failures."""

import json

import pytest

from assistant.app import open_app
from assistant.store.settings import content_generation


def titles(app, query, scope="templates"):
    return [h.title for h in app.search.search(query, scope, 50)]


def test_first_start_builds_then_opens(huashu_home):
    app = open_app(huashu_home)
    assert app.search.ensure_ready() == "rebuilt"
    app.close()
    app = open_app(huashu_home)
    assert app.search.ensure_ready() == "opened"
    app.close()


def test_add_edit_delete_are_searchable_at_once_and_in_a_new_process(huashu_home):
    app = open_app(huashu_home)
    app.search.ensure_ready()
    t = app.templates.add(title="重新发货通知", body="已经为您重新安排发货", shortcut="cxfhtz")
    assert "重新发货通知" in titles(app, "chongxin")
    app.templates.update(t.id, title="补发通知", body="已经为您补发", shortcut="cxfhtz")
    assert "补发通知" in titles(app, "bufa") and "重新发货通知" not in titles(app, "chongxin")
    a = app.knowledge.add(title="跨境包裹清关", body="清关一般需要三到五个工作日。")
    assert titles(app, "清关", "kb") == ["跨境包裹清关"]
    app.close()

    again = open_app(huashu_home)
    assert again.search.ensure_ready() == "opened"
    assert "补发通知" in titles(again, "bufa")
    again.knowledge.delete(a.id)
    again.templates.delete(t.id)
    assert titles(again, "清关", "kb") == [] and "补发通知" not in titles(again, "bufa")
    again.close()


def test_change_made_while_index_closed_is_applied(huashu_home):
    app = open_app(huashu_home)
    app.search.ensure_ready()
    app.close()
    cli_like = open_app(huashu_home)  # like `huashu templates add` in another process
    cli_like.templates.add(title="发票补开说明", body="可以为您补开发票")
    cli_like.close()
    app = open_app(huashu_home)
    assert app.search.ensure_ready() == "opened"
    assert "发票补开说明" in titles(app, "fpbk")
    app.close()


def test_missing_or_corrupt_index_is_rebuilt(huashu_home):
    app = open_app(huashu_home)
    app.search.ensure_ready()
    app.close()
    index_dir = huashu_home / "index"
    for f in index_dir.iterdir():
        if f.suffix == ".seg" or f.name.startswith("_huashu"):
            f.write_bytes(b"garbage")
    app = open_app(huashu_home)
    assert app.search.ensure_ready() == "rebuilt"
    assert titles(app, "退款", "kb")
    app.close()


def test_out_of_step_index_is_reconciled(huashu_home, monkeypatch):
    app = open_app(huashu_home)
    app.search.ensure_ready()
    app.close()
    app = open_app(huashu_home)
    # a write whose index update never happened (say, the process was killed in between)
    monkeypatch.setattr(app.search, "templates_changed", lambda ids, generation: None)
    app.templates._change_listeners.clear()
    app.templates.add(title="漏掉的模板", body="索引还不知道我")
    app.close()
    app = open_app(huashu_home)
    assert app.search.ensure_ready() == "reconciled"
    assert "漏掉的模板" in titles(app, "漏掉")
    app.close()


def test_failed_index_update_keeps_the_write(huashu_home, monkeypatch):
    app = open_app(huashu_home)
    app.search.ensure_ready()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(app.search._index, "write", broken)
    monkeypatch.setattr(app.search._index, "save_readings", broken)
    article = app.knowledge.add(title="磁盘满时添加的文章", body="内容仍然保存")
    t = app.templates.add(title="磁盘满时添加", body="内容仍然保存")
    assert app.templates.get(t.id).title == "磁盘满时添加"
    assert app.knowledge.get(article.id).title == "磁盘满时添加的文章"
    meta = json.loads((huashu_home / "index" / "huashu-index.json").read_text())
    app.close()
    app = open_app(huashu_home)
    with app.db.reading() as session:
        assert meta["generation"] < content_generation(session)  # index fell behind ...
    assert app.search.ensure_ready() == "reconciled"  # ... and catches up at the next start
    assert "磁盘满时添加" in titles(app, "磁盘")
    assert app.search.search("磁盘满时添加的文章", "kb")[0].id == article.id
    assert app.search.search("cipan")[0].title == "磁盘满时添加"  # readings read again
    app.close()


def test_kb_result_has_highlighted_best_passage(app):
    [hit, *_] = app.search.search("运费险", "kb", 5)
    assert hit.kind == "article" and hit.snippet
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked and all(m == "运费险" for m in marked)


@pytest.mark.parametrize("query", ["退", "t", "r", "7"])
def test_one_character_kb_queries_search_titles(app, query):
    for hit in app.search.search(query, "kb", 20):
        text = (hit.title + (hit.category or "")).lower()
        assert query in text or any(
            w.startswith(query) for w in text.split()), hit.title


def readings_cache(home):
    return home / "index" / "template-readings.json"


def reopened_after(home, damage) -> dict:
    """Damage the readings cache of a built index, search in a new app, return the cache."""
    app = open_app(home)
    app.search.ensure_ready()
    app.templates.add(title="补发说明", body="已为您重新安排发货。")
    app.close()
    cache = readings_cache(home)
    assert cache.exists()
    damage(cache)
    app = open_app(home)
    assert app.search.ensure_ready() == "opened"
    assert "退款运费补偿说明" in titles(app, "tkyf")
    assert "补发说明" in titles(app, "chongxin")  # body syllables from the index
    app.close()
    return json.loads(cache.read_text(encoding="utf-8"))  # rewritten from the index


@pytest.mark.parametrize("content", [
    b"\x80\x04garbage",
    b'{"schema": 2, "templates": {"a": ["v", "tui kuan"',  # truncated
    b"",
    b"[1, 2, 3]",
    b'{"schema": 2, "templates": {"x": [1, 2, 3], "y": ["v", ["tui"], 7]}}',
    "\ufffd不是JSON".encode(),
])
def test_damaged_readings_cache_is_rebuilt(huashu_home, content):
    rebuilt = reopened_after(huashu_home, lambda cache: cache.write_bytes(content))
    assert len(rebuilt["templates"]) > 100


@pytest.mark.parametrize("name", ["template-readings.json", "template-readings.pickle"])
def test_readings_cache_never_runs_code(huashu_home, tmp_path, name):
    """The cache was a pickle once: a crafted pickle in its place must not be executed."""
    import os
    import pickle

    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    payload = pickle.dumps({"templates": Exploit()})
    rebuilt = reopened_after(huashu_home, lambda cache: (cache.parent / name).write_bytes(payload))
    assert not marker.exists()
    assert len(rebuilt["templates"]) > 100


def test_readings_cache_is_plain_json(huashu_home):
    app = open_app(huashu_home)
    app.search.ensure_ready()
    t = app.templates.add(title="重新发货说明", body="已为您重新安排发货。")
    app.close()
    data = json.loads(readings_cache(huashu_home).read_text(encoding="utf-8"))
    version, title, body = data["templates"][t.id]
    assert title.startswith("chong,zhong") and title.count(" ") == 5  # 重 in context first
    assert body == "yi wei nin chong xin an pai fa huo"


def test_pinyin_dictionaries_are_let_go_after_indexing(tmp_path):
    """pypinyin holds about 50 MB once loaded; the app loads it to index new titles and must
    drop it afterwards, while what was indexed stays findable by pinyin."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from assistant.app import open_app\n"
            "app = open_app()\n"
            "app.search.ensure_ready()\n"
            "after_build = 'pypinyin' in sys.modules\n"
            "t = app.templates.add(title='重新发货说明', body='{称呼}您好，已为您重新发货。')\n"
            "after_edit = 'pypinyin' in sys.modules\n"
            "hits = [h.id for h in app.search.search('cxfh')]\n"
            "print(after_build, after_edit, t.id in hits)\n")
    env = {"PATH": "/usr/bin:/bin", "HUASHU_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env, timeout=120)
    assert out.stdout.split() == ["False", "False", "True"]


def test_a_batch_keeps_pypinyin_it_did_not_load():
    from assistant.search import pinyin

    pinyin.readings("退款")
    with pinyin.dictionaries_held():
        assert pinyin.readings("物流")[0][0] == "wu"
    import sys

    assert "pypinyin" in sys.modules


@pytest.mark.parametrize("bulk", [False, True])
def test_a_large_batch_of_updated_articles_replaces_them_never_twice(app, monkeypatch, bulk):
    import assistant.search.index as index_module

    monkeypatch.setattr(index_module, "KNOWN_IDS_FROM", 3)
    if bulk:
        monkeypatch.setattr(index_module, "BULK_THRESHOLD", 5)
    app.search.ensure_ready()
    added = [app.knowledge.add(title=f"批量文章{n}", body=f"批量更新测试第{n}篇。", category="批量")
             for n in range(8)]
    updated = [app.knowledge.update(a.id, title=a.title, body=a.body + "改过。",
                                    category="批量") for a in added]
    app.search.articles_changed(updated, [], app.search._generation() + 1)
    hits = app.search.search("批量更新", "kb", 50)
    ids = [h.id for h in hits]
    assert len(ids) == len(set(ids)) == 8


def test_concurrent_writers_of_the_readings_file_never_leave_half_a_file(tmp_path):
    """The tray app and a command-line process may save the readings at the same moment."""
    import threading

    from assistant.search.index import CachedReadings, SearchIndex

    index = SearchIndex(tmp_path)
    tmp_path.mkdir(exist_ok=True)
    readings = {f"t{n}": CachedReadings(f"v{n}", (("tui",), ("huo",)), "tui huo " * 50)
                for n in range(300)}
    failures: list[BaseException] = []
    bad_reads = 0

    def write() -> None:
        try:
            for _ in range(40):
                index.save_readings(readings)
        except BaseException as exc:  # noqa: BLE001 (collected for the assertion)
            failures.append(exc)

    writers = [threading.Thread(target=write) for _ in range(3)]
    for writer in writers:
        writer.start()
    while any(w.is_alive() for w in writers):
        path = tmp_path / "template-readings.json"
        if path.exists():
            try:
                json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                bad_reads += 1
    for writer in writers:
        writer.join()
    assert failures == [] and bad_reads == 0
    assert len(index.cached_readings()) == 300
    assert [p.name for p in tmp_path.iterdir()] == ["template-readings.json"]
