"""Zip archives (packs, .xlsx, .docx) are judged by their directory before anything is
unpacked: bzip2 and LZMA entries, which Python unpacks a whole chunk at a time whatever the
entry declares, are refused like a deflate entry that declares too much."""

import io
import zipfile

import pytest

from assistant.core.errors import InvalidInput
from assistant.services.packs.archive import read_pack
from assistant.services.readers import read_blocks
from assistant.services.snippets import read_snippet_file
from assistant.services.zips import ZipProblem, zip_problem

from assistant.core.packs import Manifest, PackContent, content_digest
from packtools import item


def zipped(entries: dict[str, bytes], method: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def infos(data: bytes) -> list[zipfile.ZipInfo]:
    return zipfile.ZipFile(io.BytesIO(data)).infolist()


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_unbounded_methods_are_a_problem_before_any_byte_is_unpacked(method):
    data = zipped({"a.txt": b"x" * 100}, method)
    problem, info = zip_problem(infos(data), max_entries=10, max_bytes=10**6)
    assert problem is ZipProblem.METHOD and info.filename == "a.txt"


def test_stored_and_deflated_entries_within_limits_pass():
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        assert zip_problem(infos(zipped({"a/b.txt": b"x" * 100}, method)),
                           max_entries=10, max_bytes=1000) is None


def test_declared_sizes_add_up_across_entries():
    data = zipped({"a": b"x" * 600, "b": b"x" * 600}, zipfile.ZIP_DEFLATED)
    assert zip_problem(infos(data), max_entries=10, max_bytes=1000)[0] is ZipProblem.SIZE
    assert zip_problem(infos(data), max_entries=1, max_bytes=10**6)[0] is ZipProblem.ENTRIES


@pytest.mark.parametrize("name", ["/etc/x", "..\\x", "a/../../x", "C:evil", "a\x00b"])
def test_names_that_leave_the_archive(name):
    info = zipfile.ZipInfo("ok")
    info.filename = name
    assert zip_problem([info], max_entries=10, max_bytes=10)[0] is ZipProblem.NAME


def good_parts() -> dict[str, bytes]:
    content_json = PackContent((), (item(1),), ()).to_json()
    manifest_json = Manifest("acme", "x", 1, content_hash=content_digest(content_json)).to_json()
    return {"manifest.json": manifest_json, "content.json": content_json}


def cause(refused: pytest.ExceptionInfo) -> str:
    """The code of what was wrong with a file (inside "file.docx: ..." when it is named)."""
    error = refused.value
    while error.code == "file_problem":
        error = error.params["cause"]
    return error.code


def test_a_bzip2_pack_is_refused():
    with pytest.raises(InvalidInput) as refused:
        read_pack(zipped(good_parts(), zipfile.ZIP_BZIP2))
    assert refused.value.code == "pack_damaged"


def test_a_bzip2_workbook_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(zipped({"[Content_Types].xml": b"<Types/>",
                             "xl/worksheets/sheet1.xml": b"\0" * 10_000}, zipfile.ZIP_BZIP2))
    with pytest.raises(InvalidInput) as refused:
        read_snippet_file(path)
    assert cause(refused) == "xlsx_damaged"


def test_a_bzip2_document_is_refused(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(zipped({"[Content_Types].xml": b"<Types/>",
                             "word/document.xml": b"\0" * 10_000}, zipfile.ZIP_BZIP2))
    with pytest.raises(InvalidInput) as refused:
        read_blocks(path)
    assert cause(refused) == "docx_damaged"


def test_a_document_that_unpacks_too_large_is_refused(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * 2**20
            for _ in range(201):
                part.write(chunk)
    assert path.stat().st_size < 2**20
    with pytest.raises(InvalidInput) as refused:
        read_blocks(path)
    assert cause(refused) == "file_too_large_unpacked"
