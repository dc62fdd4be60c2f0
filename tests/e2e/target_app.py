"""A stand-in chat window for the end-to-end tests: one text box in its own process.

Every change is written to stdout as one JSON line: {"t": monotonic seconds, "text": ...}.
Reading "clear" on stdin empties the box.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QPlainTextEdit


def main() -> int:
    title = sys.argv[1] if len(sys.argv) > 1 else "huashu-e2e-target"
    app = QApplication([sys.argv[0]])
    box = QPlainTextEdit()
    box.setWindowTitle(title)
    box.resize(500, 300)
    box.move(40, 40)

    def changed() -> None:
        line = json.dumps({"t": time.monotonic(), "text": box.toPlainText()}, ensure_ascii=False)
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    box.textChanged.connect(changed)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
        elif line.strip() == "clear":
            box.clear()

    notifier.activated.connect(command)
    box.show()
    sys.stdout.write(json.dumps({"t": time.monotonic(), "ready": True}) + "\n")
    sys.stdout.flush()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
