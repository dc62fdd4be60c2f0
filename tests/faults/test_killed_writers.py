"""A killed import or reindex leaves no helper processes behind and no index locked: the
helpers of whoosh's two-process writer die with their parent, and the write lock goes with
the process that held it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHILD = textwrap.dedent("""
    import itertools, multiprocessing, sys, time
    from pathlib import Path
    from assistant.search.index import BULK_THRESHOLD, IndexDoc, SearchIndex

    if sys.argv[2] == "watchdog":  # as on macOS and Windows: no PR_SET_PDEATHSIG
        import types
        import assistant.search.writers as writers
        writers.sys = types.SimpleNamespace(platform="darwin")

    index = SearchIndex(Path(sys.argv[1]))
    index.create()
    index.write_meta(0)

    def docs():
        for n in itertools.count():
            if n == 300:  # the helpers have started: tell the test, then hang mid-write
                helpers = [p.pid for p in multiprocessing.active_children()]
                print(" ".join(map(str, helpers)), flush=True)
                time.sleep(600)
            yield IndexDoc(f"a{n}", "article", "1", title=f"第{n}节", body="退货运费" * 20)

    index.write(docs(), expected=BULK_THRESHOLD * 2)
""")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (its parent, the test, has not reaped it) counts as gone
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
@pytest.mark.parametrize("guard", ["kernel", "watchdog"])
def test_killing_a_bulk_write_leaves_no_helpers_and_no_lock(tmp_path, guard):
    from assistant.search.index import IndexDoc, SearchIndex

    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "index"), guard],
                             stdout=subprocess.PIPE, text=True)
    try:
        helpers = [int(pid) for pid in child.stdout.readline().split()]
        assert len(helpers) >= 1 and all(alive(pid) for pid in helpers)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(alive(pid) for pid in helpers), "helper processes outlived the import"
        print(f"{len(helpers)} helpers gone {(time.monotonic() - deadline + 10) * 1000:.0f} ms "
              f"after the kill ({guard})")
    finally:
        child.kill()
        for pid in helpers if "helpers" in locals() else ():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    index = SearchIndex(tmp_path / "index")
    assert index.open()
    started = time.monotonic()
    index.write([IndexDoc("b1", "article", "1", title="之后", body="之后的文章")])
    assert time.monotonic() - started < 5, "the write waited for a lock nobody holds"
