"""Shared fixtures. Every test runs with its own temporary HUASHU_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Unit tests draw Qt offscreen; end-to-end tests start their own X server for the processes
# they launch and pass DISPLAY to them explicitly.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def huashu_home(tmp_path_factory, monkeypatch) -> Path:
    home = tmp_path_factory.mktemp("huashu-home")
    monkeypatch.setenv("HUASHU_HOME", str(home))
    return home


@pytest.fixture
def app(huashu_home):
    from assistant.app import open_app

    instance = open_app(huashu_home)
    yield instance
    instance.close()


@pytest.fixture
def write_xlsx():
    """Writes rows (lists of cell values) to the first sheet of a new workbook at a path."""
    import openpyxl

    def write(path: Path, rows: list[list]) -> Path:
        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        workbook.save(path)
        return path

    return write
