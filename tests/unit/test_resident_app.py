"""The tray app hands one-time heavy work (migrations, starter content, index build) to a
`huashu prepare` child process, so that the memory it needs does not stay behind."""

import subprocess
import sys

import pytest

from assistant.app import needs_preparation, open_app, open_resident_app
from assistant.core.errors import DataError
from assistant.locations import database_path
from assistant.store.settings import bump_generation


def test_a_fresh_directory_needs_preparation_and_a_prepared_one_does_not(tmp_path):
    assert needs_preparation(tmp_path)
    app = open_app(tmp_path)
    assert needs_preparation(tmp_path)  # database ready, index not built yet
    app.search.ensure_ready()
    assert not needs_preparation(tmp_path)
    app.templates.add(title="新模板", body="您好")  # the index follows the write
    assert not needs_preparation(tmp_path)
    with app.db.transaction() as conn:  # a write the index did not see
        bump_generation(conn)
    assert needs_preparation(tmp_path)
    app.close()


def test_first_start_prepares_in_a_child_and_opens_ready(tmp_path):
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from assistant.app import open_resident_app\n"
            "app = open_resident_app(Path(sys.argv[1]))\n"
            "print(app.search.ensure_ready(), len(app.templates.list()) > 0,\n"
            "      'alembic' in sys.modules, 'pypinyin' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                         text=True, check=True, env={"PATH": "/usr/bin:/bin"}, timeout=120)
    assert out.stdout.split() == ["opened", "True", "False", "False"]


def test_unusable_data_is_reported_by_opening_and_left_untouched(tmp_path):
    path = database_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database at all" * 100)
    assert not needs_preparation(tmp_path)
    with pytest.raises(DataError, match="not a usable Huashu database"):
        open_resident_app(tmp_path)
    assert path.read_bytes() == b"not a database at all" * 100
