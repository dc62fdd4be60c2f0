"""One Huashu per user and data directory, and the messages other commands send to it.

The running instance holds a lock file in the data directory and listens on a local socket
(a Unix socket or a Windows named pipe) whose name is derived from that directory. ``huashu
show``, ``toggle`` and ``quit`` connect, write one JSON line and read one JSON line back.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from assistant.instance_address import server_name

log = logging.getLogger(__name__)

COMMANDS = ("show", "toggle", "open", "quit", "status", "reload-settings")
MAX_MESSAGE = 64 * 1024


def send(home: Path, message: dict, timeout_ms: int = 2000) -> dict | None:
    """Send ``message`` to the running instance; None when no instance is running."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(home))
    if not socket.waitForConnected(timeout_ms):
        return None
    socket.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(timeout_ms)
    reply = b""
    while not reply.endswith(b"\n") and len(reply) < MAX_MESSAGE:
        if not socket.waitForReadyRead(timeout_ms):
            break
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if not reply:
        return {"ok": False, "error": "the running Huashu did not answer"}
    try:
        return json.loads(reply.decode("utf-8"))
    except ValueError:
        return {"ok": False, "error": "the running Huashu sent an unreadable reply"}


class InstanceLock:
    """The lock file; a lock left by a crashed instance is taken over (QLockFile checks the pid)."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(home / "huashu.lock"))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        if self._lock.tryLock(0):
            return True
        if self._held_by_another_program():
            log.warning("the lock names process %s, which is not Huashu: taking it over",
                        self.holder())
            self._lock.removeStaleLockFile()
            return self._lock.tryLock(0)
        return False

    def held(self) -> bool:
        return self._lock.isLocked()

    def holder(self) -> int | None:
        """The process id the lock file names, if it can be read."""
        info = self._lock.getLockInfo()  # PySide: (pid, hostname, appname), pid 0 if unknown
        pid = info[0] if isinstance(info, tuple) and info else 0
        return pid if isinstance(pid, int) and pid > 0 else None

    def _held_by_another_program(self) -> bool:
        """A lock whose process id now belongs to another program (the id was reused after
        Huashu ended): QLockFile only checks that the process exists. Linux only, where the
        command line of a process can be read; elsewhere the lock stands."""
        pid = self.holder()
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                words = cmdline.read().split(b"\0")
        except (OSError, TypeError):
            return False
        return not any(b"huashu" in word or word == b"assistant" for word in words)

    def release(self) -> None:
        self._lock.unlock()


Handler = Callable[[dict], dict]


class InstanceServer(QObject):
    """Answers messages on the main thread through ``handler(message) -> reply``."""

    failed = Signal(str)

    def __init__(self, home: Path, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._name = server_name(home)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        QLocalServer.removeServer(self._name)  # a stale socket from a crash; we hold the lock
        return self._server.listen(self._name)

    def error(self) -> str:
        return self._server.errorString()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._finished)

    @Slot()
    def _read(self) -> None:
        socket = self.sender()
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer.extend(bytes(socket.readAll().data()))
        if len(buffer) > MAX_MESSAGE:
            self._reply(socket, {"ok": False, "error": "message too long"})
        elif buffer.endswith(b"\n"):
            self._reply(socket, self._answer(bytes(buffer)))

    @Slot()
    def _finished(self) -> None:
        """Let the socket go, and its Python wrapper with it.

        PySide keeps the wrapper of a socket that Qt created (nextPendingConnection) for as
        long as the server lives, even after Qt deleted the socket: about 1 KB for every
        message. Taking it from the server and invalidating it lets the wrapper be freed
        while Qt deletes the socket itself.
        """
        socket = self.sender()
        self._buffers.pop(socket, None)
        socket.setParent(None)
        socket.deleteLater()
        shiboken6.invalidate(socket)

    def _answer(self, raw: bytes) -> dict:
        try:
            message = json.loads(raw.decode("utf-8"))
        except ValueError:
            return {"ok": False, "error": "not a JSON message"}
        if not isinstance(message, dict) or message.get("command") not in COMMANDS:
            return {"ok": False, "error": f"unknown command (known: {', '.join(COMMANDS)})"}
        try:
            return self._handler(message)
        except Exception as exc:  # a bad message must never take the app down
            return {"ok": False, "error": str(exc)}

    @staticmethod
    def _reply(socket: QLocalSocket, reply: dict) -> None:
        socket.write(json.dumps(reply, ensure_ascii=False).encode("utf-8") + b"\n")
        socket.flush()
        socket.disconnectFromServer()
