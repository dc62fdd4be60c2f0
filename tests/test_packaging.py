"""A plain (non-editable) install carries resources/ and the db/ migrations and works."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(out)],
        check=True,
    )
    [built] = out.glob("huashu-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_resources_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "assistant/resources/starter/templates.toml" in names
    assert "assistant/migrations/env.py" in names
    assert "assistant/migrations/versions/0001_initial.py" in names
    assert "assistant/migrations/versions/0002_usage_events.py" in names
    assert not any("__pycache__" in n for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "huashu = assistant.thin:console" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.slow
def test_installed_huashu_works_outside_the_source_tree(wheel, tmp_path, huashu_home):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", str(target), str(wheel)],
        check=True,
    )
    script = target / "bin" / "huashu"
    assert script.exists()
    env = {**os.environ, "PYTHONPATH": str(target), "HUASHU_HOME": str(huashu_home)}
    cwd = tmp_path  # away from the checkout, so only the installed copy is importable

    def huashu(*args):
        return subprocess.run([str(script), *args], cwd=cwd, env=env, capture_output=True,
                              text=True, encoding="utf-8", check=True).stdout

    doctor = json.loads(huashu("doctor", "--json"))
    assert doctor["resources"].startswith(str(target))
    assert doctor["migrations"].startswith(str(target))
    assert doctor["schema_revision"] == doctor["schema_head"]
    listing = huashu("templates", "list")
    assert "通用问候" in listing and len(listing.splitlines()) >= 150
    assert huashu("render", "--text", "{称呼}您好", "--name", "欧阳娜娜", "--gender", "female") == "欧阳女士您好\n"
