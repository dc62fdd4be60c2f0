"""`huashu self-test`: does this installation work? Every part the app loads at run time is
exercised once, in a temporary data directory, so a packaged build that left something out
(a data file, a hidden import, a Qt plugin) fails here instead of on an agent's desk."""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

Step = tuple[str, Callable[[], str]]


def _steps(home: Path, state: dict) -> list[Step]:
    def database() -> str:
        from assistant.locations import database_path
        from assistant.store.database import SCHEMA_HEAD, open_database

        db = open_database(database_path(home))
        revision = db.revision()
        db.close()
        if revision != SCHEMA_HEAD:
            raise RuntimeError(f"schema {revision}, expected {SCHEMA_HEAD}")
        return f"schema {revision}"

    def starter() -> str:
        from assistant.app import open_app

        state["app"] = app = open_app(home)
        count = len(app.templates.list())
        if count < 100:
            raise RuntimeError(f"only {count} starter templates")
        return f"{count} templates, {len(app.knowledge.list())} articles"

    def search() -> str:
        app = state["app"]
        outcome = app.search.ensure_ready()
        found = [
            ("退款", app.search.search("退款")),
            ("tkyf (pinyin)", app.search.search("tkyf")),
            ("隱私 (traditional)", app.search.search("隱私", "kb")),
            ("七天无理由 (kb)", app.search.search("七天无理由", "kb")),
        ]
        empty = [query for query, hits in found if not hits]
        if empty:
            raise RuntimeError("no results for " + ", ".join(empty))
        return f"index {outcome}; " + ", ".join(f"{q}: {len(h)}" for q, h in found)

    def rendering() -> str:
        from assistant.core.salutation import Gender
        from assistant.services.rendering import Customer

        text = state["app"].rendering.render("{称呼}您好", Customer("王小明", Gender.MALE)).text
        if text != "王先生您好":
            raise RuntimeError(f"rendered {text!r}")
        return text

    def packs() -> str:
        from assistant.services.packs import signing
        from assistant.services.packs.archive import read_pack

        app = state["app"]
        app.templates.add(title="自检模板", body="{称呼}您好，这是自检。", category="自检")
        public = signing.generate_key(home / "self-test.key")
        built = app.packs.build(home / "self-test.huashu", pack_id="self-test", name="自检",
                                version=1, categories=["自检"], key_file=home / "self-test.key")
        pack = read_pack(built.path)
        if not signing.verify(pack.manifest_json, pack.signature,
                              signing.parse_public_key(public)):
            raise RuntimeError("signature does not verify")
        return f"signed pack of {built.templates} templates read back"

    def interface() -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from assistant.locations import resources_dir
        from assistant.ui.popup import QuickReplyPopup
        from assistant.ui.translations import install_translations

        qapp = QApplication.instance() or QApplication(["huashu"])
        installed = install_translations(qapp, "zh_CN")
        popup = QuickReplyPopup()
        popup.attach(state["app"].search, state["app"].rendering, None)
        popup.query.setText("退款")
        rows = popup.model.rowCount()
        popup.deleteLater()
        if not rows:
            raise RuntimeError("the popup found nothing")
        if not (resources_dir() / "translations" / "huashu_en.qm").is_file():
            raise RuntimeError("the English translation is missing")
        return (f"popup on Qt {qapp.platformName()}: {rows} rows; "
                f"{len(installed)} Qt translation(s)")

    def desktop() -> str:
        """The backends are present (importing pynput's for real needs a display: its dummy
        backend lets the package load here so that the real ones can be looked up). Windows and
        macOS use ctypes backends; pynput's hotkey is their fallback on a copy-only desktop."""
        names = {"linux": ["pynput.keyboard._xorg", "pynput.mouse._xorg", "Xlib.ext.xtest"],
                 "win32": ["assistant.platform.windows", "assistant.platform.windows_hotkey",
                           "pynput.keyboard._win32"],
                 "darwin": ["assistant.platform.macos", "assistant.platform.mac_hotkey",
                            "assistant.platform.quartz", "AppKit", "pynput.keyboard._darwin"]}
        wanted = names.get("linux" if sys.platform.startswith("linux") else sys.platform, [])
        previous = os.environ.get("PYNPUT_BACKEND")
        os.environ["PYNPUT_BACKEND"] = "dummy"
        try:
            missing = [name for name in wanted if importlib.util.find_spec(name) is None]
        finally:
            if previous is None:
                os.environ.pop("PYNPUT_BACKEND", None)
            else:
                os.environ["PYNPUT_BACKEND"] = previous
        if missing:
            raise RuntimeError("missing " + ", ".join(missing))
        return ", ".join(wanted) or "no backend checks for " + sys.platform

    return [("database and migrations", database), ("starter content", starter),
            ("search index (Chinese, pinyin, 繁體)", search), ("rendering", rendering),
            ("team packs", packs), ("interface", interface), ("desktop backends", desktop)]


def run(out=print) -> int:
    """Run every step; print one line each; 0 only if every step worked."""
    from assistant import __version__

    frozen = " (packaged)" if getattr(sys, "frozen", False) else ""
    out(f"Huashu {__version__}{frozen} self-test, Python {sys.version.split()[0]}")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="huashu-self-test-") as tmp:
        home = Path(tmp)
        previous = os.environ.get("HUASHU_HOME")
        os.environ["HUASHU_HOME"] = str(home)
        state: dict = {}
        try:
            for name, step in _steps(home, state):
                started = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:  # noqa: BLE001 (reported, and the test fails)
                    failures += 1
                    out(f"FAIL {name}: {type(exc).__name__}: {exc}")
                    continue
                out(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms): {detail}")
        finally:
            if "app" in state:
                state["app"].close()
            if previous is None:
                os.environ.pop("HUASHU_HOME", None)
            else:
                os.environ["HUASHU_HOME"] = previous
    out("all steps passed" if not failures else f"{failures} step(s) failed")
    return 0 if not failures else 1
