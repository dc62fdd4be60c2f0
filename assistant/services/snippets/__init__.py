"""Reading quick replies from files, one module per format: sheets (.xlsx, .csv), Espanso
(.yml, .yaml), Beeftext (.json) and TextExpander (.textexpander).

A file that cannot be read as a whole gives one message naming it and saying what to do;
rows that cannot be imported are marked on the row (see rows.SnippetRow) for the importer to
report. Each format's module is imported only when a file of its kind is read.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from assistant.core.errors import InvalidInput

from ..readers import MAX_FILE_BYTES, check_file, naming, parse_file
from .rows import SnippetRow

_READERS = {
    ".xlsx": ("sheets", "read_xlsx", "Excel"),
    ".csv": ("sheets", "read_csv", "CSV"),
    ".yml": ("espanso", "read_espanso", "Espanso YAML"),
    ".yaml": ("espanso", "read_espanso", "Espanso YAML"),
    ".json": ("beeftext", "read_beeftext", "Beeftext JSON"),
    ".textexpander": ("textexpander", "read_textexpander", "TextExpander"),
}
SUPPORTED = tuple(_READERS)


def is_snippet_file(path: Path) -> bool:
    """Whether ``path`` is a quick-reply file (by its extension) rather than a handbook."""
    return path.suffix.lower() in _READERS


def read_snippet_file(path: Path, limit_bytes: int = MAX_FILE_BYTES) -> list[SnippetRow]:
    """The rows of a quick-reply file; raises InvalidInput naming the file when it cannot be
    read as a whole (missing, not a file, too large, damaged, not of its format)."""
    with naming(path):
        check_file(path, limit_bytes)
        suffix = path.suffix.lower()
        if suffix not in _READERS:
            raise InvalidInput("file_type_unsupported", suffix=suffix or path.name,
                               supported=SUPPORTED)
        module, function, format_name = _READERS[suffix]
        reader = getattr(importlib.import_module(f"{__name__}.{module}"), function)
        damaged = (InvalidInput("xlsx_damaged") if suffix == ".xlsx"
                   else InvalidInput("file_damaged", format=format_name))
        return parse_file(path, reader, damaged)


def is_snippet_import(paths: list[Path]) -> bool:
    """True when every file holds quick replies, False when every one is a handbook; raises
    InvalidInput for a mix (the two imports have separate reports and transactions)."""
    snippets = [p for p in paths if is_snippet_file(p)]
    if snippets and len(snippets) < len(paths):
        handbook = next(p for p in paths if not is_snippet_file(p))
        raise InvalidInput("import_mixed_files", handbook=handbook.name, sheet=snippets[0].name)
    return bool(snippets)
