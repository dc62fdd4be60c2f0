"""Holds the keyboard or the pointer (argv[1]) with an active grab, as a desktop shortcut does
while its keys are down: prints "held" once it has it and lets go when a line arrives."""

from __future__ import annotations

import sys

from Xlib import X, display


def main() -> int:
    connection = display.Display()
    root = connection.screen().root
    if sys.argv[1] == "keyboard":
        status = root.grab_keyboard(False, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
    else:
        status = root.grab_pointer(False, X.ButtonPressMask, X.GrabModeAsync, X.GrabModeAsync,
                                   X.NONE, X.NONE, X.CurrentTime)
    print("held" if status == X.GrabSuccess else f"refused {status}", flush=True)
    sys.stdin.readline()
    if sys.argv[1] == "keyboard":
        connection.ungrab_keyboard(X.CurrentTime)
    else:
        connection.ungrab_pointer(X.CurrentTime)
    connection.sync()
    print("released", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
