#!/bin/sh
# /usr/bin/huashu of the .deb. `huashu show|toggle|status|quit` run on the system's Python
# when there is one: they need only the standard library, and the packaged app takes about
# 0.2 s to start before it can send its one message (desktop shortcuts on Wayland run
# `huashu toggle` for every popup). Everything else is the app in /opt/huashu.
if [ -x /usr/bin/python3 ]; then
    exec /usr/bin/python3 -I -S /opt/huashu/quick/huashu-quick.py "$@"
fi
exec /opt/huashu/huashu "$@"
