"""The packaged app: build the one-folder app and the .deb (tools/build_package.sh), install
it (apt as root, else unpacked into a temporary root), and check the installed copy — not the
source tree — with `huashu self-test`, the menu and autostart entries, an end-to-end paste
under Xvfb, and that removing the package keeps the user's data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.needs import unavailable

REPO = Path(__file__).resolve().parents[1]
TOOLS = ("gcc", "dpkg-deb", "desktop-file-validate")

pytestmark = [pytest.mark.slow, pytest.mark.package]


def _require() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if sys.platform != "linux" or missing:
        unavailable(f"the package test needs Linux and {', '.join(missing)} "
                    "(tests/run.sh installs them)")


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    """The package built from this tree (or, to iterate on the tests, the one named by
    ``HUASHU_TEST_DEB``)."""
    _require()
    if os.environ.get("HUASHU_TEST_DEB"):
        return Path(os.environ["HUASHU_TEST_DEB"])
    out = tmp_path_factory.mktemp("build")
    done = subprocess.run(["bash", str(REPO / "tools" / "build_package.sh")],
                          env=dict(os.environ, HUASHU_BUILD_DIR=str(out)),
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [package] = out.glob("huashu_*.deb")
    return package


@pytest.fixture(scope="module")
def installed(deb, tmp_path_factory):
    """The installed command: /usr/bin/huashu after `apt install` as root, else the unpacked
    package's /opt/huashu/huashu."""
    if os.geteuid() == 0 and shutil.which("apt-get"):
        done = subprocess.run(["apt-get", "install", "-y", "-q", str(deb)], capture_output=True,
                              text=True, timeout=600,
                              env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        yield Path("/usr/bin/huashu"), Path("/")
        subprocess.run(["apt-get", "remove", "-y", "-q", "huashu"], capture_output=True,
                       timeout=600)
    else:
        root = tmp_path_factory.mktemp("root")
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        yield root / "opt" / "huashu" / "huashu", root


def run(command: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("DISPLAY", "XDG_DATA_HOME", "HUASHU_HOME")}
    environment.update(QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([str(command), *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=300, env=environment)


def test_the_package_is_within_its_size_budget(deb, installed):
    _, root = installed
    app = root / "opt" / "huashu"
    size = sum(f.stat().st_size for f in app.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"installed {size / 2**20:.1f} MB, package {deb.stat().st_size / 2**20:.1f} MB")
    assert size <= 120 * 2**20 and deb.stat().st_size <= 45 * 2**20


def test_the_installed_copy_passes_its_self_test(installed, tmp_path):
    command, _ = installed
    done = run(command, "self-test", env={"HUASHU_HOME": str(tmp_path)})
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(packaged)" in done.stdout and "all steps passed" in done.stdout


def test_menu_and_autostart_entries_validate(installed):
    _, root = installed
    entries = [root / "usr/share/applications/huashu.desktop",
               root / "usr/share/huashu/huashu-autostart.desktop"]
    for entry in entries:
        done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                              text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    assert (root / "usr/share/icons/hicolor/scalable/apps/huashu.svg").is_file()
    png = root / "usr/share/icons/hicolor/256x256/apps/huashu.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png.read_bytes()[16:20], "big") == 256  # IHDR width


def test_start_at_login_runs_the_installed_copy(installed, tmp_path):
    command, root = installed
    done = run(command, "autostart", "on", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stdout + done.stderr
    entry = tmp_path / "autostart" / "huashu.desktop"
    exec_line = next(line for line in entry.read_text(encoding="utf-8").splitlines()
                     if line.startswith("Exec="))
    assert exec_line == f"Exec={root / 'opt' / 'huashu' / 'huashu'} start"
    validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True)
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout
    assert run(command, "autostart", "off", env={"XDG_CONFIG_HOME": str(tmp_path)}).returncode == 0
    assert not entry.exists()


def test_the_quick_commands_run_on_the_systems_python(installed, tmp_path):
    """/usr/bin/huashu runs show, toggle, status and quit on the system's Python, from copies
    of the standard-library-only client in /opt/huashu/quick, and hands everything else (and
    these when no Huashu runs) to the packaged app. Prints what each costs."""
    _, root = installed
    python3 = Path("/usr/bin/python3")
    if not python3.exists():
        pytest.fail("the package recommends python3; the test machine has it (tests/run.sh)")
    app = root / "opt" / "huashu" / "huashu"
    quick = [str(python3), "-I", "-S", str(root / "opt" / "huashu" / "quick" / "huashu-quick.py")]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "XDG_DATA_HOME")}
    env.update(QT_QPA_PLATFORM="offscreen", HUASHU_HOME=str(tmp_path),
               HUASHU_QUICK_APP=str(app))

    def quick_run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*quick, *args], capture_output=True, text=True, encoding="utf-8",
                              timeout=120, env=env)

    alone = quick_run("status")
    assert alone.returncode == 1 and "not running" in alone.stdout + alone.stderr
    assert quick_run("--version").stdout.strip().startswith("huashu ")
    server = subprocess.Popen([str(app)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while "ready          True" not in (status := quick_run("status")).stdout:
            assert time.monotonic() < deadline, status.stdout + status.stderr
            time.sleep(0.2)
        costs = {}
        for name, command in (("quick", quick), ("app", [str(app)])):
            times = []
            for _ in range(7):
                started = time.perf_counter()
                done = subprocess.run([*command, "status"], capture_output=True, env=env)
                times.append((time.perf_counter() - started) * 1000)
                assert done.returncode == 0 and b"pid" in done.stdout
            costs[name] = sorted(times)[3]
        print(f"`huashu status` median: {costs['quick']:.0f} ms on the system's Python, "
              f"{costs['app']:.0f} ms through the packaged app")
        assert quick_run("quit").returncode == 0
        server.wait(30)
    finally:
        if server.poll() is None:
            server.kill()
    if root == Path("/"):
        launcher = Path("/usr/bin/huashu").read_text(encoding="utf-8")
        assert launcher.startswith("#!/bin/sh") and "/opt/huashu/quick/huashu-quick.py" in launcher
        assert list(Path("/opt/huashu/quick/assistant").glob("__pycache__/thin.*.pyc"))


def test_the_installed_app_pastes_end_to_end(installed):
    """The end-to-end paste tests, driving the installed app instead of the source tree."""
    command, _ = installed
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         str(REPO / "tests" / "e2e" / "test_paste.py")],
        env=dict(os.environ, HUASHU_E2E_COMMAND=str(command)), capture_output=True,
        text=True, timeout=900, cwd=REPO)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout


def test_removing_the_package_keeps_the_users_data(deb, tmp_path):
    """Only meaningful with a real install (root): the user's data directory survives."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("removing a package needs root; the unpacked copy has nothing to remove")
    subprocess.run(["apt-get", "install", "-y", "-q", str(deb)], check=True,
                   capture_output=True, timeout=600)
    home = tmp_path / "user"
    done = run(Path("/usr/bin/huashu"), "templates", "add", "--title", "我的模板", "--body",
               "卸载后也在", env={"HOME": str(home)})
    assert done.returncode == 0, done.stderr
    data = home / ".local" / "share" / "huashu" / "huashu.db"
    assert data.is_file()
    subprocess.run(["apt-get", "remove", "-y", "-q", "huashu"], check=True, capture_output=True,
                   timeout=600)
    assert not Path("/opt/huashu").exists() and data.is_file()
