"""The validation rules on the hub's merged records: a record whose fields came from
several changes (two stations, or an edit after the fact) can break a rule no single
change broke, and is flagged 'invalid' as a station's SQLite file flags it
(``store.merging``): the same rules (``domain.validation``), run in Python on the
records settling left unchecked, with the agencies and cases live on the hub.

What a client may write is narrow: ``hub.checked()`` takes the flags for records that
are waiting to be checked, and only those, under the ingest lock (no settle runs in
between), from an account that reads everything (the only ones that read the merged
records)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import orjson

from smugdesk.domain.records import Arrest, Bust, Case, Catch, HeadCount, Record, References
from smugdesk.domain.validation import validate
from smugdesk.domain.words import message_json
from smugdesk.hub.schema import INGEST_LOCK, Conn, Roles, _run, migration
from smugdesk.hub.settling import create_settle
from smugdesk.store.merging import FAR_FUTURE


@migration("0004_validation")
def _validation(conn: Conn, roles: Roles) -> None:
    _run(
        conn,
        """
        CREATE TABLE hub.unchecked (record text PRIMARY KEY);
        ALTER TABLE hub.unchecked ENABLE ROW LEVEL SECURITY;
        CREATE POLICY everything ON hub.unchecked FOR SELECT TO {hq} USING (true);
        CREATE POLICY if_all ON hub.unchecked FOR SELECT TO {stations}
            USING ((SELECT hub.reads_all()));
        GRANT SELECT ON hub.unchecked TO {stations}, {hq};
        -- What was merged before this version: checked once.
        INSERT INTO hub.unchecked SELECT c.record FROM hub.changes c
            WHERE c.kind IN ('case', 'catch', 'bust')
            GROUP BY c.record HAVING count(*) > 1;
        CREATE FUNCTION hub.checked(done text[], flags jsonb) RETURNS integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
        DECLARE
            n integer;
        BEGIN
            IF NOT (hub.reads_all() OR pg_has_role(session_user,
                    (SELECT nspowner FROM pg_namespace WHERE nspname = 'hub'), 'MEMBER')) THEN
                RAISE EXCEPTION 'only an account that reads everything checks the records'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM pg_advisory_xact_lock(hashtext('smugdesk hub ingest'));
            CREATE TEMP TABLE gone ON COMMIT DROP AS
                WITH d AS (DELETE FROM hub.unchecked WHERE record = ANY (done)
                           RETURNING record)
                SELECT record FROM d;
            INSERT INTO hub.conflicts (record, kind, field, reason, detail)
                SELECT f ->> 'record', f ->> 'kind', f ->> 'field', 'invalid',
                       f ->> 'detail'
                FROM jsonb_array_elements(flags) f
                WHERE f ->> 'record' IN (SELECT record FROM gone)
                ON CONFLICT DO NOTHING;
            GET DIAGNOSTICS n = ROW_COUNT;
            DROP TABLE gone;
            RETURN n;
        END $$;
        REVOKE ALL ON FUNCTION hub.checked(text[], jsonb) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION hub.checked(text[], jsonb) TO {stations}, {hq};
        """,
        roles,
    )
    create_settle(conn)  # it now leaves the records to check in hub.unchecked


def check(conn: Conn) -> int:
    """Validate the merged records waiting to be checked and flag those that break a
    rule, in one transaction under the ingest lock. Returns how many were flagged; an
    account that does not read everything checks nothing."""
    with conn.transaction():
        conn.execute(INGEST_LOCK)
        waiting = conn.execute(
            "SELECT u.record, r.kind, r.image, r.deleted_at IS NULL FROM hub.unchecked u "
            "LEFT JOIN hub.records r USING (record) ORDER BY u.record"
        ).fetchall()
        if not waiting:
            return 0
        agencies, cases = _references(conn)
        refs = References(
            frozenset(code for code, live in agencies.values() if live),
            frozenset(no for no, live in cases.values() if live),
        )
        codes = {uuid: code for uuid, (code, _live) in agencies.items()}
        numbers = {uuid: no for uuid, (no, _live) in cases.items()}
        flags: dict[tuple[str, str], dict[str, str]] = {}
        for record, kind, image, live in waiting:
            if not live:
                continue
            found = record_of(kind, image, codes, numbers)
            for p in validate(found, refs, FAR_FUTURE):  # the first problem of a field
                flags.setdefault(
                    (record, p.field),
                    {
                        "record": record,
                        "kind": kind,
                        "field": p.field,
                        "detail": message_json(p.message),
                    },
                )
        done = [row[0] for row in waiting]
        row = conn.execute(
            "SELECT hub.checked(%s, %s::jsonb)", [done, orjson.dumps(list(flags.values())).decode()]
        ).fetchone()
    return int(row[0]) if row else 0


def _references(
    conn: Conn,
) -> tuple[dict[str, tuple[str, bool]], dict[str, tuple[str, bool]]]:
    """Every agency's code and every case's number by its UUID, and whether it is live
    (deleted ones keep theirs, so old records can still name them)."""
    found: dict[str, dict[str, tuple[str, bool]]] = {"agency": {}, "case": {}}
    for record, kind, key, live in conn.execute(
        "SELECT record, kind, key, deleted_at IS NULL FROM hub.records "
        "WHERE kind IN ('agency', 'case')"
    ):
        found[kind][record] = (key or "", bool(live))
    return found["agency"], found["case"]


def record_of(
    kind: str, image: Mapping[str, Any], codes: Mapping[str, str], numbers: Mapping[str, str]
) -> Record:
    """The record a merged image holds, as a station's tables rebuild it
    (``store.mapping.build_records``): references by their codes and numbers."""

    def text(field: str) -> str:
        return str(image.get(field) or "")

    def day(field: str) -> dt.date | None:
        value = image.get(field)
        return dt.date.fromisoformat(value) if value else None

    agency = codes.get(text("agency"), "")
    if kind == "case":
        return Case(
            text("case_no"),
            day("opened_on") or FAR_FUTURE,
            text("category"),
            agency,
            day("cracked_on"),
            text("summary"),
        )
    common: dict[str, Any] = {
        "ref": text("ref"),
        "date": day("date") or FAR_FUTURE,
        "agency": agency,
        "province": text("province"),
        "place": text("place"),
        "case_no": numbers.get(text("case"), ""),
        "notable": bool(image.get("notable")),
        "press_note": text("press_note"),
        "notes": text("notes"),
        "assisting_agencies": tuple(codes.get(a, "") for a in image.get("assists") or ()),
    }
    if kind == "catch":
        return Catch(
            destination=text("destination"),
            reason=text("reason"),
            counts=tuple(
                HeadCount(
                    c.get("nationality"),
                    c.get("persons"),
                    c.get("male"),
                    c.get("female"),
                    c.get("minors"),
                )
                for c in image.get("counts") or ()
            ),
            **common,
        )
    return Bust(
        gang=text("gang"),
        broken_up=bool(image.get("broken_up")),
        arrests=tuple(
            Arrest(a.get("role"), a.get("origin"), a.get("arrested"))
            for a in image.get("arrests") or ()
        ),
        **common,
    )
