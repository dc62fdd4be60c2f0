"""Start at login: what each system's mechanism gets written, and that off removes it."""

import configparser
import plistlib

import pytest

from assistant.cli import main
from assistant.platform.autostart import (
    RUN_KEY,
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    desktop_exec,
)


class FakeRegistry:
    """The part of ``winreg`` the Run key needs, recording every call."""

    HKEY_CURRENT_USER, KEY_READ, KEY_SET_VALUE, REG_SZ = "HKCU", 1, 2, 1

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], dict[str, tuple[int, str]]] = {}
        self.calls: list[tuple] = []

    class _Key:
        def __init__(self, path):
            self.path = path

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def OpenKey(self, root, path, reserved, access):
        self.calls.append(("OpenKey", root, path, access))
        if (root, path) not in self.values:
            raise FileNotFoundError(path)
        return self._Key((root, path))

    def CreateKeyEx(self, root, path, reserved, access):
        self.calls.append(("CreateKeyEx", root, path, access))
        self.values.setdefault((root, path), {})
        return self._Key((root, path))

    def QueryValueEx(self, key, name):
        if name not in self.values[key.path]:
            raise FileNotFoundError(name)
        return self.values[key.path][name][1], self.values[key.path][name][0]

    def SetValueEx(self, key, name, reserved, kind, value):
        self.calls.append(("SetValueEx", name, kind, value))
        self.values[key.path][name] = (kind, value)

    def DeleteValue(self, key, name):
        self.calls.append(("DeleteValue", name))
        if name not in self.values[key.path]:
            raise FileNotFoundError(name)
        del self.values[key.path][name]


def test_windows_writes_the_run_value_the_installer_uses():
    registry = FakeRegistry()
    run = WindowsRunKey(registry)
    assert not run.enabled()
    run.enable([r"C:\Users\小美\AppData\Local\Programs\Huashu\huashu.exe", "start"])
    assert run.enabled()
    assert ("SetValueEx", "Huashu", registry.REG_SZ,
            r'"C:\Users\小美\AppData\Local\Programs\Huashu\huashu.exe" start') in registry.calls
    assert all(call[1] == "HKCU" and call[2] == RUN_KEY
               for call in registry.calls if call[0] in ("OpenKey", "CreateKeyEx"))
    run.disable()
    assert not run.enabled()
    run.disable()  # already off: nothing to remove, no error


def test_the_run_value_name_matches_the_installer_script():
    from pathlib import Path

    script = Path(__file__).parents[2] / "tools" / "packaging" / "windows" / "huashu.iss"
    if not script.exists():
        pytest.skip("no installer script")
    text = script.read_text(encoding="utf-8-sig")
    assert 'ValueName: "Huashu"' in text and RUN_KEY in text


def test_linux_autostart_entry_runs_this_installation(tmp_path):
    xdg = XdgAutostart(tmp_path)
    assert not xdg.enabled()
    xdg.enable(["/opt/huashu/huashu", "start"])
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(tmp_path / "autostart" / "huashu.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == "/opt/huashu/huashu start"
    assert entry["Desktop Entry"]["Type"] == "Application" and xdg.enabled()
    xdg.disable()
    assert not xdg.enabled() and not (tmp_path / "autostart" / "huashu.desktop").exists()


@pytest.mark.parametrize("command, exec_line", [
    (["/usr/bin/python3", "-m", "assistant", "start"], "/usr/bin/python3 -m assistant start"),
    (["/home/a b/venv/bin/python", "start"], '"/home/a b/venv/bin/python" start'),
    (['/x/$HOME"`\\', "50%"], '"/x/\\$HOME\\"\\`\\\\" 50%%'),
])
def test_desktop_exec_quoting(command, exec_line):
    assert desktop_exec(command) == exec_line


def test_macos_launch_agent(tmp_path):
    agent = LaunchAgent(tmp_path)
    agent.enable(["/Applications/Huashu.app/Contents/MacOS/huashu", "start"])
    plist = plistlib.loads(agent.path.read_bytes())
    assert agent.path.parent == tmp_path / "Library" / "LaunchAgents"
    assert plist["ProgramArguments"] == ["/Applications/Huashu.app/Contents/MacOS/huashu", "start"]
    assert plist["RunAtLoad"] is True and plist["Label"] == agent.path.stem
    agent.disable()
    assert not agent.enabled()


def test_cli_turns_it_on_and_off(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["autostart"]) == 0
    assert "off" in capsys.readouterr().out
    assert main(["autostart", "on"]) == 0
    assert "on" in capsys.readouterr().out
    assert "assistant start" in (tmp_path / "autostart" / "huashu.desktop").read_text()
    assert main(["autostart", "off", "--json"]) == 0
    assert '"enabled": false' in capsys.readouterr().out
    assert not (tmp_path / "autostart" / "huashu.desktop").exists()
