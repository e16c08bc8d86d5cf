"""Taking in changes from elsewhere: a bundle, or a pull from the hub. Both arrive as
an attached SQLite schema shaped as a bundle (``changes``, ``stations``,
``publications``), and both are taken in here, by the same SQL: set union on the dot
(a change this database holds is skipped), the stations' contiguous marks raised, then
the records they touch settled (``merging.settle``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smugdesk.domain.words import Message, words
from smugdesk.store.database import bulk_cache
from smugdesk.store.merging import EVERY_DAY, settle
from smugdesk.store.publications import COLUMNS, Touched

if TYPE_CHECKING:
    from smugdesk.store.records import Store

WHY_FORK = words(
    "bundle.why_fork",
    "station {station} wrote two different changes numbered {seq}: a copy of its "
    "database is writing under its name",
)
WHY_OURS = words("bundle.why_ours", "it holds changes under this station's own id")


class Clash(Exception):
    """What arrived contradicts what this database holds; nothing was taken in."""

    def __init__(self, why: Message) -> None:
        super().__init__(str(why))
        self.why = why


@dataclass(frozen=True, slots=True)
class Absorbed:
    added: int  # changes new here
    records: int  # records settled again
    touched: Touched  # for the publications it may revise


def check(store: Store, source: str) -> None:
    """Refuse changes that clash with this database's: the same dot with other
    content (a forked station), or this station's own changes it never wrote.

    Raises:
        Clash: what it is.
    """
    execute = store.db.conn.execute
    me = store.changes.station()
    fork = execute(
        f"SELECT bc.station, bc.seq FROM {source}.changes bc JOIN stations s "
        "ON s.uuid = bc.station JOIN changes c ON c.station_id = s.id AND c.seq = bc.seq "
        "WHERE c.hash <> bc.hash LIMIT 1"
    ).fetchone()
    if fork is not None:
        raise Clash(WHY_FORK(station=fork[0], seq=fork[1]))
    ours = execute(
        f"SELECT 1 FROM {source}.changes WHERE station = ? AND seq > ? LIMIT 1",
        [me.uuid, me.held],
    ).fetchone()
    if ours is not None:
        raise Clash(WHY_OURS())


def absorb(store: Store, source: str) -> Absorbed:
    """Take in the changes of the attached schema ``source`` this database lacks, and
    its publications, then settle the records they touch; inside the caller's
    transaction, after ``check``."""
    execute = store.db.conn.execute
    execute(f"INSERT OR IGNORE INTO stations (uuid, name) SELECT uuid, name FROM {source}.stations")
    first = execute("SELECT coalesce(max(id), 0) + 1 FROM changes").fetchone()[0]
    execute(
        "INSERT INTO changes (station_id, seq, kind, record, fields, ctx, hlc, wall, user, "
        "workstation, hash) SELECT s.id, bc.seq, bc.kind, bc.record, bc.fields, bc.ctx, "
        f"bc.hlc, bc.wall, bc.user, bc.workstation, bc.hash FROM {source}.changes bc "
        "JOIN stations s ON s.uuid = bc.station WHERE NOT EXISTS (SELECT 1 FROM changes c "
        "WHERE c.station_id = s.id AND c.seq = bc.seq)"
    )
    added = execute("SELECT count(*) FROM changes WHERE id >= ?", [first]).fetchone()[0]
    for (station_id,) in execute(
        "SELECT DISTINCT station_id FROM changes WHERE id >= ?", [first]
    ).fetchall():
        _advance_held(store, station_id)
    execute(
        f"UPDATE station SET hlc = max(hlc, coalesce((SELECT max(hlc) FROM {source}.changes), 0))"
    )
    published = execute("SELECT EXISTS (SELECT 1 FROM publications)").fetchone()[0]
    received = frozenset(
        u
        for (u,) in execute(
            f"SELECT uuid FROM {source}.publications WHERE uuid NOT IN "
            "(SELECT uuid FROM publications)"
        )
    )
    execute(
        f"INSERT OR IGNORE INTO publications ({', '.join(COLUMNS)}) "
        f"SELECT {', '.join(COLUMNS)} FROM {source}.publications"
    )
    with bulk_cache(store.db.conn):
        # The days touched matter to publications held before (received ones are
        # checked whole): none, none to remember (a new station's first sync).
        records = settle(store, first, days=bool(published))
    days = frozenset(d for (d,) in execute("SELECT day FROM temp.days"))
    execute("DROP TABLE temp.days")
    touched = Touched(days - {EVERY_DAY}, EVERY_DAY in days, received)
    return Absorbed(int(added), records, touched)


def _advance_held(store: Store, station_id: int) -> None:
    """Raise the station's contiguous mark over the changes now held without a gap."""
    execute = store.db.conn.execute
    held = execute("SELECT held FROM stations WHERE id = ?", [station_id]).fetchone()[0]
    present = execute(
        "SELECT 1 FROM changes WHERE station_id = ? AND seq = ?", [station_id, held + 1]
    ).fetchone()
    if present is None:
        return
    top = execute(
        "SELECT min(c.seq) FROM changes c WHERE c.station_id = ? AND c.seq > ? AND NOT EXISTS "
        "(SELECT 1 FROM changes d WHERE d.station_id = c.station_id AND d.seq = c.seq + 1)",
        [station_id, held],
    ).fetchone()[0]
    execute("UPDATE stations SET held = ? WHERE id = ?", [top, station_id])
