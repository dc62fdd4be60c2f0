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
        (["render", "--text", "x", "--gender", "robot"], 2, "invalid choice"),
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
