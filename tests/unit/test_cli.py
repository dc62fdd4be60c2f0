import json
import subprocess
import sys

import pytest

from assistant.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("huashu 0.")


def test_templates_list_shows_starter_content(capsys):
    code, out, err = run(capsys, "templates", "list")
    assert code == 0
    assert "通用问候" in out and "退货流程" in out
    assert len(out.splitlines()) >= 150


def test_templates_list_json_and_category(capsys):
    code, out, _ = run(capsys, "templates", "list", "--category", "售后退换", "--json")
    assert code == 0
    data = json.loads(out)
    assert data and all(item["category"] == "售后退换" for item in data)
    assert {"id", "title", "body", "shortcut", "tags", "use_count"} <= set(data[0])


def test_templates_add_creates_category_and_prints_id(capsys):
    code, out, _ = run(capsys, "templates", "add", "--title", "测试", "--body", "{称呼}好",
                       "--shortcut", "ceshi", "--category", "我的/常用", "--tags", "a,b")
    assert code == 0
    new_id = out.strip()
    assert len(new_id) == 36
    code, out, _ = run(capsys, "templates", "list", "--category", "我的", "--json")
    [item] = json.loads(out)
    assert (item["id"], item["category"], item["tags"]) == (new_id, "我的/常用", ["a", "b"])


def test_render_text_for_female_compound_surname(capsys):
    code, out, _ = run(capsys, "render", "--text", "{称呼}您好", "--name", "欧阳娜娜", "--gender", "female")
    assert (code, out) == (0, "欧阳女士您好\n")


def test_render_by_shortcut_and_id_with_vars(capsys):
    code, out, _ = run(capsys, "templates", "add", "--title", "t", "--body", "{称呼}，订单{订单号}已发出",
                       "--shortcut", "fh1")
    tid = out.strip()
    code, out, _ = run(capsys, "render", "FH1", "--name", "王小明", "--gender", "male", "--var", "订单号=A1")
    assert (code, out) == (0, "王先生，订单A1已发出\n")
    code, out, _ = run(capsys, "render", tid, "--var", "订单号=B2", "--json")
    assert json.loads(out) == {"text": "亲，订单B2已发出"}


def test_render_missing_fill_ins_exit_2(capsys):
    code, out, err = run(capsys, "render", "--text", "订单{订单号}的{商品}")
    assert code == 2 and out == ""
    assert "订单号" in err and "商品" in err and len(err.strip().splitlines()) == 1


def test_config_set_get_list(capsys):
    assert run(capsys, "config", "agent_name", "小美")[0] == 0
    code, out, _ = run(capsys, "config", "agent_name")
    assert (code, out) == (0, "小美\n")
    code, out, _ = run(capsys, "config", "--json")
    assert json.loads(out)["agent_name"] == "小美"
    code, out, _ = run(capsys, "render", "--text", "我是{客服}")
    assert out == "我是小美\n"


def test_kb_list(capsys):
    code, out, _ = run(capsys, "kb", "list", "--json")
    data = json.loads(out)
    assert code == 0 and len(data) >= 40
    assert {"id", "title", "body", "source_file", "section_path", "content_hash"} <= set(data[0])


def test_doctor(capsys):
    code, out, _ = run(capsys, "doctor", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["schema_revision"] == report["schema_head"]
    assert report["journal_mode"] == "wal" and report["integrity"] == "ok"
    assert report["templates"] >= 150


@pytest.mark.parametrize(
    "args, code, fragment",
    [
        (["config", "nope"], 1, "unknown setting"),
        (["config", "female_title", "太太"], 1, "must be one of"),
        (["render", "no-such-ref"], 1, "no template"),
        (["render"], 2, "either"),
        (["render", "hy", "--text", "x"], 2, "either"),
        (["render", "--text", "x", "--var", "novalue"], 1, "KEY=VALUE"),
        (["render", "--text", "x", "--gender", "robot"], 2, "unknown gender"),
        (["templates", "add", "--title", "x"], 2, "--body"),
        (["templates", "add", "--title", "x", "--body", "y", "--shortcut", "hy"], 1, "already used"),
        (["templates", "add", "--title", " ", "--body", "y"], 1, "title must not be empty"),
        (["templates", "list", "--category", "不存在"], 1, "no category"),
        (["frobnicate"], 2, "invalid choice"),
    ],
)
def test_user_mistakes_give_one_line(capsys, args, code, fragment):
    got, out, err = run(capsys, *args)
    assert got == code
    assert fragment in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unusable_database_is_one_line(capsys, huashu_home):
    (huashu_home / "huashu.db").write_bytes(b"garbage" * 100)
    code, _, err = run(capsys, "templates", "list")
    assert code == 1 and "not a usable Huashu database" in err
    assert len(err.strip().splitlines()) == 1


def test_python_dash_m_entry_point(huashu_home):
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "render", "--text", "{称呼}好", "--name", "张伟",
         "--gender", "male"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "张先生好\n"


def test_quit_and_status_without_a_running_app(capsys, qapp):
    from assistant.cli import main

    assert main(["quit"]) == 0
    assert "not running" in capsys.readouterr().out
    assert main(["status"]) == 1


def test_gender_without_a_customer_is_a_usage_error(capsys):
    from assistant.cli import main

    assert main(["show", "--gender", "male"]) == 2
    assert "--gender needs --customer" in capsys.readouterr().err


def test_starting_the_tray_app_without_a_screen_says_so(huashu_home):
    import subprocess
    import sys

    env = {"PATH": "/usr/bin:/bin", "HUASHU_HOME": str(huashu_home)}
    done = subprocess.run([sys.executable, "-m", "assistant"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    assert "no graphical session" in done.stderr and "Traceback" not in done.stderr


def test_lint_all_starter_templates_are_clean(capsys):
    code, out, err = run(capsys, "lint", "--all")
    assert (code, out) == (0, "")
    assert "no problems" in err


def test_lint_reports_each_problem_on_one_line(capsys):
    assert run(capsys, "templates", "add", "--title", "催单", "--body",
               "{nmae}您好，订单{订单号已发货", "--shortcut", "zzcd")[0] == 0
    run(capsys, "templates", "add", "--title", "无快捷码", "--body", "价格}")
    code, out, err = run(capsys, "lint", "--all")
    assert code == 1
    no_shortcut = next(t for t in json.loads(run(capsys, "templates", "list", "--json")[1])
                       if t["title"] == "无快捷码")
    assert sorted(out.splitlines()) == sorted([
        "zzcd/催单: 1: '{nmae}' looks like a misspelling of the built-in placeholder '{name}'; "
        "as written it is a fill-in field, asked for before pasting",
        "zzcd/催单: 12: '{' is never closed (write '{{' for a brace)",
        no_shortcut["id"] + "/无快捷码: 3: '}' without a matching '{' (write '}}' for a brace)",
    ])
    assert "3 problem(s) in 2 template(s)" in err
    code, out, _ = run(capsys, "lint", "zzcd", "--json")
    [found] = json.loads(out)
    assert code == 1 and (found["shortcut"], found["title"]) == ("zzcd", "催单")
    assert [(p["code"], p["start"], p["end"], p["position"]) for p in found["problems"]] == [
        ("misspelt_builtin", 0, 6, 1), ("unclosed", 11, 12, 12)]
    assert run(capsys, "lint", "hy")[:2] == (0, "")
    assert json.loads(run(capsys, "lint", "hy", "--json")[1]) == []


@pytest.mark.parametrize("args, code, fragment", [
    (["lint"], 2, "--all"),
    (["lint", "hy", "--all"], 2, "either"),
    (["lint", "no-such-ref"], 1, "no template with id or shortcut 'no-such-ref'"),
])
def test_lint_mistakes(capsys, args, code, fragment):
    got, out, err = run(capsys, *args)
    assert (got, out) == (code, "")
    assert fragment in err and len(err.strip().splitlines()) == 1


def test_lint_service_for_the_ui(app):
    assert app.templates.lint() == []
    template = app.templates.add(title="坏模板", body="{a{b}}")
    [found] = app.templates.lint()
    assert found.template.id == template.id
    assert [p.text("zh_CN") for p in found.problems] == ["占位符不能嵌套"]
    assert app.templates.lint(template.id) == [found]


def test_status_says_how_to_reach_the_windows_without_a_tray(capsys, monkeypatch):
    from assistant.cli import main
    from assistant.ui import instance

    monkeypatch.setattr(instance, "send", lambda home, message, **_: {
        "ok": True, "pid": 1, "ready": True, "search_ready": True, "tray": False})
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "no system tray" in out and "huashu open templates" in out


def test_open_rejects_an_unknown_window(capsys):
    from assistant.cli import main

    assert main(["open", "accounts"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_chinese_words_for_genders_and_settings_are_understood(capsys):
    from assistant.cli import main

    assert main(["render", "--text", "{称呼}您好", "--name", "王丽", "--gender", "女"]) == 0
    assert capsys.readouterr().out.strip() == "王女士您好"
    assert main(["config", "language", "English"]) == 0
    assert main(["config", "paste_mode", "复制"]) == 0
    assert capsys.readouterr().out.split() == ["en", "copy"]
    assert main(["render", "--text", "x", "--gender", "机器人"]) == 2
    assert "unknown gender" in capsys.readouterr().err
