"""Which folder holds the user's data, with ``os`` alone: the thin command-line client (see
thin.py) needs it for every `huashu toggle` and must not pay for pathlib or platformdirs."""

from __future__ import annotations

import os
import sys

APP_NAME = "huashu"


def data_home() -> str:
    """``HUASHU_HOME`` when set (absolute, symlinks resolved), else the platform's per-user
    data directory."""
    override = os.environ.get("HUASHU_HOME", "").strip()
    if override:
        return os.path.realpath(os.path.expanduser(override))
    return os.path.join(user_data_root(sys.platform), APP_NAME)


def user_data_root(platform: str) -> str:
    """Where each system keeps per-user application data: the roaming AppData folder on
    Windows, Application Support on macOS, the XDG data home elsewhere (the folders
    platformdirs gives; written out because importing platformdirs took 30 ms of every
    `huashu toggle`)."""
    home = os.path.expanduser("~")
    if platform == "win32":
        return os.environ.get("APPDATA") or os.path.join(home, "AppData", "Roaming")
    if platform == "darwin":
        return os.path.join(home, "Library", "Application Support")
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    return xdg if os.path.isabs(xdg) else os.path.join(home, ".local", "share")
