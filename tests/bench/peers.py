"""The peers the popup benchmark runs beside Huashu on the same virtual desktop: CopyQ (its
server, `copyq show` and a global shortcut) and Chromium (a local page with a textarea as a
paste target), plus the CPU load of the loaded mode and the X event clock."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.desktop import VirtualDesktop, wait_for

COPYQ_SHORTCUT = "ctrl+alt+v"
PAGE = """<!doctype html><meta charset="utf-8"><title>hs-bench 0</title>
<textarea id="t" autofocus style="width:95%;height:300px"></textarea>
<script>
let n = 0;
const t = document.getElementById("t");
t.addEventListener("input", () => {
  n += 1;
  const at = performance.timeOrigin + performance.now();
  document.title = "hs-bench " + n + " " + at.toFixed(3) + " " + t.value;
  setTimeout(() => { t.value = ""; }, 0);
});
window.addEventListener("focus", () => t.focus());
</script>
"""


def missing_peers() -> list[str]:
    return [name for name in ("copyq", "chromium") if shutil.which(name) is None]


def wait_or_kill(process: subprocess.Popen, seconds: float = 10) -> None:
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.kill()


class MapWatch:
    """MapNotify / UnmapNotify of chosen windows, read with python-xlib on this process's
    perf_counter clock."""

    def __init__(self, desktop: VirtualDesktop) -> None:
        from Xlib import X, display

        self.X = X
        self.display = display.Display(desktop.display)
        self.name_atom = self.display.intern_atom("_NET_WM_NAME")
        self.utf8 = self.display.intern_atom("UTF8_STRING")

    def watch(self, window_id: int) -> None:
        window = self.display.create_resource_object("window", window_id)
        window.change_attributes(event_mask=self.X.StructureNotifyMask)
        self.display.sync()

    def drain(self) -> None:
        while self.display.pending_events():
            self.display.next_event()

    def wait(self, kind: int, window_id: int, timeout: float = 5.0) -> float | None:
        """perf_counter() when ``window_id`` got a ``kind`` event, or None on timeout."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            while self.display.pending_events():
                event = self.display.next_event()
                if event.type == kind and getattr(event, "window", None) is not None \
                        and event.window.id == window_id:
                    return time.perf_counter()
            time.sleep(0.0003)
        return None

    def title(self, window_id: int) -> str:
        window = self.display.create_resource_object("window", window_id)
        prop = window.get_full_property(self.name_atom, self.utf8)
        if prop is None:
            return ""
        value = prop.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class CopyQ:
    """A CopyQ server with its own configuration, and a global shortcut that toggles its
    main window (set through `copyq eval` and setCommands, as the command dialog would)."""

    def __init__(self, desktop: VirtualDesktop) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="copyq-bench-")
        root = Path(self._tmp.name)
        for sub in ("config", "data", "runtime"):
            (root / sub).mkdir(mode=0o700)
        self.env = desktop.env(XDG_CONFIG_HOME=str(root / "config"),
                               XDG_DATA_HOME=str(root / "data"),
                               XDG_RUNTIME_DIR=str(root / "runtime"),
                               COPYQ_SESSION_NAME="bench")
        self.desktop = desktop
        self.server = subprocess.Popen(["copyq"], env=self.env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        wait_for(lambda: self.run("count").returncode == 0, 30, 0.1, "the CopyQ server")
        self.run("eval", f"""setCommands([{{
            name: 'bench toggle', isGlobalShortcut: true,
            globalShortcuts: ['{COPYQ_SHORTCUT}'], cmd: 'copyq: toggle()'}}])""")
        # No race with Huashu for the reply it has just put on the clipboard: with its monitor
        # running, CopyQ fetched each new clipboard from Huashu while the chat window did,
        # 4-7 ms p50 on every paste and none on the xclip-set clipboard of the floor measure.
        self.run("config", "check_clipboard", "false")
        self.run("config", "check_selection", "false")
        self.run("disable")
        self.run("show")
        found = wait_for(lambda: desktop.xdotool("search", "--onlyvisible", "--class", "copyq"),
                         10, 0.05, "the CopyQ window")
        self.window = int(found.split()[0])
        self.hide()

    def command(self, *args: str) -> list[str]:
        return ["copyq", *args]

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*args), env=self.env, capture_output=True,
                              timeout=20)

    def hide(self) -> None:
        self.run("hide")

    def has_shortcut(self) -> bool:
        done = self.run("eval", "commands().filter(c => c.isGlobalShortcut).length")
        return done.stdout.strip() == b"1"

    def close(self) -> None:
        self.run("exit")
        wait_or_kill(self.server)
        self._tmp.cleanup()


class Chromium:
    """Debian's Chromium showing a local page whose textarea writes each input event's time
    (performance.timeOrigin + now(), wall-clock milliseconds) and the text into the title."""

    def __init__(self, desktop: VirtualDesktop, watch: MapWatch) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="chromium-bench-",
                                                ignore_cleanup_errors=True)
        root = Path(self._tmp.name)
        page = root / "target.html"
        page.write_text(PAGE, encoding="utf-8")
        self.watch = watch
        self.process = subprocess.Popen(
            ["chromium", "--no-sandbox", "--no-first-run", "--no-default-browser-check",
             "--disable-gpu", "--password-store=basic", f"--user-data-dir={root / 'profile'}",
             "--disable-features=Translate", "--window-position=60,60",
             "--window-size=700,500", f"--app=file://{page}"],
            env=desktop.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        found = wait_for(lambda: desktop.xdotool("search", "--onlyvisible", "--name",
                                                 "^hs-bench"), 30, 0.1, "the Chromium window")
        self.window = int(found.split()[0])
        self.seen = 0

    def last(self) -> tuple[int, float, str]:
        parts = self.watch.title(self.window).split(" ", 3)
        if len(parts) < 3 or parts[0] != "hs-bench":
            return 0, 0.0, ""
        return int(parts[1]), float(parts[2]) / 1000, parts[3] if len(parts) > 3 else ""

    def wait_input(self, timeout: float = 3.0) -> tuple[float, str] | None:
        """The wall-clock time and text of the next input event, None if none came."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            count, at, text = self.last()
            if count > self.seen:
                self.seen = count
                return at, text
            time.sleep(0.005)
        return None

    def close(self) -> None:
        self.process.terminate()
        wait_or_kill(self.process)
        self._tmp.cleanup()


class Load:
    """Busy processes that keep the cores loaded while they run."""

    def __init__(self, count: int) -> None:
        self.processes = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                          for _ in range(count)]

    def __enter__(self) -> Load:
        return self

    def __exit__(self, *exc) -> None:
        for process in self.processes:
            process.kill()
            process.wait()
