"""Starting the tray app, or handing a command to the one already running."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)


def _no_screen() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a long message: say it plainly."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


STARTING_WAIT_SECONDS = 15


def _ask_running(home: Path, lock, message: dict) -> dict | None:
    """Hand ``message`` to the Huashu holding the lock. One that started a moment ago may not
    listen yet (two starts half a second apart): wait for it while it holds the lock. None
    when it never answered: then either it ended and ``lock`` is ours now, or it is stuck."""
    from .instance import send

    deadline = time.monotonic() + STARTING_WAIT_SECONDS
    while True:
        reply = send(home, message, timeout_ms=1000)
        if reply is not None or time.monotonic() > deadline:
            return reply
        if lock.acquire():
            return None
        time.sleep(0.1)


def run(home: Path, first_message: dict | None = None) -> int:
    """Run the tray app until it quits; if one is already running, pass it ``first_message``
    (default: show the popup) and return."""
    started = time.perf_counter()
    if _no_screen():
        print("huashu: no graphical session here (neither DISPLAY nor WAYLAND_DISPLAY is set); "
              "the command-line tools still work: huashu --help", file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.WARNING, format="huashu: %(message)s")
    if os.environ.get("HUASHU_DEBUG"):
        logging.getLogger("assistant").setLevel(logging.DEBUG)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .qt_imports import lighten_import_hook

    lighten_import_hook()

    from assistant.services.startup import interface_language

    from .instance import InstanceLock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("huashu")
    app.setQuitOnLastWindowClosed(False)

    lock = InstanceLock(home)
    if not lock.acquire():
        reply = _ask_running(home, lock, first_message or {"command": "show"})
        if reply is not None:
            if not reply.get("ok", False):
                print(f"huashu: {reply.get('error', 'the running Huashu refused the command')}",
                      file=sys.stderr)
                return 1
            return 0
        if not lock.held():
            print("huashu: another Huashu holds the lock but does not answer; "
                  f"if it is stuck, end it (lock: {home / 'huashu.lock'})", file=sys.stderr)
            return 1
        # The other one ended without ever answering: this one starts in its place.

    from .translations import install_translations

    install_translations(app, interface_language(home))
    from assistant.app import build_desktop, open_resident_app, start_at_login

    from .pauses import shorten_lock_hand_over
    from .tray import app_icon
    from .tray_app import TrayApp

    app.setApplicationDisplayName(app.translate("TrayApp", "话术助手"))
    app.setWindowIcon(app_icon())
    desktop = build_desktop()
    tray_app = TrayApp(app, home, desktop, lambda: open_resident_app(home), started,
                       start_at_login())
    shorten_lock_hand_over()
    tray_app.start()
    if first_message:
        QTimer.singleShot(0, lambda: tray_app.handle_message(first_message))

    # Python runs signal handlers only between bytecodes: a short timer lets it do so.
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, tray_app.quit))
    signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, tray_app.quit))
    ticker = QTimer()
    ticker.start(250)
    ticker.timeout.connect(lambda: None)
    try:
        return app.exec()
    finally:
        lock.release()
