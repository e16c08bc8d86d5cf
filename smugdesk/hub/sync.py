"""Syncing a station with the hub: push what the hub lacks of this station's changes,
then pull everyone else's; each in one transaction, resumable after a dropped
connection at any point.

A push stages the changes through binary COPY and inserts them under the hub's ingest
lock (a transaction-scoped advisory lock): one ingest at a time makes the order of the
log's numbers the order of commits, so a pull that reads past number N can never miss
a change numbered below N that commits later. What the hub acknowledges is its
contiguous mark of the station's changes, kept by the hub itself.

A pull reads, in one snapshot, everything after the station's cursor but its own
changes, gathers it in a bundle-shaped file and takes it in through the same code as a
bundle (``store.hubs.take_in``); the cursor moves in that same local transaction.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from psycopg import sql

from smugdesk.domain.words import Message, words
from smugdesk.hub.connection import HubError, Target, hub_errors
from smugdesk.hub.schema import INGEST_LOCK, Conn, hub_session, one
from smugdesk.stations.signing import public_key
from smugdesk.store import Store
from smugdesk.store.bundles import Contents, Header, changes_in, opened
from smugdesk.store.hubs import (
    CHANGE_COLUMNS,
    Gathered,
    acknowledged,
    failed,
    hubs,
    may_sync,
    own_changes,
    own_publications,
    take_in,
)
from smugdesk.store.incoming import Absorbed, Clash
from smugdesk.store.publications import COLUMNS, Touched

STOPPED = words("hub.stopped", "the sync stopped on an unexpected {error}")
FORKED = words(
    "hub.forked",
    "the hub holds another change numbered {seq} from station {station}: a copy of that "
    "station's database wrote under its name; nothing was pushed",
)
CLASHED = words("hub.clashed", "the hub's changes were refused ({why}); nothing was pulled")
_TYPES = ["text", "int8", "text", "text", "text", "text", "int8", "text", "text", "text", "text"]
_HUB_COLUMNS = ", ".join(
    ("station", "origin_seq", *(f'"{c}"' if c == "user" else c for c in CHANGE_COLUMNS[2:]))
)


@dataclass(frozen=True, slots=True)
class Synced:
    pushed: int  # this station's changes the hub took now
    pulled: int  # other stations' changes new here
    records: int  # records settled again
    waiting: int  # this station's changes still not acknowledged (0 after a sync)
    touched: Touched  # what the pull touched, for the publications it may revise


def address_of(spec: str) -> str:
    """What a hub is remembered by: a connection file's absolute path, or the URL."""
    if spec.startswith(("postgresql://", "postgres://")):
        return spec
    return str(Path(spec).expanduser().resolve())


def sync(store: Store, where: Target, address: str) -> Synced:
    """Push, then pull. A failure is remembered for the app to show, then raised.

    Raises:
        HubUnreachable: the hub is away or the connection dropped (nothing half-done).
        HubError: the hub refused (its roles, a forked station, an old schema).
        NotAllowed: who is logged in may not sync with this hub.
    """
    with hub_session(where) as (conn, hub_id):
        may_sync(store, hub_id)
        try:
            with hub_errors(where):  # the hub's failures told apart before they are kept
                pushed, acked = push(store, conn)
                acknowledged(store, hub_id, address, acked, pushed)
                absorbed = pull(store, conn, hub_id, address)
        except HubError as exc:
            failed(store, hub_id, address, exc.message)
            raise
        except Exception as exc:
            message = getattr(exc, "message", None)
            why = message if isinstance(message, Message) else STOPPED(error=type(exc).__name__)
            failed(store, hub_id, address, why)
            raise
    held = store.changes.station().held
    return Synced(pushed, absorbed.added, absorbed.records, max(held - acked, 0), absorbed.touched)


def push(store: Store, conn: Conn) -> tuple[int, int]:
    """Push what the hub lacks of this station's changes and publications, in one
    transaction. Returns how many changes it took, and its mark of ours after."""
    me = store.changes.station()
    key = public_key(store.changes.signing_key())
    with conn.transaction():
        conn.execute("SELECT hub.claim(%s, %s, %s)", [me.uuid, me.name, key])
        conn.execute(INGEST_LOCK)
        acked = _held(conn, me.uuid)
        taken = ingest(conn, own_changes(store, acked)) if acked < me.held else 0
        publish(conn, own_publications(store))
        acked = _held(conn, me.uuid)
    return taken, acked


def _held(conn: Conn, station: str) -> int:
    row = conn.execute("SELECT held FROM hub.stations WHERE uuid = %s", [station]).fetchone()
    return int(row[0]) if row else 0


def ingest(conn: Conn, rows: Iterable[tuple[object, ...]]) -> int:
    """Stage ``rows`` (``CHANGE_COLUMNS``) by COPY and add those the log lacks, inside
    the caller's transaction, which holds the ingest lock. Returns how many were added.

    Raises:
        HubError: a staged change has the number of another one in the log (a fork).
    """
    conn.execute(
        "CREATE TEMP TABLE stage (station text, origin_seq int8, kind text, record text, "
        'fields text, ctx text, hlc int8, wall text, "user" text, workstation text, '
        "hash text) ON COMMIT DROP"
    )
    with conn.cursor().copy("COPY stage FROM STDIN (FORMAT BINARY)") as copy:
        copy.set_types(_TYPES)
        for row in rows:
            copy.write_row(row)
    conn.execute("ANALYZE stage")  # temporary tables get no statistics otherwise
    fork = conn.execute(
        "SELECT s.station, s.origin_seq FROM stage s JOIN hub.changes c "
        "USING (station, origin_seq) WHERE c.hash <> s.hash LIMIT 1"
    ).fetchone()
    if fork is not None:
        raise HubError(FORKED(station=fork[0], seq=fork[1]))
    # Under the ingest lock nobody else adds to the log: an anti-join skips what it
    # holds (several times cheaper than ON CONFLICT's speculative inserts), and the
    # unique constraint stays the guard. The stage is in (station, seq) order.
    added = conn.execute(
        f"INSERT INTO hub.changes ({_HUB_COLUMNS}) SELECT s.* FROM stage s WHERE NOT EXISTS "
        "(SELECT 1 FROM hub.changes c WHERE c.station = s.station "
        "AND c.origin_seq = s.origin_seq)"
    ).rowcount
    conn.execute("DROP TABLE stage")
    return max(added, 0)


def publish(conn: Conn, rows: list[tuple[object, ...]]) -> None:
    """Add the publications the hub lacks."""
    if rows:
        with conn.cursor() as cur:
            cur.executemany(
                f"INSERT INTO hub.publications ({', '.join(COLUMNS)}) VALUES "
                f"({', '.join(['%s'] * len(COLUMNS))}) ON CONFLICT (uuid) DO NOTHING",
                rows,
            )


def pull(store: Store, conn: Conn, hub_id: str, address: str) -> Absorbed:
    """Pull everyone else's changes after this station's cursor and take them in:
    how many changes were new here, how many records were settled, what they touched."""
    me = store.changes.station()
    known = [h for h in hubs(store) if h.id == hub_id]
    with tempfile.TemporaryDirectory(prefix="smugdesk-pull-") as folder:
        gathered = Gathered.for_store(store, Path(folder) / "pull.smugbundle")
        try:
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                reads = int(one(conn, "SELECT hub.my_reads()"))
                # The station may read more than when it last pulled: from the start
                # (what it holds is skipped, what it may read now comes).
                after = known[0].pulled if known and known[0].reads == reads else 0
                top = conn.execute("SELECT coalesce(max(seq), 0) FROM hub.changes").fetchone()
                gathered.stations(conn.execute("SELECT uuid, name FROM hub.stations").fetchall())
                gathered.changes(_changes_after(conn, after, me.uuid))
                gathered.publications(
                    conn.execute(
                        f"SELECT {', '.join(COLUMNS)} FROM hub.publications WHERE station <> %s",
                        [me.uuid],
                    ).fetchall()
                )
        finally:
            gathered.close()
        upto = max(int(top[0]) if top else 0, after)
        try:
            done = take_in(store, gathered, hub_id, address, upto, reads)
        except Clash as exc:
            raise HubError(CLASHED(why=exc.why)) from None
    return done


def _changes_after(conn: Conn, after: int, me: str) -> Iterator[tuple[object, ...]]:
    query = sql.SQL(
        'COPY (SELECT station, origin_seq, kind, record, fields, ctx, hlc, wall, "user", '
        "workstation, hash FROM hub.changes WHERE seq > {} AND station <> {} ORDER BY seq) "
        "TO STDOUT (FORMAT BINARY)"
    ).format(sql.Literal(after), sql.Literal(me))
    with conn.cursor().copy(query) as copy:
        copy.set_types(_TYPES)
        yield from copy.rows()


@dataclass(frozen=True, slots=True)
class MergedIntoHub:
    header: Header
    added: int


KEY_DIFFERS = words(
    "hub.key_differs",
    "{file} is signed with another key than the one the hub holds for station {station}; "
    "nothing was merged",
)


def merge_bundle(conn: Conn, path: Path) -> MergedIntoHub:
    """Check the bundle at ``path`` as a station would, then add its changes and
    publications to the hub's log, in one transaction (headquarters only: the
    database refuses a station's account). The hub pins a station's key the first
    time it sees one of its bundles.

    Raises:
        BundleRefused: the bundle fails a check.
        HubError: the hub refuses (not headquarters, another key, a fork).
    """
    with opened(path) as (copy, header):
        contents = Contents.of(copy)
        with conn.transaction():
            conn.execute(INGEST_LOCK)
            row = conn.execute(
                "SELECT public_key FROM hub.stations WHERE uuid = %s", [header.station]
            ).fetchone()
            if row is not None and row[0] is not None and bytes(row[0]) != header.public_key:
                raise HubError(KEY_DIFFERS(file=str(path), station=header.name or header.station))
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO hub.stations (uuid, name) VALUES (%s, %s) "
                    "ON CONFLICT (uuid) DO NOTHING",
                    contents.stations,
                )
            conn.execute(
                "UPDATE hub.stations SET public_key = %s, name = %s WHERE uuid = %s "
                "AND public_key IS NULL",
                [header.public_key, header.name, header.station],
            )
            added = ingest(conn, changes_in(copy))
            publish(conn, contents.publications)
    return MergedIntoHub(header, added)
