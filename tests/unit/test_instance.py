"""One instance per data directory; other commands talk to it."""

import subprocess
import sys

from assistant.ui.instance import InstanceLock, send, server_name


def test_a_second_instance_cannot_take_the_lock(huashu_home, qapp):
    first, second = InstanceLock(huashu_home), InstanceLock(huashu_home)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_left_by_a_dead_process_is_taken_over(huashu_home, qapp):
    code = ("import sys, os; from pathlib import Path; from assistant.ui.instance import "
            "InstanceLock; lock = InstanceLock(Path(sys.argv[1])); assert lock.acquire(); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(huashu_home)], check=True)
    assert (huashu_home / "huashu.lock").exists()
    lock = InstanceLock(huashu_home)
    assert lock.acquire()
    lock.release()


def test_nobody_listening_means_not_running(huashu_home, qapp):
    assert send(huashu_home, {"command": "status"}, timeout_ms=300) is None


def test_each_data_directory_has_its_own_instance(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")


def test_answered_connections_leave_nothing_behind(huashu_home, qapp, qtbot):
    """Every `huashu show` or `toggle` is one connection; a long-running app must not keep
    anything per connection (PySide would keep each socket's wrapper, about 1 KB)."""
    import gc

    from PySide6.QtNetwork import QLocalSocket

    from assistant.ui.instance import InstanceServer

    def sockets() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if isinstance(o, QLocalSocket))

    answered = []
    server = InstanceServer(huashu_home, lambda m: answered.append(m) or {"ok": True})
    assert server.listen()
    before = sockets()
    code = ("import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
            "app = QCoreApplication([]); from assistant.ui.instance import send;"
            "print(sum(1 for _ in range(40) if (send(Path(sys.argv[1]), {'command': 'status'})"
            " or {}).get('ok')))")
    client = subprocess.Popen([sys.executable, "-c", code, str(huashu_home)],
                              stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=30000)
    assert client.stdout.read().strip() == "40"
    qtbot.wait(50)  # the last socket's deferred deletion
    assert len(answered) == 40
    assert sockets() - before == 0


def test_a_lock_whose_process_id_now_belongs_to_another_program_is_taken_over(huashu_home,
                                                                               qapp):
    """QLockFile only checks that the process exists; after a crash the id may go to any
    program, which used to block every start."""
    import os

    if not os.path.exists("/proc/self/cmdline"):
        import pytest

        pytest.skip("reads /proc")
    code = ("import os, sys; from pathlib import Path; from assistant.ui.instance import "
            "InstanceLock; lock = InstanceLock(Path(sys.argv[1])); assert lock.acquire(); "
            "os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(huashu_home)], check=True)
    lock_file = huashu_home / "huashu.lock"
    dead_pid, *rest = lock_file.read_text().split("\n")
    # The id now belongs to another program, even one that Qt would take for the same
    # application (Python too).
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock_file.write_text("\n".join([str(other.pid), *rest]))
        lock = InstanceLock(huashu_home)
        assert lock.holder() == other.pid != int(dead_pid)
        assert lock.acquire()
        lock.release()
    finally:
        other.kill()
        other.wait()


def test_a_lock_held_by_a_running_huashu_stands(huashu_home, qapp):
    code = ("import sys, time; from pathlib import Path; from assistant.ui.instance import "
            "InstanceLock; lock = InstanceLock(Path(sys.argv[1])); assert lock.acquire(); "
            "print(flush=True); time.sleep(60)")
    other = subprocess.Popen([sys.executable, "-c", code, str(huashu_home), "huashu"],
                             stdout=subprocess.PIPE)
    try:
        other.stdout.readline()
        assert not InstanceLock(huashu_home).acquire()
    finally:
        other.kill()
        other.wait()
