"""The one SQLite engine every connection uses: SQLCipher's build of SQLite (the
``sqlcipher3`` wheels). Without a key it is SQLite itself, reading and writing plain
files; with a key every page is encrypted (AES-256, HMAC-SHA512 per page).

One engine for plain and encrypted files keeps one exception hierarchy and one SQLite
version across the house; ``sqlite3`` is imported for its type names only (the two
modules have the same DB-API shape).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import cast

import sqlcipher3.dbapi2 as _engine

Connection = sqlite3.Connection
Error: type[sqlite3.Error] = _engine.Error
DatabaseError: type[sqlite3.DatabaseError] = _engine.DatabaseError
OperationalError: type[sqlite3.OperationalError] = _engine.OperationalError
IntegrityError: type[sqlite3.IntegrityError] = _engine.IntegrityError

SQLITE_BUSY: int = _engine.SQLITE_BUSY
SQLITE_LOCKED: int = _engine.SQLITE_LOCKED
SQLITE_READONLY: int = _engine.SQLITE_READONLY
SQLITE_FULL: int = _engine.SQLITE_FULL
SQLITE_CANTOPEN: int = _engine.SQLITE_CANTOPEN
SQLITE_PERM: int = _engine.SQLITE_PERM
SQLITE_IOERR: int = _engine.SQLITE_IOERR
SQLITE_NOTADB: int = _engine.SQLITE_NOTADB
SQLITE_CORRUPT: int = _engine.SQLITE_CORRUPT


def _quiet() -> None:
    """SQLCipher writes its own lines to standard error when a page does not decrypt
    (a damaged file: "ERROR CORE sqlcipher_page_cipher: hmac check failed"); smugdesk
    says what that means itself. The level is the process's, set once here."""
    conn = _engine.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_quiet()

# What every plain SQLite file starts with; an encrypted file starts with random salt.
PLAIN_HEADER = b"SQLite format 3\x00"

# How smugdesk's encrypted files are laid out, besides SQLCipher 4's defaults (AES-256
# in CBC mode, 4 KiB pages): pages are authenticated with HMAC-SHA256 instead of
# SHA512, which CPUs with SHA extensions compute twice as fast (reads of many pages
# cost 1.2x a plain file's instead of 1.9x here). Every keyed connection and ATTACH
# uses them; a file made with other settings does not open.
CIPHER_SETTINGS = ("cipher_hmac_algorithm = HMAC_SHA256",)


def connect(
    target: str | Path, *, key: bytes | None = None, uri: bool = False, timeout: float = 5.0
) -> Connection:
    """A connection to ``target``; with ``key`` (32 random bytes) the file is read and
    written encrypted. The raw key skips SQLCipher's own PBKDF2: the key is random,
    and the password that unwraps it was already stretched with Argon2id."""
    conn = cast(Connection, _engine.connect(os.fspath(target), uri=uri, timeout=timeout))
    if key is not None:
        use_key(conn, key)
    return conn


def use_key(conn: Connection, key: bytes, schema: str = "main") -> None:
    """Give SQLCipher the key of ``schema``; it is checked at the first read."""
    if len(key) != 32:
        raise ValueError("a database key is 32 bytes")
    conn.execute(f"PRAGMA {schema}.key = \"x'{key.hex()}'\"")
    _settings(conn, schema)


def _settings(conn: Connection, schema: str) -> None:
    for setting in CIPHER_SETTINGS:
        conn.execute(f"PRAGMA {schema}.{setting}")


def attach(conn: Connection, path: str, schema: str, key: bytes | None) -> None:
    """ATTACH ``path`` as ``schema``, encrypted with ``key`` or plain (an empty key).
    ATTACH reads an existing file at once, with SQLCipher's default settings: ours
    are made the defaults for that moment (they are process-wide), then put back."""
    secret = f"x'{key.hex()}'" if key is not None else ""
    if key is None:
        conn.execute(f'ATTACH DATABASE ? AS {schema} KEY ""', (path,))
        return
    before = [
        (name, conn.execute(f"PRAGMA cipher_default_{name}").fetchone()[0])
        for name, _value in _DEFAULTS
    ]
    try:
        for name, value in _DEFAULTS:
            conn.execute(f"PRAGMA cipher_default_{name} = {value}")
        conn.execute(f'ATTACH DATABASE ? AS {schema} KEY "{secret}"', (path,))
    finally:
        for name, value in before:
            conn.execute(f"PRAGMA cipher_default_{name} = {value}")
    _settings(conn, schema)


_DEFAULTS = [tuple(s.removeprefix("cipher_").split(" = ")) for s in CIPHER_SETTINGS]
