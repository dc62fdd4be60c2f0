"""whoosh's two-process writer, with helper processes that end when their parent does.

whoosh's MpWriter forks helper processes that wait for work on a queue. If the app or an
import is killed, they used to live on (about 220 MB each) and keep the index's write lock,
so every later search or import waited and failed. Each helper now watches its parent: on
Linux the kernel kills it with the parent (PR_SET_PDEATHSIG), and everywhere a thread waiting
on the parent's sentinel ends it.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading

from whoosh.multiproc import MpWriter, SubWriterTask

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Make this (child) process end as soon as its parent process ends."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="huashu-parent-watch", daemon=True).start()


class _HelperTask(SubWriterTask):
    def run(self) -> None:
        die_with_parent()
        super().run()


class HelperWriter(MpWriter):
    """``MpWriter`` whose helper processes die with this process."""

    def _new_task(self) -> SubWriterTask:
        task = _HelperTask(self.storage, self.indexname, self.jobqueue, self.resultqueue,
                           self.subargs, self.multisegment)
        self.tasks.append(task)
        task.start()
        return task
