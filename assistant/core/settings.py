"""The user's settings: their names, defaults, validation and a typed, immutable view."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from .errors import InvalidInput
from .hotkey import DEFAULT_HOTKEY, parse_hotkey
from .messages import Message
from .salutation import DEFAULT_FALLBACK, DEFAULT_FEMALE_TITLE, FEMALE_TITLES
from .wording import edit_words, parse_words


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    default: Any
    description: str
    parse: Callable[[str], Any]
    """Parses what the user typed; word lists also take the stored list."""


def _text(max_len: int, *, required: bool = False) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip()
        if required and not value:
            raise InvalidInput("value_empty")
        if len(value) > max_len:
            raise InvalidInput("value_too_long", limit=max_len)
        if any(ch in value for ch in "{}\n\r\t"):
            raise InvalidInput("value_braces_or_line_breaks")
        return value

    return parse


def _choice(*choices: str, aliases: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """One of ``choices``; ``aliases`` are other ways of writing them (case-insensitive),
    such as the words the Chinese interface shows."""
    known = {alias.lower(): value for alias, value in (aliases or {}).items()}

    def parse(raw: str) -> str:
        value = raw.strip()
        value = known.get(value.lower(), value)
        if value not in choices:
            raise InvalidInput("value_not_a_choice", choices=choices)
        return value

    return parse


def _count(unit: str, not_a_number: str, out_of_range: str = "value_out_of_range"):
    """A parser for a whole number of ``unit`` (which may follow it, in any case) between
    ``low`` and ``high``."""

    def bounded(low: int, high: int) -> Callable[[str], int]:
        def parse(raw: str) -> int:
            value = raw.strip()
            if value.lower().endswith(unit.lower()):
                value = value[: -len(unit)].strip()
            try:
                number = int(value)
            except ValueError:
                raise InvalidInput(not_a_number, value=raw) from None
            if not low <= number <= high:
                raise InvalidInput(out_of_range, low=low, high=high)
            return number

        return parse

    return bounded


_milliseconds = _count("ms", "value_not_milliseconds")
_megabytes = _count("MB", "value_not_megabytes")
_minutes = _count("min", "value_not_minutes", "minutes_out_of_range")


def _words(raw: str | list[str]) -> tuple[str, ...]:
    return parse_words(raw)


def _hotkey(raw: str) -> str:
    return parse_hotkey(raw).canonical


PASTE_KEYS = ("ctrl+v", "shift+insert")
PASTE_MODES = ("paste", "copy")
LANGUAGES = ("zh_CN", "en")

SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("agent_name", "", "Agent name for {客服}/{agent}", _text(20)),
        SettingSpec("shop_name", "", "Shop name for {店铺}/{shop}", _text(40)),
        SettingSpec(
            "fallback_salutation",
            DEFAULT_FALLBACK,
            "Salutation when the customer's name gives none (亲, 您, 顾客朋友...)",
            _text(10, required=True),
        ),
        SettingSpec(
            "female_title",
            DEFAULT_FEMALE_TITLE,
            "Title after a female customer's surname",
            _choice(*FEMALE_TITLES),
        ),
        SettingSpec("hotkey", DEFAULT_HOTKEY,
                    "Global hotkey that opens the quick-reply popup, e.g. <ctrl>+<alt>+<space>",
                    _hotkey),
        SettingSpec("paste_mode", "paste",
                    "paste: put the reply into the chat window; copy: only copy it",
                    _choice(*PASTE_MODES, aliases={"粘贴": "paste", "复制": "copy",
                                                   "只复制": "copy"})),
        SettingSpec("paste_keys", "ctrl+v",
                    "Keys that paste in the chat window (shift+insert for terminals; "
                    "Cmd+V is used on macOS)",
                    _choice(*PASTE_KEYS, aliases={"ctrl-v": "ctrl+v", "shift-insert": "shift+insert"})),
        SettingSpec("restore_delay_ms", 300,
                    "Wait before the previous clipboard comes back (browsers need about 300)",
                    _milliseconds(20, 5000)),
        SettingSpec("send_delay_ms", 80,
                    "Wait between pasting and pressing Enter for Ctrl+Enter (paste and send)",
                    _milliseconds(0, 2000)),
        SettingSpec("language", "zh_CN", "Interface language",
                    _choice(*LANGUAGES, aliases={"zh": "zh_CN", "zh-cn": "zh_CN", "中文": "zh_CN",
                                                 "简体中文": "zh_CN", "english": "en",
                                                 "英文": "en", "英语": "en"})),
        SettingSpec("sync_interval_minutes", 30,
                    "How often the running app checks team pack subscriptions (0: only at "
                    "start and with huashu sync)", _minutes(0, 24 * 60)),
        SettingSpec("import_limit_mb", 50,
                    "Largest file (in MB) that import reads: handbooks and quick-reply files",
                    _megabytes(1, 2048)),
        SettingSpec("forbidden_words", (),
                    "Words the wording check flags besides the built-in list (一定, 保证, 最低价, "
                    "第一 ...): comma-separated; +word adds, -word removes", _words),
        SettingSpec("allowed_words", (),
                    "Phrases the wording check accepts, e.g. 保证金 or a built-in word to switch "
                    "it off: comma-separated; +word adds, -word removes", _words),
    )
}


def spec_for(key: str) -> SettingSpec:
    spec = SPECS.get(key)
    if spec is None:
        raise InvalidInput("setting_unknown", key=key, known=tuple(SPECS))
    return spec


def parse_setting(key: str, raw: str, current: Any = None) -> Any:
    """Validate a user-typed value; raises InvalidInput naming the key and the problem.
    For word lists ``current`` is the list that ``+word`` adds to and ``-word`` removes from."""
    spec = spec_for(key)
    try:
        if spec.parse is _words:
            raw = edit_words(current or (), raw)
        return spec.parse(raw)
    except InvalidInput as exc:
        raise InvalidInput("setting_invalid", key=key, setting=Message(f"setting.{key}"),
                           cause=exc) from None


@dataclass(frozen=True, slots=True)
class Settings:
    """Typed view of all settings; unset or unusable stored values fall back to the default."""

    agent_name: str = SPECS["agent_name"].default
    shop_name: str = SPECS["shop_name"].default
    fallback_salutation: str = SPECS["fallback_salutation"].default
    female_title: str = SPECS["female_title"].default
    hotkey: str = SPECS["hotkey"].default
    paste_mode: str = SPECS["paste_mode"].default
    paste_keys: str = SPECS["paste_keys"].default
    restore_delay_ms: int = SPECS["restore_delay_ms"].default
    send_delay_ms: int = SPECS["send_delay_ms"].default
    language: str = SPECS["language"].default
    sync_interval_minutes: int = SPECS["sync_interval_minutes"].default
    import_limit_mb: int = SPECS["import_limit_mb"].default
    forbidden_words: tuple[str, ...] = SPECS["forbidden_words"].default
    allowed_words: tuple[str, ...] = SPECS["allowed_words"].default

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any]) -> Settings:
        values = {}
        for f in fields(cls):
            if f.name not in stored:
                continue
            try:
                value = stored[f.name]
                values[f.name] = SPECS[f.name].parse(value if isinstance(value, list)
                                                     else str(value))
            except InvalidInput:
                continue
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
