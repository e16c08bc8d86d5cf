"""Encryption at rest with SQLCipher: which files are encrypted and how they open, the
key slots kept in step with the users, and converting a database in place (encrypt,
decrypt) through a verified copy that replaces the original.

A database key is random; the key file beside the database holds it wrapped once per
secret that may open the file (``smugdesk.vault``). A user's login password opens the
file, so logging in is one password; a database without accounts has one passphrase;
every encrypted database has a recovery key, shown once when it is made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from smugdesk.accounts.passwords import hash_parts, password_problem
from smugdesk.accounts.roles import Can
from smugdesk.domain.records import Invalid, Problem
from smugdesk.domain.words import words
from smugdesk.store import changelog, engine
from smugdesk.store.database import APPLICATION_ID, NotADatabase, StoreError, known_errors
from smugdesk.vault import keyfile
from smugdesk.vault.keyfile import KeyFileError, keys_path
from smugdesk.vault.recovery import new_recovery_key
from smugdesk.vault.slots import KeyRing, Kind, Stretch, WrongSecret, folded, new_database_key

if TYPE_CHECKING:
    from smugdesk.store.records import Store

NEEDS_SECRET = words("crypt.needs_secret", "The database {path} is encrypted: {how}.")
HOW_USER = words("crypt.how_user", "log in with your user name and password")
HOW_PASSPHRASE = words("crypt.how_passphrase", "give its passphrase")
WRONG_USER = words(
    "crypt.wrong_user",
    "This user name and password do not open {path}. (A disabled user's password no longer does.)",
)
WRONG_PASSPHRASE = words("crypt.wrong_passphrase", "This passphrase does not open {path}.")
WRONG_RECOVERY = words(
    "crypt.wrong_recovery",
    "This recovery key does not open {path}; check it against the copy written down when "
    "the database was encrypted.",
)
ALREADY = words("crypt.already", "The database {path} is already encrypted.")
NOT_ENCRYPTED = words("crypt.not_encrypted", "The database {path} is not encrypted.")
IN_USE = words(
    "crypt.in_use",
    "The database {path} is open in another program (smugdesk on this or another "
    "workstation?); close it there and try again. Nothing changed.",
)
NOT_VERIFIED = words(
    "crypt.not_verified",
    "The converted copy of {path} did not verify; the database is as it was.",
)
KEYS_UNWRITABLE = words(
    "crypt.keys_unwritable",
    "The key file {keys} could not be written ({detail}); nothing changed.",
)
LOST_KEY_FILE = words(
    "crypt.lost_key_file",
    "{path} is not a smugdesk database: it is damaged, or it is an encrypted database "
    "whose key file {keys} is not beside it.",
)
PASSPHRASE_FIELD = "passphrase"  # noqa: S105 (a field's name)


class NeedsSecret(StoreError):
    """The file is encrypted and no secret was given; ``ring`` says which kinds open it."""

    def __init__(self, path: Path | str, ring: KeyRing) -> None:
        how = HOW_USER() if ring.names() else HOW_PASSPHRASE()
        super().__init__(NEEDS_SECRET(path=str(path), how=how))
        self.ring = ring


class SecretRefused(StoreError):
    """The secret given does not open the file."""


class ConversionFailed(StoreError):
    """An encrypt or decrypt could not finish; the database is as it was."""


@dataclass(frozen=True, slots=True)
class Secret:
    """What a person gave to open an encrypted file: a user's password (``name`` is
    the user's), the passphrase, or the recovery key."""

    kind: Kind
    text: str
    name: str = ""

    @classmethod
    def of_user(cls, name: str, password: str) -> Secret:
        return cls(Kind.USER, password, name)


def is_encrypted(path: Path | str) -> bool:
    """Whether ``path`` is an SQLCipher file with its key file beside it."""
    return keys_path(path).exists() and _header(path) not in (b"", engine.PLAIN_HEADER)


def is_plain(path: Path | str) -> bool:
    """Whether ``path`` starts as every unencrypted SQLite file does."""
    return _header(path) == engine.PLAIN_HEADER


def _header(path: Path | str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(len(engine.PLAIN_HEADER))
    except OSError:
        return b""


def ring_of(path: Path | str) -> KeyRing | None:
    """The key slots of an encrypted file (None: a plain or new one).

    Raises:
        StoreError: the key file is damaged or newer, or missing beside an encrypted
            file.
    """
    header = _header(path)
    if header in (b"", engine.PLAIN_HEADER):
        return None
    if not keys_path(path).exists():
        if len(header) < len(engine.PLAIN_HEADER):
            return None  # too short for either: SQLite says what it is
        raise NotADatabase(LOST_KEY_FILE(path=str(path), keys=str(keys_path(path))))
    try:
        return keyfile.read(path)
    except KeyFileError as exc:
        raise StoreError(exc.message) from None


def key_for(path: Path | str, secret: Secret | None) -> bytes | None:
    """The key that opens ``path`` (None: it is plain or new).

    Raises:
        NeedsSecret: it is encrypted and ``secret`` is None.
        SecretRefused: the secret does not open it.
    """
    ring = ring_of(path)
    if ring is None:
        return None
    if secret is None:
        raise NeedsSecret(path, ring)
    try:
        return ring.unlock(secret.kind, secret.text, secret.name)
    except WrongSecret:
        wrong = {Kind.USER: WRONG_USER, Kind.PASSPHRASE: WRONG_PASSPHRASE}
        raise SecretRefused(wrong.get(secret.kind, WRONG_RECOVERY)(path=str(path))) from None


class KeySlots:
    """The key file of an open store, kept in step with its users: a slot changes
    first and is put back when the change to the database fails, so the two never
    disagree. A plain store has no key and nothing to keep (``key`` is None)."""

    def __init__(self, path: Path | str, key: bytes | None) -> None:
        self.path = Path(path)
        self.key = key
        self._pepper = os.urandom(32)
        self._proof: tuple[str, bytes] | None = None

    def opened_with(self, secret: Secret) -> None:
        """The secret that opened the file. A user's password has just been through
        Argon2id to open that user's slot: their login with it need not run Argon2id
        a second time (``proves``). Only a keyed digest of it is kept."""
        if secret.kind is Kind.USER:
            self._proof = (folded(secret.name), self._digest(secret.text))

    def proves(self, name: str, password: str) -> bool:
        """Whether ``password`` is the one that opened ``name``'s slot of this file (a
        slot opens only with the password the user has now: it changes with it, and
        goes when the user is disabled). Answered once: a later login checks anew."""
        proof, self._proof = self._proof, None
        return (
            proof is not None
            and proof[0] == folded(name)
            and hmac.compare_digest(proof[1], self._digest(password))
        )

    def _digest(self, password: str) -> bytes:
        return hmac.digest(self._pepper, password.encode(), "sha256")

    @contextlib.contextmanager
    def changing(self, change: Callable[[KeyRing, bytes], KeyRing]) -> Iterator[None]:
        if self.key is None:
            yield
            return
        before = keyfile.read(self.path)
        _write_keys(self.path, change(before, self.key))
        try:
            yield
        except BaseException:
            _write_keys(self.path, before)
            raise

    def user_password(self, name: str, password: str) -> contextlib.AbstractContextManager[None]:
        return self.changing(lambda ring, key: ring.with_slot(key, Kind.USER, password, name))

    def first_user(self, name: str, password: str) -> contextlib.AbstractContextManager[None]:
        """Accounts switched on: the first administrator's slot replaces the passphrase."""
        return self.changing(
            lambda ring, key: ring.with_slot(key, Kind.USER, password, name).without(
                Kind.PASSPHRASE
            )
        )

    def user_gone(self, name: str) -> contextlib.AbstractContextManager[None]:
        return self.changing(lambda ring, key: ring.without(Kind.USER, name))


def _write_keys(db: Path, ring: KeyRing) -> None:
    path = keys_path(db)
    try:
        keyfile.write(path, ring)
    except OSError as exc:
        raise StoreError(KEYS_UNWRITABLE(keys=str(path), detail=exc.strerror or exc)) from None


# -- converting a database in place ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Encrypted:
    recovery_key: str  # to be shown once, and written down
    users: tuple[str, ...]  # who can open it with their password


def encrypt(store: Store, passphrase: str = "", password: str = "") -> Encrypted:
    """Encrypt the store's database in place. The store is closed at the end, whether
    or not it worked (open it again, with a secret when it worked).

    With accounts, every enabled user's password opens it; the others than the
    administrator giving ``password`` must choose a new password at their next login,
    since copies of the plain file hold their old hashes. Without, ``passphrase`` does.

    Raises:
        NotAllowed: only an administrator may (anyone, on a file without accounts).
        Invalid: the passphrase is too weak.
        ConversionFailed, StoreError: nothing changed.
    """
    with contextlib.closing(store):
        return _encrypt(store, passphrase, password)


def passphrase_problem(passphrase: str) -> Invalid | None:
    """What is wrong with a new passphrase (the password rules), or None."""
    problem = password_problem(passphrase)
    return None if problem is None else Invalid([Problem(PASSPHRASE_FIELD, problem)])


def _encrypt(store: Store, passphrase: str, password: str) -> Encrypted:
    store.access.require(Can.MANAGE)
    path = Path(store.path)
    if store.keys.key is not None:
        raise ConversionFailed(ALREADY(path=str(path)))
    key, recovery = new_database_key(), new_recovery_key()
    ring = KeyRing.new().with_slot(key, Kind.RECOVERY, recovery)
    me = store.access.user
    if me is not None and password:
        store.access.confirm(password)
    users = store.access.book.password_hashes() if store.access.accounts_on else {}
    if not users:
        invalid = passphrase_problem(passphrase)
        if invalid is not None:
            raise invalid
        ring = ring.with_slot(key, Kind.PASSPHRASE, passphrase)
    for name, stored in users.items():
        if me is not None and name == me.name and password:
            ring = ring.with_slot(key, Kind.USER, password, name)
            continue
        parts = hash_parts(stored)
        stretch = Stretch(parts.salt, parts.time_cost, parts.memory_kib, parts.parallelism)
        ring = ring.with_digest(key, name, stretch, parts.digest)
    others = [n for n in users if not (me is not None and n == me.name and password)]

    def finish(copy: Store) -> None:
        with copy.transaction():
            copy.access.book.must_change_password(copy.access.stamp(), others)
        copy.note("encrypt", {"users": sorted(users), "recovery_key": "shown once"})

    _convert(store, key, finish)
    try:
        _write_keys(path, ring)
        _swap(path, _copy_path(path), wipe=True)
    except BaseException:
        _remove_with_sidecars(_copy_path(path))
        with contextlib.suppress(OSError):
            keys_path(path).unlink(missing_ok=True)
        raise
    return Encrypted(recovery, tuple(sorted(users)))


def decrypt(store: Store) -> None:
    """Turn the store's encrypted database back into a plain one, in place; its key
    file is removed. The store is closed at the end, whether or not it worked.

    Raises:
        NotAllowed: only an administrator may, or whoever opened it with the recovery key.
        ConversionFailed, StoreError: nothing changed.
    """
    with contextlib.closing(store):
        _decrypt(store)


def _decrypt(store: Store) -> None:
    if not store.opened_by_recovery:
        store.access.require(Can.MANAGE)
    path = Path(store.path)
    if store.keys.key is None:
        raise ConversionFailed(NOT_ENCRYPTED(path=str(path)))

    def finish(copy: Store) -> None:
        copy.note("decrypt", {"by": "recovery key" if store.opened_by_recovery else "password"})

    _convert(store, None, finish)
    try:
        _swap(path, _copy_path(path), wipe=False)
    except BaseException:
        _remove_with_sidecars(_copy_path(path))
        raise
    keys_path(path).unlink(missing_ok=True)


def new_recovery(store: Store) -> str:
    """A new recovery key for an encrypted store, replacing the old one (which no
    longer opens it): shown once."""
    store.access.require(Can.MANAGE)
    if store.keys.key is None:
        raise ConversionFailed(NOT_ENCRYPTED(path=str(store.path)))
    recovery = new_recovery_key()
    with store.keys.changing(lambda ring, key: ring.with_slot(key, Kind.RECOVERY, recovery)):
        store.note("recovery_key", {"recovery_key": "replaced, shown once"})
    return recovery


def _copy_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.converting")


def _convert(store: Store, key_after: bytes | None, finish: Callable[[Store], None]) -> None:
    """Export everything into the hidden copy with the new key (None: plain), verify
    it, and let ``finish`` write to it as the same user; then close the store, making
    sure nobody else has the file open. On any failure the copy is removed."""
    from smugdesk.store.backups import integrity_ok, live_counts
    from smugdesk.store.records import open_store

    path = Path(store.path)
    copy = _copy_path(path)
    _remove_with_sidecars(copy)
    conn = store.db.conn
    try:
        with known_errors(copy):
            expected = live_counts(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            engine.attach(conn, str(copy), "converted", key_after)
            try:
                conn.execute("SELECT sqlcipher_export('converted')")
                conn.execute(f"PRAGMA converted.user_version = {int(version)}")
                conn.execute(f"PRAGMA converted.application_id = {APPLICATION_ID}")
            finally:
                conn.execute("DETACH DATABASE converted")
            check = engine.connect(copy, key=key_after)
            try:
                changelog.forget_file(check)  # the copy takes the file's place
                check.commit()
                good = integrity_ok(check, "quick_check") and live_counts(check) == expected
            finally:
                check.close()
        if not good:
            raise ConversionFailed(NOT_VERIFIED(path=str(path)))
        with open_store(copy, store.actor, store.access.clock, key=key_after) as converted:
            converted.access.resume(store.access.user)
            finish(converted)
        _close_alone(store)
    except BaseException:
        _remove_with_sidecars(copy)
        raise


def _close_alone(store: Store) -> None:
    """Close the store; refuse when another connection still has the file open (the
    last one to close removes the -wal and -shm files)."""
    path = Path(store.path)
    store.close()
    if Path(f"{path}-shm").exists() or Path(f"{path}-wal").exists():
        raise ConversionFailed(IN_USE(path=str(path)))


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):  # a read-only medium: nothing was made there
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _swap(path: Path, copy: Path, wipe: bool) -> None:
    """Put the converted copy in place of the database. With ``wipe`` the old plain
    file is overwritten before it is removed (on storage that rewrites in place:
    SSDs and copy-on-write file systems may keep old blocks; full-disk encryption is
    the answer there)."""
    old = path.with_name(f".{path.name}.replaced-{dt.datetime.now():%Y%m%d-%H%M%S}")
    with known_errors(path):
        path.replace(old)
        try:
            copy.replace(path)
        except BaseException:
            old.replace(path)
            raise
    if wipe:
        _overwrite(old)
    old.unlink(missing_ok=True)


def _overwrite(path: Path) -> None:
    with contextlib.suppress(OSError), open(path, "r+b") as f:
        size = os.fstat(f.fileno()).st_size
        block = b"\0" * (1 << 20)
        for start in range(0, size, len(block)):
            f.write(block[: min(len(block), size - start)])
        f.flush()
        os.fsync(f.fileno())
