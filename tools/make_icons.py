"""Render resources/icons/huashu.svg into the icons the packages need:

    huashu.png   256 px, for the Linux menu (hicolor/256x256) beside the SVG
    huashu.ico   16, 24, 32, 48, 64 and 256 px, PNG-compressed entries (Windows Vista and later)
    huashu.icns  ic07 128, ic08 256, ic09 512 and ic10 1024 px, PNG data (macOS 10.7 and later)

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py [--out DIR]

Only PySide6 (QtSvg, QtGui) is used; the ICO and ICNS containers are written here. The same
SVG rendered by the same Qt gives the same bytes: rerun this after changing the SVG and commit
the results.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "huashu.svg"

PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 256)
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR (reserved 0, type 1, count), one 16-byte ICONDIRENTRY per image
    (width and height as a byte, 0 meaning 256; no palette; 1 plane; 32 bits per pixel; the
    data's size and offset), then the images, here PNG streams."""
    sizes = sorted(images)
    offset = 6 + 16 * len(sizes)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    entries, blobs = b"", b""
    for size in sizes:
        data = images[size]
        side = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(elements: list[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file: 'icns' and the file's length, then per element its four-character type
    and length (both counting the 8-byte element header) and its data; big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=ICONS, help="default: resources/icons")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    sizes = sorted({PNG_SIZE, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    rendered = {size: render_png(args.svg, size) for size in sizes}
    outputs = {
        "huashu.png": rendered[PNG_SIZE],
        "huashu.ico": ico({size: rendered[size] for size in ICO_SIZES}),
        "huashu.icns": icns([(kind, rendered[size]) for kind, size in ICNS_TYPES]),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in outputs.items():
        (args.out / name).write_bytes(data)
        print(f"{args.out / name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
