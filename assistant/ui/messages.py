"""Error messages in the interface language.

Expected failures (``HuashuError`` and the platform's errors) carry their text in every
interface language; anything else is a bug, which is logged with its details while the agent
is told plainly that something went wrong.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from assistant.core.errors import explained_os_error

log = logging.getLogger(__name__)

_language = "zh_CN"


def set_language(language: str) -> None:
    global _language
    _language = language


def language() -> str:
    return _language


def error_text(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        exc = explained_os_error(exc) or exc
    localized = getattr(exc, "text", None)
    if callable(localized):
        return localized(_language)
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate("Messages", "出现了意外错误，详情已写入日志。")


def ask_to_save(parent, title: str):
    """Ask whether to save the unsaved changes to ``title``: Save, Discard or Cancel (the
    answer, a QMessageBox.StandardButton)."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    return QMessageBox.question(
        parent, QCoreApplication.translate("Messages", "未保存的修改"),
        QCoreApplication.translate("Messages", "“{title}”的修改还没有保存。").replace(
            "{title}", title),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
