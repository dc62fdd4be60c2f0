"""Turning the bytes of a handbook into text, or refusing when they are not text.

Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; NUL bytes mean UTF-16
without a mark when they sit in every other byte and the result is clean text, and binary data
otherwise; the rest is UTF-8, else GB18030 or Big5, whichever reads as ordinary Chinese.
Whatever decodes must still look like text (no soup of control characters).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from assistant.core.errors import InvalidInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ODD = re.compile("[\x00-\x08\x0e-\x19\x1c-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")
_SAMPLE_CHARS = 5000
# Big5 must read clearly better than GB18030 to be chosen: most GB18030 text is also valid
# Big5 (as nonsense), and GB18030 is what mainland tools write.
_BIG5_MARGIN = 0.15


def decode_text(data: bytes) -> str:
    """The text in ``data``; raises InvalidInput (file_not_text, file_unknown_encoding)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decode(data[len(bom):], encoding)
            if text is not None and _looks_like_text(text):
                return text
    if b"\x00" in data.rstrip(b"\x00"):
        text = _utf16(data)
        if text is None:
            raise InvalidInput("file_not_text")
        return text
    data = data.rstrip(b"\x00")
    text = _decode(data, "utf-8") or _chinese(data)
    if text is None:
        raise InvalidInput("file_unknown_encoding")
    if not _looks_like_text(text):
        raise InvalidInput("file_not_text")
    return text


def _decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16(data: bytes) -> str | None:
    """``data`` as UTF-16 without a byte-order mark, if it reads as text in either order.

    Text in UTF-16 has NUL bytes wherever a character is below U+0100 (ASCII, line breaks) or
    ends in 00 (一 is U+4E00): the high bytes of ASCII sit in odd positions for little-endian.
    The byte order that gives fewer odd characters wins, the NULs' hint breaking a tie."""
    if len(data) % 2:
        return None
    orders = ["utf-16-le", "utf-16-be"]
    if data[0::2].count(0) > data[1::2].count(0):
        orders.reverse()
    candidates = [text for text in (_decode(data, order) for order in orders)
                  if text is not None and _looks_like_text(text)]
    return min(candidates, key=_odd_count) if candidates else None


def _looks_like_text(text: str) -> bool:
    """No NULs, at most a trace of other control characters, and few unassigned or private-use
    code points (what bytes of another kind decoded as text give)."""
    return "\x00" not in text and _odd_count(text) <= max(2, len(text) // 200)


def _odd_count(text: str) -> int:
    """Control characters other than tab, line breaks, SUB and ESC, and private-use code
    points, in all the text; unassigned code points in its start (a slower test)."""
    unassigned = sum(1 for ch in text[:_SAMPLE_CHARS * 4] if unicodedata.category(ch) == "Cn")
    return len(_ODD.findall(text)) + unassigned


def _chinese(data: bytes) -> str | None:
    """GB18030 or Big5 (cp950), whichever decodes and holds more of its common characters."""
    gb = _decode(data, "gb18030")
    big5 = _decode(data, "cp950")
    if gb is None or big5 is None:
        return gb if gb is not None else big5
    if _common_share(big5, "cp950", _big5_common) > _common_share(gb, "gb18030", _gb_common) \
            + _BIG5_MARGIN:
        return big5
    return gb


def _common_share(text: str, encoding: str, common) -> float:
    sample = [ch for ch in text[: _SAMPLE_CHARS * 4] if ord(ch) > 0x7F][:_SAMPLE_CHARS]
    if not sample:
        return 1.0
    return sum(1 for ch in sample if common(ch.encode(encoding))) / len(sample)


def _gb_common(code: bytes) -> bool:
    """Punctuation and full-width forms (rows A1-A3) or first-level hanzi (rows B0-D7) of
    GB2312: the characters ordinary simplified Chinese text is made of."""
    return len(code) == 2 and code[1] >= 0xA1 and (0xA1 <= code[0] <= 0xA3
                                                   or 0xB0 <= code[0] <= 0xD7)


def _big5_common(code: bytes) -> bool:
    """Punctuation (A140-A3BF) or frequently used characters (A440-C67E) of Big5."""
    if len(code) != 2:
        return False
    return 0xA1 <= code[0] <= 0xC5 or (code[0] == 0xC6 and code[1] <= 0x7E)
