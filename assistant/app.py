"""The one place that builds the concrete backends and wires the services together."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.errors import HuashuError
from assistant.locations import data_dir, database_path
from assistant.platform.base import Desktop, PlatformError

if TYPE_CHECKING:  # imported where used: the tray app reaches its hotkey before loading them
    from assistant.services.knowledge import KnowledgeService
    from assistant.services.rendering import RenderService
    from assistant.services.search import SearchService
    from assistant.services.settings import SettingsService
    from assistant.services.start_at_login import StartAtLogin
    from assistant.services.templates import TemplateService
    from assistant.store.database import Database

log = logging.getLogger(__name__)


@dataclass
class Huashu:
    """The wired application: every use case, sharing one database."""

    home: Path
    db: Database
    templates: TemplateService
    knowledge: KnowledgeService
    settings: SettingsService
    rendering: RenderService
    search: SearchService

    @cached_property
    def packs(self):
        """Team packs (loaded on first use: the tray app syncs them in a child process, and
        their networking and crypto libraries need not live in it)."""
        from assistant.services.packs.subscriptions import PackService

        packs = PackService(self.db)
        packs.on_change(self.search.content_changed)
        return packs

    @cached_property
    def statistics(self):
        """Usage statistics (loaded on first use, by the statistics window or `huashu stats`)."""
        from assistant.services.statistics import StatisticsService

        return StatisticsService(self.db)

    @cached_property
    def categories(self):
        """The category tree that templates and articles share."""
        from assistant.services.categories import CategoryService

        return CategoryService(self.db, self.templates, self.knowledge)

    def close(self) -> None:
        self.search.close()
        self.db.close()


def open_app(home: Path | None = None) -> Huashu:
    """Open the data directory (HUASHU_HOME or the platform default), migrating as needed."""
    from assistant.services.knowledge import KnowledgeService
    from assistant.services.rendering import RenderService
    from assistant.services.search import SearchService
    from assistant.services.settings import SettingsService
    from assistant.services.starter import install_starter_content
    from assistant.services.templates import TemplateService
    from assistant.store.database import open_database

    home = home or data_dir()
    db = open_database(database_path(home))
    install_starter_content(db)
    settings = SettingsService(db)
    templates = TemplateService(db)
    knowledge = KnowledgeService(db)
    search = SearchService(db, home / "index")
    templates.on_change(search.templates_changed)
    templates.on_use(search.template_used)
    knowledge.on_change(search.articles_changed)
    return Huashu(
        home=home,
        db=db,
        templates=templates,
        knowledge=knowledge,
        settings=settings,
        rendering=RenderService(settings),
        search=search,
    )


def needs_preparation(home: Path) -> bool:
    """Whether opening ``home`` would do one-time heavy work: create or migrate the database,
    install the starter content, or build or catch up the search index. Read without opening
    anything for writing; a damaged directory is left for opening to report."""
    from assistant.search.fields import SCHEMA_VERSION
    from assistant.search.index import SearchIndex
    from assistant.services.starter import MARKER
    from assistant.store.database import SCHEMA_HEAD, read_schema_state
    from assistant.store.peek import peek_setting
    from assistant.store.settings import GENERATION_KEY

    path = database_path(home)
    try:
        state = read_schema_state(path)
    except HuashuError:
        return False
    if state.revision != SCHEMA_HEAD or peek_setting(path, MARKER) is None:
        return True
    meta = SearchIndex(home / "index").read_meta()
    return (meta.get("schema") != SCHEMA_VERSION
            or meta.get("generation") != peek_setting(path, GENERATION_KEY, 0))


def own_command() -> list[str]:
    """How to run this Huashu's command line (a frozen build is its own executable)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "assistant"]


def start_at_login() -> StartAtLogin:
    """Start at login for this installation: the system's own mechanism, running
    ``<this Huashu> start``."""
    from assistant.platform.autostart import autostart_for
    from assistant.services.start_at_login import StartAtLogin

    return StartAtLogin(autostart_for(), [*own_command(), "start"])


def open_resident_app(home: Path) -> Huashu:
    """``open_app`` for the long-running tray app. One-time heavy work (migrations, starter
    content, building the index with pinyin readings) first runs in a `huashu prepare` child
    process: memory it needs goes away with the child, where in this process it would stay
    behind as fragmentation (a first start measured 148 MB idle against 111 MB). If the child
    fails, opening here does the work and reports any problem itself."""
    if needs_preparation(home):
        env = dict(os.environ, HUASHU_HOME=str(home))
        try:
            done = subprocess.run([*own_command(), "prepare"], env=env, capture_output=True,
                                  text=True, encoding="utf-8", errors="replace")
            if done.returncode != 0:
                log.warning("preparing %s in a child process failed: %s", home,
                            done.stderr.strip()[-500:])
        except OSError as exc:
            log.warning("cannot run huashu prepare: %s", exc)
    return open_app(home)


class PackCheckChild:
    """`huashu sync --json` in a child process: the tray app checks team packs without
    loading networking, crypto and JSON Schema libraries into itself, and a hung server cannot
    hang it. :meth:`stop` (at quit) ends a check in progress, so quitting never waits for a
    slow server."""

    def __init__(self, home: Path, timeout: float = 600) -> None:
        self.home = home
        self.timeout = timeout
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._stopped = False

    def run(self, language: str) -> list[dict]:
        """The outcomes (see SyncOutcome.as_dict); [] when there was nothing to say."""
        import json

        env = dict(os.environ, HUASHU_HOME=str(self.home))
        with self._lock:
            if self._stopped:
                return []
            try:
                process = subprocess.Popen(
                    [*own_command(), "sync", "--json", "--language", language], env=env,
                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                    text=True, encoding="utf-8", errors="replace")
            except OSError as exc:
                log.warning("checking team packs failed: %s", exc)
                return []
            self._process = process
        try:
            stdout, _ = process.communicate(timeout=self.timeout)
            outcomes = json.loads(stdout or "[]")
        except (subprocess.TimeoutExpired, ValueError) as exc:
            log.warning("checking team packs failed: %s", exc)
            process.kill()
            process.communicate()
            return []
        finally:
            with self._lock:
                self._process = None
        return outcomes if isinstance(outcomes, list) else []

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._process is not None and self._process.poll() is None:
                self._process.terminate()


def build_desktop() -> Desktop:
    """The real desktop backends for this system (needs a running QApplication): Win32 on
    Windows (RegisterHotKey, SendInput), Carbon and Quartz on macOS, XTEST and pynput on X11;
    where other windows cannot be driven, a copy-only desktop with pynput's hotkey."""
    from assistant.platform.hotkey import PynputHotkeys
    from assistant.platform.qt_clipboard import QtClipboard
    from assistant.platform.unsupported import NoKeys, NoWindows

    clipboard = QtClipboard()
    try:
        if sys.platform == "win32":
            from assistant.platform.windows import windows_backends

            windows, keys, hotkeys = windows_backends()
            return Desktop(windows, keys, clipboard, hotkeys, name="win32")
        if sys.platform == "darwin":
            from assistant.platform.macos import mac_backends

            windows, keys, hotkeys, notices = mac_backends()
            return Desktop(windows, keys, clipboard, hotkeys, name="darwin", notices=notices)
        if os.environ.get("DISPLAY"):
            from assistant.platform.x11 import x11_backends

            windows, keys = x11_backends()
            # Under XWayland a grab holds only the X programs' keys: not the chat window's.
            return Desktop(windows, keys, clipboard, PynputHotkeys(), name="x11",
                           popup_keeps_focus=not os.environ.get("WAYLAND_DISPLAY"))
        raise PlatformError("no_x11_display")
    except PlatformError as exc:
        log.warning("pasting into other windows is not available: %s", exc)
        return Desktop(NoWindows(), NoKeys(), clipboard, PynputHotkeys(), name="copy-only")
