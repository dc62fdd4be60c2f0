"""Reading handbooks into blocks (headings and paragraphs), one function per format.

Markdown and plain text need no library; .docx uses python-docx (paragraph styles give the
headings), .html a real HTML parser (BeautifulSoup over html.parser), .pdf pypdf's text.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.core.errors import InvalidInput
from assistant.core.sections import Block, blocks_from_plain_text, clean_text

MAX_FILE_BYTES = 50 * 1024 * 1024
SUPPORTED = (".md", ".markdown", ".txt", ".docx", ".html", ".htm", ".pdf")


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030", "big5", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InvalidInput("the text is in an unknown encoding (save it as UTF-8)")


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


def _docx(path: Path) -> list[Block]:
    import docx

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
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        raise InvalidInput("the PDF is encrypted")
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n".join(pages)
    if not text.strip():
        raise InvalidInput("the PDF has no text layer (scanned pages cannot be read)")
    return blocks_from_plain_text(text)


def read_blocks(path: Path) -> list[Block]:
    """The file's blocks; raises InvalidInput with a one-line reason when it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InvalidInput(f"{path.name}: unsupported file type '{suffix or '(none)'}' "
                           f"(supported: {', '.join(SUPPORTED)})")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise InvalidInput(f"{path.name}: file is larger than {MAX_FILE_BYTES // 2**20} MB")
    try:
        if suffix == ".docx":
            blocks = _docx(path)
        elif suffix == ".pdf":
            blocks = _pdf(path)
        else:
            text = decode_text(path.read_bytes())
            if suffix in (".html", ".htm"):
                blocks = _html(text)
            elif suffix in (".md", ".markdown"):
                blocks = _markdown(text)
            else:
                blocks = blocks_from_plain_text(text)
    except InvalidInput as exc:
        raise InvalidInput(f"{path.name}: {exc}") from None
    except OSError as exc:
        raise InvalidInput(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    except Exception as exc:  # a damaged .docx/.pdf: the libraries raise many kinds
        raise InvalidInput(f"{path.name}: not a readable {suffix[1:]} file ({type(exc).__name__})") from None
    if not any(b.text.strip() for b in blocks):
        raise InvalidInput(f"{path.name}: no text found")
    return blocks
