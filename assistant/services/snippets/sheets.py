"""Quick replies in a flat sheet (.xlsx or .csv): Huashu's own export and the quick-phrase
sheets of Chinese chat workbenches (千牛, 京麦, 拼多多).

One row per reply under a header row, which may follow a few title lines. Header names are
matched in Chinese or English, ignoring case, spaces, a leading ``*`` and a trailing ``（必填）``
or ``(选填)``. Groups nested as ``A=>B`` become the category path ``A/B``. A picture column is
read only to say that its pictures were not imported: Huashu pastes text.

An .xlsx is a zip archive: the unpacked size of its parts is checked before openpyxl opens it,
so that a small file cannot unpack into gigabytes.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from assistant.core.content import CATEGORY_SEPARATOR
from assistant.core.errors import InvalidInput
from assistant.core.messages import Message

from ..decoding import decode_text
from ..zips import ZipProblem, zip_problem
from .rows import MAX_ROWS, ROW, SnippetRow, Where, text_of

CATEGORY, TITLE, SHORTCUT, BODY, TAGS, IMAGE = (
    "category", "title", "shortcut", "body", "tags", "image")
EXPORT_HEADER = {CATEGORY: "分类", TITLE: "标题", SHORTCUT: "快捷编码", BODY: "内容", TAGS: "标签"}
HEADER_NAMES = {
    CATEGORY: ("category", "group", "分类", "分组", "分组名", "分组名称"),
    TITLE: ("title", "标题", "名称", "短语名称", "话术标题"),
    SHORTCUT: ("shortcut", "快捷编码", "快捷码", "编码", "快捷短语编码"),
    BODY: ("body", "content", "text", "内容", "短语内容", "快捷短语", "回复内容", "话术",
           "话术内容", "短语"),
    TAGS: ("tags", "tag", "标签"),
    IMAGE: ("image", "image url", "imageurl", "图片", "图片名", "图片名称", "图片链接",
            "图片地址"),
}
HEADER_SEARCH_ROWS = 10
MAX_COLUMNS = 50
MAX_UNPACKED_BYTES = 100 * 2**20
MAX_ZIP_ENTRIES = 2000
FORMULA_GUARD = "'"
FORMULA_LIKE = re.compile(r"'*[=+\-@]")
_NESTED_GROUP = re.compile(r"\s*=>\s*")
_DECORATION = re.compile(r"^[*＊]+|[(（][^()（）]*[)）]$|\s+")
_COLUMN_OF = {name: column for column, names in HEADER_NAMES.items() for name in names}


def _column(cell: object) -> str | None:
    name = _DECORATION.sub("", text_of(cell).strip()).lower()
    return _COLUMN_OF.get(name)


def header_columns(cells: Sequence[object]) -> dict[str, int] | None:
    """Which column holds which field, if ``cells`` is a header row: it names the content
    column and at least one other."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        column = _column(cell)
        if column is not None:
            columns.setdefault(column, index)
    return columns if BODY in columns and len(columns) >= 2 else None


def category_path(raw: str) -> str:
    """``A=>B`` (how workbenches write nested groups) or ``A/B`` as the path ``A/B``."""
    return CATEGORY_SEPARATOR.join(part.strip() for part in _NESTED_GROUP.split(raw.strip()))


def _find_header(rows: Iterable[Sequence[object]]) -> tuple[int, dict[str, int]] | None:
    """The header's row number (from 1) and its columns, if one of the first rows is one."""
    for index, cells in enumerate(rows):
        if index >= HEADER_SEARCH_ROWS:
            break
        columns = header_columns(cells)
        if columns is not None:
            return index + 1, columns
    return None


def _no_header() -> InvalidInput:
    return InvalidInput("sheet_no_header", rows=HEADER_SEARCH_ROWS,
                        columns=tuple(EXPORT_HEADER.values()))


def _rows(records: Iterable[Sequence[object]], header_row: int, columns: dict[str, int],
          unguard: bool) -> list[SnippetRow]:
    rows = []
    for number, cells in enumerate(records, start=header_row + 1):
        values = {column: text_of(cells[index]) if index < len(cells) else ""
                  for column, index in columns.items()}
        if unguard:
            values = {column: _unguarded(value) for column, value in values.items()}
        if not any(value.strip() for value in values.values()):
            continue
        if len(rows) >= MAX_ROWS:
            raise InvalidInput("import_too_many_rows", limit=MAX_ROWS)
        rows.append(_row(Where(ROW, number), values))
    return rows


def _row(where: Where, values: dict[str, str]) -> SnippetRow:
    body = values.get(BODY, "")
    image = values.get(IMAGE, "").strip()
    if image and not body.strip():
        return SnippetRow(where, problem=Message("row_picture_only"))
    return SnippetRow(
        where,
        body=body,
        title=values.get(TITLE) or None,
        shortcut=values.get(SHORTCUT) or None,
        tags=values.get(TAGS, ""),
        category=category_path(values.get(CATEGORY, "")) or None,
        notes=(Message("row_picture_dropped", image=image[:60]),) if image else (),
    )


def _unguarded(value: str) -> str:
    """A cell as Huashu wrote it: the export puts ``'`` before text that Excel would otherwise
    take for a formula (``=…``, ``-…``, and ``'=…`` so that it survives too); importing takes
    it off again."""
    if value.startswith(FORMULA_GUARD) and FORMULA_LIKE.match(value, 1):
        return value[1:]
    return value


# -- CSV ----------------------------------------------------------------------------------------

def read_csv(path: Path) -> list[SnippetRow]:
    text = decode_text(path.read_bytes())
    for delimiter in (",", "\t", ";"):
        found = _find_header(_csv_records(text, delimiter))
        if found is not None:
            header_row, columns = found
            records = _csv_records(text, delimiter)
            for _ in range(header_row):
                next(records)
            return _rows(records, header_row, columns, unguard=True)
    raise _no_header()


def _csv_records(text: str, delimiter: str) -> Iterator[list[str]]:
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error:
        raise InvalidInput("file_damaged", format="CSV") from None


# -- Excel --------------------------------------------------------------------------------------

def read_xlsx(path: Path) -> list[SnippetRow]:
    check_workbook_archive(path)
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            found = _find_header(sheet.iter_rows(max_row=HEADER_SEARCH_ROWS,
                                                 max_col=MAX_COLUMNS, values_only=True))
            if found is not None:
                header_row, columns = found
                records = sheet.iter_rows(min_row=header_row + 1, max_col=MAX_COLUMNS,
                                          values_only=True)
                return _rows(records, header_row, columns, unguard=False)
    finally:
        workbook.close()
    raise _no_header()


def check_workbook_archive(path: Path) -> None:
    """Refuse a file that is not a zip archive, or whose parts would unpack too large (see
    services/zips.py for why the declared sizes can be trusted)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise InvalidInput("xlsx_damaged") from None
    found = zip_problem(parts, max_entries=MAX_ZIP_ENTRIES, max_bytes=MAX_UNPACKED_BYTES)
    if found is not None:
        if found[0] in (ZipProblem.NAME, ZipProblem.METHOD):
            raise InvalidInput("xlsx_damaged")
        raise InvalidInput("xlsx_too_large_unpacked", limit=MAX_UNPACKED_BYTES // 2**20)
