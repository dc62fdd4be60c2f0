"""The running app: tray, hotkey, popup and paste wired together on the Qt main thread.

Start-up is split so that the tray, the popup and the hotkey are up long before the search
index is: the database opens on the worker thread, then the hotkey is registered with the
stored setting, then the index and template matcher load, and only then do results appear.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from assistant.core.salutation import Gender
from assistant.core.settings import Settings
from assistant.locations import database_path
from assistant.platform.base import Desktop, PlatformError, WindowRef
from assistant.services.paste import Delivery, PasteService
from assistant.services.start_at_login import StartAtLogin
from assistant.services.startup import startup_settings

from .content_watch import ContentWatcher
from .instance import InstanceServer
from .live_changes import LiveChanges
from .messages import error_text, language
from .pack_sync import PackSync
from .pauses import settle_heap, watch_collections
from .popup import MODE_COPY, MODE_PASTE, MODE_SEND, QuickReplyPopup
from .screens import place_on_mouse_screen
from .toast import Toast
from .tray import Tray
from .worker import LatestOnly, QtScheduler, Worker

WINDOWS = ("templates", "knowledge", "settings", "stats")
NO_TRAY_NOTICE = "_no_tray_notice_shown"
SETTLE_HEAP_MS = 3000
"""After the search has loaded (and the pinyin tables, built half a second later), the heap
is settled once while the app is idle (see pauses.settle_heap)."""

log = logging.getLogger(__name__)


class Timings:
    """Recent latencies in milliseconds, for `huashu status` and the benchmark. No content."""

    def __init__(self, size: int = 1000) -> None:
        self.series: dict[str, deque[float]] = {}
        self._size = size

    def add(self, name: str, milliseconds: float) -> None:
        self.series.setdefault(name, deque(maxlen=self._size)).append(round(milliseconds, 3))

    def as_dict(self) -> dict[str, list[float]]:
        return {name: list(values) for name, values in self.series.items()}


class TrayApp(QObject, LiveChanges):
    hotkey_pressed = Signal(float)  # from the hotkey's thread, with perf_counter() at the press
    backend_opened = Signal(object)
    search_loaded = Signal()
    RETRY_SECONDS = 5
    """After a failed start, the next try comes this much later (times the tries, up to a
    minute)."""
    load_failed = Signal(str)

    def __init__(self, qapp: QApplication, home: Path, desktop: Desktop,
                 open_backend: Callable[[], object], started_at: float,
                 login: StartAtLogin | None = None) -> None:
        super().__init__()
        self.login = login
        self.qapp = qapp
        self.home = home
        self.desktop = desktop
        self.started_at = started_at
        self.timings = Timings()
        self.huashu = None
        self.search_ready = False
        self.hotkey: str | None = None
        self.hotkey_error: str | None = None
        self.paused = False
        self._open_backend = open_backend
        self._settings = Settings()
        self._hotkey_at: float | None = None
        self._windows: dict[str, QObject] = {}
        self._pending_window: str | None = None
        self._stop_watching_gc: Callable[[], None] = lambda: None

        self.worker = Worker("data", self)
        self.kb_worker = Worker("kb", self)
        self.sync_worker = Worker("packs", self)
        self._pack_check = None
        self._load_retries = 0
        self.packs = PackSync(self.sync_worker, self._check_packs, self)
        self.paste = PasteService(desktop.windows, desktop.keys, desktop.clipboard,
                                  QtScheduler(self.worker), lambda: self._settings,
                                  self._record_use)
        self.popup = self._make_popup()
        self.toast = Toast()
        self.tray = Tray(self)
        self.server = InstanceServer(home, self.handle_message, self)
        self.watcher: ContentWatcher | None = None

        self.hotkey_pressed.connect(self._hotkey)
        self.backend_opened.connect(self._backend_opened)
        self.search_loaded.connect(self._search_loaded)
        self.load_failed.connect(self._load_failed)
        self.tray.quick_reply.connect(lambda: self.show_popup())
        self.tray.manage_templates.connect(lambda: self.open_window("templates"))
        self.tray.knowledge_base.connect(lambda: self.open_window("knowledge"))
        self.tray.settings.connect(lambda: self.open_window("settings"))
        self.tray.statistics.connect(lambda: self.open_window("stats"))
        self.tray.pause_toggled.connect(self.set_paused)
        self.tray.quit.connect(self.quit)
        self.packs.updated.connect(self._packs_updated)
        self.packs.checked.connect(self._update_tooltip)

    # -- start and stop ----------------------------------------------------------------------

    def start(self) -> bool:
        if not self.server.listen():
            log.error("cannot listen for other huashu commands: %s", self.server.error())
        self.tray.show()
        for notice in self.desktop.notices:
            self.tray.notify(self.tr("话术助手"), error_text(notice), warning=True)
        self._settings = startup_settings(self.home)
        self._register_hotkey()
        self._warm_popup()
        self._stop_watching_gc = watch_collections(
            lambda milliseconds: self.timings.add("gc_pause_ms", milliseconds))
        self.worker.submit(self._load, None, lambda exc: self.load_failed.emit(error_text(exc)))
        return True

    def _make_popup(self) -> QuickReplyPopup:
        popup = QuickReplyPopup(keep_focus=self.desktop.popup_keeps_focus
                                 and QApplication.platformName() == "xcb")
        popup.chosen.connect(self._deliver)
        popup.dismissed.connect(self._dismissed)
        popup.painted.connect(self._painted)
        popup.open_window.connect(self.open_window)
        return popup

    def _warm_popup(self) -> None:
        """Create the native window and lay everything out once, so the first hotkey shows
        the popup as fast as every later one."""
        self.popup.winId()
        self.popup.ensurePolished()
        self.popup.layout().activate()

    def _load(self, opened=None) -> None:
        """On the worker: open the data (unless ``opened`` already is), then the search."""
        huashu = opened or self._open_backend()
        if opened is None:
            self.backend_opened.emit(huashu)
        huashu.search.ensure_ready()
        self.search_loaded.emit()

    def _retry_load(self) -> None:
        """Try again after a failed start (another process held the database or the index,
        or was killed holding it): the app recovers without a restart."""
        if self.search_ready:
            return
        opened = self.huashu
        self.worker.submit(lambda: self._load(opened), None,
                           lambda exc: self.load_failed.emit(error_text(exc)))

    def _backend_opened(self, huashu) -> None:
        self.huashu = huashu
        early, self._settings = self._settings, huashu.settings.current()
        huashu.settings.on_change(self._settings_changed)
        if self._settings.hotkey != early.hotkey:
            self._register_hotkey()
        if self._pending_window is not None:
            self.open_window(self._pending_window)
            self._pending_window = None
        if self.tray.icon is None:
            self.worker.submit(lambda: huashu.settings.note(NO_TRAY_NOTICE),
                               self._explain_no_tray)

    def _explain_no_tray(self, first_time: object) -> None:
        """Once per data directory: without a tray, say how to reach everything."""
        if first_time is not True:
            return
        hotkey = self.hotkey_display()
        self.tray.notify(self.tr("话术助手已在后台运行"), self.tr(
            "这个桌面没有系统托盘。按 {hotkey} 打开快捷回复；在弹窗里按 Alt+M（或点 ☰）打开"
            "模板管理、知识库和设置；也可以在终端运行 huashu open templates、"
            "huashu open knowledge 或 huashu open settings。").replace("{hotkey}", hotkey),
            persistent=True)

    def hotkey_display(self) -> str:
        from assistant.core.hotkey import parse_hotkey

        return parse_hotkey(self.hotkey).display if self.hotkey else "huashu show"

    def _search_loaded(self) -> None:
        self.search_ready = True
        huashu = self.huashu
        self.popup.attach(huashu.search, huashu.rendering, LatestOnly(self.kb_worker))
        self.watcher = ContentWatcher(database_path(self.home), self)
        self.watcher.changed.connect(self.check_content)
        self._update_tooltip()
        self.packs.start(self._settings.sync_interval_minutes)
        QTimer.singleShot(SETTLE_HEAP_MS, settle_heap)
        log.info("ready in %.0f ms", (time.perf_counter() - self.started_at) * 1000)

    def _load_failed(self, message: str) -> None:
        self.popup.set_notice(self.tr("无法打开数据：") + message)
        if not self._load_retries:
            self.tray.notify(self.tr("话术助手无法打开数据"), message, warning=True)
        self._load_retries += 1
        QTimer.singleShot(min(60, self.RETRY_SECONDS * self._load_retries) * 1000,
                          self._retry_load)

    # -- content changed by another process ----------------------------------------------------

    def check_content(self) -> None:
        """Catch up with templates and articles another process (the CLI) changed: a cheap
        check on the worker, a reload only when the content generation moved."""
        if self.huashu is None or not self.search_ready:
            return
        self.worker.submit(self.huashu.search.sync, self._content_checked)

    def _content_checked(self, changed: object) -> None:
        if changed is not True:
            return
        if self.popup.isVisible():
            self.popup.content_changed()
        for window in self._windows.values():
            refresh = getattr(window, "refresh", None)
            if refresh is not None and window.isVisible():
                refresh()

    def stop_workers(self) -> None:
        """Finish the data work in progress; a pack check (a child process) is ended."""
        if self._pack_check is not None:
            self._pack_check.stop()
        self.sync_worker.shutdown(wait=False)
        self.kb_worker.shutdown()
        self.worker.shutdown()

    def _update_tooltip(self) -> None:
        lines = [self.tr("话术助手 — {hotkey}").replace(
            "{hotkey}", self.hotkey_display() if self.hotkey else self.tr("无热键"))]
        for name, days in self.packs.failing_long():
            lines.append(self.tr("团队包“{name}”已 {days} 天无法更新").replace(
                "{name}", name).replace("{days}", str(days)))
        self.tray.set_tooltip("\n".join(lines))

    # -- team packs ------------------------------------------------------------------------------

    def _check_packs(self) -> list[dict]:
        """On the packs worker: nothing to do without subscriptions (no child process)."""
        huashu = self.huashu
        if huashu is None or huashu.packs.count() == 0:
            return []
        if self._pack_check is None:
            from assistant.app import PackCheckChild

            self._pack_check = PackCheckChild(self.home)
        return self._pack_check.run(language())

    def _packs_updated(self, outcomes: list[dict]) -> None:
        lines = []
        for outcome in outcomes:
            line = self.tr("{name} 已更新到第 {version} 版").replace(
                "{name}", outcome.get("name") or outcome["pack_id"]).replace(
                "{version}", str(outcome.get("version")))
            if outcome.get("changelog"):
                line += self.tr("：") + outcome["changelog"]
            lines.append(line)
        self.tray.notify(self.tr("团队包已更新"), "\n".join(lines))
        self.check_content()

    def quit(self) -> None:
        self._stop_watching_gc()
        self.desktop.hotkeys.stop()
        self.popup.hide()
        self.tray.hide()
        self.stop_workers()
        if self.huashu is not None:
            self.huashu.close()
        self.toast.hide()
        self.qapp.quit()

    # -- hotkey ------------------------------------------------------------------------------

    def _register_hotkey(self) -> None:
        self.desktop.hotkeys.stop()
        self.hotkey = None
        if self.paused:
            return
        wanted = self._settings.hotkey
        try:
            self.desktop.hotkeys.start(wanted, self._hotkey_callback)
        except PlatformError as exc:
            self.hotkey_error = str(exc)
            log.warning("hotkey not registered: %s", exc)
            self.tray.notify(self.tr("热键不可用"), self.tr(
                "{error}\n可以用 `huashu show` 或桌面快捷键打开快速回复。").replace(
                "{error}", error_text(exc)), warning=True)
            return
        self.hotkey, self.hotkey_error = wanted, None

    def try_hotkey(self, wanted: str) -> str | None:
        """Whether the system lets this app take ``wanted``: None if so, else why not. It is
        taken only for the test: the hotkey in effect is registered again either way (saving
        the setting then registers the new one)."""
        if wanted == self.hotkey:
            return None
        hotkeys, current = self.desktop.hotkeys, self.hotkey
        hotkeys.stop()
        try:
            hotkeys.start(wanted, self._hotkey_callback)
        except PlatformError as exc:
            problem: str | None = error_text(exc)
        else:
            problem = None
            hotkeys.stop()
        if current is not None:
            try:
                hotkeys.start(current, self._hotkey_callback)
            except PlatformError as exc:
                log.warning("hotkey %s not registered again: %s", current, exc)
                self.hotkey, self.hotkey_error = None, str(exc)
        return problem

    def _hotkey_callback(self) -> None:
        """The hotkey backend's thread: only note the time and hand over to the main thread."""
        self.hotkey_pressed.emit(time.perf_counter())

    def _hotkey(self, pressed_at: float) -> None:
        reached = time.perf_counter()
        if self.popup.is_open():
            self.popup.dismiss()
            return
        self._hotkey_at = pressed_at
        self.show_popup()
        self.timings.add("hotkey_to_slot_ms", (reached - pressed_at) * 1000)
        self.timings.add("slot_to_shown_ms", (time.perf_counter() - reached) * 1000)

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        if paused:
            self.desktop.hotkeys.stop()
            self.hotkey = None
        else:
            self._register_hotkey()

    def _settings_changed(self, settings: Settings) -> None:
        old, self._settings = self._settings, settings
        if settings.hotkey != old.hotkey:
            self._register_hotkey()
        if settings.sync_interval_minutes != old.sync_interval_minutes:
            self.packs.set_interval(settings.sync_interval_minutes)
        if settings.language != old.language:
            self.set_language(settings.language)

    # -- popup and delivery ------------------------------------------------------------------

    def _our_window(self, window: WindowRef | None) -> bool:
        if window is None:
            return False
        ours = {int(w.winId()) for w in QApplication.topLevelWidgets() if w.isVisible()}
        handle = window.handle
        values = handle if isinstance(handle, tuple) else (handle,)
        return any(isinstance(v, int) and v in ours for v in values) or \
            (isinstance(handle, int) and handle == os.getpid())

    def show_popup(self, customer: str | None = None, gender: Gender | None = None) -> None:
        from_outside = True
        self.paste.cancel_send()
        if not self.popup.is_open():
            window = self.desktop.windows.active()
            from_outside = not self._our_window(window)
            log.debug("active window at show: %s (ours: %s)", window, not from_outside)
            if from_outside:
                self.paste.remember_target(window)
        if customer is not None:
            self.popup.set_customer(customer, gender or Gender.UNKNOWN)
        self.popup.open(from_outside=from_outside)
        QTimer.singleShot(0, self.check_content)

    def _painted(self, painted_at: float) -> None:
        QTimer.singleShot(0, self.paste.take_clipboard_early)  # not inside the paint event
        if self._hotkey_at is not None:
            self.timings.add("hotkey_to_painted_ms", (painted_at - self._hotkey_at) * 1000)
            self._hotkey_at = None

    def _dismissed(self) -> None:
        self.paste.return_focus()

    def _deliver(self, text: str, template_id: str | None, mode: str) -> None:
        started = time.perf_counter()
        outcome = self.paste.deliver(text, template_id, send=mode == MODE_SEND,
                                     copy_only=mode == MODE_COPY)
        self.timings.add("choice_to_keys_ms", (time.perf_counter() - started) * 1000)
        if outcome.delivery is Delivery.NO_TARGET:
            self.toast.show_notice(self.tr("已复制，请粘贴"), self.tr(
                "没有找到原来的聊天窗口：回复已在剪贴板上，请在聊天窗口按 Ctrl+V 粘贴。"))
        elif outcome.delivery is Delivery.BLOCKED:
            self.toast.show_notice(self.tr("已复制，请粘贴"), error_text(outcome.reason), 8000)
        elif outcome.delivery is Delivery.COPIED:
            self.toast.show_notice(self.tr("已复制"), "", 1500)

    def paste_text(self, text: str) -> None:
        """Paste ``text`` (a knowledge-base passage) into the remembered chat window, or copy
        it and say so when there is none."""
        self._deliver(text, None, MODE_PASTE)

    def _record_use(self, template_id: str, action: str) -> None:
        if self.huashu is not None:
            self.huashu.templates.record_use(template_id, action)

    # -- other windows -----------------------------------------------------------------------

    def open_window(self, name: str) -> None:
        """Show one of the management windows, fully on the screen under the mouse."""
        if self.huashu is None:
            self._pending_window = name
            self.toast.show_notice(self.tr("正在加载，请稍候…"))
            return
        active = self.desktop.windows.active()
        if active is not None and not self._our_window(active):
            self.paste.remember_target(active)
        window = self._windows.get(name)
        if window is None:
            from . import windows

            window = windows.create(name, self.huashu, self.worker, self.settings_hooks(),
                                    self.paste_text)
            self._windows[name] = window
        if not window.isVisible():
            place_on_mouse_screen(window)
        window.show()
        window.raise_()
        window.activateWindow()

    # -- messages from other huashu commands -------------------------------------------------

    def handle_message(self, message: dict) -> dict:
        command = message["command"]
        if command in ("show", "toggle"):
            if command == "toggle" and self.popup.is_open():
                self.popup.dismiss()
                return {"ok": True, "visible": False}
            customer = message.get("customer")
            gender = Gender.parse(message.get("gender") or "unknown")
            if customer is not None and not isinstance(customer, str):
                return {"ok": False, "error": "customer must be text"}
            started = time.perf_counter()
            self.show_popup(customer, gender if customer is not None else None)
            self.timings.add("request_to_shown_ms", (time.perf_counter() - started) * 1000)
            return {"ok": True, "visible": True}
        if command == "quit":
            QTimer.singleShot(0, self.quit)
            return {"ok": True}
        if command == "open":
            name = message.get("window")
            if name not in WINDOWS:
                return {"ok": False, "error": f"unknown window (known: {', '.join(WINDOWS)})"}
            QTimer.singleShot(0, lambda: self.open_window(name))
            return {"ok": True}
        if command == "reload-settings":
            if self.huashu is not None:
                self.huashu.settings.reload()
            return {"ok": True}
        return self.status()

    def status(self) -> dict:
        return {
            "ok": True,
            "pid": os.getpid(),
            "ready": self.huashu is not None,
            "search_ready": self.search_ready,
            "hotkey": self.hotkey,
            "hotkey_error": self.hotkey_error,
            "paused": self.paused,
            "tray": self.tray.icon is not None,
            "popup_visible": self.popup.is_open(),
            "popup_window": int(self.popup.winId()),
            "popup_keys": self.popup.keys_by() if self.popup.is_open() else "",
            "desktop": self.desktop.name,
            "timings": self.timings.as_dict(),
        }
