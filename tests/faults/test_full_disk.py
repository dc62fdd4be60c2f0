"""A full disk: every command says so in one line, nothing half-saved, and a reindex that
runs out of space leaves the old index working. On a small tmpfs, so only as root (CI)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.needs import unavailable

pytestmark = pytest.mark.slow


@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        unavailable("mounting a small tmpfs needs root (CI runs this as root)")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:  # a container without the right to mount
        unavailable(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def huashu(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=300,
                          env={**os.environ, "HUASHU_HOME": str(home)})


def one_line_about_the_disk(done: subprocess.CompletedProcess) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "internal error" not in lines[0] and "Traceback" not in done.stderr
    assert "disk is full" in lines[0] or "磁盘已满" in lines[0], lines[0]


def fill(disk: Path, leave_kb: int) -> None:
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    with (disk / "filler").open("wb") as filler:
        filler.write(b"\0" * max(0, free - leave_kb * 1024))


def test_a_full_disk_is_one_line_and_loses_nothing(small_disk, tmp_path):
    home = small_disk / "huashu"
    assert huashu(home, "prepare").returncode == 0
    before = json.loads(huashu(home, "kb", "list", "--json").stdout)
    handbook = tmp_path / "大手册.md"
    handbook.write_text("".join(f"# 第{n}节 退货与运费\n\n" + f"第{n}节的内容，退货运费说明。" * 200
                                + "\n\n" for n in range(400)), encoding="utf-8")
    fill(small_disk, leave_kb=300)

    one_line_about_the_disk(huashu(home, "import", str(handbook)))
    assert json.loads(huashu(home, "kb", "list", "--json").stdout) == before

    one_line_about_the_disk(huashu(home, "reindex"))
    found = huashu(home, "search", "退货", "--all")
    assert found.returncode == 0 and "退" in found.stdout, found.stderr
    assert not (home / "index.new").exists()

    (small_disk / "filler").unlink()
    assert huashu(home, "import", str(handbook)).returncode == 0
