"""Subscribing to team packs and keeping them up to date.

Trust: a subscription pins a public key — the one given with ``--pubkey``, or else the key
that signed the first signed pack seen (trust on first use). From then on every version must
be signed with that key; an unsigned pack, another key or a bad signature is refused with a
message naming the key ids, until the agent subscribes again. Without any pin an unsigned pack
is accepted (a lead who does not sign).

A version is applied only when it is newer than the one applied, and in one transaction with
the subscription's new state. A failed check (network down, damaged file) changes nothing but
the subscription's note of the failure: the last good version stays applied.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from assistant.core.content import Article
from assistant.core.errors import DataError, HuashuError, InvalidInput, NotFound
from assistant.core.messages import CHINESE, ENGLISH
from assistant.core.packs import ApplyReport, Pack, Subscription
from sqlalchemy.exc import SQLAlchemyError

from assistant.store import packs as store
from assistant.store.database import Database
from assistant.store.settings import content_generation
from assistant.store.tables import utcnow

from . import signing
from .archive import read_pack
from .sources import Fetched, fetch, normalize_source

log = logging.getLogger(__name__)

UPDATED, UNCHANGED, OLDER, FAILED = "updated", "unchanged", "older", "failed"
ContentListener = Callable[[list[str], list[Article], list[str], int], None]
"""Called as listener(template_ids, changed_articles, removed_article_ids, generation) after a
pack was applied or removed."""


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    pack_id: str
    status: str
    """updated, unchanged (nothing new), older (a version not newer than the applied one was
    ignored) or failed (see ``error``; the last good version stays applied)."""
    name: str = ""
    version: int = 0
    changelog: str = ""
    report: ApplyReport | None = None
    error: HuashuError | None = None
    failing_since: datetime | None = None

    def as_dict(self, language: str = ENGLISH) -> dict:
        report = self.report
        return {
            "pack_id": self.pack_id, "status": self.status, "name": self.name,
            "version": self.version, "changelog": self.changelog,
            "added": report.added if report else 0, "updated": report.updated if report else 0,
            "removed": report.removed if report else 0,
            "unchanged": report.unchanged if report else 0,
            "shortcut_clashes": [list(c) for c in report.shortcut_clashes] if report else [],
            "error": self.error.text(language) if self.error else None,
            "failing_since": self.failing_since.isoformat() if self.failing_since else None,
        }


def _moved(current: Subscription, seen: Subscription) -> bool:
    """Whether the subscription was replaced since ``seen`` was read (subscribed again)."""
    return (current.source, current.public_key, current.created_at) != \
        (seen.source, seen.public_key, seen.created_at)


def error_texts(exc: HuashuError) -> str:
    """A failure as stored with the subscription: its text in each language."""
    return json.dumps({ENGLISH: exc.text(ENGLISH), CHINESE: exc.text(CHINESE)},
                      ensure_ascii=False)


def stored_error(subscription: Subscription, language: str = ENGLISH) -> str | None:
    if not subscription.last_error:
        return None
    try:
        texts = json.loads(subscription.last_error)
        return texts.get(language) or texts.get(ENGLISH)
    except (ValueError, AttributeError):
        return subscription.last_error


class PackService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._listeners: list[ContentListener] = []

    def on_change(self, listener: ContentListener) -> None:
        self._listeners.append(listener)

    def build(self, output, **options):
        """Build a pack of this desk's own items (see build.build_pack)."""
        from .build import build_pack

        return build_pack(self._db, output, **options)

    @staticmethod
    def keygen(path) -> str:
        """A new signing key written to ``path``; returns the public key as text."""
        return signing.generate_key(path)

    def count(self) -> int:
        with self._db.reading() as conn:
            return store.count_subscriptions(conn)

    def list(self) -> list[Subscription]:
        with self._db.reading() as conn:
            return store.list_subscriptions(conn)

    def names(self) -> dict[str, str]:
        """Pack id -> name, to show which pack manages an item."""
        with self._db.reading() as conn:
            return store.pack_names(conn)

    # -- subscribing ---------------------------------------------------------------------------

    def subscribe(self, source: str, public_key: str | None = None,
                  pack_id: str | None = None) -> SyncOutcome:
        """Subscribe to the pack at ``source`` (again: replacing its source and pinned key)
        and apply it when it is newer than what is applied. ``pack_id`` picks one pack in a
        folder that holds several."""
        source = normalize_source(source)
        pinned = signing.parse_public_key(public_key) if public_key else None
        fetched = fetch(source, pack_id)
        pack = read_pack(fetched.data)
        if pack_id is not None and pack.manifest.id != pack_id:
            raise InvalidInput("pack_id_mismatch", expected=pack_id, got=pack.manifest.id)
        with self._db.reading() as conn:
            current = store.get_subscription(conn, pack.manifest.id)
        base = current or Subscription(pack.manifest.id, source)
        base = replace(base, source=source, public_key=None, key_id=None, pinned_by=None,
                       etag=None, last_modified=None, fingerprint=None, created_at=None)
        if pinned is not None:
            base = replace(base, public_key=signing.public_text(pinned),
                           key_id=signing.key_id(pinned), pinned_by="user")
        return self._apply(base, pack, fetched, subscribing=True)

    def unsubscribe(self, pack_id: str) -> ApplyReport:
        with self._db.transaction() as conn:
            if store.get_subscription(conn, pack_id) is None:
                raise NotFound("pack_not_subscribed", pack_id=pack_id)
            applied = store.delete_subscription(conn, pack_id)
            generation = content_generation(conn)
        self._notify(applied, generation)
        return applied.report

    # -- syncing -------------------------------------------------------------------------------

    def sync(self, pack_id: str | None = None) -> list[SyncOutcome]:
        """Check every subscription (or one) and apply newer versions; never raises for a
        source that fails: its outcome says so."""
        subscriptions = self.list()
        if pack_id is not None:
            subscriptions = [s for s in subscriptions if s.pack_id == pack_id]
            if not subscriptions:
                raise NotFound("pack_not_subscribed", pack_id=pack_id)
        return [self._sync_one(s) for s in subscriptions]

    def _sync_one(self, subscription: Subscription) -> SyncOutcome:
        try:
            fetched = fetch(subscription.source, subscription.pack_id, etag=subscription.etag,
                            last_modified=subscription.last_modified,
                            fingerprint=subscription.fingerprint)
            if fetched.data is None:
                return self._checked(subscription, fetched)
            pack = read_pack(fetched.data)
            if pack.manifest.id != subscription.pack_id:
                raise InvalidInput("pack_id_mismatch", expected=subscription.pack_id,
                                   got=pack.manifest.id)
            return self._apply(subscription, pack, fetched, subscribing=False)
        except HuashuError as exc:
            return self._failed(subscription, exc)
        except SQLAlchemyError as exc:  # e.g. another writer held the database too long
            log.warning("team pack %s: %s", subscription.pack_id, exc)
            return self._failed(subscription, DataError("database_busy"))

    def _note_check(self, subscription: Subscription, **columns) -> bool:
        """Record how a check went, unless the subscription changed meanwhile (unsubscribed,
        or subscribed again with another source or key): False then. Only the check's own
        columns are written."""
        try:
            with self._db.transaction() as conn:
                current = store.get_subscription(conn, subscription.pack_id)
                if current is None or _moved(current, subscription):
                    return False
                store.update_subscription(conn, subscription.pack_id, **columns)
        except SQLAlchemyError as exc:
            log.warning("cannot record the check of %s: %s", subscription.pack_id, exc)
        return True

    def _checked(self, subscription: Subscription, fetched: Fetched) -> SyncOutcome:
        self._note_check(subscription, checked_at=utcnow(), failing_since=None,
                         last_error=None, etag=fetched.etag,
                         last_modified=fetched.last_modified, fingerprint=fetched.fingerprint)
        return SyncOutcome(subscription.pack_id, UNCHANGED, subscription.name,
                           subscription.version, subscription.changelog)

    def _failed(self, subscription: Subscription, exc: HuashuError) -> SyncOutcome:
        now = utcnow()
        failing_since = subscription.failing_since or now
        self._note_check(subscription, checked_at=now, failing_since=failing_since,
                         last_error=error_texts(exc))
        return SyncOutcome(subscription.pack_id, FAILED, subscription.name,
                           subscription.version, error=exc, failing_since=failing_since)

    # -- applying ------------------------------------------------------------------------------

    def _trust(self, subscription: Subscription, pack: Pack) -> Subscription:
        """The subscription with the key that vouches for ``pack`` pinned; raises when the
        pack does not carry a valid signature of the pinned key (the key itself is compared,
        and the signature checked with it, never with the key the file carries)."""
        signature = pack.signature
        if subscription.public_key:
            pinned = signing.parse_public_key(subscription.public_key)
            pinned_id = signing.key_id(pinned)
            if signature is None:
                raise InvalidInput("pack_unsigned_but_pinned", pack_id=pack.manifest.id,
                                   expected=pinned_id)
            if signature.public_key != pinned or signature.key_id != pinned_id:
                raise InvalidInput("pack_other_key", pack_id=pack.manifest.id,
                                   expected=pinned_id, got=signature.key_id)
            if not signing.verify(pack.manifest_json, signature, pinned):
                raise InvalidInput("pack_bad_signature", key_id=pinned_id)
            return subscription
        if signature is None:
            return subscription
        if signing.key_id(signature.public_key) != signature.key_id or not signing.verify(
                pack.manifest_json, signature, signature.public_key):
            raise InvalidInput("pack_bad_signature", key_id=signature.key_id)
        return replace(subscription, public_key=signing.public_text(signature.public_key),
                       key_id=signature.key_id, pinned_by="first-use")

    def _apply(self, subscription: Subscription, pack: Pack, fetched: Fetched, *,
               subscribing: bool) -> SyncOutcome:
        """Apply ``pack`` when newer, with the subscription's new state, in one transaction.
        A sync works on the subscription as it is now in the database: if it was removed or
        replaced while the pack was being fetched, nothing is written."""
        manifest = pack.manifest
        now = utcnow()
        with self._db.transaction() as conn:
            current = store.get_subscription(conn, manifest.id)
            if not subscribing:
                if current is None or _moved(current, subscription):
                    return SyncOutcome(manifest.id, UNCHANGED, subscription.name,
                                       subscription.version, subscription.changelog)
                subscription = current
            trusted = self._trust(subscription, pack)
            checked = replace(trusted, name=manifest.name, publisher=manifest.publisher,
                              checked_at=now, failing_since=None, last_error=None,
                              etag=fetched.etag, last_modified=fetched.last_modified,
                              fingerprint=fetched.fingerprint)
            applied_version = current.version if current is not None else 0
            if manifest.version <= applied_version:
                store.save_subscription(conn, replace(checked, version=applied_version))
                status = UNCHANGED if manifest.version == applied_version else OLDER
                return SyncOutcome(manifest.id, status, manifest.name, applied_version,
                                   checked.changelog)
            applied = store.apply_content(conn, manifest.id, manifest.version, pack.content)
            store.save_subscription(conn, replace(checked, version=manifest.version,
                                                  changelog=manifest.changelog,
                                                  applied_at=now))
            generation = content_generation(conn)
        self._notify(applied, generation)
        return SyncOutcome(manifest.id, UPDATED, manifest.name, manifest.version,
                           manifest.changelog, applied.report)

    def _notify(self, applied: store.Applied, generation: int) -> None:
        """Bring the search index along (after the commit, like every other change): one
        index update for the templates and articles together."""
        if applied.templates or applied.articles or applied.removed_articles:
            for listener in self._listeners:
                listener(applied.templates, applied.articles, applied.removed_articles,
                         generation)
