"""The user's settings: their names, defaults, validation and a typed, immutable view."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from .errors import InvalidInput
from .salutation import DEFAULT_FALLBACK, DEFAULT_FEMALE_TITLE, FEMALE_TITLES


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    default: Any
    description: str
    parse: Callable[[str], Any]


def _text(max_len: int, *, required: bool = False) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip()
        if required and not value:
            raise InvalidInput("must not be empty")
        if len(value) > max_len:
            raise InvalidInput(f"must be at most {max_len} characters")
        if any(ch in value for ch in "{}\n\r\t"):
            raise InvalidInput("must not contain braces or line breaks")
        return value

    return parse


def _choice(*choices: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip()
        if value not in choices:
            raise InvalidInput(f"must be one of: {', '.join(choices)}")
        return value

    return parse


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
    )
}


def spec_for(key: str) -> SettingSpec:
    spec = SPECS.get(key)
    if spec is None:
        raise InvalidInput(f"unknown setting '{key}' (known: {', '.join(SPECS)})")
    return spec


def parse_setting(key: str, raw: str) -> Any:
    """Validate a user-typed value; raises InvalidInput naming the key and the problem."""
    spec = spec_for(key)
    try:
        return spec.parse(raw)
    except InvalidInput as exc:
        raise InvalidInput(f"invalid value for {key}: {exc}") from None


@dataclass(frozen=True, slots=True)
class Settings:
    """Typed view of all settings; unset or unusable stored values fall back to the default."""

    agent_name: str = SPECS["agent_name"].default
    shop_name: str = SPECS["shop_name"].default
    fallback_salutation: str = SPECS["fallback_salutation"].default
    female_title: str = SPECS["female_title"].default

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any]) -> Settings:
        values = {}
        for f in fields(cls):
            if f.name not in stored:
                continue
            try:
                values[f.name] = SPECS[f.name].parse(str(stored[f.name]))
            except InvalidInput:
                continue
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
