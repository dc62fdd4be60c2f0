"""The Windows backends against a recording fake of user32, kernel32 and advapi32: which
calls, in which order, with which arguments, on which thread."""

import ctypes
import threading
import time
from types import SimpleNamespace

import pytest
from fake_win32 import OWN_PID, FakeWin32

from assistant.core.hotkey import parse_hotkey
from assistant.core.settings import Settings
from assistant.platform.base import PlatformError, WindowRef
from assistant.platform.fake import FakeClipboard, FakeDesktopState
from assistant.platform.win32 import (ERROR_HOTKEY_ALREADY_REGISTERED, INPUT,
                                      KEYEVENTF_EXTENDEDKEY, KEYEVENTF_KEYUP, MAX_PATH_CHARS,
                                      MOD_ALT, MOD_CONTROL, MOD_NOREPEAT, MOD_SHIFT, MOD_WIN, MSG,
                                      PROCESS_QUERY_LIMITED_INFORMATION, PROTOTYPES, SW_RESTORE,
                                      WM_QUIT, declare, input_structure, load_win32)
from assistant.platform.windows import WindowsKeys, WindowsWindows, windows_backends
from assistant.platform.windows_hotkey import WindowsHotkeys, win32_hotkey
from assistant.services.paste import Delivery, PasteService

CHAT, OTHER = WindowRef(0x1001), WindowRef(0x2002)
UP, EXTENDED = KEYEVENTF_KEYUP, KEYEVENTF_EXTENDEDKEY


@pytest.fixture
def system():
    return FakeWin32()


# -- INPUT and the DLL prototypes ---------------------------------------------------------------

def test_input_has_the_size_windows_expects_for_the_pointer_size():
    assert ctypes.sizeof(input_structure(ctypes.c_uint64)) == 40
    assert ctypes.sizeof(input_structure(ctypes.c_uint32)) == 28
    assert ctypes.sizeof(INPUT) == (40 if ctypes.sizeof(ctypes.c_void_p) == 8 else 28)
    assert INPUT.ki.offset == INPUT.mi.offset == ctypes.sizeof(ctypes.c_void_p)
    assert ctypes.sizeof(MSG) == (48 if ctypes.sizeof(ctypes.c_void_p) == 8 else 28)


def test_every_function_the_backends_call_gets_its_prototype(system):
    windows, keys, hotkeys = windows_backends(system.bundle)
    system.elevated[100], system.refuse_foreground = True, True
    system.windows[CHAT.handle].minimized = True
    system.attaching_is_not_enough = True
    windows.activate(CHAT, timeout=0.01)
    windows.input_barrier(CHAT)
    windows.active()
    keys.paste("ctrl+v")
    keys.wait_modifiers_released(timeout=0.01)
    hotkeys.start("<ctrl>+<alt>+,", lambda: None)
    hotkeys.stop()
    assert {"ShowWindow", "AttachThreadInput", "GetCurrentProcess", "GetTokenInformation",
            "SendInput", "GetMessageW", "UnregisterHotKey", "VkKeyScanW", "GetWindowTextW",
            "QueryFullProcessImageNameW"} <= set(system.names())
    declared = {(dll, name) for dll, functions in PROTOTYPES.items() for name in functions}
    assert {(c.dll, c.name) for c in system.calls} <= declared


def test_declare_sets_result_and_argument_types():
    library = SimpleNamespace(**{name: (lambda *a: 0) for name in PROTOTYPES["user32"]})
    declare(library, PROTOTYPES["user32"])
    assert library.SendInput.argtypes[1] is ctypes.POINTER(INPUT)
    assert library.GetForegroundWindow.restype is ctypes.wintypes.HWND


def test_loading_the_dlls_elsewhere_is_a_platform_error():
    with pytest.raises(PlatformError) as raised:
        load_win32()
    assert raised.value.code == "user32_unavailable"


# -- SendInput ----------------------------------------------------------------------------------

def keys_sent(system):
    return [[(k.type, k.vk, k.flags) for k in batch] for batch in system.sent]


def test_ctrl_v_is_one_send_input_call_with_four_keyboard_inputs(system):
    WindowsKeys(system.bundle).paste("ctrl+v")
    assert system.names("user32").count("SendInput") == 1
    assert keys_sent(system) == [[(1, 0x11, 0), (1, 0x56, 0), (1, 0x56, UP), (1, 0x11, UP)]]
    assert system.input_sizes == [ctypes.sizeof(INPUT)]
    send = next(c for c in system.calls if c.name == "SendInput")
    assert send.args[0] == 4 and send.args[2] == ctypes.sizeof(INPUT)
    assert [k.scan for k in system.sent[0]] == [0x1D, 0x2F, 0x2F, 0x1D]


def test_shift_insert_marks_insert_as_an_extended_key(system):
    WindowsKeys(system.bundle).paste("shift+insert")
    assert keys_sent(system) == [[(1, 0x10, 0), (1, 0x2D, EXTENDED), (1, 0x2D, EXTENDED | UP),
                                  (1, 0x10, UP)]]


def test_enter_is_pressed_and_released(system):
    WindowsKeys(system.bundle).enter()
    assert keys_sent(system) == [[(1, 0x0D, 0), (1, 0x0D, UP)]]


def test_send_input_inserting_nothing_raises_in_both_languages(system):
    system.send_input_result, system.last_error = 0, 5
    with pytest.raises(PlatformError) as raised:
        WindowsKeys(system.bundle).paste("ctrl+v")
    assert raised.value.code == "keys_blocked"
    assert "press Ctrl+V" in str(raised.value)
    assert "回复已复制，请按 Ctrl+V" in raised.value.text("zh_CN")


def test_modifiers_are_waited_for_by_their_key_state(system):
    keys = WindowsKeys(system.bundle)
    system.held = {0x12}  # Alt of Ctrl+Alt+Space still down
    assert not keys.wait_modifiers_released(timeout=0.02)
    system.held = set()
    assert keys.wait_modifiers_released(timeout=0.02)


# -- the active window --------------------------------------------------------------------------

def test_the_active_window_comes_with_its_title_and_program(system):
    system.foreground = CHAT.handle
    window = WindowsWindows(system.bundle).active()
    assert window == CHAT
    assert (window.title, window.app) == ("客户小王 - 千牛工作台", "AliWorkbench.exe")
    assert system.names() == [
        "GetForegroundWindow", "GetWindowTextLengthW", "GetWindowTextW",
        "GetWindowThreadProcessId", "OpenProcess", "QueryFullProcessImageNameW", "CloseHandle"]
    opened = next(c.args for c in system.calls if c.name == "OpenProcess")
    assert opened == (PROCESS_QUERY_LIMITED_INFORMATION, False, 100)
    query = next(c.args for c in system.calls if c.name == "QueryFullProcessImageNameW")
    assert query[1] == 0 and len(query[2]) == MAX_PATH_CHARS
    assert system.open_handles == {}


def test_a_process_that_cannot_be_opened_leaves_the_program_unknown(system):
    system.unopenable = {200}
    window = WindowsWindows(system.bundle).active()
    assert window == OTHER and (window.title, window.app) == ("Notepad", "")
    assert "QueryFullProcessImageNameW" not in system.names()


def test_no_foreground_window_is_none(system):
    system.foreground = 0
    assert WindowsWindows(system.bundle).active() is None


# -- focus --------------------------------------------------------------------------------------

def test_activate_sets_the_foreground_without_attaching_when_windows_allows_it(system):
    assert WindowsWindows(system.bundle).activate(CHAT)
    assert system.foreground == CHAT.handle
    assert "AttachThreadInput" not in system.names()


def test_activate_waits_until_windows_reports_the_new_foreground(system):
    system.foreground_after_polls = 5
    assert WindowsWindows(system.bundle).activate(CHAT, timeout=1)
    assert system.names().count("GetForegroundWindow") >= 5


def test_a_refused_foreground_attaches_to_the_foreground_thread_and_detaches(system):
    system.refuse_foreground = True
    assert WindowsWindows(system.bundle).activate(CHAT)
    attach = [c.args for c in system.calls if c.name == "AttachThreadInput"]
    ours = threading.get_native_id()
    assert attach == [(ours, 22, True), (ours, 22, False)]
    names = system.names()
    assert names.index("AttachThreadInput") < len(names) - 1 - names[::-1].index(
        "SetForegroundWindow") < len(names) - 1 - names[::-1].index("AttachThreadInput")
    assert not system.attached
    assert "SendInput" not in names


def test_under_the_foreground_lock_an_alt_tap_makes_us_the_last_input_sender(system):
    system.refuse_foreground = system.attaching_is_not_enough = True
    assert WindowsWindows(system.bundle).activate(CHAT)
    focus = [n for n in system.names() if n in ("SetForegroundWindow", "AttachThreadInput",
                                                 "BringWindowToTop", "SendInput")]
    assert focus == ["SetForegroundWindow", "AttachThreadInput", "BringWindowToTop",
                     "SetForegroundWindow", "AttachThreadInput", "SendInput",
                     "SetForegroundWindow"]
    assert keys_sent(system) == [[(1, 0x12, 0), (1, 0x12, UP)]]
    assert system.input_sizes == [ctypes.sizeof(INPUT)]
    assert system.foreground == CHAT.handle and not system.attached


def test_a_minimized_window_is_restored_first(system):
    system.windows[CHAT.handle].minimized = True
    assert WindowsWindows(system.bundle).activate(CHAT)
    assert next(c.args for c in system.calls if c.name == "ShowWindow") == (CHAT.handle,
                                                                          SW_RESTORE)


def test_a_closed_window_is_not_activated(system):
    assert not WindowsWindows(system.bundle).activate(WindowRef(0x9999))
    assert "SetForegroundWindow" not in system.names()


def test_activate_gives_up_when_the_focus_never_arrives(system):
    system.foreground_after_polls = 10**9
    started = time.perf_counter()
    assert not WindowsWindows(system.bundle).activate(CHAT, timeout=0.05)
    assert time.perf_counter() - started < 1


# -- elevation ----------------------------------------------------------------------------------

def test_an_elevated_chat_window_is_a_barrier_for_a_normal_process(system):
    system.elevated = {100: True, OWN_PID: False}
    barrier = WindowsWindows(system.bundle).input_barrier(CHAT)
    assert barrier is not None and barrier.code == "paste_target_elevated"
    assert barrier.text("zh_CN") == ("聊天窗口以管理员身份运行，Windows 不允许普通程序向它粘贴："
                                     "回复已复制，请按 Ctrl+V；或以管理员身份运行话术助手")
    assert "run Huashu as administrator" in str(barrier)
    opened = next(c.args for c in system.calls if c.name == "OpenProcess")
    assert opened == (PROCESS_QUERY_LIMITED_INFORMATION, False, 100)
    assert system.open_handles == {}  # every process and token handle closed


def test_no_barrier_when_we_are_elevated_too_or_the_target_is_not(system):
    windows = WindowsWindows(system.bundle)
    assert windows.input_barrier(CHAT) is None
    system.elevated = {100: True, OWN_PID: True}
    assert windows.input_barrier(CHAT) is None
    assert system.open_handles == {}


def test_a_process_that_cannot_be_opened_is_no_barrier(system):
    system.elevated, system.unopenable = {100: True}, {100}
    assert WindowsWindows(system.bundle).input_barrier(CHAT) is None


# -- the hotkey ---------------------------------------------------------------------------------

@pytest.mark.parametrize("hotkey, modifiers, vk", [
    ("<ctrl>+<alt>+<space>", MOD_CONTROL | MOD_ALT, 0x20),
    ("<cmd>+<shift>+h", MOD_WIN | MOD_SHIFT, 0x48),
    ("<ctrl>+<alt>+1", MOD_CONTROL | MOD_ALT, 0x31),
    ("<f1>", 0, 0x70),
    ("<shift>+<f20>", MOD_SHIFT, 0x83),
    ("<ctrl>+<page_down>", MOD_CONTROL, 0x22),
    ("<ctrl>+<insert>", MOD_CONTROL, 0x2D),
    ("<alt>+<esc>", MOD_ALT, 0x1B),
    ("<ctrl>+,", MOD_CONTROL, 0xBC),
])
def test_hotkeys_map_to_modifier_flags_and_virtual_keys(system, hotkey, modifiers, vk):
    assert win32_hotkey(parse_hotkey(hotkey), system.user32) == (modifiers | MOD_NOREPEAT, vk)


def test_a_key_the_layout_cannot_type_is_refused(system):
    with pytest.raises(PlatformError) as raised:
        win32_hotkey(parse_hotkey("<ctrl>+!"), system.user32)
    assert raised.value.code == "hotkey_key_unavailable"


def test_the_hotkey_lives_on_its_own_thread_from_register_to_unregister(system):
    hotkeys = WindowsHotkeys(system.bundle)
    pressed = threading.Event()
    on = []
    hotkeys.start("<ctrl>+<alt>+<space>", lambda: (on.append(threading.current_thread().name),
                                                   pressed.set()))
    register = next(c for c in system.calls if c.name == "RegisterHotKey")
    assert register.args == (None, 1, MOD_CONTROL | MOD_ALT | MOD_NOREPEAT, 0x20)
    assert register.thread == "huashu-hotkey" != threading.current_thread().name
    system.press_hotkey()
    assert pressed.wait(5) and on == ["huashu-hotkey"]
    system.press_hotkey(hotkey_id=7)  # somebody else's id: ignored
    hotkeys.stop()
    assert on == ["huashu-hotkey"]
    post = next(c for c in system.calls if c.name == "PostThreadMessageW")
    unregister = next(c for c in system.calls if c.name == "UnregisterHotKey")
    assert post.args[1] == WM_QUIT and post.thread == threading.current_thread().name
    assert unregister.args == (None, 1) and unregister.thread == "huashu-hotkey"
    assert system.names().index("PostThreadMessageW") < system.names().index("UnregisterHotKey")
    assert not any(t.name == "huashu-hotkey" for t in threading.enumerate())


def test_a_failing_callback_does_not_end_the_hotkey(system):
    hotkeys = WindowsHotkeys(system.bundle)
    calls = []

    def callback():
        calls.append(1)
        raise RuntimeError("boom")

    hotkeys.start("<ctrl>+<alt>+<space>", callback)
    system.press_hotkey()
    system.press_hotkey()
    hotkeys.stop()
    assert calls == [1, 1]


def test_starting_again_replaces_the_previous_registration(system):
    hotkeys = WindowsHotkeys(system.bundle)
    hotkeys.start("<ctrl>+<alt>+<space>", lambda: None)
    hotkeys.start("<ctrl>+<shift>+h", lambda: None)
    hotkeys.stop()
    assert [n for n in system.names() if n.endswith("HotKey")] == [
        "RegisterHotKey", "UnregisterHotKey", "RegisterHotKey", "UnregisterHotKey"]


def test_a_hotkey_taken_by_another_program_says_so_in_both_languages(system):
    system.hotkey_error = ERROR_HOTKEY_ALREADY_REGISTERED
    with pytest.raises(PlatformError) as raised:
        WindowsHotkeys(system.bundle).start("<ctrl>+<alt>+<space>", lambda: None)
    error = raised.value
    assert error.code == "hotkey_in_use"
    assert str(error) == ("Ctrl+Alt+Space is already used by another program; choose another "
                          "hotkey in Settings")
    assert error.text("zh_CN") == "Ctrl+Alt+Space 已被其他程序占用，请在“设置”里换一个热键"
    assert "UnregisterHotKey" not in system.names()
    assert not any(t.name == "huashu-hotkey" for t in threading.enumerate())


def test_other_registration_failures_name_the_windows_error(system):
    system.hotkey_error = 5
    with pytest.raises(PlatformError) as raised:
        WindowsHotkeys(system.bundle).start("<ctrl>+<alt>+<space>", lambda: None)
    assert raised.value.code == "hotkey_registration_failed"
    assert "Windows error 5" in str(raised.value)


def test_an_invalid_hotkey_is_rejected_before_any_call(system):
    with pytest.raises(PlatformError) as raised:
        WindowsHotkeys(system.bundle).start("<ctrl>+<alt>", lambda: None)
    assert raised.value.code == "hotkey_rejected" and system.calls == []


# -- the paste service over the Windows backends ------------------------------------------------

class Scheduler:
    def __init__(self):
        self.timers = []

    def later(self, seconds, action):
        self.timers.append(action)

    def background(self, action):
        action()


def paste_service(system, state):
    windows, keys = WindowsWindows(system.bundle), WindowsKeys(system.bundle)
    service = PasteService(windows, keys, FakeClipboard(state), Scheduler(), Settings,
                           lambda *_: None)
    service.remember_target(CHAT)
    return service


def test_windows_paste_focuses_the_chat_then_sends_ctrl_v(system):
    state = FakeDesktopState()
    outcome = paste_service(system, state).deliver("您好")
    assert outcome.delivery is Delivery.PASTED
    assert system.foreground == CHAT.handle
    assert keys_sent(system) == [[(1, 0x11, 0), (1, 0x56, 0), (1, 0x56, UP), (1, 0x11, UP)]]


def test_an_elevated_chat_window_gets_the_reply_copied_with_the_reason(system):
    system.elevated = {100: True}
    state = FakeDesktopState()
    outcome = paste_service(system, state).deliver("您好")
    assert outcome.delivery is Delivery.BLOCKED
    assert outcome.reason.code == "paste_target_elevated"
    assert "SendInput" not in system.names()
    assert state.clipboard_text() == "您好"
    assert system.foreground == CHAT.handle  # the agent can press Ctrl+V right away


def test_blocked_key_events_leave_the_reply_copied_with_the_reason(system):
    system.send_input_result = 0
    state = FakeDesktopState()
    service = paste_service(system, state)
    outcome = service.deliver("您好")
    assert outcome.delivery is Delivery.BLOCKED and outcome.reason.code == "keys_blocked"
    assert state.clipboard_text() == "您好"
