"""The interface language: Huashu's own strings are Chinese in the source with an English
translation; Qt's own buttons and dialogs (OK/Cancel, file dialogs, shortcut editors) come
from Qt's qtbase translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistant.locations import resources_dir

from . import messages

log = logging.getLogger(__name__)

_QT_LOCALES = {"zh_CN": "zh_CN", "en": "en"}


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("zh_CN" or "en"); returns them (keep them
    alive as long as the app)."""
    installed = []
    messages.set_language(language)
    QLocale.setDefault(QLocale(_QT_LOCALES.get(language, "zh_CN")))
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{_QT_LOCALES.get(language, 'zh_CN')}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    elif language != "en":
        log.warning("Qt's %s translation is missing; its own dialogs stay in English", language)
    own = QTranslator(app)
    if own.load(f"huashu_{language}", str(resources_dir() / "translations")):
        app.installTranslator(own)
        installed.append(own)
    else:
        log.warning("no %s translation found; the interface shows its source text (Chinese)",
                    language)
    return installed
