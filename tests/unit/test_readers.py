"""Reading handbooks: encodings, files that are not text, damaged documents, quiet libraries."""

import codecs
import logging
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from assistant.core.errors import InvalidInput
from assistant.services.decoding import decode_text
from assistant.services.kb_import import import_files
from assistant.services.readers import read_blocks

from test_kb_import import write_pdf

HANDBOOK = "一、制度\n准时上班，耐心解答客户问题。\n二、职责\n退货运费由店铺承担。\n"
TRADITIONAL = ("投訴處理流程：先向客戶致歉，了解問題後提出解決方案，並告知處理時間。"
               "良好的溝通能力是客服人員最重要的技能。")


def titles(path: Path) -> list[str]:
    return [b.text for b in read_blocks(path) if b.level]


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF16_LE + HANDBOOK.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + HANDBOOK.encode("utf-16-be"),
    HANDBOOK.encode("utf-16-le"),
    HANDBOOK.encode("utf-16-be"),
    (HANDBOOK[:8] + "Returns within seven days.").encode("utf-16-le"),
    "一、制度\n准时上班。".encode("utf-16-be"),  # as many NULs in even as in odd places
    codecs.BOM_UTF32_LE + HANDBOOK.encode("utf-32-le"),
    codecs.BOM_UTF8 + HANDBOOK.encode("utf-8"),
    HANDBOOK.encode("gb18030"),
    HANDBOOK.encode("utf-8") + b"\x00\x00",  # NUL padding some exports leave at the end
], ids=["utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf16le-mostly-ascii",
        "utf16be-short", "utf32le-bom", "utf8-bom", "gb18030", "nul-padded"])
def test_text_encodings_decode(data):
    assert decode_text(data).startswith(HANDBOOK[:8])


def test_big5_is_told_from_gb18030():
    assert decode_text(TRADITIONAL.encode("cp950")) == TRADITIONAL
    assert decode_text(TRADITIONAL.encode("gb18030")) == TRADITIONAL
    for short in ("退货", "您好，在的", "物流查询方法", "運費險", "客戶服務"):
        encoding = "cp950" if short in ("運費險", "客戶服務") else "gb18030"
        assert decode_text(short.encode(encoding)) == short


def test_utf16_handbooks_import(app, tmp_path):
    with_bom = tmp_path / "制度.txt"
    with_bom.write_bytes(codecs.BOM_UTF16_LE + HANDBOOK.encode("utf-16-le"))
    without_bom = tmp_path / "policy.md"
    without_bom.write_bytes("# Returns\n\nWithin seven days.\n".encode("utf-16-le"))
    report = import_files(app.db, app.knowledge, [with_bom, without_bom])
    assert report.added == 3
    bodies = {a.title: a.body for a in app.knowledge.list()
              if a.source_file in ("制度.txt", "policy.md")}
    assert bodies == {"一 制度": "准时上班，耐心解答客户问题。", "二 职责": "退货运费由店铺承担。",
                      "Returns": "Within seven days."}


@pytest.mark.parametrize("name, data", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
    ("archive.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4),
    ("page.html", bytes(range(1, 32)) * 40),
])
def test_binary_files_are_refused(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInput) as caught:
        read_blocks(path)
    assert str(caught.value).startswith(f"{name}: not a text file")
    assert caught.value.text("zh_CN").startswith(f"{name}：这不是文本文件")


def test_truncated_pdf_says_what_to_do(tmp_path):
    good = tmp_path / "good.pdf"
    write_pdf(good)
    broken = tmp_path / "售后政策.pdf"
    broken.write_bytes(good.read_bytes()[:300])
    with pytest.raises(InvalidInput) as caught:
        read_blocks(broken)
    english, chinese = str(caught.value), caught.value.text("zh_CN")
    assert english.startswith("售后政策.pdf: this PDF cannot be read; it may be damaged")
    assert "export it as .docx or .txt" in english
    assert chinese.startswith("售后政策.pdf：无法读取这个 PDF")
    assert "Error" not in english and "Pdf" not in english


def test_damaged_docx_names_no_exception_class(tmp_path):
    path = tmp_path / "手册.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InvalidInput) as caught:
        read_blocks(path)
    assert "Word file cannot be read" in str(caught.value)
    assert "Zip" not in str(caught.value) and "Error" not in str(caught.value)
    assert "Word 或 WPS" in caught.value.text("zh_CN")


def encrypt(source: Path, target: Path, user_password: str) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(source))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    writer.write(str(target))


def test_password_protected_pdf(tmp_path):
    plain = tmp_path / "plain.pdf"
    write_pdf(plain)
    encrypt(plain, tmp_path / "locked.pdf", "secret")
    with pytest.raises(InvalidInput, match="locked.pdf: this PDF is password-protected"):
        read_blocks(tmp_path / "locked.pdf")
    encrypt(plain, tmp_path / "restricted.pdf", "")  # only an owner password: opens freely
    assert titles(tmp_path / "restricted.pdf") == ["1 Returns", "2 Shipping"]


def pdf_that_makes_pypdf_warn(path: Path) -> None:
    """A readable PDF with a repeated dictionary key and wrong cross-reference offsets."""
    write_pdf(path)
    path.write_bytes(path.read_bytes().replace(b"/Type /Page /Parent",
                                               b"/Type /Page /Type /Page /Parent"))


def test_library_complaints_stay_off_the_terminal(tmp_path):
    path = tmp_path / "warns.pdf"
    pdf_that_makes_pypdf_warn(path)
    script = ("import sys; from pathlib import Path; from assistant.services.readers import "
              "read_blocks; print(len(read_blocks(Path(sys.argv[1]))))")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "4"
    assert done.stderr == ""
    loud = subprocess.run([sys.executable, "-c", "import sys; from pypdf import PdfReader; "
                           "PdfReader(sys.argv[1]).pages[0].extract_text()", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert "Multiple definitions" in loud.stderr  # what the reader keeps quiet


def test_quieting_is_scoped_to_the_read(tmp_path, caplog):
    path = tmp_path / "warns.pdf"
    pdf_that_makes_pypdf_warn(path)
    pypdf_logger = logging.getLogger("pypdf")
    handlers = list(pypdf_logger.handlers)
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.DEBUG):
        warnings.simplefilter("always")
        read_blocks(path)
        warnings.warn("after the read", UserWarning)
    assert [str(w.message) for w in caught] == ["after the read"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("Multiple definitions" in r.getMessage() for r in caplog.records
               if r.name == "assistant.services.readers")
    assert pypdf_logger.propagate and pypdf_logger.handlers == handlers


def test_cli_import_of_a_damaged_pdf_is_one_friendly_line(capsys, tmp_path):
    from assistant.cli import main

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    assert main(["import", str(broken)]) == 1
    *_, err = capsys.readouterr().err.strip().splitlines()  # after "search index rebuilt"
    assert err.startswith("huashu: broken.pdf: this PDF cannot be read")
    assert "Error" not in err
