"""Beeftext combo files (JSON): ``combos`` with ``keyword``, ``snippet``, ``name`` and
``group``, the uuid of an entry of ``groups`` whose ``name`` becomes the category.

Variables: ``#{clipboard}``, ``#{date}``, ``#{time}`` and ``#{dateTime}`` become the built-in
placeholders, ``#{input:描述}`` a fill-in field, ``#{cursor}`` is dropped; the others (keys,
scripts, other combos) have no Huashu equivalent and stay as text, with a note.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.core.errors import InvalidInput
from assistant.core.messages import Message

from ..decoding import decode_text
from .rows import (
    ENTRY,
    MAX_ROWS,
    SnippetRow,
    Where,
    escape_braces,
    fill_in,
    name_of,
    row_or_problem,
    text_of,
)

_VARIABLE = re.compile(r"#\{([^{}]*)\}")
_BUILT_IN = {"clipboard": "{剪贴板}", "date": "{日期}", "time": "{时间}",
             "datetime": "{日期} {时间}", "cursor": ""}


def read_beeftext(path: Path) -> list[SnippetRow]:
    document = load_json(decode_text(path.read_bytes()))
    combos = document.get("combos") if isinstance(document, dict) else None
    if not isinstance(combos, list):
        raise InvalidInput("beeftext_no_combos")
    if len(combos) > MAX_ROWS:
        raise InvalidInput("import_too_many_rows", limit=MAX_ROWS)
    groups = {group.get("uuid"): name_of(group.get("name")).replace("/", "-")
              for group in document.get("groups") or () if isinstance(group, dict)}
    rows = []
    for number, combo in enumerate(combos, start=1):
        where = Where(ENTRY, number)
        rows.append(row_or_problem(_row, where, combo, groups))
    return rows


def load_json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput("json_invalid", line=exc.lineno, reason=exc.msg) from None
    except RecursionError:
        raise InvalidInput("json_invalid", line=1, reason="nested too deeply") from None


def _row(where: Where, combo: object, groups: dict) -> SnippetRow:
    if not isinstance(combo, dict):
        return SnippetRow(where, problem=Message("row_not_a_snippet"))
    notes: list[Message] = []
    body = _convert(text_of(combo.get("snippet")), notes)
    return SnippetRow(where, body=body, title=text_of(combo.get("name")) or None,
                      shortcut=text_of(combo.get("keyword")) or None,
                      category=groups.get(combo.get("group")) or None, notes=tuple(notes))


def _convert(raw: str, notes: list[Message]) -> str:
    pieces, last = [], 0
    for match in _VARIABLE.finditer(raw):
        pieces.append(escape_braces(raw[last:match.start()]))
        pieces.append(_placeholder(match.group(1), match.group(0), notes))
        last = match.end()
    pieces.append(escape_braces(raw[last:]))
    return "".join(pieces)


def _placeholder(inner: str, written: str, notes: list[Message]) -> str:
    name, _, argument = inner.partition(":")
    name = name.strip().lower()
    if name in _BUILT_IN:
        return _BUILT_IN[name]
    if name == "input":
        return fill_in(argument)
    notes.append(Message("row_macro_kept", macro=written))
    return escape_braces(written)
