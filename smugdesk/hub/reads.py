"""What a station may read on the hub. By default every station reads every change
(the joint action shares one picture); an account made with ``--reads`` reads only
the changes written by stations of those agencies (its own always included), and
neither the merged records nor the report rows, which mix everyone's.

The rule is by the writing station, never by the record: whether a change may be read
never changes once it is written, so a station's pull cursor can never pass a change
it may read later. PostgreSQL enforces it (row-level security), whatever program a
station runs."""

from __future__ import annotations

from smugdesk.domain.words import words
from smugdesk.hub.connection import HubError
from smugdesk.hub.schema import Conn, Roles, _run, migration
from smugdesk.hub.settling import FACT_TABLES, TOTAL_TABLES

NO_SUCH_ACCOUNT = words("hub.no_such_account", "the hub has no account {name}")

_DERIVED = ("records", "conflicts", "agency_facts", *FACT_TABLES, *TOTAL_TABLES)


@migration("0003_reads")
def _reads(conn: Conn, roles: Roles) -> None:
    derived = "".join(
        f"ALTER TABLE hub.{t} ENABLE ROW LEVEL SECURITY;\n"
        f"CREATE POLICY everything ON hub.{t} FOR SELECT TO {{hq}} USING (true);\n"
        f"CREATE POLICY if_all ON hub.{t} FOR SELECT TO {{stations}} "
        "USING ((SELECT hub.reads_all()));\n"
        for t in _DERIVED
    )
    _run(
        conn,
        """
        ALTER TABLE hub.accounts ADD COLUMN reads text[];
        ALTER TABLE hub.accounts ADD COLUMN reads_version integer NOT NULL DEFAULT 0;
        -- Bumped whenever what the logged-in station may read changes: it then pulls
        -- from the start (what it holds is skipped).
        CREATE FUNCTION hub.my_reads() RETURNS integer LANGUAGE sql STABLE
            SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
            SELECT coalesce((SELECT reads_version FROM hub.accounts
                             WHERE role = session_user), 0) $$;
        -- Whether the logged-in station reads everything (headquarters always does).
        CREATE FUNCTION hub.reads_all() RETURNS boolean LANGUAGE sql STABLE
            SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
            SELECT coalesce((SELECT reads IS NULL OR headquarters FROM hub.accounts
                             WHERE role = session_user), false) $$;
        -- The stations whose changes the logged-in station reads: its own, and those of
        -- the agencies it reads (its own agency included).
        CREATE FUNCTION hub.readable_stations() RETURNS SETOF text LANGUAGE sql STABLE
            SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
            SELECT w.station FROM hub.accounts me
            JOIN hub.accounts w ON w.agency = me.agency OR w.agency = ANY (me.reads)
            WHERE me.role = session_user AND w.station IS NOT NULL $$;
        GRANT EXECUTE ON FUNCTION hub.my_reads() TO {stations}, {hq};
        DROP POLICY read_changes ON hub.changes;
        CREATE POLICY read_changes ON hub.changes FOR SELECT TO {stations}, {hq}
            USING ((SELECT hub.reads_all()) OR station IN (SELECT hub.readable_stations()));
        DROP POLICY read_publications ON hub.publications;
        CREATE POLICY read_publications ON hub.publications FOR SELECT TO {stations}, {hq}
            USING ((SELECT hub.reads_all()) OR station IN (SELECT hub.readable_stations()));
        """
        + derived,
        roles,
    )


def set_reads(conn: Conn, name: str, reads: list[str] | None) -> str:
    """Change what the account of station ``name`` (or its role) reads: ``None`` for
    everything. Returns the role. Its next pull starts from the beginning.

    Raises:
        HubError: no such account.
    """
    with conn.transaction():
        row = conn.execute(
            "UPDATE hub.accounts SET reads = %s, reads_version = reads_version + 1 "
            "WHERE name = %s OR role = %s RETURNING role",
            [reads, name, name],
        ).fetchone()
        if row is None:
            raise HubError(NO_SUCH_ACCOUNT(name=name))
    return str(row[0])
