"""User-facing messages in English and Chinese, built from a code and named parameters.

A message is a code from :data:`~assistant.core.catalog.CATALOG` plus parameters; its text is
made only when it is shown, in the language asked for. Errors meant for users
(:class:`LocalizedError` and its subclasses) carry one, so the CLI can print English
(``str(exc)``) while the UI shows ``exc.text("zh_CN")``.

A parameter may itself be a message or an error (``cause``): it is rendered in the same
language, so wrapped errors compose. Lists are joined with the language's separator. Rendering
never raises: a missing parameter stays visible as ``{name}``, an unknown code is shown as is.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from .catalog import CATALOG

ENGLISH = "en"
CHINESE = "zh_CN"
_LIST_SEPARATORS = (", ", "、")


def language_index(language: str | None) -> int:
    """0 for English, 1 for Chinese; every ``zh`` variant is Chinese, anything else English."""
    return 1 if str(language or "").lower().replace("-", "_").startswith("zh") else 0


def localize(value: Any, language: str | None = ENGLISH) -> Any:
    """``value`` as shown in ``language``: messages and errors as their text, lists joined."""
    text = getattr(value, "text", None)
    if callable(text):
        return text(language)
    if isinstance(value, BaseException):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        separator = _LIST_SEPARATORS[language_index(language)]
        return separator.join(str(localize(item, language)) for item in value)
    return value


class _Missing:
    def __init__(self, name: str) -> None:
        self.name = name


class _Formatter(string.Formatter):
    def __init__(self, language: str | None) -> None:
        self.language = language

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        return kwargs[key] if key in kwargs else _Missing(str(key))

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, _Missing):
            return "{" + value.name + "}"
        value = localize(value, self.language)
        try:
            return format(value, format_spec)
        except (TypeError, ValueError):
            return str(value)


def render(code: str, params: Mapping[str, Any], language: str | None = ENGLISH) -> str:
    """The text of message ``code`` with ``params`` in ``language`` ("en" or "zh_CN")."""
    templates = CATALOG.get(code)
    if templates is None:
        return code
    template = templates[language_index(language)]
    try:
        return _Formatter(language).vformat(template, (), params)
    except (AttributeError, IndexError, KeyError, ValueError):
        return template


class Message:
    """A code with parameters, rendered on demand: ``Message("field.title").text("zh_CN")``."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params

    def text(self, language: str | None = ENGLISH) -> str:
        return render(self.code, self.params, language)

    def __str__(self) -> str:
        return self.text(ENGLISH)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and other.code == self.code
                and other.params == self.params)

    __hash__ = None  # type: ignore[assignment]


class LocalizedError(Exception):
    """An error whose message exists in every language: ``raise InvalidInput("code", x=1)``.

    ``str(exc)`` is the English text, ``exc.text(language)`` the text in ``language``;
    ``exc.code`` and ``exc.params`` are what it was raised with."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def message(self) -> Message:
        return Message(self.code, **self.params)

    def text(self, language: str | None = ENGLISH) -> str:
        return render(self.code, self.params, language)

    def __str__(self) -> str:
        return self.text(ENGLISH)
