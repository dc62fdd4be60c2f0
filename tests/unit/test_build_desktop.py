"""build_desktop picks each system's backends; where they cannot load, a copy-only desktop."""

import sys

from fake_win32 import FakeWin32

from assistant.app import build_desktop
from assistant.platform import macos, windows
from assistant.platform.base import PlatformError
from assistant.platform.hotkey import PynputHotkeys
from assistant.platform.mac_hotkey import CarbonHotkeys
from assistant.platform.unsupported import NoKeys, NoWindows
from assistant.platform.windows_hotkey import WindowsHotkeys


def test_windows_gets_win32_windows_keys_and_the_registered_hotkey(qapp, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(windows, "load_win32", lambda: FakeWin32().bundle)
    desktop = build_desktop()
    assert desktop.name == "win32" and desktop.notices == ()
    assert isinstance(desktop.windows, windows.WindowsWindows)
    assert isinstance(desktop.keys, windows.WindowsKeys)
    assert isinstance(desktop.hotkeys, WindowsHotkeys)


def test_macos_gets_carbon_quartz_and_the_start_notices(qapp, monkeypatch):
    notice = PlatformError("mac_accessibility_needed")
    backends = (macos.MacWindows(macos.Accessibility(object())), macos.MacKeys(object()),
                CarbonHotkeys(object()), (notice,))
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(macos, "mac_backends", lambda: backends)
    desktop = build_desktop()
    assert desktop.name == "darwin" and desktop.notices == (notice,)
    assert isinstance(desktop.hotkeys, CarbonHotkeys)


def test_without_the_system_libraries_replies_are_copied(qapp, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    desktop = build_desktop()  # user32 cannot load here
    assert desktop.name == "copy-only"
    assert isinstance(desktop.windows, NoWindows) and isinstance(desktop.keys, NoKeys)
    assert isinstance(desktop.hotkeys, PynputHotkeys)


def test_on_x11_the_popup_grabs_the_keys_except_under_xwayland(qapp, monkeypatch):
    from assistant.platform import x11

    backends = (object(), object())
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(x11, "x11_backends", lambda: backends)
    monkeypatch.setenv("DISPLAY", ":9")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    desktop = build_desktop()
    assert desktop.name == "x11" and desktop.popup_keeps_focus
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert not build_desktop().popup_keeps_focus
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(windows, "load_win32", lambda: FakeWin32().bundle)
    assert not build_desktop().popup_keeps_focus
