"""Global hotkey strings: validation and one canonical form.

The canonical form is pynput's (``<ctrl>+<alt>+<space>``): modifiers in a fixed order, named
keys in angle brackets, a single character as itself. Users may also type the friendlier
``Ctrl+Alt+Space``; both parse to the same :class:`Hotkey`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InvalidInput
from .messages import Message

MODIFIERS = ("ctrl", "alt", "shift", "cmd")
_MODIFIER_ALIASES = {
    "ctrl": "ctrl", "control": "ctrl", "ctl": "ctrl",
    "alt": "alt", "option": "alt", "opt": "alt",
    "shift": "shift",
    "cmd": "cmd", "command": "cmd", "super": "cmd", "win": "cmd", "windows": "cmd", "meta": "cmd",
}
_NAMED_KEYS = {
    "space", "tab", "enter", "backspace", "delete", "insert", "home", "end", "page_up",
    "page_down", "up", "down", "left", "right", "esc", "pause", "print_screen", "menu",
    *(f"f{n}" for n in range(1, 21)),
}
_KEY_ALIASES = {
    "return": "enter", "del": "delete", "ins": "insert", "escape": "esc", "pgup": "page_up",
    "pgdn": "page_down", "pageup": "page_up", "pagedown": "page_down", "spacebar": "space",
}
_DISPLAY = {"ctrl": "Ctrl", "alt": "Alt", "shift": "Shift", "cmd": "Super", "esc": "Esc",
            "page_up": "PageUp", "page_down": "PageDown", "print_screen": "PrintScreen"}

DEFAULT_HOTKEY = "<ctrl>+<alt>+<space>"

RESERVED = {
    (("ctrl",), "c"): "hotkey.copy", (("ctrl",), "v"): "hotkey.paste",
    (("ctrl",), "x"): "hotkey.cut", (("ctrl",), "z"): "hotkey.undo",
    (("ctrl",), "y"): "hotkey.redo", (("ctrl",), "a"): "hotkey.select_all",
    (("ctrl",), "s"): "hotkey.save", (("shift",), "insert"): "hotkey.paste",
    (("alt",), "f4"): "hotkey.close_window", (("alt",), "tab"): "hotkey.switch_window",
    (("ctrl", "alt"), "delete"): "hotkey.security",
    (("ctrl", "shift"), "esc"): "hotkey.task_manager",
    (("cmd",), "tab"): "hotkey.switch_window",
}
"""Chords every program relies on: taking them globally would break copying, pasting and
switching windows everywhere."""


@dataclass(frozen=True, slots=True)
class Hotkey:
    modifiers: tuple[str, ...]
    key: str

    @property
    def canonical(self) -> str:
        """pynput's syntax, also the stored form."""
        key = self.key if len(self.key) == 1 else f"<{self.key}>"
        return "+".join([*(f"<{m}>" for m in self.modifiers), key])

    @property
    def display(self) -> str:
        def label(name: str) -> str:
            return _DISPLAY.get(name) or (name.upper() if len(name) <= 3 else name.capitalize())

        return "+".join(label(part) for part in (*self.modifiers, self.key))


def parse_hotkey(text: str) -> Hotkey:
    """Parse ``<ctrl>+<alt>+<space>`` or ``Ctrl+Alt+Space``; raise InvalidInput saying why not."""
    raw = text.strip()
    if not raw:
        raise InvalidInput("hotkey_empty")
    if len(raw) > 60:
        raise InvalidInput("hotkey_too_long")
    parts = [p.strip() for p in _split(raw)]
    if any(not p for p in parts):
        raise InvalidInput("hotkey_empty_part", hotkey=raw)
    modifiers: set[str] = set()
    keys: list[str] = []
    for part in parts:
        name = part[1:-1] if part.startswith("<") and part.endswith(">") else part
        lowered = name.lower()
        side_less = lowered.removesuffix("_l").removesuffix("_r")
        if side_less in _MODIFIER_ALIASES:
            modifier = _MODIFIER_ALIASES[side_less]
            if modifier in modifiers:
                raise InvalidInput("hotkey_modifier_twice", hotkey=raw, modifier=modifier)
            modifiers.add(modifier)
            continue
        lowered = _KEY_ALIASES.get(lowered, lowered)
        if lowered in _NAMED_KEYS:
            keys.append(lowered)
        elif len(name) == 1 and name.isprintable() and not name.isspace() and name.isascii():
            keys.append(name.lower())
        else:
            raise InvalidInput("hotkey_unknown_key", hotkey=raw, key=part)
    if not keys:
        raise InvalidInput("hotkey_no_key", hotkey=raw)
    if len(keys) > 1:
        raise InvalidInput("hotkey_several_keys", hotkey=raw, keys=keys)
    key = keys[0]
    if not modifiers and not (key.startswith("f") and len(key) > 1):
        raise InvalidInput("hotkey_needs_modifier", hotkey=raw)
    if modifiers == {"alt"} and key == "space":
        raise InvalidInput("hotkey_alt_space")
    if modifiers == {"shift"} and len(key) == 1:
        raise InvalidInput("hotkey_shift_character", hotkey=raw)
    hotkey = Hotkey(tuple(m for m in MODIFIERS if m in modifiers), key)
    meaning = RESERVED.get((hotkey.modifiers, key))
    if meaning is not None:
        raise InvalidInput("hotkey_reserved", hotkey=hotkey.display, meaning=Message(meaning))
    return hotkey


def _split(raw: str) -> list[str]:
    """Split on '+', keeping a literal '+' key (``ctrl++``) as a part."""
    parts = raw.split("+")
    if raw.endswith("++"):
        parts = parts[:-2] + ["+"]
    return parts
