"""The change log: every write of a record (a save, a delete, an approval, an import)
appends one change per record holding only the fields it changed, named by this
station's next sequence number and carrying its causal context (``stations.changes``).
The records' tables hold the current values; the log holds where each came from, and
is what other stations receive.

A record's fields, as changes carry them, are its image: its own columns, each child
table as one list (a catch's head counts are one value), references to other records
as their UUIDs, and its approval. Images are built in SQL (``IMAGE_SQL``), in canonical
JSON, so that a change's bytes are the same at every station.

Each database is a station with an id made when it was created (or when the change
log came to an older file). A copy of the file would write changes under the same dots
as the original with other content; the station row remembers which file it belongs
to, and a database opened from another file gets a new station id before it writes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from uuid_utils import uuid7

from smugdesk.stations import clock
from smugdesk.stations.changes import DELETED, canonical, change_hash, changed_fields
from smugdesk.stations.signing import new_signing_key
from smugdesk.store import engine
from smugdesk.store.audit import Stamp
from smugdesk.store.mapping import AGENCY, BUST, CASE, CATCH, RecordTable
from smugdesk.store.sql import chunks, marks

# -- images ---------------------------------------------------------------------------

_APPROVED = (
    "json(CASE WHEN r.approved_at IS NULL THEN NULL "
    "ELSE json_object('at', r.approved_at, 'by', r.approved_by) END)"
)


def _uuid_of(table: str, column: str) -> str:
    return f"(SELECT x.uuid FROM {table} x WHERE x.id = r.{column})"


def _list(table: str, parent: str, item: str, joins: str = "") -> str:
    return (
        f"json((SELECT json_group_array({item} ORDER BY c.line) FROM {table} c {joins} "
        f"WHERE c.{parent} = r.id))"
    )


def _object(fields: Mapping[str, str]) -> str:
    """json_object over ``fields`` (name: SQL), in sorted order: canonical JSON."""
    return "json_object(" + ", ".join(f"'{k}', {fields[k]}" for k in sorted(fields)) + ")"


_ASSISTS = "JOIN agencies a ON a.id = c.agency_id"
_EVENT = {
    "ref": "r.ref",
    "date": "r.date",
    "agency": _uuid_of("agencies", "agency_id"),
    "province": "r.province",
    "place": "r.place",
    "case": _uuid_of("cases", "case_id"),
    "notable": "r.notable",
    "press_note": "r.press_note",
    "notes": "r.notes",
    "approved": _APPROVED,
}
_HEAD_COUNT = {k: f"c.{k}" for k in ("nationality", "persons", "male", "female", "minors")}
_ARREST = {k: f"c.{k}" for k in ("role", "origin", "arrested")}
IMAGES: dict[str, str] = {
    AGENCY.name: _object({k: f"r.{k}" for k in AGENCY.columns}),
    CASE.name: _object(
        {
            "case_no": "r.case_no",
            "opened_on": "r.opened_on",
            "cracked_on": "r.cracked_on",
            "category": "r.category",
            "agency": _uuid_of("agencies", "agency_id"),
            "summary": "r.summary",
            "approved": _APPROVED,
        }
    ),
    CATCH.name: _object(
        {
            **_EVENT,
            "destination": "r.destination",
            "reason": "r.reason",
            "counts": _list("catch_counts", "catch_id", _object(_HEAD_COUNT)),
            "assists": _list("catch_assists", "catch_id", "a.uuid", _ASSISTS),
        }
    ),
    BUST.name: _object(
        {
            **_EVENT,
            "gang": "r.gang",
            "broken_up": "r.broken_up",
            "arrests": _list("bust_arrests", "bust_id", _object(_ARREST)),
            "assists": _list("bust_assists", "bust_id", "a.uuid", _ASSISTS),
        }
    ),
}


def image_sql(kind: RecordTable, where: str) -> str:
    """SELECT id, uuid, image of the rows of ``kind`` that ``where`` (alias r) chooses."""
    return f"SELECT r.id, r.uuid, {IMAGES[kind.name]} FROM {kind.table} r WHERE {where}"


# -- this station ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Station:
    id: int  # in this database's stations table
    uuid: str
    name: str
    held: int  # its last sequence number


def file_identity(path: Path | str) -> tuple[int, int] | None:
    """What tells the database file apart from a copy of it: its device and inode (its
    file index on Windows); None for a database in memory."""
    if str(path) == ":memory:":
        return None
    info = os.stat(path)
    return info.st_dev, info.st_ino


def has_station(conn: engine.Connection) -> bool:
    """Whether the database has a station yet (a file older than the change log has not)."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'station'").fetchone()
    return found is not None


def new_station(conn: engine.Connection, identity: tuple[int, int] | None) -> None:
    """Make this database a new station (a new id and signing key); changes already in
    the log keep the stations that wrote them."""
    uuid = str(uuid7())
    station_id = conn.execute(
        "INSERT INTO stations (uuid, name) VALUES (?, coalesce((SELECT s.name FROM station h "
        "JOIN stations s ON s.id = h.station_id), '')) RETURNING id",
        [uuid],
    ).fetchone()[0]
    dev, ino = identity if identity else (None, None)
    conn.execute(
        "INSERT INTO station (id, station_id, file_dev, file_ino, hlc, signing_key) "
        "VALUES (1, ?, ?, ?, coalesce((SELECT hlc FROM station), 0), ?) "
        "ON CONFLICT (id) DO UPDATE SET station_id = excluded.station_id, "
        "file_dev = excluded.file_dev, file_ino = excluded.file_ino, "
        "signing_key = excluded.signing_key",
        [station_id, dev, ino, new_signing_key()],
    )


def _register(conn: engine.Connection) -> None:
    conn.create_function("change_hash", 10, change_hash, deterministic=True)


def _insert_images(
    conn: engine.Connection,
    kind: RecordTable,
    me: Station,
    where: str,
    provenance: Mapping[str, str],
    params: Mapping[str, object],
    fields: str = "",
) -> int:
    """Append, set-based, one change per row of ``kind`` that ``where`` (alias r)
    chooses, in row order, numbered on from ``me.held``: its whole image (or the
    ``fields`` given, as SQL), seen nothing. ``provenance`` gives the SQL of its hlc,
    wall, user and workstation, which may use ``n`` (1, 2, ... in row order). Returns
    how many."""
    p = provenance
    cursor = conn.execute(
        f"""
        INSERT INTO changes (station_id, seq, kind, record, fields, ctx, hlc, wall, user,
                             workstation, hash)
        SELECT :station_id, :held + v.n, :kind, v.uuid, v.fields, '{{}}', v.hlc, v.wall,
               v.user, v.workstation,
               change_hash(:station, :held + v.n, :kind, v.uuid, v.fields, '{{}}', v.hlc,
                           v.wall, v.user, v.workstation)
        FROM (
            SELECT n, uuid, fields, {p["hlc"]} AS hlc, {p["wall"]} AS wall,
                   {p["user"]} AS user, {p["workstation"]} AS workstation
            FROM (SELECT row_number() OVER (ORDER BY r.id) AS n, r.uuid,
                         {fields or IMAGES[kind.name]} AS fields, r.changed_at,
                         r.changed_by, r.changed_on, r.id
                  FROM {kind.table} r WHERE {where})
        ) v
        """,
        {"station_id": me.id, "station": me.uuid, "held": me.held, "kind": kind.name, **params},
    )
    return int(cursor.rowcount)


def first_versions(conn: engine.Connection) -> None:
    """The station's first changes: one per existing record holding its current image
    (a delete after it for deleted ones), with the provenance the record has: who
    changed it last, where and when."""
    _register(conn)
    log = ChangeLog(conn)
    provenance = {
        "hlc": f"(CAST(unixepoch(changed_at, 'subsec') * 1000 AS INTEGER) "
        f"<< {clock.COUNTER_BITS}) + (id & 65535)",
        "wall": "changed_at",
        "user": "changed_by",
        "workstation": "changed_on",
    }
    deleted = f"'{canonical({DELETED: 1})}'"
    for kind in (AGENCY, CASE, CATCH, BUST):
        for where, fields in (("1", ""), ("r.deleted_at IS NOT NULL", deleted)):
            me = log.station()
            added = _insert_images(conn, kind, me, where, provenance, {}, fields)
            conn.execute("UPDATE stations SET held = ? WHERE id = ?", [me.held + added, me.id])
    conn.execute("UPDATE station SET hlc = (SELECT coalesce(max(hlc), 0) FROM changes)")


def forget_file(conn: engine.Connection) -> None:
    """Let the next file this database is opened from be its own (a conversion makes a
    new file that takes the original's place, under the same station)."""
    conn.execute("UPDATE station SET file_dev = NULL, file_ino = NULL")


class ChangeLog:
    """The change log of one open database (inside the caller's transactions)."""

    def __init__(self, conn: engine.Connection) -> None:
        self._conn = conn
        _register(conn)

    def station(self) -> Station:
        row = self._conn.execute(
            "SELECT s.id, s.uuid, s.name, s.held FROM station h JOIN stations s "
            "ON s.id = h.station_id"
        ).fetchone()
        return Station(*row)

    def kind_of(self, record_uuid: str) -> str:
        """The kind of a record this log has changes of."""
        row = self._conn.execute(
            "SELECT kind FROM changes WHERE record = ? LIMIT 1", [record_uuid]
        ).fetchone()
        if row is None:
            raise KeyError(f"no record with UUID {record_uuid}")
        return str(row[0])

    def next_id(self) -> int:
        """The row the next change will take (changes from here on are new)."""
        return int(self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM changes").fetchone()[0])

    def conflicted_since(self, first: int) -> bool:
        """Whether a change from row ``first`` on touched a record with open conflicts."""
        found = self._conn.execute(
            "SELECT 1 FROM changes c JOIN conflicts k ON k.record = c.record WHERE c.id >= ? "
            "LIMIT 1",
            [first],
        ).fetchone()
        return found is not None

    def signing_key(self) -> bytes:
        """This station's private signing key (it never leaves the database)."""
        key: bytes = self._conn.execute("SELECT signing_key FROM station").fetchone()[0]
        return key

    def file_changed(self, path: Path | str) -> bool:
        """Whether the database at ``path`` is not the file recorded as this station's
        (a copy, a restored backup; or no file is recorded yet)."""
        identity = file_identity(path)
        if identity is None:
            return False
        recorded = self._conn.execute("SELECT file_dev, file_ino FROM station").fetchone()
        return tuple(recorded) != identity

    def claim_file(self, path: Path | str) -> Station | None:
        """Make the file at ``path`` this station's. A file recorded as another one's is
        a copy: it becomes a new station, whose id is returned, so that it never writes
        changes under dots the original uses. A file none was recorded for is taken
        (a database made before files were recorded, or just converted)."""
        identity = file_identity(path)
        recorded = self._conn.execute("SELECT file_dev, file_ino FROM station").fetchone()
        if identity is None or tuple(recorded) == identity:
            return None
        if recorded == (None, None):
            self._conn.execute("UPDATE station SET file_dev = ?, file_ino = ?", list(identity))
            return None
        new_station(self._conn, identity)
        return self.station()

    def images(self, kind: RecordTable, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """The images of these rows: row id -> (UUID, canonical JSON)."""
        out: dict[int, tuple[str, str]] = {}
        for part in chunks(ids):
            sql = image_sql(kind, f"r.id IN ({marks(part)})")
            out.update((i, (u, image)) for i, u, image in self._conn.execute(sql, part))
        return out

    def wrote(
        self,
        kind: RecordTable,
        before: Mapping[int, tuple[str, str]],
        after: Mapping[int, tuple[str, str]],
        stamp: Stamp,
    ) -> None:
        """Append a change for each row of ``after`` whose image differs from
        ``before``: the fields that changed."""
        edits: list[tuple[str, str]] = []
        for row_id, (uuid, image) in after.items():
            old = before[row_id][1]
            if old != image:
                fields = changed_fields(orjson.loads(old), orjson.loads(image))
                if fields:
                    edits.append((uuid, canonical(fields)))
        self.append(kind.name, edits, stamp)

    def created(self, kind: RecordTable, first: int, last: int, stamp: Stamp) -> None:
        """Append the changes that create the new rows ``first`` .. ``last``: each its
        whole image (set-based: an import makes many)."""
        me = self.station()
        start = self._tick(stamp)
        provenance = {
            "hlc": ":start + n - 1",
            "wall": ":wall",
            "user": ":user",
            "workstation": ":workstation",
        }
        params = {
            "first": first,
            "last": last,
            "start": start,
            "wall": stamp.at,
            "user": stamp.user,
            "workstation": stamp.workstation,
        }
        added = _insert_images(
            self._conn, kind, me, "r.id BETWEEN :first AND :last", provenance, params
        )
        self._advance(me, added, start)

    def _tick(self, stamp: Stamp) -> int:
        last = self._conn.execute("SELECT hlc FROM station").fetchone()[0]
        return clock.tick(last, dt.datetime.fromisoformat(stamp.at))

    def _advance(self, me: Station, added: int, start: int) -> None:
        """After ``added`` changes numbered on from ``me.held``, stamped from ``start``."""
        if added:
            self._conn.execute(
                "UPDATE stations SET held = ? WHERE id = ?", [me.held + added, me.id]
            )
            self._conn.execute("UPDATE station SET hlc = ?", [start + added - 1])

    def deleted(self, kind: RecordTable, uuids: Iterable[str], stamp: Stamp) -> None:
        self.append(kind.name, [(u, canonical({DELETED: 1})) for u in uuids], stamp)

    def append(self, kind: str, edits: Sequence[tuple[str, str]], stamp: Stamp) -> None:
        """Append one change per (record UUID, canonical fields), in order."""
        if not edits:
            return
        me = self.station()
        contexts = self._contexts([uuid for uuid, _f in edits])
        start = self._tick(stamp)
        when = (stamp.at, stamp.user, stamp.workstation)
        rows = []
        for n, (uuid, fields) in enumerate(edits):
            seq, hlc = me.held + 1 + n, start + n
            ctx = contexts.get(uuid, {})
            if me.uuid in ctx:  # a station saw all its own earlier changes
                ctx[me.uuid] = seq - 1
            parts = (seq, kind, uuid, fields, canonical(ctx), hlc, *when)
            rows.append((me.id, *parts, change_hash(me.uuid, *parts)))
        self._conn.executemany(
            "INSERT INTO changes (station_id, seq, kind, record, fields, ctx, hlc, wall, user, "
            "workstation, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._advance(me, len(rows), start)

    def _contexts(self, uuids: Sequence[str]) -> dict[str, dict[str, int]]:
        """For each record, the stations that have touched it and the contiguous mark
        of each held here."""
        out: dict[str, dict[str, int]] = {}
        for part in chunks(uuids):
            rows = self._conn.execute(
                "SELECT t.record, s.uuid, s.held FROM (SELECT DISTINCT record, station_id "
                f"FROM changes WHERE record IN ({marks(part)})) t "
                "JOIN stations s ON s.id = t.station_id",
                part,
            )
            for record, station, held in rows:
                out.setdefault(record, {})[station] = held
        return out

    def of_record(self, record_uuid: str) -> list[dict[str, Any]]:
        """A record's changes, oldest first, with the station that wrote each."""
        rows = self._conn.execute(
            "SELECT s.uuid, s.name, c.seq, c.fields, c.ctx, c.hlc, c.wall, c.user, "
            "c.workstation, c.hash FROM changes c JOIN stations s ON s.id = c.station_id "
            "WHERE c.record = ? ORDER BY c.hlc, s.uuid, c.seq",
            [record_uuid],
        )
        names = (
            "station",
            "station_name",
            "seq",
            "fields",
            "ctx",
            "hlc",
            "wall",
            "user",
            "workstation",
            "hash",
        )
        out = []
        for row in rows:
            change = dict(zip(names, row, strict=True))
            change["fields"] = orjson.loads(change["fields"])
            change["ctx"] = orjson.loads(change["ctx"])
            out.append(change)
        return out
