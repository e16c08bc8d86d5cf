"""A station's signing key (Ed25519): it signs the bundles the station writes, and the
stations that merge them pin its public key the first time."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)


def new_signing_key() -> bytes:
    """A new private key, as its 32 raw bytes."""
    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )


def public_key(private: bytes) -> bytes:
    """The public key (32 raw bytes) of a private one."""
    return (
        Ed25519PrivateKey.from_private_bytes(private)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )


def fingerprint(public: bytes) -> str:
    """A short, readable form of a public key, to compare over the telephone."""
    digest = hashlib.sha256(public).hexdigest()[:20]
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))
