"""Opening the SQLite file safely, and telling expected failures apart from bugs."""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import sqlite_utils

from smugdesk.domain.words import Message, Words, words
from smugdesk.places import APP_NAME
from smugdesk.store import engine

# PRAGMA application_id marks the file as ours ("SMUG" in ASCII).
APPLICATION_ID = 0x534D5547
BUSY_TIMEOUT_MS = 10_000
# Page cache per connection (negative: KiB, as SQLite takes it). A page missing from
# a plain file's cache is read from the operating system's cache in a microsecond or
# two; one missing from an encrypted file's is decrypted and authenticated as well (ten
# times the cost here, benchmarks/bench_cipher_pages.py), so an encrypted file keeps
# more of its decrypted pages: a save then finds the inner pages of its indexes in
# memory instead of decrypting them again (1.85x a plain save's time -> 1.35x).
CACHE_KIB = -4_096  # 4 MB
ENCRYPTED_CACHE_KIB = -65_536  # 64 MB, filled only as pages are read
BULK_CACHE_KIB = -65_536  # 64 MB while a bulk write touches many index pages


class StoreError(Exception):
    """A failure the user can act on (the file, the disk, the version), not a bug. Its
    ``message`` is rendered in the reader's language (``domain.words.render``)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class NewerDatabase(StoreError):
    pass


class NotADatabase(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class ReadOnlyDatabase(StoreError):
    pass


class DiskFull(StoreError):
    pass


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is writing: the user's name and the workstation's."""

    user: str
    workstation: str

    @classmethod
    def current(cls) -> Actor:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no name for the uid (containers)
            user = f"uid-{os.getuid()}" if hasattr(os, "getuid") else "unknown"
        return cls(user=user, workstation=socket.gethostname() or "unknown")


def default_db_path() -> Path:
    """The database used when neither --db nor SMUGDESK_DB names one."""
    env = os.environ.get("SMUGDESK_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "smugdesk.sqlite"


@contextlib.contextmanager
def known_errors(path: Path | str) -> Iterator[None]:
    """Turn SQLite's expected failures into StoreError subclasses with plain messages,
    told apart by SQLite's result code (never by the message text, which is SQLite's
    to change). Anything else is a bug and goes on as it is."""
    try:
        yield
    except engine.Error as exc:
        plain = plain_error(exc, path)
        if plain is None:
            raise
        raise plain from exc


def plain_error(exc: BaseException, path: Path | str) -> StoreError | None:
    """The StoreError saying in plain words what SQLite's ``exc`` means for the database
    at ``path``; None when it is not one a person can act on (a bug), or not SQLite's."""
    if not isinstance(exc, engine.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code in (None, _SQLITE_ERROR):  # relayed: only sqlite3_errstr(rc) came through
        code = _ERRSTR.get(str(exc), code)
    known = _KNOWN.get(code & 0xFF) if isinstance(code, int) else None
    if known is None:
        return None
    kind, message = known
    return kind(message(path=str(path), detail=str(exc)))


LOCKED = words(
    "store.locked",
    "The database {path} is in use by another program and stayed locked; try again in a moment.",
)
READ_ONLY = words(
    "store.read_only",
    "The database {path} is read-only; copy it somewhere writable or check its permissions.",
)
FULL = words(
    "store.full",
    "The disk holding {path} is full; nothing was saved. Free some space and save again.",
)
CANNOT_OPEN = words("store.cannot_open", "The database {path} cannot be opened: {detail}")
IO_ERROR = words(
    "store.io_error",
    "The database {path} could not be read or written ({detail}); nothing was saved. "
    "Check the disk or the network folder it is on.",
)
NOT_SMUGDESK = words("store.not_smugdesk", "{path} is not a smugdesk database, or it is damaged.")
DAMAGED = words(
    "store.damaged",
    "The database {path} is damaged ({detail}); nothing was changed. Restore it from a "
    "backup (File > Restore from a backup..., or smugdesk restore).",
)
NO_WAL = words("store.no_wal", "The database {path} cannot use write-ahead logging ({mode}).")
# SQLite's primary result codes (an extended code's low byte) that a user can act on.
_KNOWN: dict[int, tuple[type[StoreError], Words]] = {
    engine.SQLITE_BUSY: (DatabaseLocked, LOCKED),
    engine.SQLITE_LOCKED: (DatabaseLocked, LOCKED),
    engine.SQLITE_READONLY: (ReadOnlyDatabase, READ_ONLY),
    engine.SQLITE_FULL: (DiskFull, FULL),
    engine.SQLITE_CANTOPEN: (StoreError, CANNOT_OPEN),
    engine.SQLITE_PERM: (StoreError, CANNOT_OPEN),
    engine.SQLITE_IOERR: (StoreError, IO_ERROR),
    engine.SQLITE_NOTADB: (NotADatabase, NOT_SMUGDESK),
    engine.SQLITE_CORRUPT: (NotADatabase, DAMAGED),
}


# sqlite3_errstr()'s fixed text for each primary code, for the errors that come without
# their code: Connection.backup (CPython's sqlite3 and sqlcipher3 raise the text alone)
# and sqlcipher_export() (a SQL function: its error arrives as SQLITE_ERROR).
_SQLITE_ERROR = 1
_ERRSTR: dict[str, int] = {
    "database is locked": engine.SQLITE_BUSY,
    "database table is locked": engine.SQLITE_LOCKED,
    "attempt to write a readonly database": engine.SQLITE_READONLY,
    "database or disk is full": engine.SQLITE_FULL,
    "unable to open database file": engine.SQLITE_CANTOPEN,
    "access permission denied": engine.SQLITE_PERM,
    "disk I/O error": engine.SQLITE_IOERR,
    "file is not a database": engine.SQLITE_NOTADB,
    "database disk image is malformed": engine.SQLITE_CORRUPT,
}


def connect(path: Path | str, key: bytes | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the SQLite file with the pragmas every connection needs;
    with ``key``, an encrypted one (``store.encryption``)."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    with known_errors(path):
        conn = engine.connect(str(path), key=key, timeout=BUSY_TIMEOUT_MS / 1000)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(path) != ":memory:" and mode.lower() != "wal":
            raise StoreError(NO_WAL(path=str(path), mode=mode))
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = {CACHE_KIB if key is None else ENCRYPTED_CACHE_KIB}")
    return db


@contextlib.contextmanager
def bulk_cache(conn: engine.Connection) -> Iterator[None]:
    """A page cache of at least ``BULK_CACHE_KIB`` while a bulk write touches many index
    pages; the connection's own size again afterwards."""
    own = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {min(own, BULK_CACHE_KIB)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {own}")


@contextlib.contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction, taking the write lock at once (BEGIN IMMEDIATE).

    Nested uses join the outer transaction. sqlite-utils' ``atomic()`` begins a
    deferred transaction, which can fail half-way with SQLITE_BUSY when another
    process writes; taking the lock first makes a save wait instead.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
