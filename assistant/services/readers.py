"""Reading handbooks into blocks (headings and paragraphs), one function per format.

Markdown and plain text need no library (decoding.py tells their encoding); .docx uses
python-docx (paragraph styles give the headings), .html a real HTML parser (BeautifulSoup over
html.parser), .pdf pypdf's text. A file that cannot be read gives a message saying what to do,
never a library's exception class.
"""

from __future__ import annotations

import logging
import re
import stat
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from assistant.core.errors import InvalidInput
from assistant.core.sections import Block, blocks_from_plain_text, clean_text

from .decoding import decode_text
from .zips import ZipProblem, zip_problem

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_FILE_BYTES = 50 * 1024 * 1024
SUPPORTED = (".md", ".markdown", ".txt", ".docx", ".html", ".htm", ".pdf")


def _markdown(text: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    fenced = False

    def flush() -> None:
        if paragraph:
            blocks.append(Block("\n".join(paragraph)))
            paragraph.clear()

    for line in clean_text(text).split("\n"):
        if line.strip().startswith("```"):
            fenced = not fenced
            paragraph.append(line)
            continue
        heading = None if fenced else re.match(r"^(#{1,6})\s+(.+?)\s*#*\s*$", line)
        if heading:
            flush()
            blocks.append(Block(heading.group(2), len(heading.group(1))))
        elif not line.strip() and not fenced:
            flush()
        else:
            paragraph.append(line)
    flush()
    return blocks


MAX_DOCX_ENTRIES = 5000
MAX_DOCX_UNPACKED = 200 * 1024 * 1024


def _check_docx_archive(path: Path) -> None:
    """A .docx is a zip: refuse before parsing one that would unpack too large (a zip bomb
    renamed .docx), using the sizes its directory declares (see zips.py)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        found = zip_problem(archive.infolist(), max_entries=MAX_DOCX_ENTRIES,
                            max_bytes=MAX_DOCX_UNPACKED)
    if found is not None:
        if found[0] is ZipProblem.SIZE or found[0] is ZipProblem.ENTRIES:
            raise InvalidInput("file_too_large_unpacked", limit_mb=MAX_DOCX_UNPACKED // 2**20)
        raise InvalidInput("docx_damaged")


def _docx(path: Path) -> list[Block]:
    import docx

    _check_docx_archive(path)
    document = docx.Document(str(path))
    blocks: list[Block] = []
    for paragraph in document.paragraphs:
        text = clean_text(paragraph.text).strip()
        if not text:
            continue
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        level = None
        m = re.search(r"(heading|标题|標題)\s*(\d)", style)
        if m:
            level = int(m.group(2))
        elif style in ("title", "标题"):
            level = 1
        blocks.append(Block(text, level))
    for table in document.tables:
        rows = [" | ".join(cell.text.strip() for cell in row.cells) for row in table.rows]
        if rows:
            blocks.append(Block("\n".join(rows)))
    if not any(b.level for b in blocks):
        return blocks_from_plain_text("\n\n".join(b.text for b in blocks))
    return blocks


def _html(text: str) -> list[Block]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "noscript"]):
        tag.decompose()
    blocks: list[Block] = []
    for element in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "td", "blockquote"]):
        if element.find_parent(["p", "li", "td", "blockquote"]) is not None:
            continue
        content = clean_text(element.get_text(" ", strip=True)).strip()
        if not content:
            continue
        level = int(element.name[1]) if element.name[0] == "h" and element.name[1:].isdigit() else None
        blocks.append(Block(content, level))
    if not any(b.level for b in blocks):
        return blocks_from_plain_text("\n\n".join(b.text for b in blocks))
    return blocks


def _pdf(path: Path) -> list[Block]:
    from pypdf import PasswordType, PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise InvalidInput("pdf_password")
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if not text.strip():
        raise InvalidInput("pdf_no_text")
    return blocks_from_plain_text(text)


def _parse(path: Path, suffix: str) -> list[Block]:
    if suffix == ".docx":
        return _docx(path)
    if suffix == ".pdf":
        return _pdf(path)
    text = decode_text(path.read_bytes())
    if suffix in (".html", ".htm"):
        return _html(text)
    if suffix in (".md", ".markdown"):
        return _markdown(text)
    return blocks_from_plain_text(text)


def read_blocks(path: Path, limit_bytes: int = MAX_FILE_BYTES) -> list[Block]:
    """The file's blocks; raises InvalidInput naming the file and saying what to do when it
    cannot be read. What the parsing libraries complain about goes to the debug log only."""
    with naming(path):
        check_file(path, limit_bytes)
        suffix = path.suffix.lower()
        if not suffix:
            raise InvalidInput("file_type_missing", supported=SUPPORTED)
        if suffix not in SUPPORTED:
            raise InvalidInput("file_type_unsupported", suffix=suffix, supported=SUPPORTED)
        blocks = parse_file(path, lambda p: _parse(p, suffix), _damaged(suffix))
        if not any(b.text.strip() for b in blocks):
            raise InvalidInput("file_no_text")
        return blocks


@contextmanager
def naming(path: Path) -> Iterator[None]:
    """Errors raised within, wrapped in one that names the file ("手册.pdf: …")."""
    try:
        yield
    except InvalidInput as exc:
        raise InvalidInput("file_problem", file=path.name, cause=exc) from None


def parse_file(path: Path, parse: Callable[[Path], T], damaged: InvalidInput) -> T:
    """``parse(path)`` (a file :func:`check_file` accepted), with the libraries' complaints
    sent to the debug log. Its own InvalidInput passes; an OSError becomes the matching
    message, and any other exception (a damaged file makes the libraries raise many kinds)
    ``damaged``."""
    try:
        with quiet_libraries():
            return parse(path)
    except InvalidInput:
        raise
    except OSError as exc:
        raise unreadable(exc) from None
    except Exception:
        log.debug("cannot parse %s", path, exc_info=True)
        raise damaged from None


def check_file(path: Path, limit_bytes: int = MAX_FILE_BYTES) -> None:
    """Raise InvalidInput unless ``path`` is an ordinary, readable file within the limit: a
    folder, a device (``/dev/zero`` behind a symlink would be read until memory runs out) or a
    pipe (reading would wait forever) is refused before it is opened."""
    try:
        info = path.stat()
    except OSError as exc:
        raise unreadable(exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise InvalidInput("import_folder")
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput("file_not_regular")
    if info.st_size > limit_bytes:
        raise InvalidInput("file_too_large", limit=limit_bytes // 2**20)


def unreadable(exc: OSError) -> InvalidInput:
    if isinstance(exc, FileNotFoundError):
        return InvalidInput("file_missing")
    if isinstance(exc, PermissionError):
        return InvalidInput("file_permission_denied")
    return InvalidInput("file_unreadable", reason=exc.strerror or exc)


def _damaged(suffix: str) -> InvalidInput:
    if suffix == ".pdf":
        return InvalidInput("pdf_damaged")
    if suffix == ".docx":
        return InvalidInput("docx_damaged")
    return InvalidInput("file_damaged", format=suffix[1:].upper())


class _ToDebugLog(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        log.debug("%s: %s", record.name, record.getMessage())


_quiet_lock = threading.RLock()


@contextmanager
def quiet_libraries() -> Iterator[None]:
    """Send what pypdf logs ("Ignoring wrong pointing object", "Multiple definitions in
    dictionary") and any library's warnings to the debug log instead of the terminal, for one
    read.

    Logging and warning filters are process-wide: reads holding this are serialised, so that
    each restores exactly what it found."""
    logger = logging.getLogger("pypdf")
    handler = _ToDebugLog()
    with _quiet_lock, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        propagate = logger.propagate
        logger.addHandler(handler)
        logger.propagate = False
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.propagate = propagate
            for warning in caught:
                log.debug("%s: %s", warning.category.__name__, warning.message)
