"""The macOS backends against recording fakes of Carbon, Quartz and ApplicationServices: which
calls, in which order, with which arguments; C structures at Carbon's sizes."""

import ctypes
from types import SimpleNamespace

import pytest

from assistant.core.hotkey import parse_hotkey
from assistant.platform import macos
from assistant.platform.base import PlatformError, WindowRef
from assistant.platform.mac_hotkey import (CMD_KEY, CONTROL_KEY, EVENT_HOTKEY_EXISTS_ERR,
                                           HOTKEY_EXCLUSIVE, K_EVENT_CLASS_KEYBOARD,
                                           K_EVENT_HOTKEY_PRESSED, OPTION_KEY, SHIFT_KEY,
                                           SIGNATURE, CarbonHotkeys, carbon_hotkey)
from assistant.platform.macos import Accessibility, MacKeys, MacWindows
from assistant.platform.quartz import (FLAG_COMMAND, FLAG_OPTION, HID_EVENT_TAP, PROTOTYPES,
                                       SOURCE_COMBINED_SESSION, SOURCE_HID_SYSTEM, Quartz,
                                       load_quartz)

TARGET, HANDLER, HOTKEY_REF = 0x7A00, 0x7B00, 0x7C00


class FakeCarbon:
    def __init__(self, register_status=0):
        self.calls = []
        self.register_status = register_status
        self.handler = None

    def GetApplicationEventTarget(self):
        self.calls.append(("GetApplicationEventTarget",))
        return TARGET

    def InstallEventHandler(self, target, proc, count, kinds, data, handler_out):
        self.calls.append(("InstallEventHandler", target, count,
                           [(k.eventClass, k.eventKind) for k in kinds[:count]]))
        self.handler = proc
        handler_out.contents.value = HANDLER
        return 0

    def RegisterEventHotKey(self, keycode, modifiers, hotkey_id, target, options, ref_out):
        self.calls.append(("RegisterEventHotKey", keycode, modifiers,
                           (hotkey_id.signature, hotkey_id.id), target, options))
        if self.register_status:
            return self.register_status
        ref_out.contents.value = HOTKEY_REF
        return 0

    def UnregisterEventHotKey(self, ref):
        self.calls.append(("UnregisterEventHotKey", ref.value))
        return 0

    def RemoveEventHandler(self, handler):
        self.calls.append(("RemoveEventHandler", handler.value))
        return 0

    def press(self):
        """What the application event target does with a kEventHotKeyPressed event."""
        return self.handler(None, None, None)


PROMPT_KEY, CF_TRUE, KEY_CALLBACKS, VALUE_CALLBACKS = 0xA1, 0xA2, 0xA3, 0xA4
SOURCE, OPTIONS = 0x5000, 0x6000


class FakeQuartz:
    """CoreGraphics, CoreFoundation and ApplicationServices as ctypes would call them: every
    call lands in ``calls`` as (function, arguments...); events are numbered handles."""

    def __init__(self, trusted=True):
        self.calls = []
        self.trusted = trusted
        self.flags_state = 0
        self.live = set()  # created and not yet released
        self.events = {}  # event → (keycode, down)
        self.graphics = self.foundation = self.services = self
        self.bundle = Quartz(self, self, self, PROMPT_KEY, CF_TRUE,
                             (KEY_CALLBACKS, VALUE_CALLBACKS))

    def CGEventSourceCreate(self, state):
        self.calls.append(("CGEventSourceCreate", state))
        self.live.add(SOURCE)
        return SOURCE

    def CGEventSourceFlagsState(self, state):
        self.calls.append(("CGEventSourceFlagsState", state))
        return self.flags_state

    def CGEventCreateKeyboardEvent(self, source, keycode, down):
        event = 0x7000 + len(self.calls)
        self.calls.append(("CGEventCreateKeyboardEvent", source, keycode, down))
        self.live.add(event)
        self.events[event] = (keycode, down)
        return event

    def CGEventSetFlags(self, event, flags):
        self.calls.append(("CGEventSetFlags", *self.events[event], flags))

    def CGEventPost(self, tap, event):
        self.calls.append(("CGEventPost", tap, *self.events[event]))

    def CFDictionaryCreate(self, allocator, keys, values, count, key_callbacks,
                           value_callbacks):
        self.calls.append(("CFDictionaryCreate", allocator, list(keys[:count]),
                           list(values[:count]), count, key_callbacks, value_callbacks))
        self.live.add(OPTIONS)
        return OPTIONS

    def CFRelease(self, ref):
        self.calls.append(("CFRelease", ref))
        self.live.remove(ref)

    def AXIsProcessTrusted(self):
        self.calls.append(("AXIsProcessTrusted",))
        return self.trusted

    def AXIsProcessTrustedWithOptions(self, options):
        self.calls.append(("AXIsProcessTrustedWithOptions", options))
        return self.trusted


# -- the hotkey ---------------------------------------------------------------------------------

@pytest.mark.parametrize("hotkey, keycode, modifiers", [
    ("<ctrl>+<alt>+<space>", 0x31, CONTROL_KEY | OPTION_KEY),
    ("<cmd>+<shift>+v", 0x09, CMD_KEY | SHIFT_KEY),
    ("<ctrl>+<alt>+h", 0x04, CONTROL_KEY | OPTION_KEY),
    ("<ctrl>+1", 0x12, CONTROL_KEY),
    ("<f1>", 0x7A, 0),
    ("<shift>+<f20>", 0x5A, SHIFT_KEY),
    ("<cmd>+,", 0x2B, CMD_KEY),
])
def test_hotkeys_map_to_carbon_key_codes_and_modifiers(hotkey, keycode, modifiers):
    assert carbon_hotkey(parse_hotkey(hotkey)) == (keycode, modifiers)


def test_a_key_macs_do_not_have_is_refused():
    with pytest.raises(PlatformError) as raised:
        carbon_hotkey(parse_hotkey("<ctrl>+<print_screen>"))
    assert raised.value.code == "hotkey_key_unavailable"
    assert "PrintScreen" in raised.value.text("zh_CN")


def test_the_hotkey_is_registered_for_the_application_target_and_calls_back():
    carbon, pressed = FakeCarbon(), []
    hotkeys = CarbonHotkeys(carbon)
    hotkeys.start("<ctrl>+<alt>+<space>", lambda: pressed.append(1))
    assert carbon.calls == [
        ("GetApplicationEventTarget",),
        ("InstallEventHandler", TARGET, 1, [(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOTKEY_PRESSED)]),
        ("RegisterEventHotKey", 0x31, CONTROL_KEY | OPTION_KEY, (SIGNATURE, 1), TARGET,
         HOTKEY_EXCLUSIVE),
    ]
    assert carbon.press() == 0 and pressed == [1]
    hotkeys.stop()
    assert carbon.calls[-2:] == [("UnregisterEventHotKey", HOTKEY_REF),
                                 ("RemoveEventHandler", HANDLER)]
    hotkeys.stop()
    assert len(carbon.calls) == 5


def test_a_failing_callback_still_answers_the_event():
    carbon = FakeCarbon()
    CarbonHotkeys(carbon).start("<ctrl>+<alt>+<space>", lambda: 1 / 0)
    assert carbon.press() == 0


def test_a_hotkey_taken_by_another_program_says_so_and_removes_the_handler():
    carbon = FakeCarbon(register_status=EVENT_HOTKEY_EXISTS_ERR)
    with pytest.raises(PlatformError) as raised:
        CarbonHotkeys(carbon).start("<cmd>+<shift>+v", lambda: None)
    assert raised.value.code == "hotkey_in_use"
    assert raised.value.text("zh_CN") == "Shift+Super+V 已被其他程序占用，请在“设置”里换一个热键"
    assert carbon.calls[-1] == ("RemoveEventHandler", HANDLER)
    assert "UnregisterEventHotKey" not in [c[0] for c in carbon.calls]


def test_other_carbon_failures_name_the_status():
    carbon = FakeCarbon(register_status=-50)
    with pytest.raises(PlatformError) as raised:
        CarbonHotkeys(carbon).start("<ctrl>+<alt>+<space>", lambda: None)
    assert raised.value.code == "hotkey_registration_failed" and "-50" in str(raised.value)


# -- keys ---------------------------------------------------------------------------------------

def key_events(quartz):
    return [c for c in quartz.calls if c[0] in ("CGEventSetFlags", "CGEventPost")]


@pytest.mark.parametrize("keys", ["ctrl+v", "shift+insert"])
def test_paste_is_cmd_v_down_and_up_posted_to_the_hid_tap(keys):
    quartz = FakeQuartz()
    MacKeys(quartz.bundle).paste(keys)
    assert quartz.calls[0] == ("CGEventSourceCreate", SOURCE_COMBINED_SESSION)
    assert [c[1:] for c in quartz.calls if c[0] == "CGEventCreateKeyboardEvent"] == [
        (SOURCE, 0x09, True), (SOURCE, 0x09, False)]
    assert key_events(quartz) == [
        ("CGEventSetFlags", 0x09, True, FLAG_COMMAND), ("CGEventPost", HID_EVENT_TAP, 0x09, True),
        ("CGEventSetFlags", 0x09, False, FLAG_COMMAND),
        ("CGEventPost", HID_EVENT_TAP, 0x09, False)]
    assert FLAG_COMMAND == 1 << 20 and HID_EVENT_TAP == 0
    assert quartz.calls[-1] == ("CFRelease", SOURCE) and not quartz.live


def test_enter_is_return_without_modifiers():
    quartz = FakeQuartz()
    MacKeys(quartz.bundle).enter()
    assert key_events(quartz) == [
        ("CGEventSetFlags", 0x24, True, 0), ("CGEventPost", 0, 0x24, True),
        ("CGEventSetFlags", 0x24, False, 0), ("CGEventPost", 0, 0x24, False)]
    assert not quartz.live


def test_modifiers_are_waited_for_by_the_hid_flags():
    quartz = FakeQuartz()
    keys = MacKeys(quartz.bundle)
    quartz.flags_state = FLAG_OPTION
    assert not keys.wait_modifiers_released(timeout=0.02)
    quartz.flags_state = 0x100  # a non-modifier flag
    assert keys.wait_modifiers_released(timeout=0.02)
    assert {c for c in quartz.calls} == {("CGEventSourceFlagsState", SOURCE_HID_SYSTEM)}


def test_the_declared_prototypes_match_what_the_backends_call():
    quartz = FakeQuartz(trusted=False)
    keys, accessibility = MacKeys(quartz.bundle), Accessibility(quartz.bundle)
    keys.paste("ctrl+v")
    keys.wait_modifiers_released(timeout=0.01)
    accessibility.trusted()
    accessibility.ask()
    declared = {name for functions in PROTOTYPES.values() for name in functions}
    assert {c[0] for c in quartz.calls} == declared
    assert PROTOTYPES["graphics"]["CGEventCreateKeyboardEvent"][1][1] is ctypes.c_uint16
    assert PROTOTYPES["graphics"]["CGEventSetFlags"][1][1] is ctypes.c_uint64


def test_loading_quartz_elsewhere_is_a_platform_error():
    with pytest.raises(PlatformError) as raised:
        load_quartz()
    assert raised.value.code == "keys_unavailable"


# -- the Accessibility permission ---------------------------------------------------------------

def test_without_accessibility_keys_cannot_reach_any_window():
    quartz = FakeQuartz(trusted=False)
    barrier = MacWindows(Accessibility(quartz.bundle)).input_barrier(WindowRef(321))
    assert barrier is not None and barrier.code == "mac_accessibility_needed"
    assert "System Settings › Privacy & Security › Accessibility" in str(barrier)
    assert "系统设置 › 隐私与安全性 › 辅助功能" in barrier.text("zh_CN")
    assert quartz.calls == [("AXIsProcessTrusted",)]  # no prompt per paste


def test_with_accessibility_there_is_no_barrier():
    quartz = FakeQuartz(trusted=True)
    assert MacWindows(Accessibility(quartz.bundle)).input_barrier(WindowRef(321)) is None


def test_asking_passes_the_prompt_option_and_releases_the_dictionary():
    quartz = FakeQuartz(trusted=False)
    assert not Accessibility(quartz.bundle).ask()
    assert quartz.calls == [
        ("CFDictionaryCreate", None, [PROMPT_KEY], [CF_TRUE], 1, KEY_CALLBACKS, VALUE_CALLBACKS),
        ("AXIsProcessTrustedWithOptions", OPTIONS),
        ("CFRelease", OPTIONS)]
    assert not quartz.live


def test_the_backends_ask_for_accessibility_once_at_start_and_say_where(monkeypatch):
    quartz, carbon = FakeQuartz(trusted=False), FakeCarbon()
    monkeypatch.setattr(macos, "load_quartz", lambda: quartz.bundle)
    monkeypatch.setattr(macos, "load_carbon", lambda: carbon)
    monkeypatch.setattr(macos, "_appkit", lambda: None)
    windows, keys, hotkeys, notices = macos.mac_backends()
    assert [c[0] for c in quartz.calls].count("AXIsProcessTrustedWithOptions") == 1
    assert [n.code for n in notices] == ["mac_accessibility_needed"]
    assert "Privacy & Security › Accessibility" in str(notices[0])
    keys.paste("ctrl+v")
    assert ("CGEventPost", HID_EVENT_TAP, 0x09, True) in quartz.calls
    hotkeys.start("<ctrl>+<alt>+<space>", lambda: None)
    assert carbon.calls

    quartz.trusted = True
    assert macos.mac_backends()[3] == ()


def test_the_frontmost_application_comes_from_appkit():
    app = SimpleNamespace(processIdentifier=lambda: 321, localizedName=lambda: "千牛工作台")
    workspace = SimpleNamespace(frontmostApplication=lambda: app)
    appkit = SimpleNamespace(NSWorkspace=SimpleNamespace(sharedWorkspace=lambda: workspace))
    window = MacWindows(Accessibility(FakeQuartz().bundle), appkit).active()
    assert window == WindowRef(321) and window.app == "千牛工作台"


def test_carbon_structures_have_carbons_layout():
    from assistant.platform.mac_hotkey import EventHotKeyID, EventTypeSpec

    assert ctypes.sizeof(EventHotKeyID) == ctypes.sizeof(EventTypeSpec) == 8
