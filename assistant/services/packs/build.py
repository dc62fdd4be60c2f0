"""A team lead builds a pack from their own templates and articles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.core.content import CATEGORY_SEPARATOR, split_category_path
from assistant.core.errors import InvalidInput
from assistant.core.packs import (
    EXTENSION, Manifest, check_pack_id, check_pack_version, content_digest, content_from_local,
)
from assistant.files import write_atomically
from assistant.store import articles as article_store
from assistant.store import templates as template_store
from assistant.store.categories import list_categories
from assistant.store.database import Database
from assistant.store.settings import read_settings

from . import signing
from .archive import pack_bytes

MIN_APP_VERSION = "0.1.0"
"""The first Huashu that reads format 1."""


@dataclass(frozen=True, slots=True)
class BuiltPack:
    path: Path
    pack_id: str
    version: int
    templates: int
    articles: int
    size: int
    key_id: str | None
    starter_left_out: int = 0
    """Unchanged starter items: every Huashu already has them."""
    words: int = 0
    """Forbidden and allowed words the pack carries for the wording check."""


def _unchanged_starter() -> set[tuple[str, str]]:
    from assistant.services.starter import load_starter_content

    content = load_starter_content()
    return {(d.title, d.body) for d in (*content.templates, *content.articles)}


def _within(path: str | None, roots: list[str]) -> bool:
    if not roots:
        return True
    return path is not None and any(path == r or path.startswith(r + CATEGORY_SEPARATOR)
                                    for r in roots)


def build_pack(db: Database, output: Path, *, pack_id: str, name: str, version: int | str,
               categories: list[str] = (), publisher: str = "", changelog: str = "",
               key_file: Path | None = None, wording: bool = True) -> BuiltPack:
    """Write the pack of the lead's own items (in ``categories`` and below, or all) to
    ``output``, with the lead's forbidden and allowed words unless ``wording`` is False
    (subscribers' wording checks then follow the lead's list). Left out: items that came from a pack the lead subscribes to (they belong to
    that pack's publisher) and starter items the lead did not change (every agent has them;
    in a pack they would show twice)."""
    pack_id = check_pack_id(pack_id)
    version = check_pack_version(version)
    if not name.strip():
        raise InvalidInput("pack_name_empty")
    private_key = signing.load_private_key(key_file) if key_file else None
    roots = [CATEGORY_SEPARATOR.join(split_category_path(c)) for c in categories]
    with db.reading() as conn:
        known = {c.path for c in list_categories(conn)}
        for root in roots:
            if root not in known:
                raise InvalidInput("pack_category_unknown", category=root)
        templates = [t for t in template_store.list_templates(conn)
                     if t.origin is None and _within(t.category, roots)]
        articles = [a for a in article_store.list_articles(conn)
                    if a.origin is None and _within(a.category, roots)]
        paths = [c.path for c in list_categories(conn) if _within(c.path, roots)]
        settings = read_settings(conn)
    starter = _unchanged_starter()
    count = len(templates) + len(articles)
    templates = [t for t in templates if (t.title, t.body) not in starter]
    articles = [a for a in articles if (a.title, a.body) not in starter]
    starter_left_out = count - len(templates) - len(articles)
    if not templates and not articles:
        raise InvalidInput("pack_nothing_to_build")
    words = (settings.forbidden_words, settings.allowed_words) if wording else ((), ())
    content_json = content_from_local(templates, articles, paths, *words).to_json()
    manifest = Manifest(pack_id, name.strip(), version, publisher=publisher.strip(),
                        created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                        min_app_version=MIN_APP_VERSION, changelog=changelog.strip(),
                        content_hash=content_digest(content_json))
    manifest_json = manifest.to_json()
    signature = signing.sign(manifest_json, private_key) if private_key is not None else None
    data = pack_bytes(manifest, content_json, signature, manifest_json)
    if output.suffix != EXTENSION:
        output = output.with_name(output.name + EXTENSION)
    try:
        write_atomically(output, data)  # readable by everyone: the agents' accounts
    except OSError as exc:
        raise InvalidInput("pack_unwritable", file=str(output),
                           reason=exc.strerror or str(exc)) from None
    return BuiltPack(output, pack_id, version, len(templates), len(articles), len(data),
                     signature.key_id if signature else None, starter_left_out,
                     len(words[0]) + len(words[1]))


