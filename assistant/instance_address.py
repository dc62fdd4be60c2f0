"""Where the running Huashu listens: the name of its local socket (a Unix socket or a Windows
named pipe), derived from the user and the data directory. Standard library only: the thin
command-line client uses it without loading Qt."""

from __future__ import annotations

import os
import sys

try:  # CPython's built-in SHA-1: hashlib would load OpenSSL first (several ms per command)
    from _sha1 import sha1
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import sha1


def user_name() -> str:
    """The login name, as getpass.getuser() finds it (without importing getpass)."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if os.environ.get(variable):
            return os.environ[variable]
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, OSError):
        return "user"


def server_name(home: str | os.PathLike) -> str:
    digest = sha1(os.path.realpath(home).encode("utf-8")).hexdigest()[:12]
    return f"huashu-{user_name()}-{digest}"


def socket_path(name: str) -> str:
    """Where Qt's QLocalServer puts a server called ``name``: a named pipe on Windows, else a
    socket file in QDir::tempPath() (``$TMPDIR``, else /tmp)."""
    if sys.platform == "win32":
        return rf"\\.\pipe\{name}"
    temp = os.environ.get("TMPDIR", "").rstrip("/") or "/tmp"
    return f"{temp}/{name}"
