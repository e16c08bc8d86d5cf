"""The station's side of syncing with a PostgreSQL hub: the changes to push, taking in
a pull (gathered in a bundle-shaped file, taken in by the same code as a bundle) and
the pull cursor, which moves in the same transaction as the changes it covers: a pull
cut off at any point is taken in whole or not at all, and pulled again."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from smugdesk.accounts.roles import Can
from smugdesk.domain.words import Message, message_json, message_of
from smugdesk.store import engine
from smugdesk.store.incoming import Absorbed, absorb, check
from smugdesk.store.publications import COLUMNS

if TYPE_CHECKING:
    from smugdesk.store.records import Store

CHANGE_COLUMNS = (
    "station",
    "seq",
    "kind",
    "record",
    "fields",
    "ctx",
    "hlc",
    "wall",
    "user",
    "workstation",
    "hash",
)
PAGE = 10_000


@dataclass(frozen=True, slots=True)
class HubState:
    id: str
    address: str  # the URL or connection file synced with (never a password)
    pulled: int  # the hub's change log is taken in up to here
    reads: int  # ... as far as this station could read it under this version of its rights
    acked: int  # the hub holds this station's changes up to here
    synced_at: str  # the last sync that succeeded, or ''
    tried_at: str  # the last attempt, or ''
    failure: Message | None  # why the last attempt failed
    waiting: int  # this station's changes the hub has not acknowledged


def hubs(store: Store) -> list[HubState]:
    """The hubs this station syncs with, the most recently tried first."""
    store.access.require(Can.READ_RECORDS)
    held = store.changes.station().held
    rows = store.db.conn.execute(
        "SELECT id, address, pulled, reads, acked, coalesce(synced_at, ''), "
        "coalesce(tried_at, ''), failure FROM hubs ORDER BY coalesce(tried_at, '') DESC, id"
    ).fetchall()
    return [
        HubState(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            message_of(r[7]) if r[7] else None,
            max(held - r[4], 0),
        )
        for r in rows
    ]


def forget_hub(store: Store, hub_id: str) -> None:
    """Stop syncing with a hub (an administrator's): what was pulled stays."""
    store.access.require(Can.MANAGE)
    with store.transaction():
        store.db.conn.execute("DELETE FROM hubs WHERE id = ?", [hub_id])
        store.note("hub_forgotten", {"hub": hub_id})


def may_sync(store: Store, hub_id: str) -> None:
    """Syncing with a hub this station knows is anyone's who reads the records; the
    first sync with a hub makes it this station's, which is an administrator's.

    Raises:
        NotAllowed: who is logged in may not.
    """
    known = store.db.conn.execute("SELECT 1 FROM hubs WHERE id = ?", [hub_id]).fetchone()
    store.access.require(Can.READ_RECORDS if known else Can.MANAGE)


def own_changes(store: Store, after: int) -> Iterator[tuple[object, ...]]:
    """This station's changes after its number ``after``, in order, as ``CHANGE_COLUMNS``."""
    me = store.changes.station()
    rows = store.db.conn.execute(
        "SELECT ?, seq, kind, record, fields, ctx, hlc, wall, user, workstation, hash "
        "FROM changes WHERE station_id = ? AND seq > ? ORDER BY seq",
        [me.uuid, me.id, after],
    )
    while page := rows.fetchmany(PAGE):
        yield from page


def own_publications(store: Store) -> list[tuple[object, ...]]:
    """The publications this station made, as ``publications.COLUMNS``."""
    me = store.changes.station()
    return store.db.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM publications WHERE station = ?", [me.uuid]
    ).fetchall()


def take_in(
    store: Store, pulled: Gathered, hub_id: str, address: str, upto: int, reads: int
) -> Absorbed:
    """Take in a pull gathered (and closed) and move the cursor to ``upto`` (under the
    version ``reads`` of what the station may read), in one transaction.

    Raises:
        Clash: the pull holds a change that contradicts one held here (nothing is taken).
    """
    may_sync(store, hub_id)
    conn = store.db.conn
    engine.attach(conn, str(pulled.path), "pulled", pulled.key)
    try:
        with store.transaction():
            check(store, "pulled")
            done = absorb(store, "pulled")
            _set(store, hub_id, address, "pulled = :n, reads = :reads", upto, reads=reads)
            if done.added:
                store.note("pull", {"hub": address, "changes": done.added, "records": done.records})
    finally:
        conn.execute("DETACH DATABASE pulled")
    return done


def acknowledged(store: Store, hub_id: str, address: str, acked: int, pushed: int) -> None:
    """The hub holds this station's changes up to ``acked`` (``pushed`` of them were
    sent now): remembered, with the time of the sync."""
    with store.transaction():
        _set(store, hub_id, address, "acked = :n, synced_at = :at, failure = ''", acked)
        if pushed:
            store.note("push", {"hub": address, "changes": pushed})


def failed(store: Store, hub_id: str, address: str, why: Message) -> None:
    """Remember that the last attempt failed, and why (for the app to show, in the
    reader's language)."""
    with store.transaction():
        _set(store, hub_id, address, "failure = :why", 0, why=message_json(why))


def _set(store: Store, hub_id: str, address: str, assign: str, n: int, **values: object) -> None:
    """Remember the hub (and the time of this attempt), then ``assign`` its state, which
    may use :n, :at and the ``values`` named."""
    at = store.access.stamp().at
    store.db.conn.execute(
        "INSERT INTO hubs (id, address, tried_at) VALUES (:id, :address, :at) "
        "ON CONFLICT (id) DO UPDATE SET address = :address, tried_at = :at",
        {"id": hub_id, "address": address, "at": at},
    )
    store.db.conn.execute(
        f"UPDATE hubs SET {assign} WHERE id = :id",
        {"id": hub_id, "n": n, "at": at, **values},
    )


class Gathered:
    """A pull being gathered in a file shaped as a bundle is (its tables and columns,
    without the keys: the rows arrive in the hub's order and are read once), to be
    taken in by the bundle's code. Pulled into an encrypted database, it is encrypted
    too, with a key of the moment held in memory only, so that the records never lie
    on disk in the clear."""

    def __init__(self, path: Path, encrypted: bool) -> None:
        self.key = secrets.token_bytes(32) if encrypted else None
        self.path = path
        self._conn = engine.connect(path, key=self.key)
        self._conn.execute("PRAGMA journal_mode = OFF")
        self._conn.execute("PRAGMA synchronous = OFF")
        for table, columns in (
            ("stations", ("uuid", "name")),
            ("changes", CHANGE_COLUMNS),
            ("publications", COLUMNS),
        ):
            self._conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")

    @staticmethod
    def for_store(store: Store, path: Path) -> Gathered:
        return Gathered(path, store.keys.key is not None)

    def stations(self, rows: list[tuple[object, ...]]) -> None:
        self._conn.executemany("INSERT INTO stations VALUES (?, ?)", rows)

    def changes(self, rows: Iterator[tuple[object, ...]]) -> int:
        """Write these changes (``CHANGE_COLUMNS``); returns how many."""
        count = 0
        insert = f"INSERT INTO changes ({', '.join(CHANGE_COLUMNS)}) VALUES "
        insert += f"({', '.join('?' * len(CHANGE_COLUMNS))})"
        batch: list[tuple[object, ...]] = []
        for row in rows:
            batch.append(row)
            if len(batch) == PAGE:
                self._conn.executemany(insert, batch)
                count += len(batch)
                batch.clear()
        self._conn.executemany(insert, batch)
        return count + len(batch)

    def publications(self, rows: list[tuple[object, ...]]) -> None:
        self._conn.executemany(
            f"INSERT INTO publications VALUES ({', '.join('?' * len(COLUMNS))})", rows
        )

    def close(self) -> None:
        self._conn.commit()
        self._conn.close()
