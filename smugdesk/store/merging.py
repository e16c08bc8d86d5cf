"""Settling records from their changes, after changes from other stations arrived.

A record's value for a field is decided by the changes that touched the field: its
heads are those no other change of the field saw (``stations.changes.saw``). One
distinct value among the heads: that is the value. Several: a conflict, kept for a
person to decide, while a deterministic winner stands (the head with the latest hybrid
clock, then the greater station id and sequence number), the same at every station.

Besides field conflicts, a record is flagged when it was edited concurrently with its
delete, when another live record has its key (two stations both wrote "CT-2017-0001"),
when it no longer passes validation once merged, and when it refers to a record this
database has not received yet (it waits, unchanged, until that one arrives).

Everything here is set-based SQL over temporary tables: the records touched by the
new changes, their field changes, heads, winners and images; Python only validates the
settled records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from smugdesk.accounts.roles import Can
from smugdesk.domain.records import References
from smugdesk.domain.validation import validate
from smugdesk.domain.words import message_json
from smugdesk.stations.changes import DELETED
from smugdesk.store.mapping import AGENCY, BUST, CASE, CATCH, KINDS, RecordTable
from smugdesk.store.sql import chunks, marks

if TYPE_CHECKING:
    from smugdesk.store.records import Store

# A change Y saw X (the alias a), or Y is X's own station's later change.
_SAW = (
    "(b.station = a.station AND b.seq > a.seq "
    "OR coalesce(json_extract(b.ctx, '$.\"' || a.station || '\"'), 0) >= a.seq)"
)


def _x(field: str) -> str:
    return f"json_extract(i.image, '$.{field}')"


# Per kind: its columns as the image gives them (alias i: images, a: the agency row,
# k: the case row), and what must resolve for a record to be written.
_EVENT_COLUMNS = {
    "ref": _x("ref"),
    "date": _x("date"),
    "agency_id": "a.id",
    "province": _x("province"),
    "place": _x("place"),
    "case_id": "k.id",
    "notable": _x("notable"),
    "press_note": _x("press_note"),
    "notes": _x("notes"),
    "approved_at": _x("approved.at"),
    "approved_by": _x("approved.by"),
}
COLUMNS: dict[str, dict[str, str]] = {
    AGENCY.name: {c: _x(c) for c in AGENCY.columns},
    CASE.name: {
        "case_no": _x("case_no"),
        "opened_on": _x("opened_on"),
        "cracked_on": _x("cracked_on"),
        "category": _x("category"),
        "agency_id": "a.id",
        "summary": _x("summary"),
        "approved_at": _x("approved.at"),
        "approved_by": _x("approved.by"),
    },
    CATCH.name: {
        **_EVENT_COLUMNS,
        "destination": _x("destination"),
        "reason": _x("reason"),
        "persons": "(SELECT coalesce(sum(json_extract(j.value, '$.persons')), 0) "
        "FROM json_each(i.image, '$.counts') j)",
    },
    BUST.name: {
        **_EVENT_COLUMNS,
        "gang": _x("gang"),
        "broken_up": _x("broken_up"),
        "arrested": "(SELECT coalesce(sum(json_extract(j.value, '$.arrested')), 0) "
        "FROM json_each(i.image, '$.arrests') j)",
    },
}
_REQUIRED = {
    AGENCY.name: ("code", "name", "jurisdiction"),
    CASE.name: ("case_no", "opened_on", "category", "agency"),
    CATCH.name: ("ref", "date", "agency", "province", "destination", "counts"),
    BUST.name: ("ref", "date", "agency", "province", "gang", "arrests"),
}
_CHILDREN = {  # kind: (child table, image list, columns: SQL over j.value)
    CATCH.name: (
        (
            "catch_counts",
            "counts",
            {
                c: f"json_extract(j.value, '$.{c}')"
                for c in ("nationality", "persons", "male", "female", "minors")
            },
        ),
        (
            "catch_assists",
            "assists",
            {"agency_id": "(SELECT id FROM agencies WHERE uuid = j.value)"},
        ),
    ),
    BUST.name: (
        (
            "bust_arrests",
            "arrests",
            {c: f"json_extract(j.value, '$.{c}')" for c in ("role", "origin", "arrested")},
        ),
        (
            "bust_assists",
            "assists",
            {"agency_id": "(SELECT id FROM agencies WHERE uuid = j.value)"},
        ),
    ),
}
_TEMP = ("touched", "single", "fc", "heads", "winners", "images", "prov", "ready", "old_keys")
FAR_FUTURE = dt.date(9999, 12, 31)  # validation after a merge: no "in the future" rule


CHUNK = 250_000  # records settled at a time: temporary tables stay in memory


def settle(store: Store, first_change: int, days: bool = False) -> int:
    """Recompute every record touched by the changes from row ``first_change`` of the
    log on (and those waiting for a record they refer to), inside the caller's
    transaction. Returns how many records were touched. With ``days``, the days their
    figures count them on, before and after, are left in ``temp.days`` (``EVERY_DAY``
    when an agency changed: every report names agencies).

    Records are settled a chunk at a time, agencies first, then cases, catches and
    busts, so that what a record refers to is settled before it."""
    conn = store.db.conn
    _drop_temp(store)
    conn.execute("DROP TABLE IF EXISTS temp.arrived")
    conn.execute("CREATE TEMP TABLE arrived (n INTEGER PRIMARY KEY, record TEXT UNIQUE, kind TEXT)")
    conn.execute("DROP TABLE IF EXISTS temp.days")
    conn.execute("CREATE TEMP TABLE days (day TEXT PRIMARY KEY) WITHOUT ROWID")
    rank = "CASE kind WHEN 'agency' THEN 0 WHEN 'case' THEN 1 WHEN 'catch' THEN 2 ELSE 3 END"
    conn.execute(
        "INSERT OR IGNORE INTO arrived (record, kind) SELECT record, kind FROM ("
        "SELECT record, kind FROM changes WHERE id >= ? UNION "
        "SELECT record, kind FROM conflicts WHERE reason = 'missing') "
        f"ORDER BY {rank}",
        [first_change],
    )
    touched = conn.execute("SELECT count(*) FROM arrived").fetchone()[0]
    for start in range(0, touched, CHUNK):
        conn.execute("CREATE TEMP TABLE touched (record TEXT PRIMARY KEY, kind TEXT NOT NULL)")
        conn.execute(
            "INSERT INTO touched SELECT record, kind FROM arrived WHERE n > ? AND n <= ?",
            [start, start + CHUNK],
        )
        _heads(store, fast=True)
        _conflicts(store)
        for kind in (AGENCY, CASE, CATCH, BUST):
            _materialize(store, kind, days)
        _duplicates(store)
        _validate(store)
        _drop_temp(store)
    conn.execute("DROP TABLE temp.arrived")
    return int(touched)


def _drop_temp(store: Store) -> None:
    for table in _TEMP:
        store.db.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _heads(store: Store, fast: bool = False) -> None:
    """The heads, winners, images and provenance of the touched records' fields.

    ``fast``: a record written in one change (most are: created and never changed) has
    that change as its image and its only head, for every field; only the others go
    through the heads' comparisons. Settling takes it; the review screens, which show
    heads, do not."""
    execute = store.db.conn.execute
    execute("CREATE TEMP TABLE single (record TEXT PRIMARY KEY)")
    if fast:
        execute(
            "INSERT INTO single SELECT t.record FROM touched t "
            "WHERE (SELECT count(*) FROM changes c WHERE c.record = t.record) = 1"
        )
    execute(
        """
        CREATE TEMP TABLE fc AS
        SELECT c.id, c.record, c.kind, s.uuid AS station, c.seq, c.ctx, c.hlc, c.wall,
               c.user, c.workstation, j.key AS field, json_quote(j.value) AS value
        FROM touched t CROSS JOIN changes c ON c.record = t.record
        JOIN stations s ON s.id = c.station_id, json_each(c.fields) j
        WHERE t.record NOT IN single
        """
    )
    execute("CREATE INDEX temp.fc_field ON fc (record, field)")
    execute(
        f"""
        CREATE TEMP TABLE heads AS SELECT a.* FROM fc a WHERE NOT EXISTS (
            SELECT 1 FROM fc b WHERE b.record = a.record AND b.field = a.field
            AND b.id <> a.id AND {_SAW})
        """
    )
    execute("CREATE INDEX temp.heads_field ON heads (record, field)")
    execute(  # most fields have one head: a lookup each instead of sorting them all
        """
        CREATE TEMP TABLE winners AS SELECT h.* FROM heads h WHERE NOT EXISTS (
            SELECT 1 FROM heads o WHERE o.record = h.record AND o.field = h.field
            AND (o.hlc, o.station, o.seq) > (h.hlc, h.station, h.seq))
        """
    )
    execute("CREATE INDEX temp.winners_field ON winners (record, field)")
    execute(
        """
        CREATE TEMP TABLE images AS
        SELECT record, kind, jsonb_group_object(field, json(value)) AS image
        FROM winners GROUP BY record, kind
        """
    )
    if fast:  # (a DML statement outside a transaction would begin one: only settling)
        execute(
            "INSERT INTO images SELECT c.record, c.kind, jsonb(c.fields) FROM single s "
            "CROSS JOIN changes c ON c.record = s.record"
        )
    # Who made each record and who changed it last: its earliest and latest change.
    order = "c.hlc {0}, (SELECT s.uuid FROM stations s WHERE s.id = c.station_id) {0}, c.seq {0}"
    pick = "(SELECT c.id FROM changes c WHERE c.record = t.record ORDER BY {} LIMIT 1)"
    execute(
        f"""
        CREATE TEMP TABLE prov AS SELECT e.record,
            f.wall AS created_at, f.user AS created_by, f.workstation AS created_on,
            l.wall AS changed_at, l.user AS changed_by, l.workstation AS changed_on,
            (SELECT d.wall FROM winners d WHERE d.record = e.record
             AND d.field = '{DELETED}' AND d.value = '1') AS deleted_at
        FROM (SELECT t.record, {pick.format(order.format("ASC"))} AS first,
                     {pick.format(order.format("DESC"))} AS last FROM touched t
              WHERE t.record NOT IN single) e
        JOIN changes f ON f.id = e.first JOIN changes l ON l.id = e.last
        """
    )
    if fast:
        execute(
            f"""
            INSERT INTO prov SELECT c.record, c.wall, c.user, c.workstation, c.wall, c.user,
                c.workstation,
                CASE WHEN json_extract(c.fields, '$.{DELETED}') = 1 THEN c.wall END
            FROM single s CROSS JOIN changes c ON c.record = s.record
            """
        )


def _conflicts(store: Store) -> None:
    """The field conflicts and edits concurrent with a delete of the touched records
    (their earlier conflicts of those kinds are recomputed)."""
    execute = store.db.conn.execute
    execute(
        "DELETE FROM conflicts WHERE reason IN ('field', 'deleted', 'missing') "
        "AND record IN (SELECT record FROM touched)"
    )
    execute(
        """
        INSERT INTO conflicts (record, kind, field, reason)
        SELECT record, kind, field, 'field' FROM heads
        GROUP BY record, field HAVING count(DISTINCT value) > 1
        """
    )
    execute(
        f"""
        INSERT OR IGNORE INTO conflicts (record, kind, field, reason)
        SELECT b.record, b.kind, '{DELETED}', 'deleted' FROM winners b
        WHERE b.field = '{DELETED}' AND b.value = '1' AND EXISTS (
            SELECT 1 FROM heads a WHERE a.record = b.record AND a.field <> '{DELETED}'
            AND NOT {_SAW})
        """
    )


def _materialize(store: Store, kind: RecordTable, days: bool = False) -> None:
    """Write the settled images of ``kind`` into its tables (the derived tables follow);
    a record whose image lacks a required field or refers to a record not received
    waits, flagged 'missing'."""
    execute = store.db.conn.execute
    name = kind.name
    complete = " AND ".join(f"{_x(f)} IS NOT NULL" for f in _REQUIRED[name])
    joins = (
        ""
        if kind is AGENCY
        else (
            f"JOIN agencies a ON a.uuid = {_x('agency')} "
            + ("" if kind is CASE else f"LEFT JOIN cases k ON k.uuid = {_x('case')} ")
        )
    )
    resolves = "1" if kind in (AGENCY, CASE) else f"({_x('case')} IS NULL OR k.id IS NOT NULL)"
    if name in _CHILDREN:
        resolves += (
            " AND NOT EXISTS (SELECT 1 FROM json_each(i.image, '$.assists') j "
            "WHERE j.value NOT IN (SELECT uuid FROM agencies))"
        )
    execute("DROP TABLE IF EXISTS temp.ready")
    execute(
        f"CREATE TEMP TABLE ready AS SELECT i.record FROM images i {joins} "
        f"WHERE i.kind = ? AND {complete} AND {resolves}",
        [name],
    )
    execute(
        "INSERT OR IGNORE INTO conflicts (record, kind, field, reason) "
        "SELECT record, kind, '', 'missing' FROM images WHERE kind = ? "
        "AND record NOT IN (SELECT record FROM ready)",
        [name],
    )
    # The ready records' rows: their derived rows (totals, search) taken away as they
    # are, added back as they become.
    rows = f"c.id IN (SELECT r.id FROM {kind.table} r JOIN ready t ON t.record = r.uuid)"
    _remember_keys(store, kind)
    if days:
        _remember_days(store, kind, after=False)
    store._derive(kind, rows, [], -1)
    columns = COLUMNS[name]
    meta = (
        "created_at",
        "created_by",
        "created_on",
        "changed_at",
        "changed_by",
        "changed_on",
        "deleted_at",
    )
    names = ("uuid", *columns, *meta)
    values = ("i.record", *columns.values(), *(f"p.{m}" for m in meta))
    updates = ", ".join(f"{c} = excluded.{c}" for c in (*columns, *meta[3:]))
    execute(
        f"""
        INSERT INTO {kind.table} ({", ".join(names)})
        SELECT {", ".join(values)} FROM images i JOIN ready USING (record)
        JOIN prov p ON p.record = i.record {joins}
        WHERE i.kind = ?
        ON CONFLICT (uuid) DO UPDATE SET {updates}
        """,
        [name],
    )
    for table, field, child_columns in _CHILDREN.get(name, ()):
        child = next(c for c in kind.children if c.table == table)
        execute(
            f"DELETE FROM {table} WHERE {child.parent} IN "
            f"(SELECT r.id FROM {kind.table} r JOIN ready t ON t.record = r.uuid)"
        )
        cols = (child.parent, "line", *child_columns)
        execute(
            f"""
            INSERT INTO {table} ({", ".join(cols)})
            SELECT r.id, j.key, {", ".join(child_columns.values())}
            FROM images i JOIN ready USING (record) JOIN {kind.table} r ON r.uuid = i.record,
                 json_each(i.image, '$.{field}') j
            WHERE i.kind = ?
            """,
            [name],
        )
    store._derive(kind, rows, [], +1)
    if days:
        _remember_days(store, kind, after=True)
    if execute("SELECT EXISTS (SELECT 1 FROM ready)").fetchone()[0]:
        store.wrote(name)


def _remember_keys(store: Store, kind: RecordTable) -> None:
    """The keys the ready records of ``kind`` had before they change, to find the
    duplicates they leave or make."""
    execute = store.db.conn.execute
    execute("CREATE TEMP TABLE IF NOT EXISTS old_keys (kind TEXT, key TEXT)")
    execute(
        f"INSERT INTO old_keys SELECT ?, r.{kind.key} FROM {kind.table} r "
        "JOIN ready t ON t.record = r.uuid",
        [kind.name],
    )
    execute(
        f"INSERT INTO old_keys SELECT ?, json_extract(i.image, '$.{kind.key}') FROM images i "
        "JOIN ready USING (record) WHERE i.kind = ?",
        [kind.name, kind.name],
    )


EVERY_DAY = "*"
_COUNTED_ON = {CATCH.name: "date", BUST.name: "date", CASE.name: "cracked_on"}


def _remember_days(store: Store, kind: RecordTable, after: bool) -> None:
    """The days the ready records of ``kind`` count on in figures, as they stand
    before and ``after`` they change: an event's date and its case's day cracked, a
    case's day cracked; every day when an agency held already changed (its code or
    names are in every report; a new agency counts on the days of its records)."""
    execute = store.db.conn.execute
    ready = f"FROM {kind.table} r JOIN ready t ON t.record = r.uuid"
    if kind is AGENCY:
        shown = "r.uuid, r.code, r.name, r.name_zh, r.jurisdiction, r.kind, r.deleted_at"
        if not after:
            execute("DROP TABLE IF EXISTS temp.agencies_before")
            execute(f"CREATE TEMP TABLE agencies_before AS SELECT {shown} {ready}")
            return
        execute(
            f"INSERT OR IGNORE INTO days SELECT '{EVERY_DAY}' WHERE EXISTS "
            f"(SELECT * FROM agencies_before EXCEPT SELECT {shown} {ready})"
        )
        execute("DROP TABLE temp.agencies_before")
        return
    day = _COUNTED_ON[kind.name]
    execute(f"INSERT OR IGNORE INTO days SELECT r.{day} {ready} WHERE r.{day} IS NOT NULL")
    if kind is not CASE:
        execute(
            f"INSERT OR IGNORE INTO days SELECT k.cracked_on {ready} "
            "JOIN cases k ON k.id = r.case_id WHERE k.cracked_on IS NOT NULL"
        )


def _duplicates(store: Store) -> None:
    """Two live records of a kind with the same key (any case): both flagged."""
    execute = store.db.conn.execute
    execute("CREATE TEMP TABLE IF NOT EXISTS old_keys (kind TEXT, key TEXT)")
    for kind in KINDS.values():
        keys = f"(SELECT key FROM old_keys WHERE kind = '{kind.name}')"
        execute(  # the few flagged records looked up, not the table scanned for the keys
            f"DELETE FROM conflicts WHERE reason = 'duplicate' AND kind = ? AND EXISTS "
            f"(SELECT 1 FROM {kind.table} r WHERE r.uuid = conflicts.record "
            f"AND r.{kind.key} COLLATE NOCASE IN {keys})",
            [kind.name],
        )
        execute(
            f"""
            INSERT OR IGNORE INTO conflicts (record, kind, field, reason)
            SELECT r.uuid, ?, '{kind.key}', 'duplicate' FROM {kind.table} r
            WHERE r.deleted_at IS NULL AND r.{kind.key} COLLATE NOCASE IN {keys}
            AND EXISTS (SELECT 1 FROM {kind.table} o WHERE o.deleted_at IS NULL
                        AND o.{kind.key} = r.{kind.key} COLLATE NOCASE AND o.id <> r.id)
            """,
            [kind.name],
        )


def _validate(store: Store) -> None:
    """Flag the settled live records that break a rule once merged (fields from two
    stations can break a cross-field rule together)."""
    execute = store.db.conn.execute
    execute(
        "DELETE FROM conflicts WHERE reason = 'invalid' AND record IN (SELECT record FROM touched)"
    )
    agencies = frozenset(
        c for (c,) in execute("SELECT code FROM agencies WHERE deleted_at IS NULL")
    )
    flagged: list[tuple[str, str, str, str]] = []
    for kind in (CASE, CATCH, BUST):
        uuids: Sequence[str] = [  # one change: as its station validated it
            u
            for (u,) in execute(
                "SELECT record FROM touched WHERE kind = ? AND record NOT IN single", [kind.name]
            )
        ]
        for part in chunks(uuids):
            found = store._load(kind, f"uuid IN ({marks(part)})", part)
            cases = store._live_cases(e.record for e in found)
            refs = References(agencies, frozenset(no for _i, no in cases.values()))
            for existing in found:
                for p in validate(existing.record, refs, FAR_FUTURE):
                    flagged.append((existing.uuid, kind.name, p.field, message_json(p.message)))
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO conflicts (record, kind, field, reason, detail) "
        "VALUES (?, ?, ?, 'invalid', ?)",
        flagged,
    )


@dataclass(frozen=True, slots=True)
class Head:
    """One value a conflicting field holds, and where it came from."""

    value: Any  # as the changes hold it (what a decision keeps)
    shown: str  # as a person reads it: references by their keys, lists spelled out
    station: str
    station_name: str
    user: str
    workstation: str
    wall: str
    standing: bool  # the value that stands until a person decides


@dataclass(frozen=True, slots=True)
class Conflict:
    record: str  # UUID
    kind: str
    key: str  # the record's reference (or case number, agency code)
    field: str  # '' when the whole record is concerned
    reason: str  # field, deleted, duplicate, invalid, missing
    detail: str  # for 'invalid': the problem, as message JSON
    heads: tuple[Head, ...] = ()


def conflicts(store: Store, record: str | None = None) -> list[Conflict]:
    """Every unresolved conflict (or one record's), by kind, key and field; a field
    conflict with the values its heads hold."""
    store.access.require(Can.READ_RECORDS)
    conn = store.db.conn
    _drop_temp(store)
    conn.execute(
        "CREATE TEMP TABLE touched AS SELECT DISTINCT record, kind FROM conflicts "
        "WHERE ?1 IS NULL OR record = ?1",
        [record],
    )
    _heads(store)
    heads: dict[tuple[str, str], list[Head]] = {}
    found: list[tuple[str, str, Any, tuple[Any, ...]]] = []
    # Each field's heads; for a delete, the delete and the edits it did not see.
    concurrent = (
        f"SELECT h.*, '' AS under FROM heads h UNION ALL "
        f"SELECT a.*, '{DELETED}' FROM heads a JOIN winners b ON b.record = a.record "
        f"AND b.field = '{DELETED}' WHERE a.field <> '{DELETED}' AND NOT {_SAW}"
    )
    for record, field, under, value, station, name, user, ws, wall, rank in conn.execute(
        "SELECT h.record, h.field, h.under, h.value, h.station, s.name, h.user, h.workstation, "
        "h.wall, (SELECT count(*) FROM winners w WHERE w.record = h.record "
        "AND w.field = h.field AND w.id = h.id) "
        f"FROM ({concurrent}) h JOIN stations s ON s.uuid = h.station "
        "ORDER BY h.hlc, h.station, h.seq"
    ):
        raw = orjson.loads(value)
        if under:  # an edit concurrent with the delete: which field it set, to what
            raw = {field: raw}
        found.append((record, under or field, raw, (station, name, user, ws, wall, rank, under)))
    names = _names(store, [raw for _r, _f, raw, _p in found])
    for record, field, raw, (station, name, user, ws, wall, rank, under) in found:
        head = Head(
            raw, shown(field, raw, names), station, name, user, ws, wall, bool(rank) and not under
        )
        heads.setdefault((record, field), []).append(head)
    keys: dict[str, str] = {}
    for kind in KINDS.values():
        keys.update(
            conn.execute(
                f"SELECT r.uuid, r.{kind.key} FROM {kind.table} r JOIN touched t "
                "ON t.record = r.uuid"
            ).fetchall()
        )
    out = [
        Conflict(
            record,
            kind,
            keys.get(record, ""),
            field,
            reason,
            detail,
            tuple(heads.get((record, field), ())) if reason in ("field", "deleted") else (),
        )
        for record, kind, field, reason, detail in conn.execute(
            "SELECT record, kind, field, reason, detail FROM conflicts "
            "WHERE record IN (SELECT record FROM touched)"
        )
    ]
    _drop_temp(store)
    return sorted(out, key=lambda c: (c.kind, c.key.casefold(), c.record, c.field, c.reason))


def _names(store: Store, values: Sequence[Any]) -> dict[str, str]:
    """The keys (agency codes, case numbers) of the records these values refer to."""
    wanted: set[str] = set()

    def collect(value: Any) -> None:
        if isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
            wanted.add(value)
        elif isinstance(value, list | tuple):
            for v in value:
                collect(v)
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)

    for value in values:
        collect(value)
    out: dict[str, str] = {}
    for part in chunks(sorted(wanted)):
        for table, key in (("agencies", "code"), ("cases", "case_no")):
            out.update(
                store.db.conn.execute(
                    f"SELECT uuid, {key} FROM {table} WHERE uuid IN ({marks(part)})", part
                ).fetchall()
            )
    return out


def shown(field: str, value: Any, names: dict[str, str]) -> str:
    """A field's value as a person reads it: references by their keys, head counts and
    arrests spelled out, blanks blank."""
    if value is None:
        return ""
    if field in ("agency", "case"):
        return names.get(value, str(value))
    if field == "assists":
        return ", ".join(names.get(v, str(v)) for v in value)
    if field == "counts":
        return "; ".join(_head_count(c) for c in value)
    if field == "arrests":
        return "; ".join(f"{a['arrested']} {a['role']} ({a['origin']})" for a in value)
    if field == "approved" and isinstance(value, dict):
        return f"{value.get('by', '')} {value.get('at', '')}".strip()
    if isinstance(value, dict):  # an edit concurrent with a delete: {field: value}
        return "; ".join(f"{k}: {shown(k, v, names)}" for k, v in value.items())
    return str(value)


def _head_count(c: dict[str, Any]) -> str:
    parts = [f"{c['nationality']} {c['persons']}"]
    split = [f"{c[k]} {k}" for k in ("male", "female", "minors") if c.get(k) is not None]
    return parts[0] + (f" ({', '.join(split)})" if split else "")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where the value a record's field holds now came from."""

    field: str
    shown: str
    station: str
    station_name: str
    user: str
    workstation: str
    wall: str
    disputed: bool  # other values are kept in an undecided conflict


def provenance(store: Store, record_uuid: str) -> list[Origin]:
    """For each field of a record, the change its current value came from: the station,
    user, workstation and time, whether written here or received by merge."""
    store.access.require(Can.READ_RECORDS)
    conn = store.db.conn
    _drop_temp(store)
    conn.execute(
        "CREATE TEMP TABLE touched AS SELECT DISTINCT record, kind FROM changes WHERE record = ?",
        [record_uuid],
    )
    _heads(store)
    rows = conn.execute(
        "SELECT w.field, w.value, w.station, s.name, w.user, w.workstation, w.wall, "
        "(SELECT count(*) FROM heads h WHERE h.record = w.record AND h.field = w.field) > 1 "
        "FROM winners w JOIN stations s ON s.uuid = w.station ORDER BY w.field"
    ).fetchall()
    _drop_temp(store)
    values = [orjson.loads(v) for _f, v, *_rest in rows]
    names = _names(store, values)
    return [
        Origin(field, shown(field, value, names), station, name, user, ws, wall, bool(disputed))
        for (field, _v, station, name, user, ws, wall, disputed), value in zip(
            rows, values, strict=True
        )
    ]
