"""Huashu beside CopyQ in one run (``popup_bench.py --side-by-side``), idle and loaded.

On one Xvfb + openbox desktop with the stand-in chat window (Qt), a Chromium page with a
textarea, a Huashu and a CopyQ server, each round takes one sample of every measure in turn,
so both programs see the same load. Milliseconds, this process's clock unless said:

- cli_show_to_mapped: spawning `huashu toggle` / `copyq show` to the window's MapNotify (read
  while the command runs: both clients exit only after their server has answered)
- cli_round_trip: spawning `huashu status` / `copyq count` to its exit
- hotkey_to_mapped: spawning `xdotool key --delay 0` with the global hotkey (Huashu's
  ctrl+alt+space, CopyQ's ctrl+alt+v set as a global-shortcut command) to the MapNotify
- hotkey_to_painted (Huashu's own clock: the hotkey thread's callback to the first paint)
- enter_to_text_qt: spawning `xdotool key Return` in the popup to the Qt field's textChanged
- enter_to_text_chromium: the same to the textarea's `input` event (performance.timeOrigin +
  now(), against this process's wall clock); a paste that never arrives is counted as lost
- ctrl_v_to_text_chromium: Chromium's own share, without Huashu: `xdotool key ctrl+v` into
  the focused textarea, xclip owning the clipboard, to the same `input` event
- the same three ending in `_key`: timed from the key event itself, sent with XTest from the
  bench's own X connection, so without xdotool's start-up (an agent's key press has none).
  Pastes alternate between the two ways, so each gets half the runs under the same load.
- switch_ctrl_v_to_text_chromium_key: the floor under enter_to_text_chromium_key, which
  carries a change of focus: with the stand-in chat window focused and xclip owning the
  clipboard, the bench's own connection gives Chromium the focus and presses ctrl+v at once
  (as Huashu does after a choice), to the `input` event
- xdotool_start: spawning `xdotool getmouselocation` to its exit, what the `xdotool` figures
  carry on top of the key event
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.peers import COPYQ_SHORTCUT, Chromium, CopyQ, Load, MapWatch, missing_peers
from tests.bench.popup_bench import BODY, SHORTCUT, Instance, summary
from tests.e2e.desktop import (
    HuashuProcess,
    TargetWindow,
    VirtualDesktop,
    huashu_command,
    missing_tools,
    wait_for,
)

PAIRS = (("cli_show_to_mapped", "huashu toggle", "copyq show"),
         ("cli_round_trip", "huashu status", "copyq count"),
         ("hotkey_to_mapped", "hotkey", "global shortcut"),
         ("hotkey_to_painted", "app's clock", None),
         ("enter_to_text_qt", "Qt field", None),
         ("enter_to_text_chromium", "Chromium textarea", None),
         ("ctrl_v_to_text_chromium", "Chromium alone: no Huashu, xclip's clipboard", None),
         ("enter_to_text_qt_key", "Qt field, from the key event", None),
         ("enter_to_text_chromium_key", "Chromium textarea, from the key event", None),
         ("ctrl_v_to_text_chromium_key", "Chromium alone, from the key event", None),
         ("switch_ctrl_v_to_text_chromium_key",
          "Chromium alone, focus switched to it with the key", None),
         ("xdotool_start", "xdotool's start-up", None))
HOTKEY = "ctrl+alt+space"
EXPECTED = BODY.replace("{称呼}", "亲")


class KeyEvents:
    """Key presses sent with XTEST from the bench's own X connection. The time taken is when
    the request leaves: no process start-up in it, as in an agent's key press."""

    def __init__(self, desktop: VirtualDesktop) -> None:
        from Xlib import X, XK, display
        from Xlib.ext import xtest

        self.X, self.xtest = X, xtest
        self.display = display.Display(desktop.display)
        self.code = lambda name: self.display.keysym_to_keycode(XK.string_to_keysym(name))

    def press(self, *names: str, focus: int | None = None) -> tuple[float, float]:
        """Press ``names`` together and release them, after giving ``focus`` (a window id)
        the input focus in the same batch of requests; (monotonic, wall-clock) time sent."""
        codes = [self.code(name) for name in names]
        at = time.monotonic(), time.time()
        if focus is not None:
            self.display.set_input_focus(focus, self.X.RevertToParent, self.X.CurrentTime)
        for code in codes:
            self.xtest.fake_input(self.display, self.X.KeyPress, code)
        for code in reversed(codes):
            self.xtest.fake_input(self.display, self.X.KeyRelease, code)
        self.display.flush()
        return at


class Bench:
    def __init__(self, desktop: VirtualDesktop, args) -> None:
        self.desktop, self.args = desktop, args
        compile_like_an_install()
        self.keys = KeyEvents(desktop)
        self.watch = MapWatch(desktop)
        self.target = TargetWindow(desktop)
        self.chromium = Chromium(desktop, self.watch)
        self.huashu = HuashuProcess(desktop)
        self.huashu.start()
        self.instance = Instance(self.huashu)
        wait_for(lambda: self.instance.status().get("search_ready"), 60, 0.01, "first start")
        self.huashu.cli("templates", "add", "--title", "基准测试回复", "--body", BODY,
                        "--shortcut", SHORTCUT)
        time.sleep(3)
        self.popup = self.instance.status()["popup_window"]
        self.watch.watch(self.popup)
        self.copyq = CopyQ(desktop)
        self.watch.watch(self.copyq.window)

    def close(self) -> None:
        for part in (self.copyq, self.huashu, self.chromium, self.target):
            try:
                part.close() if part is not self.huashu else part.stop()
            except Exception as exc:  # noqa: BLE001 - tear down the rest regardless
                print("closing:", exc, file=sys.stderr)

    def key(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "0", *keys], env=self.desktop.env())

    def timed_map(self, window: int, command: list[str], env: dict[str, str]) -> float | None:
        """From spawning ``command`` to the window's MapNotify, read while the command runs:
        waiting for it to exit first would time the later of the two (a client that waits for
        its server's answer exits after the window is up)."""
        self.watch.drain()
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        mapped = self.watch.wait(self.watch.X.MapNotify, window)
        process.wait(10)
        return None if mapped is None else (mapped - started) * 1000

    def popup_has_keys(self) -> bool:
        """The popup's keyboard grab, or the focus (where it cannot grab)."""
        keys = self.instance.status().get("popup_keys", "focus")  # older builds: the focus
        return keys == "grab" or (keys == "focus"
                                  and self.desktop.focused_window() == self.popup)

    def popup_visible(self) -> bool:
        return bool(self.instance.status().get("popup_visible"))

    def hide_popup(self) -> None:
        # The map is timed, not the grab or focus that follows: an Escape sent before the
        # popup has the keys would go to the chat window.
        try:
            wait_for(self.popup_has_keys, 2, 0.002)
        except TimeoutError:
            print("the popup did not get the focus", file=sys.stderr)
        self.key("Escape")
        self.watch.wait(self.watch.X.UnmapNotify, self.popup, 2)
        if self.popup_visible():
            print("the popup stayed after Escape", file=sys.stderr)
            self.huashu_cli("toggle")
            wait_for(lambda: not self.popup_visible(), 5, 0.005, "the popup to close")

    def hide_copyq(self) -> None:
        self.copyq.hide()
        self.watch.wait(self.watch.X.UnmapNotify, self.copyq.window)

    def huashu_cli(self, *args: str) -> None:
        subprocess.run([*huashu_command(), *args], env=self.huashu.env,
                       stdout=subprocess.DEVNULL)

    def round(self, samples: dict[str, dict[str, list]]) -> None:
        """One sample of each map and round-trip measure, Huashu and CopyQ in turn."""
        huashu, copyq = samples["huashu"], samples["copyq"]
        xdotool, desktop = ["xdotool", "key", "--delay", "0"], self.desktop.env()
        self.target.focus()
        add(huashu, "hotkey_to_mapped", self.timed_map(self.popup, [*xdotool, HOTKEY], desktop))
        self.hide_popup()
        self.target.focus()
        add(copyq, "hotkey_to_mapped",
            self.timed_map(self.copyq.window, [*xdotool, COPYQ_SHORTCUT], desktop))
        self.hide_copyq()
        self.target.focus()
        add(huashu, "cli_show_to_mapped",
            self.timed_map(self.popup, [*huashu_command(), "toggle"], self.huashu.env))
        self.hide_popup()
        self.target.focus()
        add(copyq, "cli_show_to_mapped",
            self.timed_map(self.copyq.window, self.copyq.command("show"), self.copyq.env))
        self.hide_copyq()
        started = time.perf_counter()
        self.huashu_cli("status")
        add(huashu, "cli_round_trip", (time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        self.copyq.run("count")
        add(copyq, "cli_round_trip", (time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        subprocess.run(["xdotool", "getmouselocation"], env=desktop, stdout=subprocess.DEVNULL)
        add(huashu, "xdotool_start", (time.perf_counter() - started) * 1000)

    def press(self, by_key: bool, *keys: str) -> tuple[float, float]:
        """Press ``keys`` with an XTEST event of our own (``by_key``) or by spawning xdotool;
        (monotonic, wall-clock) time of the press, or of the spawn."""
        if by_key:
            return self.keys.press(*keys)
        at = time.monotonic(), time.time()
        subprocess.run(["xdotool", "key", "+".join(keys)], env=self.desktop.env())
        return at

    def choose_in_popup(self, focus) -> None:
        for attempt in range(3):
            focus()
            self.key(HOTKEY)
            try:
                wait_for(self.popup_visible, 2, 0.002, "popup")
                wait_for(self.popup_has_keys, 2, 0.002,
                         "the popup to have the keys")  # or the query goes to the target
                break
            except TimeoutError:
                print(f"no popup after the hotkey (attempt {attempt}); focus "
                      f"{self.desktop.focused_window()}", file=sys.stderr)
        subprocess.run(["xdotool", "type", "--delay", "1", SHORTCUT], env=self.desktop.env())
        time.sleep(0.1)  # let the popup take in the query before Enter is timed

    def paste_qt(self, samples: dict, by_key: bool) -> None:
        self.target.clear()
        self.choose_in_popup(self.target.focus)
        started, _ = self.press(by_key, "Return")
        name = "enter_to_text_qt" + ("_key" if by_key else "")
        try:
            event = self.target.wait_text(EXPECTED, timeout=3)
            add(samples, name, (event["t"] - started) * 1000)
        except TimeoutError:
            add(samples, name, None)
        time.sleep(0.35)  # the clipboard restore (300 ms) finishes before the next run

    def paste_chromium(self, samples: dict, by_key: bool) -> None:
        self.chromium.seen = self.chromium.last()[0]
        self.choose_in_popup(lambda: self.desktop.focus(self.chromium.window))
        _, started = self.press(by_key, "Return")
        got = self.chromium.wait_input()
        if got is not None and got[1] != EXPECTED:
            print(f"chromium got {got[1]!r}", file=sys.stderr)
        ok = got is not None and got[1] == EXPECTED
        add(samples, "enter_to_text_chromium" + ("_key" if by_key else ""),
            (got[0] - started) * 1000 if ok else None)
        time.sleep(0.35)

    def paste_chromium_alone(self, samples: dict, by_key: bool) -> None:
        """The floor under enter_to_text_chromium: ctrl+v into the focused textarea while
        xclip owns the clipboard, in the same run."""
        self.desktop.set_clipboard(EXPECTED)
        self.desktop.focus(self.chromium.window)  # returns once the textarea's window has it
        time.sleep(0.1)
        self.chromium.seen = self.chromium.last()[0]
        _, started = self.press(by_key, "Control_L", "v")
        got = self.chromium.wait_input()
        ok = got is not None and got[1] == EXPECTED
        add(samples, "ctrl_v_to_text_chromium" + ("_key" if by_key else ""),
            (got[0] - started) * 1000 if ok else None)

    def paste_chromium_switched(self, samples: dict) -> None:
        """The floor with the change of focus a Huashu paste makes: from the stand-in chat
        window to Chromium, and ctrl+v, in one batch from the bench's connection."""
        self.desktop.set_clipboard(EXPECTED)
        self.target.focus()
        time.sleep(0.1)
        self.chromium.seen = self.chromium.last()[0]
        _, started = self.keys.press("Control_L", "v", focus=self.chromium.window)
        got = self.chromium.wait_input()
        ok = got is not None and got[1] == EXPECTED
        add(samples, "switch_ctrl_v_to_text_chromium_key",
            (got[0] - started) * 1000 if ok else None)

    def mode(self, name: str) -> dict:
        samples: dict[str, dict[str, list]] = {"huashu": {}, "copyq": {}}
        before = {k: len(v) for k, v in self.instance.status()["timings"].items()}
        with Load(2 if name == "loaded" else 0):
            time.sleep(1 if name == "loaded" else 0)
            for _ in range(self.args.runs):
                self.round(samples)
            for run in range(self.args.paste_runs):
                self.paste_qt(samples["huashu"], by_key=run % 2 == 1)
            for run in range(self.args.chromium_runs):
                self.paste_chromium(samples["huashu"], by_key=run % 2 == 1)
                self.paste_chromium_alone(samples["huashu"], by_key=run % 2 == 1)
                if run % 2 == 1:
                    self.paste_chromium_switched(samples["huashu"])
        timings = self.instance.status()["timings"]
        samples["huashu"]["hotkey_to_painted"] = timings.pop("hotkey_to_painted_ms", [])[
            before.get("hotkey_to_painted_ms", 0):]
        samples["app_clock"] = {name: values[before.get(name, 0):]
                                for name, values in timings.items()}
        return samples


def compile_like_an_install() -> None:
    """Byte-compile the source tree as pip does when it installs a wheel: a tree used in place
    (an editable install, PYTHONDONTWRITEBYTECODE) would otherwise make every `huashu toggle`
    compile its modules again."""
    import assistant

    compileall.compile_dir(Path(assistant.__file__).parent, quiet=1)


def add(samples: dict[str, list], name: str, value: float | None) -> None:
    samples.setdefault(name, []).append(value)


def summarized(values: list) -> dict:
    result = summary([v for v in values if v is not None])
    result["missed"] = sum(v is None for v in values)
    return result


def table(mode: str, result: dict) -> str:
    header = ("| measure | Huashu p50 / p95 / max | CopyQ p50 / p95 / max "
              "| Huashu/CopyQ p50, p95 | missed (H/C) |")
    lines = [f"## {mode}", header, "|---|---|---|---|---|"]
    for name, huashu_label, copyq_label in PAIRS:
        h = result["huashu"].get(name, {"n": 0})
        c = result["copyq"].get(name, {"n": 0}) if copyq_label else {"n": 0}
        cell = (lambda s: f"{s['p50']:.1f} / {s['p95']:.1f} / {s['max']:.1f}" if s.get("n")
                else "—")
        ratio = (f"{h['p50'] / c['p50']:.2f}, {h['p95'] / c['p95']:.2f}"
                 if h.get("n") and c.get("n") else "—")
        label = f"{name} ({huashu_label}" + (f" / {copyq_label})" if copyq_label else ")")
        lines.append(f"| {label} | {cell(h)} | {cell(c)} | {ratio} | "
                     f"{h.get('missed', 0)}/{c.get('missed', 0) if copyq_label else '—'} |")
    return "\n".join(lines)


def run_side_by_side(args) -> int:
    missing = missing_tools("openbox") + missing_peers()
    if missing:
        print(f"missing: {', '.join(missing)} (apt-get install copyq chromium openbox ...)",
              file=sys.stderr)
        return 1
    results: dict = {"load_before": os.getloadavg(), "runs": args.runs,
                     "paste_runs": args.paste_runs, "chromium_runs": args.chromium_runs}
    with VirtualDesktop("openbox") as desktop:
        bench = Bench(desktop, args)
        try:
            results["copyq_shortcut_set"] = bench.copyq.has_shortcut()
            for mode in args.modes.split(","):
                samples = bench.mode(mode)
                results[mode] = {who: {name: summarized(values) for name, values in s.items()}
                                 for who, s in samples.items()}
                print(table(mode, results[mode]), flush=True)
                for name, stats in results[mode]["app_clock"].items():
                    print(f"  app's clock {name}: {stats}", flush=True)
        finally:
            bench.close()
    results["load_after"] = os.getloadavg()
    if args.out:
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    return 0
