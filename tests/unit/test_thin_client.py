"""The thin command line: show, toggle, status and quit reach the running Huashu over its
local socket with the standard library alone, and say the same as the full command line."""

import json
import os
import subprocess
import sys
import threading

import pytest

from assistant import thin
from assistant.data_home import user_data_root
from assistant.ui.instance import InstanceServer


@pytest.mark.parametrize("args, message, as_json", [
    (["toggle"], {"command": "toggle"}, False),
    (["show", "--customer", "王小明", "--gender", "male"],
     {"command": "show", "customer": "王小明", "gender": "male"}, False),
    (["show", "--customer=欧阳 娜娜"], {"command": "show", "customer": "欧阳 娜娜"}, False),
    (["status", "--json"], {"command": "status"}, True),
    (["quit"], {"command": "quit"}, False),
])
def test_command_lines_the_fast_path_takes(args, message, as_json):
    assert thin.fast_request(args) == (message, as_json)


@pytest.mark.parametrize("args", [
    [], ["templates", "list"], ["show", "--help"], ["status", "--verbose"],
    ["show", "--gender", "male"],  # the full command line says --gender needs --customer
    ["show", "--customer"], ["quit", "--json"],
])
def test_anything_else_goes_to_the_full_command_line(args):
    assert thin.fast_request(args) is None


@pytest.fixture
def server(qapp, qtbot, huashu_home):
    received = []

    def handler(message: dict) -> dict:
        received.append(message)
        if message["command"] == "status":
            return {"ok": True, "pid": 42, "ready": True, "hotkey": "<ctrl>+<alt>+<space>",
                    "tray": False, "note": "含“引号”\\和换行\n"}
        return {"ok": True}

    instance = InstanceServer(huashu_home, handler)
    assert instance.listen()
    yield received
    instance.deleteLater()


def exchange_in_thread(qtbot, message):
    """The server answers on the Qt event loop: the client runs beside it."""
    result = []
    thread = threading.Thread(target=lambda: result.append(thin.exchange(message)))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    return result[0]


def test_a_message_reaches_the_running_instance_intact(server, qtbot):
    message = {"command": "show", "customer": '王"小明\\ \n😀', "gender": "女士"}
    assert exchange_in_thread(qtbot, message) == {"ok": True}
    assert server == [message]


def test_status_is_decoded_and_printed_as_the_full_command_line_prints_it(server, qtbot,
                                                                          capsys):
    reply = exchange_in_thread(qtbot, {"command": "status"})
    assert reply["pid"] == 42 and reply["note"] == "含“引号”\\和换行\n"
    assert thin.report("status", reply, as_json=False) == 0
    out = capsys.readouterr().out
    assert "pid            42" in out and "no system tray" in out
    assert thin.report("status", reply, as_json=True) == 0
    assert json.loads(capsys.readouterr().out) == reply


def test_the_command_prints_the_whole_answer_before_it_ends(server, qtbot):
    """`huashu status` as its own process ends without the interpreter's teardown: what it
    printed into a pipe (buffered) must all arrive, with the exit status."""
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    process = subprocess.Popen([sys.executable, "-m", "assistant", "status"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8", env=buffered)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=20000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert out.startswith("pid            42\n") and out.rstrip().endswith("menu (Alt+M)")
    assert server == [{"command": "status"}]


def test_a_refusal_is_one_line_on_stderr(capsys):
    assert thin.report("show", {"ok": False, "error": "customer must be text"}, False) == 1
    assert capsys.readouterr().err == "huashu: customer must be text\n"


def test_without_a_running_instance_the_full_command_line_answers(huashu_home, capsys):
    assert thin.exchange({"command": "status"}) is None
    assert thin.main(["status"]) == 1
    assert "not running" in capsys.readouterr().out


def test_the_fast_path_loads_neither_qt_nor_the_heavy_standard_modules(huashu_home):
    code = ("import sys; from assistant import thin; "
            "assert thin.exchange({'command': 'toggle'}) is None; "
            "thin._parse_json('{\"ok\": true}'); "
            "print(sorted(m for m in ('PySide6', 'json', 're', 'pathlib', 'socket', 'hashlib', "
            "'platformdirs', 'assistant.cli', 'assistant.ui') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("platform, env, expected", [
    ("linux", {"XDG_DATA_HOME": "/data/x"}, "/data/x"),
    ("linux", {"XDG_DATA_HOME": "relative"}, "{home}/.local/share"),
    ("linux", {}, "{home}/.local/share"),
    ("darwin", {}, "{home}/Library/Application Support"),
    ("win32", {"APPDATA": r"C:\Users\a\AppData\Roaming"}, r"C:\Users\a\AppData\Roaming"),
])
def test_the_data_folder_follows_each_systems_rules(monkeypatch, tmp_path, platform, env,
                                                   expected):
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "APPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert user_data_root(platform) == expected.replace("{home}", str(tmp_path))


def test_ending_early_works_without_a_console(monkeypatch):
    """A windowed build on Windows runs with no stdout or stderr at all."""
    ended = []
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr("os._exit", ended.append)
    thin._exit_now(0)
    assert ended == [0]
