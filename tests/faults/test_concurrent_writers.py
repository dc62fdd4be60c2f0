"""Writers side by side: every write takes the write lock up front (BEGIN IMMEDIATE) and
waits its turn, so none is lost (1 in 400 `templates add` beside the running app used to fail
with "database is locked")."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

import pytest

pytestmark = pytest.mark.slow

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from assistant.app import open_app
    app = open_app(Path(sys.argv[1]))
    for n in range(int(sys.argv[3])):
        app.templates.add(title=f"{sys.argv[2]}-{n}", body="并发写入的回复" * 20)
    app.close()
""")


def test_four_writers_beside_a_busy_app_lose_nothing(app, huashu_home):
    per_writer, writers = 100, 4
    stop = threading.Event()

    def busy_app() -> None:
        """The running app's own writes and reads, as fast as it can."""
        n = 0
        while not stop.is_set():
            app.templates.add(title=f"app-{n}", body="应用自己的写入")
            app.search.search("并发")
            n += 1

    beside = threading.Thread(target=busy_app)
    beside.start()
    try:
        started = time.monotonic()
        processes = [subprocess.Popen([sys.executable, "-c", WRITER, str(huashu_home), f"w{k}",
                                       str(per_writer)], stderr=subprocess.PIPE, text=True)
                     for k in range(writers)]
        failures = [p.stderr.read() for p in processes if p.wait(300) != 0]
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        beside.join(60)
    assert failures == []
    titles = {t.title for t in app.templates.list()}
    saved = sum(f"w{k}-{n}" in titles for k in range(writers) for n in range(per_writer))
    print(f"{saved}/{writers * per_writer} saved in {elapsed:.1f} s beside the app")
    assert saved == writers * per_writer
