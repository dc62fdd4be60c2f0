"""What a zip archive's directory tells before anything is unpacked (packs, .xlsx, .docx).

Only stored and deflated entries are accepted: for those Python's zipfile never unpacks more
than an entry declares, so the declared sizes can be trusted; for bzip2 and LZMA it unpacks
each chunk whole first (a 1 KB entry can take gigabytes). Office and Huashu files use
deflate only.
"""

from __future__ import annotations

import zipfile
from enum import StrEnum
from pathlib import PurePosixPath

BOUNDED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class ZipProblem(StrEnum):
    ENTRIES = "entries"
    SIZE = "size"
    METHOD = "method"
    NAME = "name"


def zip_problem(infos: list[zipfile.ZipInfo], *, max_entries: int,
                max_bytes: int) -> tuple[ZipProblem, zipfile.ZipInfo | None] | None:
    """The first reason to refuse an archive with these entries (and the entry), or None."""
    if len(infos) > max_entries:
        return ZipProblem.ENTRIES, None
    total = 0
    for info in infos:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if (name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":")
                or ".." in parts or "\x00" in name):
            return ZipProblem.NAME, info
        if info.compress_type not in BOUNDED_METHODS:
            return ZipProblem.METHOD, info
        total += info.file_size
        if total > max_bytes:
            return ZipProblem.SIZE, info
    return None
