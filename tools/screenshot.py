"""Take the README's popup screenshot under Xvfb (needs Xvfb, xdotool, xclip and a CJK font).

    .venv/bin/python tools/screenshot.py docs/popup.png
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.desktop import HuashuProcess, TargetWindow, VirtualDesktop, wait_for  # noqa: E402

GRAB = """if True:
    import sys
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])
    x, y, w, h = map(int, sys.argv[2:6])
    QGuiApplication.primaryScreen().grabWindow(0, x - 12, y - 12, w + 24, h + 24).save(sys.argv[1])
"""


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "popup.png").resolve()
    with VirtualDesktop(None, "1100x700x24") as desktop:
        target = TargetWindow(desktop, "千牛接待中心")
        huashu = HuashuProcess(desktop)
        huashu.start()
        try:
            status = huashu.wait_ready()
            target.focus()
            huashu.cli("show", "--customer", "王小明", "--gender", "male")
            wait_for(lambda: huashu.status().get("popup_visible"), 5, 0.02, "popup")
            desktop.xdotool("type", "--delay", "40", "tuihuo")
            time.sleep(1.0)
            geometry = desktop.xdotool("getwindowgeometry", "--shell", str(status["popup_window"]))
            values = dict(line.split("=") for line in geometry.splitlines())
            subprocess.run([sys.executable, "-c", GRAB, str(out), values["X"], values["Y"],
                            values["WIDTH"], values["HEIGHT"]], env=desktop.env(), check=True)
        finally:
            huashu.stop()
            target.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
