"""Writing templates to a sheet (.xlsx or .csv) in the flat layout quick-phrase tools such as
千牛 import: 分类, 标题, 快捷编码, 内容, 标签 (tags joined with commas), categories as paths
(``售后/退货``). ``huashu import`` reads such a sheet back.

CSV is written in UTF-8 with a byte-order mark, which Excel on Chinese Windows needs to read it
as UTF-8. Excel would run a CSV cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula, so
such cells get a leading ``'`` that importing takes off again. The .xlsx stores every cell as
text, formulas never. The file is written beside its target and moved over it when complete.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from assistant.core.content import Template
from assistant.core.errors import InvalidInput
from assistant.files import replaced_atomically

from .snippets.sheets import EXPORT_HEADER, FORMULA_GUARD, FORMULA_LIKE
from .templates import TemplateService

FORMATS = ("xlsx", "csv")
TAG_SEPARATOR = ","
# Control characters an .xlsx cannot hold (XML 1.0 forbids them); they have no place in a
# reply anyway.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def export_format(path: Path, requested: str | None = None) -> str:
    """The format to write: ``requested``, else the one the file name ends in."""
    suffix = path.suffix.lower().lstrip(".")
    if requested is None:
        if suffix not in FORMATS:
            raise InvalidInput("export_format_unknown", file=path.name, formats=FORMATS)
        return suffix
    if requested not in FORMATS:
        raise InvalidInput("export_format_unknown", file=path.name, formats=FORMATS)
    if suffix in FORMATS and suffix != requested:
        raise InvalidInput("export_suffix_mismatch", file=path.name, format=requested)
    return requested


def selected_templates(templates: TemplateService,
                       categories: Sequence[str] = ()) -> list[Template]:
    """Every template, or those of ``categories`` and their subcategories, each once."""
    if not categories:
        return templates.list()
    chosen: dict[str, Template] = {}
    for category in categories:
        for template in templates.list(category):
            chosen.setdefault(template.id, template)
    return list(chosen.values())


def sheet_rows(items: Sequence[Template]) -> list[tuple[str, ...]]:
    """The header and one row per template, in the export's column order."""
    rows = [tuple(EXPORT_HEADER.values())]
    for t in items:
        rows.append((t.category or "", t.title, t.shortcut or "", t.body,
                     TAG_SEPARATOR.join(t.tags)))
    return rows


def export_templates(templates: TemplateService, path: Path, format: str | None = None,
                     categories: Sequence[str] = ()) -> int:
    """Write the templates (all, or those of ``categories``) to ``path``; the number written."""
    return write_templates(selected_templates(templates, categories), path, format)


def write_templates(items: Sequence[Template], path: Path, format: str | None = None) -> int:
    """Write ``items`` (the templates chosen in the window) to ``path``; the number written."""
    chosen_format = export_format(path, format)
    rows = sheet_rows(items)
    try:
        with replaced_atomically(path, make_parents=False) as target:
            (_write_csv if chosen_format == "csv" else _write_xlsx)(target, rows)
    except OSError as exc:
        raise InvalidInput("export_unwritable", file=str(path),
                           reason=exc.strerror or exc) from None
    return len(items)


def _write_csv(target: Path, rows: list[tuple[str, ...]]) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(rows[0])
        writer.writerows(tuple(_guarded(cell) for cell in row) for row in rows[1:])


def _guarded(cell: str) -> str:
    return FORMULA_GUARD + cell if FORMULA_LIKE.match(cell) else cell


def _write_xlsx(target: Path, rows: list[tuple[str, ...]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("话术")
    for column, width in zip("ABCDE", (18, 24, 12, 60, 18)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    wrap = Alignment(wrap_text=True, vertical="top")
    for number, row in enumerate(rows):
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=_NOT_IN_XML.sub("", value))
            cell.data_type = "s"
            if number == 0:
                cell.font = Font(bold=True)
            else:
                cell.alignment = wrap
            cells.append(cell)
        sheet.append(cells)
    workbook.save(target)
