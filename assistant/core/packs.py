"""Team template packs: what a pack holds and the rules for accepting one.

A team lead publishes a pack: a versioned set of categories, templates and knowledge-base
articles, each with an id that stays the same across versions, optionally signed. Agents
subscribe; their Huashu applies each newer version. Pack items are *managed*: the pack adds,
updates and removes them; the agent's own items are never touched. The file format (a zip
holding ``manifest.json``, ``content.json`` and ``signature.json``) is read and written by
``assistant.services.packs``; this module is the plain model.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from .content import Article, Template
from .errors import InvalidInput

FORMAT_VERSION = 1
EXTENSION = ".huashu"
_PACK_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


def check_pack_id(raw: str) -> str:
    """Pack ids are short lower-case names such as ``acme-aftersales``."""
    value = raw.strip()
    if not _PACK_ID.fullmatch(value):
        raise InvalidInput("pack_id_invalid", pack_id=raw)
    return value


def check_pack_version(raw: int | str) -> int:
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise InvalidInput("pack_version_invalid", version=raw) from None
    if not 1 <= value <= 2**31 - 1:
        raise InvalidInput("pack_version_invalid", version=raw)
    return value


@dataclass(frozen=True, slots=True)
class PackTemplate:
    id: str
    title: str
    body: str
    shortcut: str | None = None
    tags: tuple[str, ...] = ()
    category: str | None = None
    language: str = "zh"


@dataclass(frozen=True, slots=True)
class PackArticle:
    id: str
    title: str
    body: str
    tags: tuple[str, ...] = ()
    category: str | None = None


@dataclass(frozen=True, slots=True)
class PackContent:
    categories: tuple[str, ...] = ()
    """Category paths in display order (also those that hold no item yet)."""
    templates: tuple[PackTemplate, ...] = ()
    articles: tuple[PackArticle, ...] = ()
    forbidden_words: tuple[str, ...] = ()
    """The lead's words for the wording check, added to every subscriber's (see core.wording)."""
    allowed_words: tuple[str, ...] = ()

    def to_json(self) -> bytes:
        """The bytes of ``content.json``: stable key order, so equal content hashes equally.
        ``wording`` is written only when there are words, so a pack without any is readable
        by every format 1 reader."""
        data: dict = {
            "categories": [{"path": path} for path in self.categories],
            "templates": [_drop_empty({"id": t.id, "title": t.title, "body": t.body,
                                       "shortcut": t.shortcut, "tags": list(t.tags),
                                       "category": t.category, "language": t.language})
                          for t in self.templates],
            "articles": [_drop_empty({"id": a.id, "title": a.title, "body": a.body,
                                      "tags": list(a.tags), "category": a.category})
                         for a in self.articles],
        }
        wording = _drop_empty({"forbidden": list(self.forbidden_words),
                               "allowed": list(self.allowed_words)})
        if wording:
            data["wording"] = wording
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json_data(cls, data: dict) -> PackContent:
        """From parsed ``content.json`` that passed the schema."""
        return cls(
            categories=tuple(c["path"] for c in data.get("categories", [])),
            templates=tuple(PackTemplate(
                id=t["id"], title=t["title"], body=t["body"], shortcut=t.get("shortcut"),
                tags=tuple(t.get("tags", ())), category=t.get("category"),
                language=t.get("language", "zh")) for t in data.get("templates", [])),
            articles=tuple(PackArticle(
                id=a["id"], title=a["title"], body=a["body"], tags=tuple(a.get("tags", ())),
                category=a.get("category")) for a in data.get("articles", [])),
            forbidden_words=tuple(data.get("wording", {}).get("forbidden", ())),
            allowed_words=tuple(data.get("wording", {}).get("allowed", ())),
        )


def _drop_empty(values: dict) -> dict:
    return {k: v for k, v in values.items() if v not in (None, [], "")}


def content_digest(content_json: bytes) -> str:
    return "sha256:" + hashlib.sha256(content_json).hexdigest()


@dataclass(frozen=True, slots=True)
class Manifest:
    id: str
    name: str
    version: int
    publisher: str = ""
    created: str = ""
    min_app_version: str = "0.1.0"
    changelog: str = ""
    content_hash: str = ""
    format: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        return json.dumps({
            "format": self.format, "id": self.id, "name": self.name,
            "publisher": self.publisher, "version": self.version, "created": self.created,
            "min_app_version": self.min_app_version, "changelog": self.changelog,
            "content_hash": self.content_hash,
        }, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json_data(cls, data: dict) -> Manifest:
        return cls(id=data["id"], name=data["name"], version=data["version"],
                   publisher=data.get("publisher", ""), created=data.get("created", ""),
                   min_app_version=data.get("min_app_version", "0.1.0"),
                   changelog=data.get("changelog", ""), content_hash=data["content_hash"],
                   format=data["format"])


@dataclass(frozen=True, slots=True)
class Signature:
    """Ed25519 over ``manifest.json`` (which holds the SHA-256 of ``content.json``). The
    public key travels along so that an agent can pin it on first use; trust comes from the
    pinned key, never from the one in the file."""

    key_id: str
    public_key: bytes
    value: bytes
    algorithm: str = "ed25519"


@dataclass(frozen=True, slots=True)
class Pack:
    manifest: Manifest
    content: PackContent
    signature: Signature | None = None
    manifest_json: bytes = b""
    """The manifest exactly as stored: the signature covers these bytes."""


def content_from_local(templates: list[Template], articles: list[Article],
                       categories: list[str], forbidden_words: tuple[str, ...] = (),
                       allowed_words: tuple[str, ...] = ()) -> PackContent:
    """A pack's content from the lead's own items; ids are the items' ids, which never change,
    so the next version updates the same items on every agent's desk."""
    return PackContent(
        categories=tuple(categories),
        templates=tuple(PackTemplate(t.id, t.title, t.body, t.shortcut, t.tags, t.category,
                                     t.language) for t in templates),
        articles=tuple(PackArticle(a.id, a.title, a.body, a.tags, a.category)
                       for a in articles),
        forbidden_words=forbidden_words,
        allowed_words=allowed_words,
    )


def version_tuple(text: str) -> tuple[int, ...]:
    """``0.10.2`` -> (0, 10, 2); anything unreadable sorts first."""
    parts = []
    for piece in text.split("."):
        digits = re.match(r"\d+", piece)
        parts.append(int(digits.group()) if digits else 0)
    return tuple(parts)


@dataclass(slots=True)
class ApplyReport:
    """What applying one pack version changed on this desk."""

    pack_id: str
    version: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    shortcut_clashes: list[tuple[str, str, str]] = field(default_factory=list)
    """(shortcut, the pack item's title, the local template's title): the local one kept it."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True, slots=True)
class Subscription:
    pack_id: str
    source: str
    name: str = ""
    publisher: str = ""
    version: int = 0
    """The version applied on this desk (0: none yet)."""
    key_id: str | None = None
    public_key: str | None = None
    pinned_by: str | None = None
    """"user" (--pubkey) or "first-use" (the key the first signed pack carried)."""
    changelog: str = ""
    checked_at: datetime | None = None
    applied_at: datetime | None = None
    failing_since: datetime | None = None
    last_error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fingerprint: str | None = None
    created_at: datetime | None = None
    """When this subscription was made (subscribing again makes a new one)."""
