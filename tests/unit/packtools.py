"""Writing test packs directly from their parts, as another lead's Huashu would."""

from __future__ import annotations

from pathlib import Path

from assistant.core.packs import Manifest, PackContent, PackTemplate, content_digest
from assistant.services.packs import signing
from assistant.services.packs.archive import pack_bytes


def make_pack(path: Path, *, version: int = 1, templates=(), articles=(), pack_id="acme",
              key=None, name="售后话术", changelog="", tamper=None, forbidden_words=(),
              allowed_words=()) -> Path:
    """A pack written directly from parts (as another lead's Huashu would write it)."""
    content = PackContent(("团队话术",), tuple(templates), tuple(articles),
                          tuple(forbidden_words), tuple(allowed_words))
    content_json = content.to_json()
    manifest = Manifest(pack_id, name, version, changelog=changelog,
                        content_hash=content_digest(content_json))
    manifest_json = manifest.to_json()
    signature = signing.sign(manifest_json, key) if key is not None else None
    if tamper:
        manifest_json, content_json = tamper(manifest_json, content_json)
    path.write_bytes(pack_bytes(manifest, content_json, signature, manifest_json))
    return path


def item(n: int, **extra) -> PackTemplate:
    values = {"id": f"t{n}", "title": f"团队模板{n}", "body": f"{{称呼}}您好，这是团队回复{n}。",
              "shortcut": f"td{n}", "category": "团队话术"}
    values.update(extra)
    return PackTemplate(**values)


def new_key(tmp_path: Path, name: str = "lead.key"):
    path = tmp_path / name
    public = signing.generate_key(path)
    return signing.load_private_key(path), public


def managed(app, pack_id="acme"):
    return {t.origin.item_id: t for t in app.templates.list()
            if t.origin and t.origin.pack_id == pack_id}
