"""The management windows opened from the tray menu, the popup's menu and `huashu open`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def create(name: str, huashu, worker, settings_hooks=None,
           paste_text: Callable[[str], None] | None = None) -> QWidget:
    """``paste_text`` pastes a knowledge-base passage into the chat window."""
    if name == "settings":
        from .settings_dialog import SettingsDialog

        return SettingsDialog(huashu.settings, settings_hooks)
    if name == "templates":
        from .pack_export import PackExportDialog
        from .templates_window import TemplatesWindow

        def export_pack() -> None:
            PackExportDialog(huashu, worker, window).exec()

        window = TemplatesWindow(huashu.templates, huashu.rendering, huashu.packs.names,
                                 export_pack, categories=huashu.categories,
                                 search=huashu.search, worker=worker)
        return window
    if name == "knowledge":
        from .knowledge_window import KnowledgeWindow

        return KnowledgeWindow(huashu, worker, paste_text)
    if name == "stats":
        from .stats_window import StatsWindow

        return StatsWindow(huashu, worker)
    raise ValueError(name)
