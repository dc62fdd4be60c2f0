"""TextExpander group files (``.textexpander``, an XML or binary property list): a
``snippetsTE2`` list with ``abbreviation``, ``plainText`` and ``label``; ``groupInfo``'s
``groupName`` becomes the category.

Macros: ``%clipboard`` becomes ``{剪贴板}``, date and time codes (``%Y-%m-%d``, ``%H:%M``)
``{日期}``/``{时间}``, fill-ins (``%filltext:name=订单号%``) fill-in fields, ``%%`` a percent
sign; the cursor mark ``%|`` is dropped. Other macros stay as text, with a note. Script
snippets (AppleScript, shell, JavaScript) cannot be imported; formatted ones keep their text.
"""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

from assistant.core.errors import InvalidInput
from assistant.core.messages import Message

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

PLAIN, FORMATTED = 0, 1
SCRIPTS = {2: "AppleScript", 3: "Shell Script", 4: "JavaScript"}
_DATE_CODES = "YymBbdeAaj"
_TIME_CODES = "HIMSp"
_CODE = rf"%1?[{_DATE_CODES}{_TIME_CODES}]"
_MACRO = re.compile(
    rf"(?P<datetime>{_CODE}(?:[-/.:, 年月日时分秒]*{_CODE})*[年月日时分秒]?)"
    r"|%(?P<fill>fill\w*):(?P<args>[^%]*)%"
    r"|(?P<other>%(?:snippet|key|delay)\w*:[^%]*%)"
    r"|(?P<clipboard>%clipboard)|(?P<cursor>%\|)|(?P<percent>%%)"
)


def read_textexpander(path: Path) -> list[SnippetRow]:
    try:
        document = plistlib.loads(path.read_bytes())
    except Exception:  # plistlib and its XML parser raise many kinds for a damaged file
        raise InvalidInput("textexpander_invalid") from None
    snippets = document.get("snippetsTE2") if isinstance(document, dict) else None
    if not isinstance(snippets, list):
        raise InvalidInput("textexpander_invalid")
    if len(snippets) > MAX_ROWS:
        raise InvalidInput("import_too_many_rows", limit=MAX_ROWS)
    info = document.get("groupInfo")
    group = name_of(info.get("groupName")).replace("/", "-") if isinstance(info, dict) else ""
    rows = []
    for number, snippet in enumerate(snippets, start=1):
        where = Where(ENTRY, number)
        rows.append(row_or_problem(_row, where, snippet, group or None))
    return rows


def _row(where: Where, snippet: object, group: str | None) -> SnippetRow:
    if not isinstance(snippet, dict):
        return SnippetRow(where, problem=Message("row_not_a_snippet"))
    kind = snippet.get("snippetType", PLAIN)
    if kind in SCRIPTS:
        return SnippetRow(where, problem=Message("row_script", kind=SCRIPTS[kind]))
    notes: list[Message] = []
    if kind == FORMATTED:
        notes.append(Message("row_formatting_dropped", format="RTF"))
    return SnippetRow(where, body=_convert(text_of(snippet.get("plainText")), notes),
                      title=text_of(snippet.get("label")) or None,
                      shortcut=text_of(snippet.get("abbreviation")) or None,
                      category=group, notes=tuple(notes))


def _convert(raw: str, notes: list[Message]) -> str:
    pieces, last = [], 0
    for match in _MACRO.finditer(raw):
        pieces.append(escape_braces(raw[last:match.start()]))
        pieces.append(_placeholder(match, notes))
        last = match.end()
    pieces.append(escape_braces(raw[last:]))
    return "".join(pieces)


def _placeholder(match: re.Match, notes: list[Message]) -> str:
    if match["datetime"]:
        codes = set(re.findall(r"%1?(\w)", match["datetime"]))
        date, time = codes & set(_DATE_CODES), codes & set(_TIME_CODES)
        return " ".join(p for p, wanted in (("{日期}", date), ("{时间}", time)) if wanted)
    if match["fill"]:
        options = dict(part.partition("=")[::2] for part in match["args"].split(":"))
        return fill_in(options.get("name", ""), fallback="填写")
    if match["clipboard"]:
        return "{剪贴板}"
    if match["cursor"]:
        return ""
    if match["percent"]:
        return "%"
    notes.append(Message("row_macro_kept", macro=match.group(0)))
    return escape_braces(match.group(0))
