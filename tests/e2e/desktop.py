"""A throwaway X desktop for end-to-end tests and benchmarks: Xvfb (optionally with openbox),
the stand-in chat window, and a real `huashu` process, driven with xdotool."""

from __future__ import annotations

import json
import os
import queue
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TARGET_SCRIPT = Path(__file__).with_name("target_app.py")
TOOLS = ("Xvfb", "xdotool", "xclip")


def missing_tools(window_manager: str | None = None) -> list[str]:
    tools = TOOLS + ((window_manager,) if window_manager else ())
    return [t for t in tools if shutil.which(t) is None]


def wait_for(predicate, timeout: float = 10.0, interval: float = 0.005, what: str = ""):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what or predicate}")
        time.sleep(interval)


def stop_all(processes: list[subprocess.Popen]) -> None:
    """Stop ``processes`` in the reverse of their start order: politely, then for good."""
    for process in reversed(processes):
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()


class VirtualDesktop:
    def __init__(self, window_manager: str | None = None, size: str = "1280x800x24") -> None:
        self.window_manager = window_manager
        self.size = size
        self.display = ""
        self._processes: list[subprocess.Popen] = []

    def __enter__(self) -> VirtualDesktop:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", self.size,
                                 "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        self._processes.append(xvfb)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        if self.window_manager:
            self._processes.append(subprocess.Popen(
                [self.window_manager], env=self.env(), stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL))
            wait_for(lambda: self._wm_running(), 10, 0.02, "the window manager")
        return self

    def _wm_running(self) -> bool:
        done = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env(),
                              capture_output=True, text=True) if shutil.which("xprop") else None
        if done is None:
            time.sleep(0.5)
            return True
        return "window id" in done.stdout

    def __exit__(self, *exc) -> None:
        stop_all(self._processes)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", **extra)
        return env

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True,
                              timeout=20)
        return done.stdout.strip()

    def focused_window(self) -> int:
        out = self.xdotool("getwindowfocus")
        return int(out) if out.isdigit() else 0

    def focus(self, window: int) -> None:
        if self.window_manager:
            self.xdotool("windowactivate", "--sync", str(window))
        else:
            self.xdotool("windowfocus", "--sync", str(window))
        wait_for(lambda: self.focused_window() == window, 5, 0.005, "focus on the target")

    def set_clipboard(self, text: str) -> None:
        process = subprocess.Popen(["xclip", "-selection", "clipboard", "-i"], env=self.env(),
                                   stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        process.communicate(text.encode("utf-8"), timeout=10)
        wait_for(lambda: self.clipboard() == text, 5, 0.01, "xclip to own the clipboard")

    def clipboard(self) -> str:
        done = subprocess.run(["xclip", "-selection", "clipboard", "-o"], env=self.env(),
                              capture_output=True, timeout=10)
        return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else ""


IBUS_TOOLS = ("dbus-daemon", "ibus-daemon", "ibus")
IBUS_PINYIN = Path("/usr/share/ibus/component/libpinyin.xml")


def missing_input_method() -> list[str]:
    missing = [t for t in IBUS_TOOLS if shutil.which(t) is None]
    return missing + ([] if IBUS_PINYIN.exists() else ["ibus-libpinyin"])


class InputMethod:
    """IBus with its pinyin engine on a private session bus, as a Chinese desk runs it: Qt
    programs reach it through Qt's IBus plugin (``QT_IM_MODULE=ibus``)."""

    def __init__(self, desktop: VirtualDesktop, engine: str = "libpinyin") -> None:
        self.desktop = desktop
        self.engine = engine
        self._home = tempfile.TemporaryDirectory(prefix="huashu-ibus-",
                                                 ignore_cleanup_errors=True)
        self._processes: list[subprocess.Popen] = []
        self.extra: dict[str, str] = {}

    def __enter__(self) -> InputMethod:
        try:
            self._start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start(self) -> None:
        home = self._home.name
        env = self.desktop.env(HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
                               XDG_CACHE_HOME=f"{home}/.cache")
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
        self._processes.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        self._processes.append(subprocess.Popen(
            ["ibus-daemon", "--panel", "disable", "--emoji-extension", "disable"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

        def engine_taken() -> bool:  # `ibus engine NAME` can fail while the engine starts
            subprocess.run(["ibus", "engine", self.engine], env=env, capture_output=True,
                           check=False)
            return subprocess.run(["ibus", "engine"], env=env, capture_output=True, text=True,
                                  check=False).stdout.strip() == self.engine

        wait_for(engine_taken, 20, 0.1, f"IBus to take the {self.engine} engine")
        # Qt's plugin finds the daemon through $XDG_CONFIG_HOME/ibus/bus/<machine>-<display>
        self.extra = {"DBUS_SESSION_BUS_ADDRESS": env["DBUS_SESSION_BUS_ADDRESS"],
                      "XDG_CONFIG_HOME": env["XDG_CONFIG_HOME"], "QT_IM_MODULE": "ibus"}

    def __exit__(self, *exc) -> None:
        stop_all(self._processes)
        self._home.cleanup()


class TargetWindow:
    """The stand-in chat window, in its own process."""

    def __init__(self, desktop: VirtualDesktop, title: str = "huashu-e2e-target") -> None:
        self.desktop = desktop
        self.title = title
        self.changes: queue.Queue = queue.Queue()
        self.text = ""
        self.process = subprocess.Popen(
            [sys.executable, str(TARGET_SCRIPT), title], env=desktop.env(),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, encoding="utf-8")
        threading.Thread(target=self._read, daemon=True).start()
        ready = self.changes.get(timeout=20)
        assert ready.get("ready"), ready
        found = desktop.xdotool("search", "--sync", "--onlyvisible", "--name", f"^{title}$")
        self.window = int(found.split()[0])

    def _read(self) -> None:
        for line in self.process.stdout:
            event = json.loads(line)
            if "text" in event:
                self.text = event["text"]
            self.changes.put(event)

    def focus(self) -> None:
        self.desktop.focus(self.window)

    def clear(self) -> None:
        self.process.stdin.write("clear\n")
        self.process.stdin.flush()
        wait_for(lambda: self.text == "", 5, 0.005, "the target to clear")
        while not self.changes.empty():
            self.changes.get_nowait()

    def wait_text(self, expected: str, timeout: float = 5.0) -> dict:
        """The change event at which the field first held ``expected``."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"target holds {self.text!r}, expected {expected!r}")
            try:
                event = self.changes.get(timeout=remaining)
            except queue.Empty:
                continue
            if event.get("text") == expected:
                return event

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(5)


def huashu_command() -> list[str]:
    """How to run Huashu: from the source tree, or an installed copy named by
    ``HUASHU_E2E_COMMAND`` (e.g. /usr/bin/huashu, the packaged app that CI installs)."""
    installed = os.environ.get("HUASHU_E2E_COMMAND")
    return shlex.split(installed) if installed else [sys.executable, "-m", "assistant"]


class HuashuProcess:
    """`huashu` itself, with its own data directory."""

    def __init__(self, desktop: VirtualDesktop, home: Path | None = None, **extra_env: str
                 ) -> None:
        self.desktop = desktop
        self._tmp = None
        if home is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="huashu-e2e-")
            home = Path(self._tmp.name)
        self.home = home
        self.env = desktop.env(HUASHU_HOME=str(home), **extra_env)
        self.process: subprocess.Popen | None = None
        self.started_at = 0.0

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*huashu_command(), *args], env=self.env,
                              capture_output=True, text=True, encoding="utf-8", timeout=60,
                              check=check)

    def start(self) -> None:
        self.started_at = time.monotonic()
        self.log = open(self.home / "e2e-stderr.log", "ab")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(huashu_command(), env=self.env,
                                        stdout=subprocess.DEVNULL, stderr=self.log)

    def status(self) -> dict:
        done = self.cli("status", "--json", check=False)
        return json.loads(done.stdout) if done.returncode == 0 else {}

    def wait_ready(self, timeout: float = 60) -> dict:
        return wait_for(lambda: (s := self.status()) and s.get("search_ready") and s, timeout,
                        0.05, "huashu to be ready")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.cli("quit", check=False)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.log.close()
        if self._tmp is not None:
            self._tmp.cleanup()
