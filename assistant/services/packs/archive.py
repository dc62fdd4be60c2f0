"""Reading and writing ``.huashu`` files: a zip of ``manifest.json``, ``content.json`` and an
optional ``signature.json``.

Reading never executes anything and never trusts sizes: the archive's directory is checked
(entry names, count, declared sizes) before any entry is read, every read is capped, the JSON
must be UTF-8 and pass the JSON Schemas in resources/schemas, and the content must hash to the
manifest's ``content_hash``. Any problem raises InvalidInput with a one-line reason.
"""

from __future__ import annotations

import base64
import io
import json
import struct
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from assistant import __version__
from assistant.core.content import make_article_draft, make_template_draft
from assistant.core.errors import HuashuError, InvalidInput
from assistant.core.packs import (
    Manifest, Pack, PackContent, Signature, content_digest, version_tuple,
)
from assistant.core.wording import parse_words
from assistant.locations import resources_dir

from ..zips import ZipProblem, zip_problem
from .signing import PUBLIC_PREFIX, parse_public_key

MANIFEST, CONTENT, SIGNATURE = "manifest.json", "content.json", "signature.json"
MAX_ENTRIES = 10_000
MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_FILE = 60 * 1024 * 1024
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


@lru_cache(maxsize=4)
def _validator(name: str):
    """The compiled check for one of our JSON Schemas. fastjsonschema turns the schema (ours,
    shipped in resources/schemas; never anything from a pack) into Python code once: it checks
    a pack of 12,000 items about ten times faster than jsonschema."""
    import fastjsonschema

    schema = json.loads((resources_dir() / "schemas" / f"pack-{name}.schema.json")
                        .read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema)


def _check_names(infos: list[zipfile.ZipInfo]) -> None:
    found = zip_problem(infos, max_entries=MAX_ENTRIES, max_bytes=MAX_UNCOMPRESSED)
    if found is None:
        return
    problem, info = found
    if problem is ZipProblem.ENTRIES:
        raise InvalidInput("pack_too_many_entries", count=len(infos), limit=MAX_ENTRIES)
    if problem is ZipProblem.NAME:
        raise InvalidInput("pack_bad_entry_name", name=info.filename[:80])
    if problem is ZipProblem.METHOD:
        raise InvalidInput("pack_damaged")
    raise InvalidInput("pack_too_large", limit_mb=MAX_UNCOMPRESSED // 2**20)


def _read(archive: zipfile.ZipFile, name: str, budget: list[int]) -> bytes:
    with archive.open(name) as entry:
        data = entry.read(budget[0] + 1)
    budget[0] -= len(data)
    if budget[0] < 0:
        raise InvalidInput("pack_too_large", limit_mb=MAX_UNCOMPRESSED // 2**20)
    return data


def _json(data: bytes, name: str, schema: str) -> dict:
    try:
        value = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidInput("pack_not_utf8", entry=name) from None
    except (ValueError, RecursionError):
        raise InvalidInput("pack_bad_json", entry=name) from None
    from fastjsonschema import JsonSchemaException

    try:
        _validator(schema)(value)
    except JsonSchemaException as exc:
        where = "/".join(str(p) for p in getattr(exc, "path", ())[1:]) or "(top)"
        raise InvalidInput("pack_schema_violation", entry=name, where=where,
                           reason=str(getattr(exc, "message", exc))[:200]) from None
    except RecursionError:
        raise InvalidInput("pack_bad_json", entry=name) from None
    return value


def _signature(data: dict) -> Signature:
    raw_key = parse_public_key(data["public_key"].removeprefix(PUBLIC_PREFIX))
    return Signature(data["key_id"], raw_key, base64.b64decode(data["signature"]))


def _check_content(content: PackContent) -> None:
    """Every item must be one Huashu would accept from a person, and ids must be unique."""
    for kind, items in (("template", content.templates), ("article", content.articles)):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise InvalidInput("pack_duplicate_id", kind=kind, item=item.id)
            seen.add(item.id)
            try:
                if kind == "template":
                    make_template_draft(title=item.title, body=item.body, shortcut=item.shortcut,
                                        tags=item.tags, category=item.category,
                                        language=item.language)
                else:
                    make_article_draft(title=item.title, body=item.body, tags=item.tags,
                                       category=item.category)
            except HuashuError as exc:
                raise InvalidInput("pack_bad_item", kind=kind, item=item.id, cause=exc) from None
    try:
        parse_words(content.forbidden_words)
        parse_words(content.allowed_words)
    except HuashuError as exc:
        raise InvalidInput("pack_bad_wording", cause=exc) from None


def read_pack(source: bytes | Path | BinaryIO) -> Pack:
    """Read and check a pack (bytes, a path or a binary file); raises InvalidInput."""
    if isinstance(source, Path):
        try:
            if source.stat().st_size > MAX_FILE:
                raise InvalidInput("pack_too_large", limit_mb=MAX_FILE // 2**20)
            data = source.read_bytes()
        except OSError as exc:
            raise InvalidInput("pack_unreadable_file", file=str(source),
                               reason=exc.strerror or str(exc)) from None
        source = data
    if isinstance(source, bytes):
        if len(source) > MAX_FILE:
            raise InvalidInput("pack_too_large", limit_mb=MAX_FILE // 2**20)
        source = io.BytesIO(source)
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error,
            NotImplementedError):
        raise InvalidInput("pack_not_a_pack") from None
    with archive:
        try:
            return _read_archive(archive)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
                NotImplementedError, RuntimeError, zlib.error, struct.error):
            # a damaged entry, an unsupported compression method, an encrypted entry
            raise InvalidInput("pack_damaged") from None


def _read_archive(archive: zipfile.ZipFile) -> Pack:
    infos = archive.infolist()
    _check_names(infos)
    names = {info.filename for info in infos}
    for required in (MANIFEST, CONTENT):
        if required not in names:
            raise InvalidInput("pack_missing_entry", entry=required)
    budget = [MAX_UNCOMPRESSED]
    manifest_json = _read(archive, MANIFEST, budget)
    manifest = Manifest.from_json_data(_json(manifest_json, MANIFEST, "manifest"))
    if version_tuple(manifest.min_app_version) > version_tuple(__version__):
        raise InvalidInput("pack_needs_newer_app", needed=manifest.min_app_version,
                           current=__version__)
    content_json = _read(archive, CONTENT, budget)
    if content_digest(content_json) != manifest.content_hash:
        raise InvalidInput("pack_content_tampered")
    content = PackContent.from_json_data(_json(content_json, CONTENT, "content"))
    _check_content(content)
    signature = None
    if SIGNATURE in names:
        signature = _signature(_json(_read(archive, SIGNATURE, budget), SIGNATURE, "signature"))
    return Pack(manifest, content, signature, manifest_json)


def pack_bytes(manifest: Manifest, content_json: bytes, signature: Signature | None,
               manifest_json: bytes) -> bytes:
    """The .huashu file for these parts (entries in a fixed order with fixed times, so the
    same pack always gives the same bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        entries = [(MANIFEST, manifest_json), (CONTENT, content_json)]
        if signature is not None:
            entries.append((SIGNATURE, json.dumps({
                "algorithm": signature.algorithm, "key_id": signature.key_id,
                "public_key": PUBLIC_PREFIX + base64.b64encode(signature.public_key).decode(),
                "signature": base64.b64encode(signature.value).decode(),
            }, indent=1).encode("utf-8")))
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, _FIXED_TIME), data,
                             compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def read_manifest_only(path: Path) -> Manifest | None:
    """A folder source lists its packs by manifest; None for a file that is not a pack."""
    try:
        with zipfile.ZipFile(path) as archive:
            _check_names(archive.infolist())
            data = _read(archive, MANIFEST, [1024 * 1024])
        return Manifest.from_json_data(_json(data, MANIFEST, "manifest"))
    except (HuashuError, zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError,
            RuntimeError, NotImplementedError, zlib.error, struct.error):
        return None
