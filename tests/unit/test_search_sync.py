"""A running app sees what other processes (the command line) changed, once."""

import subprocess
import sys


def cli(*args):
    done = subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_templates_added_elsewhere_are_found_after_sync(app):
    app.search.ensure_ready()
    assert app.search.sync() is False  # nothing changed: nothing reloaded
    cli("templates", "add", "--title", "另一个进程加的模板", "--body", "{称呼}您好，同步测试。",
        "--shortcut", "tbcs")
    assert app.search.search("tbcs") == [] or app.search.search("tbcs")[0].shortcut != "tbcs"
    assert app.search.sync() is True
    hits = app.search.search("tbcs")
    assert hits[0].title == "另一个进程加的模板"
    assert app.search.search("同步测试")[0].title == "另一个进程加的模板"
    assert app.search.sync() is False


def test_a_handbook_imported_elsewhere_appears_once(app, tmp_path):
    app.search.ensure_ready()
    handbook = tmp_path / "同步手册.md"
    handbook.write_text("# 蓝莓退货\n\n蓝莓签收后二十四小时内可申请退货。\n\n"
                        "# 蓝莓保存\n\n蓝莓请冷藏保存。\n", encoding="utf-8")
    cli("import", str(handbook))
    assert app.search.sync() is True
    titles = [h.title for h in app.search.search("蓝莓", "kb")]
    assert sorted(titles) == ["蓝莓保存", "蓝莓退货"]
    cli("import", str(handbook))  # unchanged: nothing to catch up with
    assert app.search.sync() is False
    handbook.write_text("# 蓝莓退货\n\n蓝莓签收后四十八小时内可申请退货。\n", encoding="utf-8")
    cli("import", str(handbook))
    assert app.search.sync() is True
    hits = app.search.search("蓝莓", "kb")
    assert [h.title for h in hits] == ["蓝莓退货"] and "四十八" in hits[0].passage


def test_a_change_whose_index_update_was_missed_is_reconciled(app, tmp_path):
    """Another process committed but died before updating the index: sync repairs it."""
    app.search.ensure_ready()
    code = ("from assistant.app import open_app\n"
            "from assistant.services.templates import TemplateService\n"
            "app = open_app()\n"
            "TemplateService(app.db).add(title='索引没跟上的模板', body='测试正文', shortcut='sybg')\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert app.search.sync() is True
    assert app.search.search("sybg")[0].title == "索引没跟上的模板"
