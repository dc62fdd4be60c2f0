"""The .deb's quick command line (see huashu-launcher.sh): assistant/thin.py and the two
modules it uses, copied beside this file, run on the system's Python with -I -S; anything they
do not handle, and a Python older than 3.8, goes to the packaged app."""

import os
import sys

APP = os.environ.get("HUASHU_QUICK_APP", "/opt/huashu/huashu")


def full_command_line(args):
    os.execv(APP, [APP, *args])


if sys.version_info < (3, 8):  # noqa: UP036 - the system's Python, not the app's
    full_command_line(sys.argv[1:])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from assistant.thin import main

sys.exit(main(full_command_line=full_command_line, exit_when_answered=True))
