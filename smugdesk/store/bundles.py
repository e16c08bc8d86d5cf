"""Bundles: the changes one station hands another on a memory stick, and merging them.

A bundle is an SQLite file of its own kind (its own application id) holding changes
(with each one's SHA-256), the stations they came from, and what the writing station
holds of each (so the receiver knows what not to send back). A root hash covers the
changes' hashes in (station, seq) order; the writing station signs the header and the
root with its Ed25519 key.

A bundle is opened read-only and distrustfully: a private copy of the file, the exact
tables expected and nothing else (no triggers or views), ``trusted_schema`` off,
SQLite's check, every change's hash, the root and the signature; a station's key is
pinned the first time one of its bundles is merged. A bundle that fails any of this is
refused whole. Merging is set-based SQL over the attached copy, all or nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from uuid_utils import uuid7

from smugdesk.accounts.roles import Can
from smugdesk.domain.records import Invalid, Problem
from smugdesk.domain.words import words
from smugdesk.files import named_for, refuse_database
from smugdesk.stations.changes import canonical, change_hash
from smugdesk.stations.signing import fingerprint, public_key
from smugdesk.store import engine
from smugdesk.store.database import StoreError, known_errors
from smugdesk.store.incoming import Clash, absorb, check
from smugdesk.store.publications import COLUMNS, Touched, publication_digest
from smugdesk.store.records import Store

BUNDLE_APPLICATION_ID = 0x534D4244  # "SMBD"
FORMAT = 1
SUFFIX = ".smugbundle"
SCHEMA = (
    "CREATE TABLE bundle (format INTEGER NOT NULL, id TEXT NOT NULL, station TEXT NOT NULL, "
    "name TEXT NOT NULL, public_key BLOB NOT NULL, created TEXT NOT NULL, hlc INTEGER NOT "
    "NULL, changes INTEGER NOT NULL, root TEXT NOT NULL, publications TEXT NOT NULL, "
    "signature BLOB NOT NULL)",
    "CREATE TABLE stations (uuid TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE changes (station TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, "
    "record TEXT NOT NULL, fields TEXT NOT NULL, ctx TEXT NOT NULL, hlc INTEGER NOT NULL, "
    "wall TEXT NOT NULL, user TEXT NOT NULL, workstation TEXT NOT NULL, hash TEXT NOT NULL, "
    "PRIMARY KEY (station, seq)) WITHOUT ROWID",
    "CREATE TABLE holds (station TEXT PRIMARY KEY, held INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE publications (uuid TEXT PRIMARY KEY, station TEXT NOT NULL, published_at "
    "TEXT NOT NULL, published_by TEXT NOT NULL, spec TEXT NOT NULL, figures TEXT NOT NULL, "
    "sha256 TEXT NOT NULL, pdf_sha256 TEXT NOT NULL, xlsx_sha256 TEXT NOT NULL, basis TEXT "
    "NOT NULL) WITHOUT ROWID",
)
_PUBLICATIONS = "SELECT * FROM {}.publications ORDER BY uuid"
_CHANGE_COLUMNS = "station, seq, kind, record, fields, ctx, hlc, wall, user, workstation"

REFUSED = words("bundle.refused", "{file} is refused ({why}); nothing was merged.")
WHY_NOT_BUNDLE = words("bundle.why_not_bundle", "it is not a smugdesk bundle")
WHY_NEWER = words("bundle.why_newer", "it was written by a newer smugdesk")
WHY_SHAPE = words("bundle.why_shape", "it holds tables or code a bundle never has")
WHY_DAMAGED = words("bundle.why_damaged", "it is damaged")
WHY_HASH = words("bundle.why_hash", "a change does not match its hash")
WHY_ROOT = words("bundle.why_root", "its changes do not match their root hash")
WHY_SIGNATURE = words("bundle.why_signature", "its signature is not its station's")
WHY_KEY = words(
    "bundle.why_key",
    "it is signed with another key than the one station {station} had before; if that "
    "station's key really changed, an administrator must trust the new one first",
)
UNKNOWN_STATION = words("bundle.unknown_station", "no station {station} is known here")


class BundleRefused(StoreError):
    """A bundle that failed a check; nothing was merged."""


@dataclass(frozen=True, slots=True)
class Header:
    id: str
    station: str
    name: str
    public_key: bytes
    created: str
    hlc: int
    changes: int
    root: str
    publications: str  # SHA-256 over the publications it carries

    def signed(self) -> bytes:
        return canonical(
            {
                "changes": self.changes,
                "created": self.created,
                "format": FORMAT,
                "hlc": self.hlc,
                "id": self.id,
                "name": self.name,
                "public_key": self.public_key.hex(),
                "publications": self.publications,
                "root": self.root,
                "station": self.station,
            }
        ).encode()


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    changes: int


@dataclass(frozen=True, slots=True)
class Merged:
    header: Header
    added: int  # changes new here
    records: int  # records settled again
    pinned: bool  # the station's key was pinned by this merge
    conflicts: int  # unresolved conflicts in the database after it
    touched: Touched  # for the publications it may revise


# -- writing -------------------------------------------------------------------------


def write_bundle(store: Store, out: Path, for_station: str = "") -> Written:
    """Write the changes ``for_station`` (a station id or name) may lack, or all of
    them, to ``out``, all or nothing."""
    store.access.require(Can.READ_RECORDS)
    conn = store.db.conn
    me = store.changes.station()
    where = "1"
    params: list[object] = []
    if for_station:
        peer = _station_id(store, for_station)
        where = (
            "c.station_id <> ? AND c.seq > coalesce((SELECT held FROM peer_holds "
            "WHERE peer_id = ? AND origin_id = c.station_id), 0)"
        )
        params = [peer, peer]
    refuse_database(out, document=False)  # a bundle may replace an older bundle
    partial = out.with_name(f".{out.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        with known_errors(out), named_for(out, partial):
            blank(partial)
            engine.attach(conn, str(partial), "bundle", None)
            try:
                count = _fill(store, where, params)
                header = Header(
                    str(uuid7()),
                    me.uuid,
                    me.name,
                    public_key(store.changes.signing_key()),
                    store.access.stamp().at,
                    conn.execute("SELECT hlc FROM station").fetchone()[0],
                    count,
                    _root(conn, "bundle"),
                    publication_digest(conn.execute(_PUBLICATIONS.format("bundle")).fetchall()),
                )
                signature = Ed25519PrivateKey.from_private_bytes(store.changes.signing_key()).sign(
                    header.signed()
                )
                conn.execute(
                    "INSERT INTO bundle.bundle VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        FORMAT,
                        header.id,
                        header.station,
                        header.name,
                        header.public_key,
                        header.created,
                        header.hlc,
                        header.changes,
                        header.root,
                        header.publications,
                        signature,
                    ],
                )
                conn.commit()
            finally:
                if conn.in_transaction:  # failed half-way: DETACH needs no transaction
                    conn.execute("ROLLBACK")
                conn.execute("DETACH DATABASE bundle")
        with named_for(out, partial):
            with open(partial, "rb") as f:
                os.fsync(f.fileno())
            partial.replace(out)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    store.note("bundle", {"file": str(out.resolve()), "changes": count, "for": for_station})
    return Written(out, count)


def blank(path: Path) -> None:
    """Make an empty bundle file at ``path``."""
    made = engine.connect(path)
    try:
        for statement in SCHEMA:
            made.execute(statement)
        made.execute(f"PRAGMA application_id = {BUNDLE_APPLICATION_ID}")
        made.execute(f"PRAGMA user_version = {FORMAT}")
        made.commit()
    finally:
        made.close()


def _fill(store: Store, where: str, params: list[object]) -> int:
    execute = store.db.conn.execute
    execute("BEGIN")  # one snapshot of the log
    try:
        execute(
            f"INSERT INTO bundle.changes ({_CHANGE_COLUMNS}, hash) "
            f"SELECT s.uuid, c.seq, c.kind, c.record, c.fields, c.ctx, c.hlc, c.wall, c.user, "
            f"c.workstation, c.hash FROM changes c JOIN stations s ON s.id = c.station_id "
            f"WHERE {where}",
            params,
        )
        execute(
            "INSERT INTO bundle.stations SELECT uuid, name FROM stations WHERE uuid IN "
            "(SELECT station FROM bundle.changes) OR id = (SELECT station_id FROM station)"
        )
        execute("INSERT INTO bundle.holds SELECT uuid, held FROM stations WHERE held > 0")
        execute(f"INSERT INTO bundle.publications SELECT {', '.join(COLUMNS)} FROM publications")
        count = execute("SELECT count(*) FROM bundle.changes").fetchone()[0]
    except BaseException:
        execute("ROLLBACK")
        raise
    return int(count)


def _root(conn: engine.Connection, schema: str) -> str:
    digest = hashlib.sha256()
    for (h,) in conn.execute(f"SELECT hash FROM {schema}.changes ORDER BY station, seq"):
        digest.update(bytes.fromhex(h))
    return digest.hexdigest()


def _station_id(store: Store, name_or_id: str) -> int:
    row = store.db.conn.execute(
        "SELECT id FROM stations WHERE uuid = ? OR name = ? COLLATE NOCASE ORDER BY uuid = ? "
        "DESC LIMIT 1",
        [name_or_id, name_or_id, name_or_id],
    ).fetchone()
    if row is None:
        raise BundleRefused(UNKNOWN_STATION(station=name_or_id))
    return int(row[0])


# -- reading, distrustfully ------------------------------------------------------------


@contextlib.contextmanager
def opened(path: Path) -> Iterator[tuple[Path, Header]]:
    """A private copy of the bundle at ``path``, checked through, and its header.

    Raises:
        BundleRefused: it fails a check.
    """
    with tempfile.TemporaryDirectory(prefix="smugdesk-bundle-") as folder:
        copy = Path(folder) / "bundle.sqlite"
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise BundleRefused(REFUSED(file=str(path), why=exc.strerror or str(exc))) from None
        yield copy, _checked(path, copy)


def _refuse(path: Path, why: object) -> BundleRefused:
    return BundleRefused(REFUSED(file=str(path), why=why))


def _checked(path: Path, copy: Path) -> Header:
    with open(copy, "rb") as f:
        if f.read(16) != engine.PLAIN_HEADER:
            raise _refuse(path, WHY_NOT_BUNDLE())
    try:
        conn = engine.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    except engine.Error:
        raise _refuse(path, WHY_DAMAGED()) from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        return _check(path, conn)
    except engine.Error:
        raise _refuse(path, WHY_DAMAGED()) from None
    finally:
        conn.close()


def _check(path: Path, conn: engine.Connection) -> Header:
    if conn.execute("PRAGMA application_id").fetchone()[0] != BUNDLE_APPLICATION_ID:
        raise _refuse(path, WHY_NOT_BUNDLE())
    if conn.execute("PRAGMA user_version").fetchone()[0] > FORMAT:
        raise _refuse(path, WHY_NEWER())
    found = set(conn.execute("SELECT type, name, sql FROM sqlite_master"))
    if found != {("table", s.split()[2], s) for s in SCHEMA}:
        raise _refuse(path, WHY_SHAPE())
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise _refuse(path, WHY_DAMAGED())
    rows = conn.execute("SELECT * FROM bundle").fetchall()
    if len(rows) != 1:
        raise _refuse(path, WHY_NOT_BUNDLE())
    _fmt, *parts, signature = rows[0]
    types = (str, str, str, bytes, str, int, int, str, str)
    if not all(isinstance(v, t) for v, t in zip(parts, types, strict=True)):
        raise _refuse(path, WHY_NOT_BUNDLE())
    header = Header(*parts)
    digest = hashlib.sha256()
    count = 0
    for row in conn.execute(f"SELECT {_CHANGE_COLUMNS}, hash FROM changes ORDER BY station, seq"):
        try:
            good = change_hash(*row[:10]) == row[10]
            digest.update(bytes.fromhex(row[10]))
        except (TypeError, ValueError):
            good = False
        if not good:
            raise _refuse(path, WHY_HASH())
        count += 1
    if count != header.changes or digest.hexdigest() != header.root:
        raise _refuse(path, WHY_ROOT())
    try:
        good = publication_digest(conn.execute(_PUBLICATIONS.format("main")).fetchall())
    except TypeError:
        good = ""
    if good != header.publications:
        raise _refuse(path, WHY_ROOT())
    try:
        Ed25519PublicKey.from_public_bytes(header.public_key).verify(signature, header.signed())
    except (InvalidSignature, ValueError, TypeError):
        raise _refuse(path, WHY_SIGNATURE()) from None
    return header


# -- merging ---------------------------------------------------------------------------


def merge_bundle(store: Store, path: Path) -> Merged:
    """Merge the changes of the bundle at ``path`` that this database lacks, and settle
    the records they touch; all or nothing. Merging the same bundle again changes
    nothing; bundles merge in any order with the same result.

    Raises:
        BundleRefused: the bundle fails a check (nothing changed).
        NotAllowed: only an administrator may merge (on a file with accounts).
    """
    store.access.require(Can.MANAGE)
    with opened(path) as (copy, header):
        conn = store.db.conn
        engine.attach(conn, str(copy), "b", None)
        try:
            with store.transaction():
                merged = _merge(store, path, header)
        finally:
            conn.execute("DETACH DATABASE b")
    return merged


def _merge(store: Store, path: Path, header: Header) -> Merged:
    execute = store.db.conn.execute
    try:
        check(store, "b")
    except Clash as exc:
        raise _refuse(path, exc.why) from None
    execute("INSERT OR IGNORE INTO stations (uuid, name) SELECT uuid, name FROM b.stations")
    pinned = _pin(store, path, header)
    done = absorb(store, "b")
    execute(
        "INSERT INTO peer_holds (peer_id, origin_id, held) SELECT p.id, o.id, h.held "
        "FROM b.holds h JOIN stations o ON o.uuid = h.station "
        "JOIN stations p ON p.uuid = ? WHERE true "
        "ON CONFLICT (peer_id, origin_id) DO UPDATE SET held = max(held, excluded.held)",
        [header.station],
    )
    conflicts = execute("SELECT count(DISTINCT record) FROM conflicts").fetchone()[0]
    store.note(
        "merge",
        {
            "file": str(path.resolve()),
            "station": header.station,
            "bundle": header.id,
            "changes": done.added,
            "records": done.records,
            "pinned": pinned,
        },
    )
    return Merged(header, done.added, done.records, pinned, int(conflicts), done.touched)


def _pin(store: Store, path: Path, header: Header) -> bool:
    """Pin the bundle's station key the first time; refuse another one after."""
    execute = store.db.conn.execute
    if header.station == store.changes.station().uuid:  # its own bundle: nothing new
        return False
    row = execute("SELECT public_key FROM stations WHERE uuid = ?", [header.station]).fetchone()
    if row[0] is not None:
        if bytes(row[0]) != header.public_key:
            raise _refuse(path, WHY_KEY(station=header.name or header.station))
        return False
    stamp = store.access.stamp()
    execute(
        "UPDATE stations SET public_key = ?, pinned_at = ?, pinned_by = ?, name = ? WHERE uuid = ?",
        [header.public_key, stamp.at, stamp.user, header.name, header.station],
    )
    return True


BAD_KEY = words("station.bad_key", "is not a station's public key (64 hexadecimal digits)")
BAD_ID = words("station.bad_id", "is not a station id")


def trust_station(store: Store, station: str, key_hex: str) -> None:
    """An administrator trusts a station's public key before its first bundle (read out
    by telephone, say), or a new key after the station's old one was replaced: its
    bundles must carry that key's signature from now on."""
    store.access.require(Can.MANAGE)
    problems = []
    try:
        key = bytes.fromhex(key_hex.replace(" ", ""))
        Ed25519PublicKey.from_public_bytes(key)
    except ValueError:
        key = b""
        problems.append(Problem("key", BAD_KEY()))
    if len(station) != 36 or station.count("-") != 4:
        problems.append(Problem("station", BAD_ID()))
    if problems:
        raise Invalid(problems)
    stamp = store.access.stamp()
    with store.transaction():
        store.db.conn.execute(
            "INSERT INTO stations (uuid, public_key, pinned_at, pinned_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (uuid) DO UPDATE SET public_key = excluded.public_key, "
            "pinned_at = excluded.pinned_at, pinned_by = excluded.pinned_by",
            [station, key, stamp.at, stamp.user],
        )
        detail = {"station": station, "fingerprint": fingerprint(key)}
        store.audit.append(stamp, "station_trust", [("", "", None, None, detail)])


@dataclass(frozen=True, slots=True)
class Contents:
    """What a checked bundle copy holds, read for another destination (the hub)."""

    stations: list[tuple[object, ...]]  # uuid, name
    publications: list[tuple[object, ...]]  # publications.COLUMNS

    @staticmethod
    def of(copy: Path) -> Contents:
        conn = engine.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return Contents(
                conn.execute("SELECT uuid, name FROM stations").fetchall(),
                conn.execute(_PUBLICATIONS.format("main")).fetchall(),
            )
        finally:
            conn.close()


def changes_in(copy: Path) -> Iterator[tuple[object, ...]]:
    """The changes of a checked bundle copy, in (station, seq) order, as
    ``store.hubs.CHANGE_COLUMNS``."""
    conn = engine.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(f"SELECT {_CHANGE_COLUMNS}, hash FROM changes ORDER BY station, seq")
        while page := rows.fetchmany(10_000):
            yield from page
    finally:
        conn.close()
