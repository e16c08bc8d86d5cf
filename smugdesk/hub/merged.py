"""The hub's merged records and conflicts, as settling leaves them (``settling``), read
as a station reads its own: ``conflicts --hub`` lists them as ``conflicts --db`` does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from smugdesk.hub.schema import Conn
from smugdesk.hub.settling import SAW, WINNER_ORDER, settle
from smugdesk.hub.validation import check
from smugdesk.stations.changes import DELETED
from smugdesk.store.merging import Conflict, Head, shown


@dataclass(frozen=True, slots=True)
class MergedRecord:
    record: str
    kind: str
    image: dict[str, Any]
    deleted: bool


def settled(conn: Conn) -> None:
    """Settle what the hub received, then check the records that left unchecked against
    the validation rules: the hub's records and conflicts as a station's would be."""
    settle(conn)
    check(conn)


def records(conn: Conn) -> list[MergedRecord]:
    """Every merged record, settled first."""
    settled(conn)
    rows = conn.execute(
        "SELECT record, kind, image, deleted_at IS NOT NULL FROM hub.records ORDER BY record"
    ).fetchall()
    return [MergedRecord(r, k, image, d) for r, k, image, d in rows]


def conflicts(conn: Conn) -> list[Conflict]:
    """The hub's unresolved conflicts, as a station lists its own (``merging.conflicts``):
    by kind, key and field; a field conflict with the values its heads hold."""
    settled(conn)
    found = conn.execute(
        "SELECT c.record, c.kind, coalesce(r.key, ''), c.field, c.reason, c.detail "
        "FROM hub.conflicts c LEFT JOIN hub.records r USING (record)"
    ).fetchall()
    heads = _heads(conn, sorted({row[0] for row in found if row[4] in ("field", "deleted")}))
    names = dict(
        conn.execute(
            "SELECT record, key FROM hub.records WHERE kind IN ('agency', 'case')"
        ).fetchall()
    )
    out = []
    for record, kind, key, field, reason, detail in found:
        listed: tuple[Head, ...] = ()
        if reason in ("field", "deleted"):
            listed = tuple(
                Head(value, shown(field, value, names), *rest)
                for (f, value, *rest) in heads.get(record, [])
                if f == field
            )
        out.append(Conflict(record, kind, key, field, reason, detail, listed))
    return sorted(out, key=lambda c: (c.kind, c.key.casefold(), c.record, c.field, c.reason))


def _heads(conn: Conn, wanted: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """For each record, its fields' heads (and for a delete, the edits it did not see),
    as (field, value, station, station name, user, workstation, wall, standing)."""
    if not wanted:
        return {}
    rows = conn.execute(
        f"""
        WITH fc AS (
            SELECT c.seq AS id, c.record, c.station, c.origin_seq, c.ctx::jsonb AS ctx,
                   c.hlc, c.wall, c."user", c.workstation, j.key AS field, j.value
            FROM hub.changes c, jsonb_each(c.fields::jsonb) j WHERE c.record = ANY(%s)),
        heads AS (SELECT a.* FROM fc a WHERE NOT EXISTS (
            SELECT 1 FROM fc b WHERE b.record = a.record AND b.field = a.field
            AND b.id <> a.id AND {SAW})),
        winners AS (SELECT DISTINCT ON (record, field) * FROM heads
            ORDER BY {WINNER_ORDER}),
        listed AS (
            SELECT h.*, '' AS under FROM heads h
            UNION ALL
            SELECT a.*, '{DELETED}' FROM heads a JOIN winners b ON b.record = a.record
            AND b.field = '{DELETED}' WHERE a.field <> '{DELETED}' AND NOT {SAW})
        SELECT l.record, l.field, l.under, l.value, l.station, coalesce(s.name, ''), l."user",
               l.workstation, l.wall,
               EXISTS (SELECT 1 FROM winners w WHERE w.id = l.id AND w.field = l.field)
        FROM listed l LEFT JOIN hub.stations s ON s.uuid = l.station
        ORDER BY l.hlc, l.station COLLATE "C", l.origin_seq
        """.encode(),
        [wanted],
    ).fetchall()
    out: dict[str, list[tuple[Any, ...]]] = {}
    for record, field, under, value, station, name, user, ws, wall, standing in rows:
        if under:
            value, field = {field: value}, under
        out.setdefault(record, []).append(
            (field, value, station, name, user, ws, wall, bool(standing) and not under)
        )
    return out
