"""Starting Huashu at login, the way each system documents it: an XDG autostart entry on
Linux desktops, a value under the user's ``Run`` key on Windows (the one the installer's
"start at login" task writes too), a LaunchAgent on macOS. Off until the user or the installer
turns it on; turning it off removes exactly what turning it on wrote."""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path
from typing import Protocol

APP_NAME = "Huashu"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT_LABEL = "app.huashu.autostart"


class Autostart(Protocol):
    def enabled(self) -> bool: ...

    def enable(self, command: list[str]) -> None:
        """Start ``command`` (the app and its arguments) at every login from now on."""

    def disable(self) -> None: ...

    def where(self) -> str:
        """Where the setting lives, for the user to find it."""


def desktop_exec(command: list[str]) -> str:
    """``command`` as a desktop entry's Exec value (quoting rules of the Desktop Entry
    Specification: arguments with reserved characters in double quotes, with ", `, $ and \\
    escaped; % doubled)."""
    reserved = set(' \t\n"\'\\><~|&;$*?#()`')
    out = []
    for argument in command:
        argument = argument.replace("%", "%%")
        if any(ch in reserved for ch in argument):
            escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
            argument = f'"{escaped}"'
        out.append(argument)
    return " ".join(out)


class XdgAutostart:
    def __init__(self, config_home: Path | None = None) -> None:
        base = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = base / "autostart" / "huashu.desktop"

    def enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(
            "[Desktop Entry]\nType=Application\nName=Huashu\nName[zh_CN]=话术助手\n"
            "Comment=Start the quick-reply assistant at login\n"
            "Comment[zh_CN]=登录时启动话术助手\n"
            f"Exec={desktop_exec(command)}\nIcon=huashu\nTerminal=false\nNoDisplay=true\n"
            "X-GNOME-Autostart-enabled=true\n", encoding="utf-8")

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def where(self) -> str:
        return str(self.path)


def run_value(command: list[str]) -> str:
    """``command`` as a Run value: the program always in quotes (as the installer writes it;
    an unquoted path with spaces could start another program), arguments as Windows parses
    them."""
    program, *arguments = command
    return " ".join([f'"{program}"', subprocess.list2cmdline(arguments)]).rstrip()


class WindowsRunKey:
    """The ``Huashu`` value under HKEY_CURRENT_USER's Run key: per user, no administrator
    rights, and the value the installer's autostart task sets and its uninstaller deletes."""

    def __init__(self, registry=None) -> None:
        if registry is None:
            import winreg as registry
        self.registry = registry

    def enabled(self) -> bool:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ) as key:
                reg.QueryValueEx(key, APP_NAME)
        except FileNotFoundError:
            return False
        return True

    def enable(self, command: list[str]) -> None:
        reg = self.registry
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, APP_NAME, 0, reg.REG_SZ, run_value(command))

    def disable(self) -> None:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            pass

    def where(self) -> str:
        return rf"HKEY_CURRENT_USER\{RUN_KEY}\{APP_NAME}"


class LaunchAgent:
    """A per-user LaunchAgent that launchd runs at login (RunAtLoad); it is read at the next
    login, so nothing is started or stopped now."""

    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / \
            f"{LAUNCH_AGENT_LABEL}.plist"

    def enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(plistlib.dumps({
            "Label": LAUNCH_AGENT_LABEL, "ProgramArguments": list(command),
            "RunAtLoad": True, "ProcessType": "Interactive"}))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def where(self) -> str:
        return str(self.path)


def autostart_for(platform: str = sys.platform) -> Autostart:
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return LaunchAgent()
    return XdgAutostart()
