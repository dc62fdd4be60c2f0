"""Popup and paste benchmark under Xvfb, with and without a window manager. Not a test:

    .venv/bin/python tests/bench/popup_bench.py [--runs 60] [--paste-runs 200] [--starts 15]

For each desktop (bare Xvfb, Xvfb + openbox) it starts a stand-in chat window and a real
`huashu` in a temporary HUASHU_HOME and measures, p50/p95/max in milliseconds:

- hotkey callback -> popup painted (the app's own clock: pynput callback to first paintEvent)
- xdotool key -> popup mapped (this process's clock: before spawning `xdotool key --delay 0
  ctrl+alt+space` to the MapNotify of the popup window, read with python-xlib). Without
  ``--delay 0`` xdotool waits its default 12 ms between the chord's events, about 30 ms in all.
- Enter -> text in the target's field (before spawning `xdotool key Return` to the target's
  textChanged, both on CLOCK_MONOTONIC); the clipboard restore delay is not included, but the
  next run waits for it; a paste that never arrives is counted as lost
- start -> ready: spawning `huashu` to its answering `status` with the hotkey registered
  (and, separately, to search ready), warm data directory
- idle RSS after start, and after 200 more searches typed into the popup; and idle RSS after
  a first start in a fresh data directory (database, starter content and index all created)

With ``--side-by-side`` it runs instead, on one Xvfb + openbox desktop, Huashu and its peer
CopyQ (Debian's package) in the same run, idle and then loaded (two CPU-bound processes it
starts and stops itself), and prints p50/p95/max with Huashu / CopyQ ratios (see
``side_by_side``; the figures and what each means are in docs/latency-bench.md).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.e2e.desktop import (  # noqa: E402
    HuashuProcess, TargetWindow, VirtualDesktop, missing_tools, wait_for,
)

SHORTCUT = "zzbm"
BODY = "{称呼}您好，这是基准测试回复，感谢您的耐心等待。"
QUERIES = ["tk", "tuikuan", "wuliu", "fh", "fahuo", "yhq", "zzbm", "nh", "tshf", "refund",
           "photo", "order", "shouhou", "dd", "kuaidi", "qs", "jiage", "fp", "yajin", "delay"]


def summary(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))], 2)

    return {"n": len(values), "p50": pct(0.5), "p95": pct(0.95), "max": round(ordered[-1], 2),
            "mean": round(statistics.fmean(values), 2)}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


class Instance:
    """Fast status polling straight over the local socket (no CLI process per poll)."""

    def __init__(self, huashu: HuashuProcess) -> None:
        import os

        os.environ["HUASHU_HOME"] = str(huashu.home)
        from PySide6.QtCore import QCoreApplication

        self.app = QCoreApplication.instance() or QCoreApplication([])
        from assistant.ui.instance import send

        self._send, self.home = send, huashu.home

    def status(self) -> dict:
        return self._send(self.home, {"command": "status"}, timeout_ms=2000) or {}


def measure_start(desktop: VirtualDesktop, home: Path, runs: int) -> dict:
    ready, search_ready = [], []
    for _ in range(runs):
        huashu = HuashuProcess(desktop, home)
        instance = Instance(huashu)
        started = time.perf_counter()
        huashu.start()
        wait_for(lambda: (s := instance.status()) and s.get("hotkey"), 30, 0.002, "hotkey")
        ready.append((time.perf_counter() - started) * 1000)
        wait_for(lambda: instance.status().get("search_ready"), 30, 0.002, "search")
        search_ready.append((time.perf_counter() - started) * 1000)
        huashu.stop()
    return {"start_to_ready_ms": summary(ready), "start_to_search_ready_ms": summary(search_ready)}


def run_desktop(window_manager: str | None, args) -> dict:
    result: dict = {"window_manager": window_manager or "none"}
    with VirtualDesktop(window_manager) as desktop:
        from Xlib import X, display

        xconn = display.Display(desktop.display)
        target = TargetWindow(desktop)
        huashu = HuashuProcess(desktop)
        try:
            huashu.start()
            instance = Instance(huashu)
            wait_for(lambda: instance.status().get("search_ready"), 60, 0.01, "first start")
            time.sleep(3)
            result["idle_rss_after_first_start_mb"] = rss_mb(instance.status()["pid"])
            huashu.cli("quit")
            huashu.process.wait(10)
            huashu.cli("templates", "add", "--title", "基准测试回复", "--body", BODY,
                       "--shortcut", SHORTCUT)
            huashu.start()
            wait_for(lambda: instance.status().get("search_ready"), 60, 0.01, "second start")
            huashu.cli("quit")
            huashu.process.wait(10)
            result.update(measure_start(desktop, huashu.home, args.starts))

            huashu.start()
            wait_for(lambda: instance.status().get("search_ready"), 60, 0.01, "start")
            time.sleep(3)  # idle: the pinyin sets are built half a second after loading
            status = instance.status()
            pid = status["pid"]
            result["idle_rss_after_start_mb"] = rss_mb(pid)

            popup = xconn.create_resource_object("window", status["popup_window"])
            popup.change_attributes(event_mask=X.StructureNotifyMask)
            xconn.sync()

            def next_event(kind: int, timeout: float = 5.0) -> bool:
                deadline = time.perf_counter() + timeout
                while time.perf_counter() < deadline:
                    while xconn.pending_events():
                        if xconn.next_event().type == kind:
                            return True
                    time.sleep(0.0005)
                return False

            mapped = []
            target.focus()
            for _ in range(args.runs):
                while xconn.pending_events():
                    xconn.next_event()
                t0 = time.perf_counter()
                subprocess.run(["xdotool", "key", "--delay", "0", "ctrl+alt+space"],
                               env=desktop.env())
                if next_event(X.MapNotify):
                    mapped.append((time.perf_counter() - t0) * 1000)
                subprocess.run(["xdotool", "key", "Escape"], env=desktop.env())
                next_event(X.UnmapNotify)
                wait_for(lambda: desktop.focused_window() == target.window, 3, 0.002, "focus")
            result["xdotool_to_mapped_ms"] = summary(mapped)
            result["popup_missed"] = args.runs - len(mapped)

            expected = BODY.replace("{称呼}", "亲")
            enter, lost = [], 0
            restore = instance.status()
            for _ in range(args.paste_runs):
                target.clear()
                target.focus()
                subprocess.run(["xdotool", "key", "ctrl+alt+space"], env=desktop.env())
                wait_for(lambda: instance.status().get("popup_visible"), 5, 0.002, "popup")
                subprocess.run(["xdotool", "type", "--delay", "1", SHORTCUT], env=desktop.env())
                time.sleep(0.03)  # let the popup take in the query before Enter is timed
                t0 = time.monotonic()
                subprocess.run(["xdotool", "key", "Return"], env=desktop.env())
                try:
                    event = target.wait_text(expected, timeout=3)
                    enter.append((event["t"] - t0) * 1000)
                except TimeoutError:
                    lost += 1
                time.sleep(0.35)  # the clipboard restore (300 ms) finishes before the next run
            result["enter_to_text_ms"] = summary(enter)
            result["pastes_lost"] = lost
            del restore

            target.focus()
            for i in range(200):
                subprocess.run(["xdotool", "key", "ctrl+alt+space"], env=desktop.env())
                try:
                    wait_for(lambda: instance.status().get("popup_visible"), 5, 0.002,
                             f"popup for search {i}")
                except TimeoutError:
                    print(i, instance.status(), desktop.focused_window(), target.window,
                          (huashu.home / "e2e-stderr.log").read_text()[-6000:], file=sys.stderr)
                    raise
                keys = ["type", "--delay", "1", QUERIES[i % len(QUERIES)]]
                subprocess.run(["xdotool", *keys], env=desktop.env())
                if i % 2:
                    subprocess.run(["xdotool", "key", "Tab"], env=desktop.env())
                subprocess.run(["xdotool", "key", "Escape"], env=desktop.env())
                wait_for(lambda: not instance.status().get("popup_visible"), 5, 0.002, "close")
            time.sleep(3)  # idle
            final = instance.status()
            result["idle_rss_after_200_searches_mb"] = rss_mb(pid)
            result["hotkey_to_painted_ms"] = summary(final["timings"].get("hotkey_to_painted_ms",
                                                                          []))
            result["choice_to_keys_sent_ms"] = summary(final["timings"].get("choice_to_keys_ms",
                                                                            []))
        finally:
            huashu.stop()
            target.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--side-by-side", action="store_true",
                        help="Huashu and CopyQ in one run, idle and loaded")
    parser.add_argument("--modes", default="idle,loaded")
    parser.add_argument("--chromium-runs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--paste-runs", type=int, default=200)
    parser.add_argument("--starts", type=int, default=15)
    parser.add_argument("--window-managers", default="none,openbox")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.side_by_side:
        from tests.bench.side_by_side import run_side_by_side

        return run_side_by_side(args)
    results = []
    for name in args.window_managers.split(","):
        manager = None if name == "none" else name
        missing = missing_tools(manager)
        if missing:
            print(f"skipping {name}: missing {', '.join(missing)}", file=sys.stderr)
            continue
        results.append(run_desktop(manager, args))
        print(json.dumps(results[-1], ensure_ascii=False, indent=2), flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
