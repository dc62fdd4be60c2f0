"""The command line's front door. ``huashu show``, ``toggle``, ``status`` and ``quit`` talk
to the running Huashu over its local socket with the standard library alone (one JSON line
each way, see ui/instance.py): they are the whole hotkey on Wayland desktops, where a desktop
shortcut runs ``huashu toggle``, and the way a chat tool hands over the customer's name, so
they must not spend their time importing the application. Everything else, and these when no
Huashu is running (show and toggle then start it), goes to the full command line."""

from __future__ import annotations

import sys

FAST_COMMANDS = ("show", "toggle", "status", "quit")
STATUS_KEYS = ("pid", "ready", "search_ready", "hotkey", "hotkey_error", "paused", "tray",
               "desktop")
TIMEOUT_SECONDS = 2.0
MAX_REPLY = 1024 * 1024  # status carries the recent latencies: up to 1000 of each kind
EXIT_ERROR = 1


def console() -> None:
    """The `huashu` command: the console script, ``python -m assistant`` and the packaged
    app."""
    sys.exit(main(exit_when_answered=True))


def main(argv: list[str] | None = None, full_command_line=None, *,
         exit_when_answered: bool = False) -> int:
    """Run a fast command, else hand ``argv`` to ``full_command_line(args) -> exit status``
    (by default the application's own command line, imported only then).

    With ``exit_when_answered``, a fast command ends the process as soon as its answer is
    printed, without the interpreter's teardown: about 3 ms of a 20 ms `huashu toggle`, and
    nothing is left to clean up."""
    args = list(sys.argv[1:] if argv is None else argv)
    parsed = fast_request(args)
    if parsed is not None:
        message, as_json = parsed
        reply = exchange(message)
        if reply is not None:
            status = report(message["command"], reply, as_json)
            if exit_when_answered:
                _exit_now(status)
            return status
    if full_command_line is None:
        from assistant.cli import main as full_command_line

    return full_command_line(args)


def _exit_now(status: int) -> None:
    import os

    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # a windowed (GUI subsystem) build on Windows has no console
            continue
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(status)


def fast_request(args: list[str]) -> tuple[dict, bool] | None:
    """The message for a command line the fast path understands completely (else None: the
    full command line parses it, with its help and error messages)."""
    if not args or args[0] not in FAST_COMMANDS:
        return None
    command, rest = args[0], args[1:]
    message: dict = {"command": command}
    as_json = False
    options = {"--customer": "customer", "--gender": "gender"} if command in ("show", "toggle") \
        else {}
    while rest:
        word = rest.pop(0)
        name, equals, value = word.partition("=")
        if word == "--json" and command == "status":
            as_json = True
        elif name in options and (equals or rest):
            message[options[name]] = value if equals else rest.pop(0)
        else:
            return None
    if "gender" in message and "customer" not in message:
        return None  # the full command line explains that --gender needs --customer
    return message, as_json


def exchange(message: dict) -> dict | None:
    """Send ``message`` to the running Huashu and return its reply; None when none runs."""
    from assistant.data_home import data_home
    from assistant.instance_address import server_name, socket_path

    path = socket_path(server_name(data_home()))
    data = _json_line(message)
    try:
        if sys.platform == "win32":
            return _exchange_pipe(path, data)
        return _exchange_unix(path, data)
    except (FileNotFoundError, ConnectionRefusedError):
        return None
    except TimeoutError:
        return {"ok": False, "error": "the running Huashu did not answer in time"}
    except OSError as exc:
        return {"ok": False, "error": f"cannot reach the running Huashu ({exc.strerror or exc})"}


def _exchange_unix(path: str, data: bytes) -> dict:
    # The C module under ``socket``: the wrapper's enums and helpers cost more to import than
    # the whole exchange takes.
    import _socket

    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.settimeout(TIMEOUT_SECONDS)
        connection.connect(path)
        connection.sendall(data)
        return _decoded(_read_line(connection.recv))
    finally:
        connection.close()


def _exchange_pipe(path: str, data: bytes) -> dict:
    with open(path, "r+b", buffering=0) as pipe:
        pipe.write(data)
        return _decoded(_read_line(pipe.read))


def _read_line(read) -> bytes:
    """The reply: bytes from ``read(n)`` up to the first line break (or the end, or the
    size limit)."""
    reply = bytearray()
    while not reply.endswith(b"\n") and len(reply) < MAX_REPLY:
        chunk = read(65536)
        if not chunk:
            break
        reply += chunk
    return bytes(reply)


def _json_line(message: dict[str, str]) -> bytes:
    """``message`` (text values only) as one line of JSON. Written with the json package's
    C string encoder: importing ``json`` (with ``re``, ``enum``...) took longer than all the
    rest of `huashu toggle`."""
    try:
        from _json import encode_basestring
    except ImportError:  # pragma: no cover - a Python without the C accelerator
        from json.encoder import py_encode_basestring as encode_basestring

    fields = ", ".join(f"{encode_basestring(k)}: {encode_basestring(v)}"
                       for k, v in message.items())
    return ("{" + fields + "}\n").encode("utf-8")


def _decoded(reply: bytes) -> dict:
    if not reply:
        return {"ok": False, "error": "the running Huashu did not answer"}
    try:
        value = _parse_json(reply.decode("utf-8").strip())
    except (ValueError, StopIteration):
        return {"ok": False, "error": "the running Huashu sent an unreadable reply"}
    return value if isinstance(value, dict) else {"ok": False, "error": "unexpected reply"}


def _parse_json(text: str) -> object:
    """``json.loads`` through the json package's C scanner alone (see :func:`_json_line`)."""
    try:
        from _json import make_scanner
    except ImportError:  # pragma: no cover - a Python without the C accelerator
        import json

        return json.loads(text)

    class Context:
        strict, object_hook, object_pairs_hook, memo = True, None, None, {}
        parse_float, parse_int = float, int
        parse_constant = {"NaN": float("nan"), "Infinity": float("inf"),
                          "-Infinity": float("-inf")}.__getitem__

    value, end = make_scanner(Context())(text, 0)
    if end != len(text):
        raise ValueError("extra data")
    return value


def report(command: str, reply: dict, as_json: bool) -> int:
    """Print what the running Huashu answered, as the full command line would."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if not reply.get("ok", False):
        print(f"huashu: {reply.get('error', 'the running Huashu refused the command')}",
              file=sys.stderr)
        return EXIT_ERROR
    if command == "status":
        print_status(reply, as_json)
    return 0


def print_status(reply: dict, as_json: bool) -> None:
    if as_json:
        import json

        print(json.dumps(reply, ensure_ascii=False, indent=2))
        return
    for key in STATUS_KEYS:
        print(f"{key:<14} {reply.get(key)}")
    if reply.get("tray") is False:
        print("note: this desktop has no system tray; open the windows with "
              "'huashu open templates|knowledge|settings|stats' or the popup's menu (Alt+M)")

