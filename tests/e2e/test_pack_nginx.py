"""Team packs end to end against a real web server: nginx (Debian's package), started here on
a loopback port with its own configuration, serving real ETag and Last-Modified headers."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.needs import unavailable

pytestmark = pytest.mark.e2e

NGINX_CONF = """
daemon off;
master_process off;
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {root}/access.log;
    client_body_temp_path {root}/tmp;
    proxy_temp_path {root}/tmp;
    fastcgi_temp_path {root}/tmp;
    uwsgi_temp_path {root}/tmp;
    scgi_temp_path {root}/tmp;
    types {{ application/zip huashu; }}
    server {{
        listen 127.0.0.1:{port};
        root {root}/www;
        etag on;
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_port(port: int, up: bool, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if (probe.connect_ex(("127.0.0.1", port)) == 0) == up:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nginx on {port} {'up' if up else 'down'}")


class Nginx:
    def __init__(self, root: Path) -> None:
        self.root, self.port = root, free_port()
        (root / "www").mkdir(parents=True)
        (root / "tmp").mkdir()
        (root / "nginx.conf").write_text(NGINX_CONF.format(root=root, port=self.port))
        self.process: subprocess.Popen | None = None
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [shutil.which("nginx"), "-c", str(self.root / "nginx.conf"), "-p", str(self.root),
             "-e", str(self.root / "error.log")], stderr=subprocess.PIPE)
        wait_port(self.port, True)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None
            wait_port(self.port, False)

    def statuses(self) -> list[int]:
        lines = (self.root / "access.log").read_text().splitlines()
        return [int(line.split('"')[2].split()[0]) for line in lines]


@pytest.fixture
def nginx(tmp_path):
    if shutil.which("nginx") is None:
        unavailable("the pack end-to-end test needs nginx (bash tests/run.sh installs it)")
    server = Nginx(tmp_path / "nginx")
    server.start()
    yield server
    server.stop()


def huashu(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120,
                          env=dict(os.environ, HUASHU_HOME=str(home)))
    if check:
        assert done.returncode == 0, done.stderr
    return done


def test_a_lead_publishes_on_nginx_and_an_agent_follows(nginx, tmp_path):
    lead, agent = tmp_path / "lead", tmp_path / "agent"
    www = nginx.root / "www"
    public = huashu(lead, "pack", "keygen", "--out", str(tmp_path / "lead.key")).stdout.strip()
    huashu(lead, "templates", "add", "--title", "团队开场白", "--body", "{称呼}您好，团队统一开场。",
           "--shortcut", "tdkc", "--category", "团队")
    huashu(lead, "pack", "build", "--id", "acme", "--name", "团队话术", "--version", "1",
           "--category", "团队", "--sign", str(tmp_path / "lead.key"), "--changelog", "首版",
           "-o", str(www / "acme.huashu"))
    url = f"{nginx.url}/acme.huashu"
    subscribed = json.loads(huashu(agent, "subscribe", url, "--pubkey", public,
                                   "--json").stdout)
    assert subscribed["status"] == "updated" and subscribed["added"] == 1
    assert json.loads(huashu(agent, "sync", "--json").stdout)[0]["status"] == "unchanged"
    assert nginx.statuses()[-1] == 304  # nginx answered the ETag: nothing downloaded again
    huashu(lead, "templates", "add", "--title", "团队结束语", "--body", "感谢您的耐心，祝您生活愉快！",
           "--shortcut", "tdjs", "--category", "团队")
    time.sleep(1.1)  # a new Last-Modified second for nginx
    huashu(lead, "pack", "build", "--id", "acme", "--name", "团队话术", "--version", "2",
           "--category", "团队", "--sign", str(tmp_path / "lead.key"), "--changelog", "加结束语",
           "-o", str(www / "acme.huashu"))
    [outcome] = json.loads(huashu(agent, "sync", "--json").stdout)
    assert (outcome["status"], outcome["version"], outcome["changelog"]) == ("updated", 2, "加结束语")
    assert nginx.statuses()[-1] == 200
    found = json.loads(huashu(agent, "search", "tdjs", "--json").stdout)
    assert found[0]["title"] == "团队结束语"

    nginx.stop()
    failed = huashu(agent, "sync", "--json", check=False)
    assert failed.returncode == 1
    assert json.loads(failed.stdout)[0]["status"] == "failed"
    listed = json.loads(huashu(agent, "subscriptions", "--json").stdout)[0]
    assert listed["version"] == 2 and listed["failing_since"] and "cannot reach" in \
        listed["last_error"]
    assert json.loads(huashu(agent, "search", "tdjs", "--json").stdout)[0]["title"] == "团队结束语"
