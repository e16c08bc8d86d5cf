"""Settling the hub's change log: what it settles to, by the same rules as a
station's SQLite file (``store.merging``), ported to PostgreSQL and checked against it
by a test that runs the same random histories through both.

Settling is ``hub.settle()``, a function the database runs with its owner's rights
(stations may read what it makes, never write it): under the ingest lock, the records
touched by changes received since the last settle (and those waiting for a record
they refer to) get their heads, winners, image and provenance recomputed; field
conflicts, edits concurrent with a delete, records waiting for another (missing) and
live records sharing a key (duplicate) are flagged; the typed rows and daily totals
the report figures read (``hub.figures``) follow. The records settled from more than
one change are left in ``hub.unchecked`` for the validation rules, which are Python's
(``hub.validation``), as a station's SQLite file checks them once merged.
"""

from __future__ import annotations

from smugdesk.hub.schema import Conn, Roles, _run, migration, one
from smugdesk.stations.changes import DELETED

SAW = (  # a change b saw a change a (a later one of its own station, or by its context)
    "(b.station = a.station AND b.origin_seq > a.origin_seq "
    "OR coalesce((b.ctx ->> a.station)::bigint, 0) >= a.origin_seq)"
)
# The head that stands while a conflict is undecided, first (as store.merging: the
# latest hybrid clock, then the greater station id, then sequence number).
WINNER_ORDER = 'record, field, hlc DESC, station COLLATE "C" DESC, origin_seq DESC'
_KEYS = {"agency": "code", "case": "case_no", "catch": "ref", "bust": "ref"}
_REQUIRED = {
    "agency": ("code", "name", "jurisdiction"),
    "case": ("case_no", "opened_on", "category", "agency"),
    "catch": ("ref", "date", "agency", "province", "destination", "counts"),
    "bust": ("ref", "date", "agency", "province", "gang", "arrests"),
}


def _present(field: str) -> str:
    return f"coalesce(jsonb_typeof(i.image -> '{field}'), 'null') <> 'null'"


def _ready(kind: str) -> str:
    """SQL (alias i: images) true when an image of ``kind`` can be written."""
    parts = [_present(f) for f in _REQUIRED[kind]]
    if kind != "agency":
        parts.append(
            "EXISTS (SELECT 1 FROM hub.records x WHERE x.kind = 'agency' "
            "AND x.record = i.image ->> 'agency')"
        )
    if kind in ("catch", "bust"):
        parts.append(
            "(i.image ->> 'case' IS NULL OR EXISTS (SELECT 1 FROM hub.records x "
            "WHERE x.kind = 'case' AND x.record = i.image ->> 'case'))"
        )
        parts.append(
            "NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof("
            "i.image -> 'assists') = 'array' THEN i.image -> 'assists' ELSE '[]' END) j "
            "WHERE NOT EXISTS (SELECT 1 FROM hub.records x WHERE x.kind = 'agency' "
            "AND x.record = j))"
        )
    return " AND ".join(parts)


def _materialize_kind(kind: str) -> str:
    key = _KEYS[kind]
    return f"""
        DROP TABLE IF EXISTS ready;
        CREATE TEMP TABLE ready AS SELECT i.record FROM images i
            WHERE i.kind = '{kind}' AND {_ready(kind)};
        ALTER TABLE ready ADD PRIMARY KEY (record);
        ANALYZE ready;
        INSERT INTO hub.conflicts (record, kind, field, reason)
            SELECT record, kind, '', 'missing' FROM images
            WHERE kind = '{kind}' AND NOT EXISTS (
                SELECT 1 FROM ready r WHERE r.record = images.record)
            ON CONFLICT DO NOTHING;
        INSERT INTO old_keys SELECT '{kind}', hub.fold(r.key) FROM hub.records r
            JOIN ready USING (record);
        INSERT INTO old_keys SELECT '{kind}', hub.fold(i.image ->> '{key}') FROM images i
            JOIN ready USING (record);
        INSERT INTO hub.records (record, kind, image, key, created_at, created_by,
                created_on, changed_at, changed_by, changed_on, deleted_at)
            SELECT i.record, i.kind, i.image, i.image ->> '{key}', p.created_at,
                p.created_by, p.created_on, p.changed_at, p.changed_by, p.changed_on,
                p.deleted_at
            FROM images i JOIN ready USING (record) JOIN prov p USING (record)
            ON CONFLICT (record) DO UPDATE SET image = excluded.image, key = excluded.key,
                created_at = excluded.created_at, created_by = excluded.created_by,
                created_on = excluded.created_on, changed_at = excluded.changed_at,
                changed_by = excluded.changed_by, changed_on = excluded.changed_on,
                deleted_at = excluded.deleted_at;
    """


_APPROVED = "coalesce(jsonb_typeof(r.image -> 'approved'), 'null') <> 'null'"
_NOTABLE = "coalesce((r.image ->> 'notable')::int, 0) <> 0"
_COUNT = {
    "nationality": "j ->> 'nationality'",
    "persons": "(j ->> 'persons')::int",
}
_ARREST = {
    "role": "j ->> 'role'",
    "origin": "j ->> 'origin'",
    "arrested": "(j ->> 'arrested')::int",
}
TOTAL_TABLES = (
    "agg_catch_day",
    "agg_assist_day",
    "agg_nationality_day",
    "agg_route_day",
    "agg_case",
)
FACT_TABLES = (
    "catch_facts",
    "catch_counts",
    "catch_assists",
    "bust_facts",
    "bust_arrests",
    "bust_assists",
    "case_facts",
)


def _live(kind: str, agency: bool = True) -> str:
    """FROM the touched live records of ``kind`` (alias r), with their agency (a)."""
    join = "JOIN hub.agency_facts a ON a.record = r.image ->> 'agency' " if agency else ""
    return (
        f"FROM hub.records r JOIN touched USING (record) {join}"
        f"WHERE r.kind = '{kind}' AND r.deleted_at IS NULL"
    )


def _array(field: str) -> str:
    return (
        f"(CASE WHEN jsonb_typeof(r.image -> '{field}') = 'array' "
        f"THEN r.image -> '{field}' ELSE '[]' END)"
    )


def _lines(kind: str, field: str, columns: dict[str, str]) -> str:
    """The rows of a list field of the touched live records of ``kind`` (alias j)."""
    return (
        f"INSERT INTO hub.{kind}_{field} (record, {', '.join(columns)}) "
        f"SELECT r.record, {', '.join(columns.values())} "
        f"FROM hub.records r JOIN touched USING (record), "
        f"jsonb_array_elements({_array(field)}) j "
        f"WHERE r.kind = '{kind}' AND r.deleted_at IS NULL;"
    )


# The daily totals of the live catches (as a station's agg_* tables): taken away for the
# touched records before their typed rows are rewritten, added back after. Rows that
# fall to zero are kept; they add nothing. {sign}: 1 or -1; {only}: which catches.
TOTALS = (
    """INSERT INTO hub.agg_catch_day AS t (day, agency_id, approved, persons, catches)
       SELECT c.date, c.agency_id, c.approved, {sign} * sum(c.persons), {sign} * count(*)
       FROM hub.catch_facts c {only} GROUP BY 1, 2, 3
       ON CONFLICT (day, agency_id, approved) DO UPDATE SET
         persons = t.persons + excluded.persons, catches = t.catches + excluded.catches""",
    """INSERT INTO hub.agg_assist_day AS t (day, agency_id, approved, catches)
       SELECT c.date, x.agency_id, c.approved, {sign} * count(*)
       FROM hub.catch_facts c JOIN hub.catch_assists x ON x.record = c.record {only}
       GROUP BY 1, 2, 3
       ON CONFLICT (day, agency_id, approved) DO UPDATE SET
         catches = t.catches + excluded.catches""",
    """INSERT INTO hub.agg_nationality_day AS t (day, nationality, approved, persons)
       SELECT c.date, n.nationality, c.approved, {sign} * sum(n.persons)
       FROM hub.catch_facts c JOIN hub.catch_counts n ON n.record = c.record {only}
       GROUP BY 1, 2, 3
       ON CONFLICT (day, nationality, approved) DO UPDATE SET
         persons = t.persons + excluded.persons""",
    """INSERT INTO hub.agg_route_day AS t (day, destination, reason, approved, persons,
           catches)
       SELECT c.date, c.destination, coalesce(c.reason, ''), c.approved,
           {sign} * sum(c.persons), {sign} * count(*)
       FROM hub.catch_facts c {only} GROUP BY 1, 2, 3, 4
       ON CONFLICT (day, destination, reason, approved) DO UPDATE SET
         persons = t.persons + excluded.persons, catches = t.catches + excluded.catches""",
    """INSERT INTO hub.agg_case AS t (case_record, approved, persons, catches)
       SELECT c.case_record, c.approved, {sign} * sum(c.persons), {sign} * count(*)
       FROM hub.catch_facts c {only} {and_} c.case_record IS NOT NULL GROUP BY 1, 2
       ON CONFLICT (case_record, approved) DO UPDATE SET
         persons = t.persons + excluded.persons, catches = t.catches + excluded.catches""",
)
_TOUCHED = "WHERE c.record IN (SELECT record FROM touched)"


def totals_sql(sign: int, touched: bool) -> str:
    """The totals' statements adding (1) or taking away (-1) the touched catches, or
    (``touched`` false) every catch."""
    only = _TOUCHED if touched else ""
    return "".join(
        t.format(sign=sign, only=only, and_="AND" if touched else "WHERE") + ";\n" for t in TOTALS
    )


def _facts_sql() -> str:
    """The typed rows the report figures read (``hub.figures``), kept for the touched
    records: the live ones, as a station's tables hold them."""
    deletes = totals_sql(-1, True) + "".join(
        f"DELETE FROM hub.{t} WHERE record IN (SELECT record FROM touched);\n" for t in FACT_TABLES
    )
    sums = "(SELECT coalesce(sum((j ->> '{0}')::int), 0) FROM jsonb_array_elements({1}) j)"
    event = (
        f"{_APPROVED}, {_NOTABLE}, r.image ->> 'ref', r.image ->> 'place', r.image ->> 'press_note'"
    )
    assists = (
        "INSERT INTO hub.{0}_assists (record, line, agency_id) "
        "SELECT r.record, x.line, g.id FROM hub.records r JOIN touched USING (record), "
        "jsonb_array_elements_text(" + _array("assists") + ") WITH ORDINALITY x(agency, line), "
        "hub.agency_facts g WHERE g.record = x.agency AND r.kind = '{0}' "
        "AND r.deleted_at IS NULL;"
    )
    return (
        deletes
        + f"""
        INSERT INTO hub.agency_facts (record, code, name, name_zh, jurisdiction)
            SELECT r.record, r.image ->> 'code', r.image ->> 'name', r.image ->> 'name_zh',
                   r.image ->> 'jurisdiction'
            FROM hub.records r JOIN touched USING (record) WHERE r.kind = 'agency'
            ON CONFLICT (record) DO UPDATE SET code = excluded.code, name = excluded.name,
                name_zh = excluded.name_zh, jurisdiction = excluded.jurisdiction;
        INSERT INTO hub.case_facts (record, agency_id, category, cracked_on, approved)
            SELECT r.record, a.id, r.image ->> 'category', (r.image ->> 'cracked_on')::date,
                   {_APPROVED}
            {_live("case")};
        INSERT INTO hub.catch_facts (record, date, agency_id, case_record, destination,
                reason, persons, approved, notable, ref, place, press_note)
            SELECT r.record, (r.image ->> 'date')::date, a.id, r.image ->> 'case',
                   r.image ->> 'destination', r.image ->> 'reason',
                   {sums.format("persons", _array("counts"))}, {event}
            {_live("catch")};
        {_lines("catch", "counts", _COUNT)}
        {assists.format("catch")}
        INSERT INTO hub.bust_facts (record, date, agency_id, gang, broken_up, arrested,
                approved, notable, ref, place, press_note)
            SELECT r.record, (r.image ->> 'date')::date, a.id, r.image ->> 'gang',
                   coalesce((r.image ->> 'broken_up')::int, 0) <> 0,
                   {sums.format("arrested", _array("arrests"))}, {event}
            {_live("bust")};
        {_lines("bust", "arrests", _ARREST)}
        {assists.format("bust")}
    """
    )


def _materialize_sql() -> str:
    """Write the settled images, each kind after those it refers to, then flag the live
    records sharing a key with another (old and new keys both looked at)."""
    materialize = "".join(_materialize_kind(k) for k in ("agency", "case", "catch", "bust"))
    return f"""
        CREATE TEMP TABLE old_keys (kind text, key text);
        {materialize}
        CREATE INDEX ON old_keys (kind, key);
        ANALYZE old_keys;
        DELETE FROM hub.conflicts c WHERE c.reason = 'duplicate' AND EXISTS (
            SELECT 1 FROM hub.records r JOIN old_keys o
                ON o.kind = r.kind AND o.key = hub.fold(r.key)
            WHERE r.record = c.record);
        INSERT INTO hub.conflicts (record, kind, field, reason)
            SELECT DISTINCT r.record, r.kind,
                CASE r.kind WHEN 'agency' THEN 'code' WHEN 'case' THEN 'case_no'
                ELSE 'ref' END, 'duplicate'
            FROM (SELECT DISTINCT kind, key FROM old_keys) k
            JOIN hub.records r ON r.kind = k.kind AND hub.fold(r.key) = k.key
                AND r.deleted_at IS NULL
            WHERE EXISTS (SELECT 1 FROM hub.records o WHERE o.kind = r.kind
                AND o.deleted_at IS NULL AND hub.fold(o.key) = hub.fold(r.key)
                AND o.record <> r.record)
            ON CONFLICT DO NOTHING;
    """


def _settle_body() -> str:
    return f"""
    DECLARE
        from_seq bigint;
        upto bigint;
        n bigint;
    BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('smugdesk hub ingest'));
        SELECT seq INTO from_seq FROM hub.settled FOR UPDATE;
        SELECT coalesce(max(seq), 0) INTO upto FROM hub.changes;
        IF upto <= from_seq AND NOT EXISTS (
                SELECT 1 FROM hub.conflicts WHERE reason = 'missing') THEN
            RETURN 0;
        END IF;
        DROP TABLE IF EXISTS touched, single, fc, heads, winners, images, prov, ready,
            old_keys;
        CREATE TEMP TABLE touched AS
            SELECT record, min(kind) AS kind FROM (
                SELECT record, kind FROM hub.changes WHERE seq > from_seq AND seq <= upto
                UNION SELECT record, kind FROM hub.conflicts WHERE reason = 'missing') t
            GROUP BY record;
        GET DIAGNOSTICS n = ROW_COUNT;
        ALTER TABLE touched ADD PRIMARY KEY (record);
        ANALYZE touched;
        -- A record written in one change has it as its image and only head.
        CREATE TEMP TABLE single AS SELECT c.record FROM touched t
            JOIN hub.changes c ON c.record = t.record GROUP BY c.record HAVING count(*) = 1;
        ALTER TABLE single ADD PRIMARY KEY (record);
        ANALYZE single;
        CREATE TEMP TABLE fc AS
            SELECT c.seq AS id, c.record, c.kind, c.station, c.origin_seq,
                   c.ctx::jsonb AS ctx, c.hlc, c.wall, c."user", c.workstation,
                   j.key AS field, j.value
            FROM touched t JOIN hub.changes c ON c.record = t.record,
                 jsonb_each(c.fields::jsonb) j
            WHERE NOT EXISTS (SELECT 1 FROM single s WHERE s.record = t.record);
        CREATE INDEX ON fc (record, field);
        ANALYZE fc;
        CREATE TEMP TABLE heads AS SELECT a.* FROM fc a WHERE NOT EXISTS (
            SELECT 1 FROM fc b WHERE b.record = a.record AND b.field = a.field
            AND b.id <> a.id AND {SAW});
        CREATE INDEX ON heads (record, field);
        ANALYZE heads;
        CREATE TEMP TABLE winners AS SELECT DISTINCT ON (record, field) * FROM heads
            ORDER BY {WINNER_ORDER};
        CREATE INDEX ON winners (record, field);
        CREATE TEMP TABLE images AS
            SELECT record, min(kind) AS kind, jsonb_object_agg(field, value) AS image
            FROM winners GROUP BY record
            UNION ALL SELECT c.record, c.kind, c.fields::jsonb FROM single s
            JOIN hub.changes c ON c.record = s.record;
        ANALYZE images;
        CREATE TEMP TABLE prov AS SELECT t.record,
                f.wall AS created_at, f."user" AS created_by, f.workstation AS created_on,
                l.wall AS changed_at, l."user" AS changed_by, l.workstation AS changed_on,
                (SELECT d.wall FROM winners d WHERE d.record = t.record
                 AND d.field = '{DELETED}' AND d.value = '1'::jsonb) AS deleted_at
            FROM touched t
            CROSS JOIN LATERAL (SELECT * FROM hub.changes c WHERE c.record = t.record
                ORDER BY c.hlc, c.station COLLATE "C", c.origin_seq LIMIT 1) f
            CROSS JOIN LATERAL (SELECT * FROM hub.changes c WHERE c.record = t.record
                ORDER BY c.hlc DESC, c.station COLLATE "C" DESC, c.origin_seq DESC
                LIMIT 1) l
            WHERE NOT EXISTS (SELECT 1 FROM single s WHERE s.record = t.record)
            UNION ALL SELECT c.record, c.wall, c."user", c.workstation, c.wall, c."user",
                c.workstation,
                CASE WHEN c.fields::jsonb -> '{DELETED}' = '1'::jsonb THEN c.wall END
            FROM single s JOIN hub.changes c ON c.record = s.record;
        ALTER TABLE prov ADD PRIMARY KEY (record);
        ANALYZE prov;
        DELETE FROM hub.conflicts WHERE reason IN ('field', 'deleted', 'missing')
            AND record IN (SELECT record FROM touched);
        -- Validated again (hub.validation): those written in more than one change.
        DELETE FROM hub.conflicts WHERE reason = 'invalid'
            AND record IN (SELECT record FROM touched);
        INSERT INTO hub.unchecked SELECT t.record FROM touched t
            WHERE t.kind IN ('case', 'catch', 'bust')
            AND NOT EXISTS (SELECT 1 FROM single s WHERE s.record = t.record)
            ON CONFLICT DO NOTHING;
        INSERT INTO hub.conflicts (record, kind, field, reason)
            SELECT record, min(kind), field, 'field' FROM heads
            GROUP BY record, field HAVING count(DISTINCT value) > 1;
        INSERT INTO hub.conflicts (record, kind, field, reason)
            SELECT b.record, b.kind, '{DELETED}', 'deleted' FROM winners b
            WHERE b.field = '{DELETED}' AND b.value = '1'::jsonb AND EXISTS (
                SELECT 1 FROM heads a WHERE a.record = b.record AND a.field <> '{DELETED}'
                AND NOT {SAW})
            ON CONFLICT DO NOTHING;
        {_materialize_sql()}
        {_facts_sql()}
        {totals_sql(1, True)}
        UPDATE hub.settled SET seq = upto;
        DROP TABLE touched, single, fc, heads, winners, images, prov, ready, old_keys;
        RETURN n;
    END
    """


# The typed rows and daily totals the report figures read (``hub.figures``).
_REPORT_TABLES = """
        CREATE TABLE hub.agency_facts (
            id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            record text PRIMARY KEY,
            code text, name text, name_zh text, jurisdiction text
        );
        CREATE TABLE hub.case_facts (
            record text PRIMARY KEY, agency_id bigint NOT NULL, category text,
            cracked_on date, approved boolean NOT NULL
        );
        CREATE INDEX case_facts_cracked ON hub.case_facts (cracked_on);
        CREATE TABLE hub.catch_facts (
            record text PRIMARY KEY, date date NOT NULL, agency_id bigint NOT NULL,
            case_record text, destination text, reason text, persons integer NOT NULL,
            approved boolean NOT NULL, notable boolean NOT NULL, ref text, place text,
            press_note text
        );
        CREATE INDEX catch_facts_date ON hub.catch_facts (date)
            INCLUDE (agency_id, persons, approved);
        CREATE INDEX catch_facts_case ON hub.catch_facts (case_record)
            WHERE case_record IS NOT NULL;
        CREATE INDEX catch_facts_notable ON hub.catch_facts (date) WHERE notable;
        CREATE TABLE hub.catch_counts (
            record text NOT NULL, nationality text, persons integer
        );
        CREATE INDEX catch_counts_record ON hub.catch_counts (record);
        CREATE TABLE hub.catch_assists (record text NOT NULL, line bigint, agency_id bigint);
        CREATE INDEX catch_assists_record ON hub.catch_assists (record);
        CREATE TABLE hub.bust_facts (
            record text PRIMARY KEY, date date NOT NULL, agency_id bigint NOT NULL, gang text,
            broken_up boolean NOT NULL, arrested integer NOT NULL, approved boolean NOT NULL,
            notable boolean NOT NULL, ref text, place text, press_note text
        );
        CREATE INDEX bust_facts_date ON hub.bust_facts (date);
        CREATE TABLE hub.bust_arrests (
            record text NOT NULL, role text, origin text, arrested integer
        );
        CREATE INDEX bust_arrests_record ON hub.bust_arrests (record);
        CREATE TABLE hub.bust_assists (record text NOT NULL, line bigint, agency_id bigint);
        CREATE INDEX bust_assists_record ON hub.bust_assists (record);
        CREATE TABLE hub.agg_catch_day (
            day date, agency_id bigint, approved boolean, persons bigint NOT NULL,
            catches bigint NOT NULL, PRIMARY KEY (day, agency_id, approved)
        );
        CREATE TABLE hub.agg_assist_day (
            day date, agency_id bigint, approved boolean, catches bigint NOT NULL,
            PRIMARY KEY (day, agency_id, approved)
        );
        CREATE TABLE hub.agg_nationality_day (
            day date, nationality text, approved boolean, persons bigint NOT NULL,
            PRIMARY KEY (day, nationality, approved)
        );
        CREATE TABLE hub.agg_route_day (
            day date, destination text, reason text, approved boolean,
            persons bigint NOT NULL, catches bigint NOT NULL,
            PRIMARY KEY (day, destination, reason, approved)
        );
        CREATE TABLE hub.agg_case (
            case_record text, approved boolean, persons bigint NOT NULL,
            catches bigint NOT NULL, PRIMARY KEY (case_record, approved)
        );
        GRANT SELECT ON hub.agg_catch_day, hub.agg_assist_day, hub.agg_nationality_day,
            hub.agg_route_day, hub.agg_case TO {stations}, {hq};
"""


@migration("0002_merged_records")
def _merged_records(conn: Conn, roles: Roles) -> None:
    _run(
        conn,
        """
        CREATE FUNCTION hub.fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                                      'abcdefghijklmnopqrstuvwxyz') $$;
        CREATE TABLE hub.records (
            record text PRIMARY KEY,
            kind text NOT NULL,
            image jsonb NOT NULL,
            key text,
            created_at text, created_by text, created_on text,
            changed_at text, changed_by text, changed_on text,
            deleted_at text
        );
        CREATE INDEX records_key ON hub.records (kind, hub.fold(key))
            WHERE deleted_at IS NULL;
        CREATE TABLE hub.conflicts (
            record text NOT NULL,
            kind text NOT NULL,
            field text NOT NULL,
            reason text NOT NULL
                CHECK (reason IN ('field', 'deleted', 'duplicate', 'invalid', 'missing')),
            detail text NOT NULL DEFAULT '',
            PRIMARY KEY (record, field, reason)
        );
        CREATE TABLE hub.settled (
            one boolean PRIMARY KEY DEFAULT true CHECK (one),
            seq bigint NOT NULL DEFAULT 0
        );
        INSERT INTO hub.settled DEFAULT VALUES;
        """
        + _REPORT_TABLES
        + """
        GRANT SELECT ON hub.records, hub.conflicts, hub.settled, hub.agency_facts,
            hub.case_facts, hub.catch_facts, hub.catch_counts, hub.catch_assists,
            hub.bust_facts, hub.bust_arrests, hub.bust_assists TO {stations}, {hq};
        """,
        roles,
    )
    create_settle(conn)
    _run(
        conn,
        """
        REVOKE ALL ON FUNCTION hub.settle() FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION hub.settle() TO {stations}, {hq};
        """,
        roles,
    )


def create_settle(conn: Conn) -> None:
    """(Re)create ``hub.settle()`` with the body this version settles by (a migration
    that changes how the hub settles calls it again)."""
    conn.execute(
        (
            "CREATE OR REPLACE FUNCTION hub.settle() RETURNS bigint LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = pg_catalog, hub SET work_mem = '256MB' "
            "AS $settle$" + _settle_body() + "$settle$"
        ).encode()
    )


def settle(conn: Conn) -> int:
    """Settle what the hub received since it last settled; returns how many records."""
    with conn.transaction():
        return int(one(conn, "SELECT hub.settle()"))
