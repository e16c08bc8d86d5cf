"""Frozen press figures: a report's figures as published (canonical JSON and their
SHA-256), its period and options, the hashes of its PDF and workbook, and its basis: for
each station, the contiguous mark of its changes the publishing database held. The
figures are computed above the store (``reports.publishing``); here they are kept, and
the records changed since a publication's basis are found by what was received, never
by the clock (a week-late bundle carries old times)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson
from uuid_utils import uuid7

from smugdesk.accounts.roles import Can
from smugdesk.stations.changes import canonical
from smugdesk.store.mapping import BUST, CASE, CATCH
from smugdesk.store.sql import chunks, marks

if TYPE_CHECKING:
    from smugdesk.store.records import Store

COLUMNS = (
    "uuid",
    "station",
    "published_at",
    "published_by",
    "spec",
    "figures",
    "sha256",
    "pdf_sha256",
    "xlsx_sha256",
    "basis",
)


@dataclass(frozen=True, slots=True)
class Publication:
    uuid: str
    station: str
    published_at: str
    published_by: str
    spec: dict[str, Any]  # period, comparison, approved_only, options
    figures: str  # canonical JSON
    sha256: str
    pdf_sha256: str
    xlsx_sha256: str
    basis: dict[str, int]
    station_name: str = ""


@dataclass(frozen=True, slots=True)
class Touched:
    """What taking in changes touched, to tell which publications it may revise: the
    days the settled records count on (before and after; only remembered where
    publications were held before), whether an agency changed (every report names
    agencies), and the publications received."""

    days: frozenset[str] = frozenset()
    every: bool = False
    received: frozenset[str] = frozenset()

    def __or__(self, other: Touched) -> Touched:
        return Touched(
            self.days | other.days, self.every or other.every, self.received | other.received
        )

    def touches(self, pub: Publication) -> bool:
        if self.every or pub.uuid in self.received:
            return True
        periods = (pub.spec["period"], pub.spec["comparison"])
        return any(start <= day <= end for start, end in periods for day in self.days)


def touched_by(store: Store, touched: Touched) -> list[Publication]:
    """The publications whose periods the records taken in touched (by their old or new
    days), and those received."""
    if not (touched.days or touched.every or touched.received):
        return []
    return [p for p in publications(store) if touched.touches(p)]


def basis(store: Store) -> dict[str, int]:
    """What this database holds now: each station's contiguous mark."""
    rows = store.db.conn.execute("SELECT uuid, held FROM stations WHERE held > 0")
    return dict(rows.fetchall())


def publish(
    store: Store,
    spec: dict[str, Any],
    figures: str,
    sha256: str,
    documents: tuple[str, str],
    held: dict[str, int],
) -> Publication:
    """Keep a report's figures as published (a press officer's or supervisor's act)."""
    store.access.require(Can.REPORT)
    stamp = store.access.stamp()
    pub = Publication(
        str(uuid7()),
        store.changes.station().uuid,
        stamp.at,
        stamp.user,
        spec,
        figures,
        sha256,
        documents[0],
        documents[1],
        held,
    )
    with store.transaction():
        store.db.conn.execute(
            f"INSERT INTO publications ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * 10)})",
            _row(pub),
        )
        store.audit.append(
            stamp, "publish", [("", "", None, None, {"publication": pub.uuid, "sha256": sha256})]
        )
    return pub


def _row(pub: Publication) -> tuple[object, ...]:
    return (
        pub.uuid,
        pub.station,
        pub.published_at,
        pub.published_by,
        canonical(pub.spec),
        pub.figures,
        pub.sha256,
        pub.pdf_sha256,
        pub.xlsx_sha256,
        canonical(pub.basis),
    )


def publications(store: Store) -> list[Publication]:
    """Every publication known here (made here or received), oldest first."""
    store.access.require(Can.REPORT)
    rows = store.db.conn.execute(
        f"SELECT {', '.join('p.' + c for c in COLUMNS)}, coalesce(s.name, '') FROM publications p "
        "LEFT JOIN stations s ON s.uuid = p.station ORDER BY p.published_at, p.uuid"
    )
    out = []
    for row in rows:
        values = list(row)
        values[4] = orjson.loads(values[4])
        values[9] = orjson.loads(values[9])
        out.append(Publication(*values))
    return out


def changed_since(store: Store, pub: Publication) -> list[str]:
    """The keys of the records of the publication's periods changed by changes its basis
    did not hold (received later, whatever their clocks say): by their day now, or by a
    day any of their changes gave them (a record moved out of the period is named too)."""
    conn = store.db.conn
    records: set[str] = set()
    for station_id, uuid in conn.execute("SELECT id, uuid FROM stations").fetchall():
        records.update(  # by the (station, seq) index: only what came after the basis
            r
            for (r,) in conn.execute(
                "SELECT record FROM changes WHERE station_id = ? AND seq > ?",
                [station_id, pub.basis.get(uuid, 0)],
            )
        )
    days = [d for pair in (pub.spec["period"], pub.spec["comparison"]) for d in pair]
    found: set[str] = set()
    wanted = sorted(records)
    for kind, column in ((CATCH, "date"), (BUST, "date"), (CASE, "cracked_on")):
        given = f"json_extract(c.fields, '$.{column}')"
        inside = "({0} BETWEEN ? AND ? OR {0} BETWEEN ? AND ?)"
        for part in chunks(wanted):
            found.update(
                key
                for (key,) in conn.execute(
                    f"SELECT r.{kind.key} FROM {kind.table} r WHERE r.uuid IN ({marks(part)}) "
                    f"AND ({inside.format('r.' + column)} OR EXISTS (SELECT 1 FROM changes c "
                    f"WHERE c.record = r.uuid AND {inside.format(given)}))",
                    [*part, *days, *days],
                )
            )
    return sorted(found, key=str.casefold)


def bundle_rows(store: Store) -> list[tuple[object, ...]]:
    """Every publication, as a bundle carries it."""
    return store.db.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM publications ORDER BY uuid"
    ).fetchall()


def publication_digest(rows: list[tuple[object, ...]]) -> str:
    """One SHA-256 over publications' rows in uuid order (a bundle's header signs it)."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(orjson.dumps(list(row)))
    return digest.hexdigest()
