"""Holds the keyboard with an active grab, as a desktop shortcut does while its keys are down:
prints "held" once it has it and lets go when a line arrives on stdin."""

from __future__ import annotations

import sys

from Xlib import X, display


def main() -> int:
    connection = display.Display()
    root = connection.screen().root
    status = root.grab_keyboard(False, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
    print("held" if status == X.GrabSuccess else f"refused {status}", flush=True)
    sys.stdin.readline()
    connection.ungrab_keyboard(X.CurrentTime)
    connection.sync()
    print("released", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
