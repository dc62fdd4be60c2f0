"""Espanso match files (YAML): ``matches:`` entries with ``trigger`` or ``triggers``,
``replace`` (or ``form``, ``markdown``, ``html``) and an optional ``label``.

The YAML is read with PyYAML's safe loader: tags such as ``!!python/object`` are refused, never
run. ``{{var}}`` becomes a Huashu placeholder: clipboard and date variables the built-in
``{剪贴板}``, ``{日期}`` or ``{时间}``, echo variables their text, anything else (form fields,
shell commands…) a fill-in field asked for before pasting. Form fields ``[[name]]`` become
fill-ins too. Picture matches and regex triggers cannot be imported and are reported.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from assistant.core.errors import InvalidInput
from assistant.core.messages import Message

from ..decoding import decode_text
from .rows import (
    ENTRY,
    LINE,
    MAX_ROWS,
    SnippetRow,
    Where,
    escape_braces,
    fill_in,
    name_of,
    row_or_problem,
    text_of,
)

_VARIABLE = re.compile(r"\{\{\s*([\w.\-]+)\s*\}\}")
_FORM_FIELD = re.compile(r"\[\[\s*([\w.\-]+)\s*\]\]")
_CURSOR = "$|$"
_DATE_CODE = re.compile(r"%[-_0^#]?(\w)")
_TIME_CODES = set("HIklMSpPrRTXz")


def read_espanso(path: Path) -> list[SnippetRow]:
    document, node = _load(decode_text(path.read_bytes()))
    matches = document.get("matches") if isinstance(document, dict) else None
    if not isinstance(matches, list):
        raise InvalidInput("espanso_no_matches")
    if len(matches) > MAX_ROWS:
        raise InvalidInput("import_too_many_rows", limit=MAX_ROWS)
    lines = _entry_lines(node)
    global_vars = _variables(document.get("global_vars"))
    rows = []
    for index, entry in enumerate(matches):
        where = Where(LINE, lines[index]) if index < len(lines) else Where(ENTRY, index + 1)
        rows.append(row_or_problem(_row, where, entry, global_vars))
    return rows


def _load(text: str):
    """The document and its node tree (for line numbers), through the safe loader only."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InvalidInput("yaml_invalid", line=mark.line + 1 if mark else 1,
                           reason=exc.problem or exc.context or "") from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise InvalidInput("yaml_invalid", line=1, reason=str(exc)[:200]) from None
    finally:
        loader.dispose()


def _entry_lines(node) -> list[int]:
    """The line (from 1) where each entry of ``matches:`` starts."""
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if getattr(key, "value", None) == "matches" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _variables(raw: object) -> dict[str, dict]:
    if not isinstance(raw, list):
        return {}
    return {name_of(item["name"]): item for item in raw
            if isinstance(item, dict) and item.get("name") is not None}


def _row(where: Where, entry: object, global_vars: dict[str, dict]) -> SnippetRow:
    if not isinstance(entry, dict):
        return SnippetRow(where, problem=Message("row_not_a_snippet"))
    triggers = entry.get("triggers")
    triggers = ([text_of(t) for t in triggers] if isinstance(triggers, list)
                else [text_of(entry["trigger"])] if entry.get("trigger") is not None else [])
    if entry.get("regex") is not None and not triggers:
        return SnippetRow(where, problem=Message("row_regex_trigger"))
    if entry.get("image_path") is not None:
        return SnippetRow(where, problem=Message("row_picture_only"))
    notes: list[Message] = []
    raw, form = _text(entry, notes)
    if raw is None:
        return SnippetRow(where, problem=Message("row_no_text"))
    variables = {**global_vars, **_variables(entry.get("vars"))}
    body = _convert(raw.replace(_CURSOR, ""), variables, form, notes)
    if len(triggers) > 1:
        notes.append(Message("row_extra_triggers", kept=triggers[0], others=tuple(triggers[1:])))
    label = entry.get("label")
    return SnippetRow(where, body=body, title=text_of(label) if label is not None else None,
                      shortcut=triggers[0] if triggers else None, notes=tuple(notes))


def _text(entry: dict, notes: list[Message]) -> tuple[str | None, bool]:
    """The entry's text and whether it is a form (whose ``[[fields]]`` are fill-ins)."""
    if entry.get("form") is not None:
        return text_of(entry["form"]), True
    for key in ("replace", "markdown"):
        if entry.get(key) is not None:
            if key == "markdown":
                notes.append(Message("row_formatting_dropped", format="Markdown"))
            return text_of(entry[key]), False
    if entry.get("html") is not None:
        from bs4 import BeautifulSoup

        notes.append(Message("row_formatting_dropped", format="HTML"))
        return BeautifulSoup(text_of(entry["html"]), "html.parser").get_text(), False
    return None, False


def _convert(raw: str, variables: dict[str, dict], form: bool, notes: list[Message]) -> str:
    pattern = re.compile(f"{_VARIABLE.pattern}|{_FORM_FIELD.pattern}") if form else _VARIABLE
    pieces, last = [], 0
    for match in pattern.finditer(raw):
        pieces.append(escape_braces(raw[last:match.start()]))
        name = next(group for group in match.groups() if group)
        pieces.append(_placeholder(name, variables.get(name), notes))
        last = match.end()
    pieces.append(escape_braces(raw[last:]))
    return "".join(pieces)


def _placeholder(name: str, variable: dict | None, notes: list[Message]) -> str:
    kind = name_of(variable.get("type")) if variable else ""
    params = variable.get("params") if variable and isinstance(variable.get("params"), dict) \
        else {}
    if kind == "clipboard":
        return "{剪贴板}"
    if kind == "date":
        return _date(text_of(params.get("format")))
    if kind == "echo" and params.get("echo") is not None:
        return escape_braces(text_of(params["echo"]))
    field = name.rsplit(".", 1)[-1]
    if kind and kind != "form":
        notes.append(Message("row_variable_fill_in", name=field, kind=kind))
    return fill_in(field)


def _date(strftime_format: str) -> str:
    """The built-in placeholders for what an Espanso date format shows: the date, the time or
    both (Huashu writes them as YYYY-MM-DD and HH:MM)."""
    codes = set(_DATE_CODE.findall(strftime_format))
    times, dates = codes & _TIME_CODES, codes - _TIME_CODES
    if times and dates:
        return "{日期} {时间}"
    return "{时间}" if times else "{日期}"
