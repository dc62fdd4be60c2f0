"""Ed25519 keys and signatures for packs (the ``cryptography`` package).

A public key is shared as text, ``huashu-ed25519:`` followed by the 32 raw key bytes in
base64, short enough to paste into a chat; its key id is the first 16 hex digits of the
SHA-256 of those bytes. The private key file is PEM (PKCS#8), readable only by its owner.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from assistant.core.errors import InvalidInput
from assistant.core.packs import Signature

PUBLIC_PREFIX = "huashu-ed25519:"


def key_id(raw_public: bytes) -> str:
    return hashlib.sha256(raw_public).hexdigest()[:16]


def public_text(raw_public: bytes) -> str:
    return PUBLIC_PREFIX + base64.b64encode(raw_public).decode("ascii")


def parse_public_key(text: str) -> bytes:
    """The raw 32 key bytes of a public key written as ``huashu-ed25519:…`` (the prefix may
    be left out)."""
    value = text.strip().removeprefix(PUBLIC_PREFIX)
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("pack_key_unreadable") from None
    if len(raw) != 32:
        raise InvalidInput("pack_key_unreadable")
    return raw


def generate_key(path: Path) -> str:
    """Write a new private key to ``path`` (never over an existing file); returns the public
    key as text."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise InvalidInput("pack_key_exists", file=str(path)) from None
    except OSError as exc:
        raise InvalidInput("pack_key_unwritable", file=str(path),
                           reason=exc.strerror or str(exc)) from None
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return public_text(_raw_public(key))


def _raw_public(private) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.public_key().public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw)


def load_private_key(path: Path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput("pack_key_unreadable_file", file=str(path),
                           reason=exc.strerror or str(exc)) from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise InvalidInput("pack_key_not_private", file=str(path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput("pack_key_not_private", file=str(path))
    return key


def sign(data: bytes, private_key) -> Signature:
    raw = _raw_public(private_key)
    return Signature(key_id(raw), raw, private_key.sign(data))


def verify(data: bytes, signature: Signature, raw_public: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(raw_public).verify(signature.value, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def public_key_of(private_key) -> str:
    return public_text(_raw_public(private_key))
