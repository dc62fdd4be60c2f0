"""Where packs come from: a pack file, a folder (its newest pack), or an http(s) URL (any web
server, a shared drive's web view, object storage).

A fetch sends what it learnt last time, so that an unchanged pack costs almost nothing: for
HTTP the ETag and Last-Modified validators (a 304 answer), for files their size, modification
time and, when those moved, the hash of the bytes.
"""

from __future__ import annotations

import hashlib
import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from assistant import __version__
from assistant.core.errors import InvalidInput
from assistant.core.packs import EXTENSION

from .archive import MAX_FILE, read_manifest_only

TIMEOUT_S = 20


@dataclass(frozen=True, slots=True)
class Fetched:
    data: bytes | None
    """The pack's bytes; None when it has not changed since the given validators."""
    etag: str | None = None
    last_modified: str | None = None
    fingerprint: str | None = None
    """The file or URL actually read (a folder's newest pack)."""


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


def normalize_source(source: str) -> str:
    """A URL as given; a path made absolute (checked to exist)."""
    source = source.strip()
    if is_url(source):
        return source
    if "://" in source:
        raise InvalidInput("pack_source_scheme", source=source)
    path = Path(source).expanduser()
    if not path.exists():
        raise InvalidInput("pack_source_missing", source=source)
    return str(path.resolve())


def fetch(source: str, pack_id: str | None = None, *, etag: str | None = None,
          last_modified: str | None = None, fingerprint: str | None = None) -> Fetched:
    """The pack at ``source`` unless unchanged; raises InvalidInput (pack_source_*) when the
    source cannot be read."""
    if is_url(source):
        return _fetch_url(source, etag, last_modified)
    path = Path(source)
    if path.is_dir():
        path = newest_in_folder(path, pack_id)
    return _fetch_file(path, fingerprint)


def newest_in_folder(folder: Path, pack_id: str | None) -> Path:
    """The pack file with the highest version of ``pack_id`` in ``folder``; without an id the
    folder must hold versions of one pack only."""
    best: tuple[int, str, Path] | None = None
    ids: set[str] = set()
    try:
        candidates = sorted(folder.glob(f"*{EXTENSION}"))
    except OSError as exc:
        raise InvalidInput("pack_source_unreadable", source=str(folder),
                           reason=exc.strerror or str(exc)) from None
    for candidate in candidates:
        manifest = read_manifest_only(candidate)
        if manifest is None or (pack_id is not None and manifest.id != pack_id):
            continue
        ids.add(manifest.id)
        key = (manifest.version, candidate.name, candidate)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        raise InvalidInput("pack_folder_empty", source=str(folder))
    if len(ids) > 1:
        raise InvalidInput("pack_folder_ambiguous", source=str(folder), ids=sorted(ids))
    return best[2]


def _fetch_file(path: Path, fingerprint: str | None) -> Fetched:
    try:
        stat = path.stat()
        quick = f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}"
        if fingerprint is not None and fingerprint.startswith(quick + ":"):
            return Fetched(None, fingerprint=fingerprint)
        if stat.st_size > MAX_FILE:
            raise InvalidInput("pack_too_large", limit_mb=MAX_FILE // 2**20)
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput("pack_source_unreadable", source=str(path),
                           reason=exc.strerror or str(exc)) from None
    digest = hashlib.sha256(data).hexdigest()
    new_fingerprint = f"{quick}:{digest}"
    if fingerprint is not None and fingerprint.rsplit(":", 1)[-1] == digest:
        return Fetched(None, fingerprint=new_fingerprint)
    return Fetched(data, fingerprint=new_fingerprint)


def _fetch_url(url: str, etag: str | None, last_modified: str | None) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": f"Huashu/{__version__}"})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            data = response.read(MAX_FILE + 1)
            headers = response.headers
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(None, etag, last_modified)
        raise InvalidInput("pack_source_http_error", source=url, status=exc.code,
                           reason=exc.reason) from None
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise InvalidInput("pack_source_unreachable", source=url, reason=str(reason)) from None
    if len(data) > MAX_FILE:
        raise InvalidInput("pack_too_large", limit_mb=MAX_FILE // 2**20)
    return Fetched(data, headers.get("ETag"), headers.get("Last-Modified"))
