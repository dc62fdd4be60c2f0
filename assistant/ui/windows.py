"""The management windows opened from the tray menu."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def create(name: str, huashu, worker) -> QWidget:
    if name == "settings":
        from .settings_dialog import SettingsDialog

        return SettingsDialog(huashu.settings)
    if name == "templates":
        from .templates_window import TemplatesWindow

        return TemplatesWindow(huashu.templates, huashu.rendering)
    if name == "knowledge":
        from .knowledge_window import KnowledgeWindow

        return KnowledgeWindow(huashu, worker)
    raise ValueError(name)
