"""Key slots: the database key wrapped (AES-256-GCM) under a key derived from each
secret that may open the file. A password or passphrase is stretched with Argon2id
(the accounts' parameters); the recovery key is 160 random bits and needs only HKDF.

Each slot's authenticated data binds it to its file, kind and name, so a slot moved
to another file or renamed to another user does not open anything.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, replace
from enum import StrEnum

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from smugdesk.accounts.passwords import ARGON2_MEMORY_KIB, ARGON2_PARALLELISM, ARGON2_TIME
from smugdesk.vault import recovery

KEY_BYTES = 32
_SALT_BYTES = 16
_NONCE_BYTES = 12
_TAG_BYTES = 16  # AES-GCM's
_INFO = b"smugdesk key slot v1"


class Kind(StrEnum):
    USER = "user"  # a user's login password
    PASSPHRASE = "passphrase"  # noqa: S105 (a slot kind) the passphrase of a database without accounts
    RECOVERY = "recovery"  # the recovery key shown once


class WrongSecret(Exception):
    """No slot of that kind and name, or the secret does not unwrap it."""


# The most a slot may ask of Argon2id: well above what smugdesk writes (3 passes, 64
# MiB, 4 lanes), far below what a damaged or hostile key file could ask (a billion
# passes never end; 2 TiB of memory is never had).
MAX_TIME, MAX_MEMORY_KIB, MAX_LANES = 32, 1 << 20, 16


@dataclass(frozen=True, slots=True)
class Stretch:
    """Argon2id's salt and costs for one slot (none for the recovery key).

    Raises:
        ValueError: a salt or a cost no slot of smugdesk's has.
    """

    salt: bytes
    time_cost: int = ARGON2_TIME
    memory_kib: int = ARGON2_MEMORY_KIB
    parallelism: int = ARGON2_PARALLELISM

    def __post_init__(self) -> None:
        if len(self.salt) != _SALT_BYTES:
            raise ValueError(f"an Argon2id salt of {len(self.salt)} bytes")
        if not (
            1 <= self.time_cost <= MAX_TIME
            and 1 <= self.parallelism <= MAX_LANES
            and 8 * self.parallelism <= self.memory_kib <= MAX_MEMORY_KIB
        ):
            raise ValueError("Argon2id costs out of bounds")

    @classmethod
    def new(cls) -> Stretch:
        return cls(os.urandom(_SALT_BYTES))

    def digest(self, secret: str) -> bytes:
        return hash_secret_raw(
            secret.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


@dataclass(frozen=True, slots=True)
class Slot:
    kind: Kind
    name: str  # the user's login name; "" for the passphrase and the recovery key
    stretch: Stretch | None
    salt: bytes  # HKDF's salt
    nonce: bytes
    wrapped: bytes  # the database key, encrypted and authenticated

    def __post_init__(self) -> None:
        """Raises ValueError: a part of the wrong size (a damaged key file)."""
        sizes = (len(self.salt), len(self.nonce), len(self.wrapped))
        if sizes != (_SALT_BYTES, _NONCE_BYTES, KEY_BYTES + _TAG_BYTES):
            raise ValueError(f"a slot's salt, nonce and key of {sizes} bytes")

    def matches(self, kind: Kind, name: str = "") -> bool:
        return self.kind is kind and self.name == folded(name)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def folded(name: str) -> str:
    """A user's name as slots know it: ASCII letters in lower case, as SQLite's NOCASE
    compares the users' names, so "Lam" opens the slot of "lam"."""
    return name.translate(_ASCII_LOWER)


def _wrapping_key(material: bytes, salt: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, salt, _INFO).derive(material)


def _bound_to(file_id: str, kind: Kind, name: str) -> bytes:
    return f"smugdesk|{file_id}|{kind.value}|{folded(name)}".encode()


def _material(kind: Kind, stretch: Stretch | None, secret: str) -> bytes:
    if kind is Kind.RECOVERY:
        try:
            return recovery.parse(secret)
        except recovery.NotARecoveryKey:
            raise WrongSecret(kind) from None
    assert stretch is not None
    return stretch.digest(secret)


@dataclass(frozen=True, slots=True)
class KeyRing:
    """Every slot of one database file. ``file_id`` is random, made when the file is
    encrypted."""

    file_id: str
    slots: tuple[Slot, ...] = ()

    @classmethod
    def new(cls) -> KeyRing:
        return cls(secrets.token_hex(16))

    def names(self, kind: Kind = Kind.USER) -> list[str]:
        return sorted(s.name for s in self.slots if s.kind is kind)

    def has(self, kind: Kind, name: str = "") -> bool:
        return any(s.matches(kind, name) for s in self.slots)

    def unlock(self, kind: Kind, secret: str, name: str = "") -> bytes:
        """The database key, if ``secret`` opens the slot of ``kind`` and ``name``.

        Raises:
            WrongSecret: no such slot, or not its secret.
        """
        for slot in self.slots:
            if slot.matches(kind, name):
                material = _material(kind, slot.stretch, secret)
                try:
                    return AESGCM(_wrapping_key(material, slot.salt)).decrypt(
                        slot.nonce, slot.wrapped, _bound_to(self.file_id, kind, name)
                    )
                except InvalidTag:
                    break
        raise WrongSecret(kind)

    def with_slot(
        self, key: bytes, kind: Kind, secret: str, name: str = "", stretch: Stretch | None = None
    ) -> KeyRing:
        """A ring where ``secret`` opens the slot of ``kind`` and ``name`` (replacing
        the one there was)."""
        if kind is not Kind.RECOVERY:
            stretch = stretch or Stretch.new()
        return self._sealed(key, kind, name, stretch, _material(kind, stretch, secret))

    def with_digest(self, key: bytes, name: str, stretch: Stretch, digest: bytes) -> KeyRing:
        """A user's slot made from their password's Argon2id digest and its salt and
        costs (as the accounts store them) instead of the password: the slot that
        password opens, made without knowing it."""
        return self._sealed(key, Kind.USER, name, stretch, digest)

    def _sealed(
        self, key: bytes, kind: Kind, name: str, stretch: Stretch | None, material: bytes
    ) -> KeyRing:
        if len(key) != KEY_BYTES:
            raise ValueError("a database key is 32 bytes")
        salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
        wrapped = AESGCM(_wrapping_key(material, salt)).encrypt(
            nonce, key, _bound_to(self.file_id, kind, name)
        )
        slot = Slot(kind, folded(name), stretch, salt, nonce, wrapped)
        return replace(self, slots=(*self.without(kind, name).slots, slot))

    def without(self, kind: Kind, name: str = "") -> KeyRing:
        return replace(self, slots=tuple(s for s in self.slots if not s.matches(kind, name)))


def new_database_key() -> bytes:
    return os.urandom(KEY_BYTES)
