"""What the running app takes on without a restart: another interface language, and a backup
restored in place of the data. Part of TrayApp, kept apart for size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QTranslator

from .data_section import restored_text
from .messages import error_text, language
from .translations import install_translations
from .worker import LatestOnly

if TYPE_CHECKING:
    from .settings_dialog import SettingsHooks


class LiveChanges:
    """Mixed into TrayApp: uses its huashu, popup, tray, workers and windows."""

    def settings_hooks(self) -> SettingsHooks:
        from assistant.services.backup import Backups

        from .settings_dialog import SettingsHooks

        return SettingsHooks(try_hotkey=self.try_hotkey, start_at_login=self.login,
                             backups=Backups(self.home), restore=self.restore_backup,
                             language_live=True)

    # -- language ----------------------------------------------------------------------------

    def set_language(self, new: str) -> None:
        """Install the translators for ``new`` and make every window again in it."""
        for translator in self.qapp.findChildren(QTranslator):
            self.qapp.removeTranslator(translator)
            translator.deleteLater()
        install_translations(self.qapp, new)
        self.qapp.setApplicationDisplayName(self.qapp.translate("TrayApp", "话术助手"))
        self.tray.retranslate()
        self._replace_popup()
        self._update_tooltip()
        QTimer.singleShot(0, self._recreate_windows)

    def _replace_popup(self) -> None:
        old = self.popup
        customer = old.customer()
        old.hide()
        self.popup = self._make_popup()
        if customer.name:
            self.popup.set_customer(customer.name, customer.gender)
        if self.search_ready:
            self.popup.attach(self.huashu.search, self.huashu.rendering,
                              LatestOnly(self.kb_worker))
        self._warm_popup()
        old.deleteLater()

    def _recreate_windows(self) -> None:
        """Windows are made with the services and the language of their time: make them
        again, showing the ones that were open. Unsaved edits in them are dropped."""
        shown = [name for name, window in self._windows.items() if window.isVisible()]
        for window in self._windows.values():
            window.hide()
            window.deleteLater()
        self._windows.clear()
        for name in shown:
            self.open_window(name)

    # -- restoring a backup ------------------------------------------------------------------

    def restore_backup(self, source: Path, done: Callable[[object], None]) -> None:
        """Put the backup ``source`` in place of the data while running: on the data worker,
        wait for searches in progress, close the database and the index, swap the file,
        open it again (migrating it) and rebuild the index; then the popup and the open
        windows show the restored content. ``done`` gets the safety copy (or the error)."""
        huashu, closed = self.huashu, []
        self.popup.hide()
        self.search_ready = False

        def close() -> None:
            idle = self.kb_worker.submit(lambda: None)
            if idle is not None:
                idle.result()
            huashu.close()
            closed.append(True)

        def finished(result: tuple) -> None:
            reopened, safety = result
            self._use_backend(reopened)
            self.tray.notify(self.qapp.translate("TrayApp", "已从备份恢复"), restored_text(safety))
            done(safety)

        def failed(exc: BaseException) -> None:
            from assistant.services.backup import RestoreFailed

            if isinstance(exc, RestoreFailed):
                self._use_backend(exc.reopened)
            elif closed:
                self.huashu = None
                self._load_failed(error_text(exc))
            else:
                self.search_ready = True
            done(exc)

        from assistant.services.backup import Backups

        self.worker.submit(lambda: Backups(self.home).restore(source, close, self._reopen),
                           finished, failed)

    def _reopen(self):
        from assistant.app import open_app

        huashu = open_app(self.home)
        try:
            huashu.search.rebuild()
            huashu.search.ensure_ready()
        except BaseException:
            huashu.close()
            raise
        return huashu

    def _use_backend(self, huashu) -> None:
        self.huashu = huashu
        self._settings = huashu.settings.current()
        huashu.settings.on_change(self._settings_changed)
        self._register_hotkey()
        self.search_ready = True
        if self._settings.language != language():
            self.set_language(self._settings.language)
        else:
            self.popup.attach(huashu.search, huashu.rendering, LatestOnly(self.kb_worker))
            QTimer.singleShot(0, self._recreate_windows)
