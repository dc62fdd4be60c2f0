"""What every quick-reply file reader gives: rows of template fields, each with its place in
the file, and the text helpers the readers share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.core.messages import Message
from assistant.core.placeholders import placeholders

ROW, LINE, ENTRY = "row", "line", "entry"
MAX_ROWS = 50_000


@dataclass(frozen=True, slots=True)
class Where:
    """A place in a file as its user sees it: a sheet row (the header row is 1), a line of a
    YAML file, or the n-th entry of a JSON or plist list."""

    unit: str
    number: int

    @property
    def message(self) -> Message:
        return Message(f"where.{self.unit}", number=self.number)


@dataclass(frozen=True, slots=True)
class SnippetRow:
    """One quick reply as a file holds it. ``body`` is Huashu template text (literal braces
    already doubled). ``None`` (or ``()`` for tags) means the file says nothing about a field,
    so importing leaves it as it is. ``problem`` says why a reader already knows the row
    cannot be imported; ``notes`` what was left out of an imported row."""

    where: Where
    body: str | None = None
    title: str | None = None
    shortcut: str | None = None
    tags: tuple[str, ...] | str = ()
    category: str | None = None
    notes: tuple[Message, ...] = ()
    problem: Message | None = None


def escape_braces(text: str) -> str:
    """Literal text as Huashu template text: braces doubled, so it renders as written."""
    return text.replace("{", "{{").replace("}", "}}")


class NotText(ValueError):
    """A field holds a list, a mapping or another structure where text belongs. Such a value
    is never turned into text: a YAML file with nested aliases ("billion laughs") is small
    as a structure and gigabytes as a string."""


def text_of(value: object) -> str:
    """A cell or field as text: numbers without a trailing .0, Windows line breaks as \\n."""
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise NotText(type(value).__name__)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def name_of(value: object) -> str:
    """A group or folder name as text; anything that is not text names nothing."""
    try:
        return text_of(value)
    except NotText:
        return ""


def row_or_problem(read_row: Callable[..., SnippetRow], where: Where, *entry: object) -> SnippetRow:
    """The row ``read_row(where, *entry)`` reads, or a row problem when a field is not text."""
    try:
        return read_row(where, *entry)
    except NotText:
        return SnippetRow(where, problem=Message("row_field_not_text"))


def fill_in(name: str, fallback: str = "输入") -> str:
    """``{name}``, a fill-in field asked for before pasting; a name that a placeholder cannot
    have (punctuation, braces) becomes ``fallback``."""
    name = name.strip()
    found = placeholders("{" + name + "}") if name else []
    return "{" + (name if len(found) == 1 and found[0].default is None else fallback) + "}"
