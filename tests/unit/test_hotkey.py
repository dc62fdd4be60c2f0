import pytest

from assistant.core.errors import InvalidInput
from assistant.core.hotkey import DEFAULT_HOTKEY, parse_hotkey
from assistant.core.settings import Settings, parse_setting


@pytest.mark.parametrize("text, canonical, display", [
    ("<ctrl>+<alt>+<space>", "<ctrl>+<alt>+<space>", "Ctrl+Alt+Space"),
    ("Ctrl+Alt+Space", "<ctrl>+<alt>+<space>", "Ctrl+Alt+Space"),
    ("alt+ctrl+space", "<ctrl>+<alt>+<space>", "Ctrl+Alt+Space"),
    (" Control + Shift + H ", "<ctrl>+<shift>+h", "Ctrl+Shift+H"),
    ("<ctrl_l>+<alt_r>+q", "<ctrl>+<alt>+q", "Ctrl+Alt+Q"),
    ("Meta+Return", "<cmd>+<enter>", "Super+Enter"),
    ("win+f2", "<cmd>+<f2>", "Super+F2"),
    ("F9", "<f9>", "F9"),
    ("ctrl+alt+pgdn", "<ctrl>+<alt>+<page_down>", "Ctrl+Alt+PageDown"),
    ("ctrl++", "<ctrl>++", "Ctrl++"),
    ("Ctrl+Alt+1", "<ctrl>+<alt>+1", "Ctrl+Alt+1"),
])
def test_hotkeys_parse_to_one_canonical_form(text, canonical, display):
    hotkey = parse_hotkey(text)
    assert hotkey.canonical == canonical
    assert hotkey.display == display
    assert parse_hotkey(hotkey.canonical) == hotkey


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("   ", "empty"),
    ("space", "needs a modifier"),
    ("h", "needs a modifier"),
    ("ctrl+alt", "only modifiers"),
    ("ctrl+a+b", "more than one key"),
    ("ctrl+ctrl+h", "twice"),
    ("alt+space", "window menu"),
    ("<alt>+<space>", "window menu"),
    ("shift+a", "capital"),
    ("ctrl+话", "not a key"),
    ("ctrl+hyper", "not a key"),
    ("ctrl++alt", "empty part"),
    ("ctrl+" + "x" * 80, "too long"),
])
def test_bad_hotkeys_say_why(text, message):
    with pytest.raises(InvalidInput, match=message):
        parse_hotkey(text)


def test_hotkey_setting_is_validated_and_stored_canonical():
    assert parse_setting("hotkey", "Ctrl+Shift+Space") == "<ctrl>+<shift>+<space>"
    with pytest.raises(InvalidInput, match="invalid value for hotkey"):
        parse_setting("hotkey", "space")
    assert Settings().hotkey == DEFAULT_HOTKEY


@pytest.mark.parametrize("key, raw, value", [
    ("restore_delay_ms", "300", 300), ("restore_delay_ms", " 50ms ", 50),
    ("send_delay_ms", "0", 0), ("paste_keys", "shift+insert", "shift+insert"),
    ("paste_mode", "copy", "copy"), ("language", "en", "en"),
])
def test_paste_settings_parse(key, raw, value):
    assert parse_setting(key, raw) == value


@pytest.mark.parametrize("key, raw", [
    ("restore_delay_ms", "0"), ("restore_delay_ms", "9999"), ("restore_delay_ms", "fast"),
    ("send_delay_ms", "-1"), ("paste_keys", "ctrl+shift+v"), ("paste_mode", "type"),
    ("language", "fr"),
])
def test_bad_paste_settings_are_refused(key, raw):
    with pytest.raises(InvalidInput, match=key):
        parse_setting(key, raw)


def test_unusable_stored_values_fall_back_to_defaults():
    settings = Settings.from_stored({"hotkey": "space", "restore_delay_ms": "soon",
                                     "send_delay_ms": 120})
    assert settings.hotkey == DEFAULT_HOTKEY
    assert settings.restore_delay_ms == 300
    assert settings.send_delay_ms == 120
