"""The one place that builds the concrete backends and wires the services together."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant.locations import data_dir, database_path
from assistant.platform.base import Desktop, PlatformError
from assistant.services.knowledge import KnowledgeService
from assistant.services.rendering import RenderService
from assistant.services.search import SearchService
from assistant.services.settings import SettingsService
from assistant.services.starter import install_starter_content
from assistant.services.templates import TemplateService
from assistant.store.database import Database, open_database

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

    def close(self) -> None:
        self.search.close()
        self.db.close()


def open_app(home: Path | None = None) -> Huashu:
    """Open the data directory (HUASHU_HOME or the platform default), migrating as needed."""
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


def build_desktop() -> Desktop:
    """The real desktop backends for this system (needs a running QApplication)."""
    from assistant.platform.hotkey import PynputHotkeys
    from assistant.platform.qt_clipboard import QtClipboard
    from assistant.platform.unsupported import NoKeys, NoWindows

    name = sys.platform
    try:
        if sys.platform == "win32":
            from assistant.platform.windows import WindowsKeys, WindowsWindows

            windows, keys = WindowsWindows(), WindowsKeys()
        elif sys.platform == "darwin":
            from assistant.platform.macos import MacKeys, MacWindows

            windows, keys = MacWindows(), MacKeys()
        elif os.environ.get("DISPLAY"):
            from assistant.platform.x11 import x11_backends

            windows, keys = x11_backends()
            name = "x11"
        else:
            raise PlatformError("no X11 display (on Wayland, replies are copied for you to paste)")
    except PlatformError as exc:
        log.warning("pasting into other windows is not available: %s", exc)
        windows, keys, name = NoWindows(), NoKeys(), "copy-only"
    return Desktop(windows, keys, QtClipboard(), PynputHotkeys(), name=name)
