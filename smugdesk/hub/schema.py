"""The hub's schema in PostgreSQL, built and changed only by named migrations (as the
local store's is), each in its own transaction and recorded in ``hub.migrations``.

The change log (``hub.changes``) is append-only: unique on (station, origin_seq), no
UPDATE, DELETE or TRUNCATE granted to anyone, and a trigger refusing them for the
owner too. Each station logs in as a role of its own, a member of the hub's stations
group; row-level security lets it add changes and publications in its own station's
name only, whatever program it runs. Headquarters' roles (the hq group) may add any
station's changes (the bundles of air-gapped stations) and read everything. The roles
are the cluster's, so they are named after the database: ``<db>_station``,
``<db>_hq`` and ``<db>_st_<station name>``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from smugdesk.domain.words import words
from smugdesk.hub.connection import HubError, Target, connect, hub_errors

Conn = psycopg.Connection[Any]

NOT_OWNER = words(
    "hub.not_owner",
    "only the hub database's owner (or a superuser) may create or upgrade its schema; "
    "{user} is neither",
)
NEWER_HUB = words(
    "hub.newer",
    "the hub's schema was made by a newer smugdesk (it has {name}); update smugdesk",
)
NOT_INITIALISED = words(
    "hub.not_initialised",
    "the database at {hub} is not an up-to-date smugdesk hub: smugdesk hub init",
)
BAD_DB_NAME = words(
    "hub.bad_db_name",
    "the hub database's name {name!r} cannot name its roles: use lower-case letters, "
    "digits and _ (at most 40)",
)


@dataclass(frozen=True, slots=True)
class Roles:
    """The group roles of one hub database."""

    prefix: str

    @property
    def stations(self) -> str:
        return f"{self.prefix}_station"

    @property
    def hq(self) -> str:
        return f"{self.prefix}_hq"

    def login(self, slug: str) -> str:
        return f"{self.prefix}_st_{slug}"  # never one of the groups' names


# Taken by every write to the change log and by settling: a pull's cursor never passes a
# change that commits late, and nothing settles between reading and flagging records.
INGEST_LOCK = "SELECT pg_advisory_xact_lock(hashtext('smugdesk hub ingest'))"

Migration = Callable[[Conn, Roles], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(name: str) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        MIGRATIONS.append((name, fn))
        return fn

    return register


def _run(conn: Conn, statements: str, roles: Roles) -> None:
    text = statements.replace("{stations}", f'"{roles.stations}"').replace("{hq}", f'"{roles.hq}"')
    conn.execute(text.encode())  # several statements: sent as one simple query


@migration("0001_change_log")
def _change_log(conn: Conn, roles: Roles) -> None:
    for role in (roles.stations, roles.hq):
        found = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone()
        if found is None:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    conn.execute(
        sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}, {}").format(
            sql.Identifier(dbname(conn)), sql.Identifier(roles.stations), sql.Identifier(roles.hq)
        )
    )
    _run(
        conn,
        """
        CREATE TABLE hub.accounts (
            role name PRIMARY KEY,
            name text NOT NULL,
            agency text NOT NULL,
            headquarters boolean NOT NULL DEFAULT false,
            station text UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now(),
            created_by name NOT NULL DEFAULT session_user,
            seen_at timestamptz
        );
        CREATE TABLE hub.stations (
            uuid text PRIMARY KEY,
            name text NOT NULL DEFAULT '',
            public_key bytea,
            held bigint NOT NULL DEFAULT 0
        );
        CREATE TABLE hub.changes (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            station text NOT NULL,
            origin_seq bigint NOT NULL CHECK (origin_seq > 0),
            kind text NOT NULL CHECK (kind IN ('agency', 'case', 'catch', 'bust')),
            record text NOT NULL,
            fields text NOT NULL,
            ctx text NOT NULL,
            hlc bigint NOT NULL,
            wall text NOT NULL,
            "user" text NOT NULL,
            workstation text NOT NULL,
            hash text NOT NULL,
            pushed_by name NOT NULL DEFAULT session_user,
            received_at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (station, origin_seq)
        );
        CREATE INDEX changes_record ON hub.changes (record);
        CREATE TABLE hub.publications (
            uuid text PRIMARY KEY,
            station text NOT NULL,
            published_at text NOT NULL,
            published_by text NOT NULL,
            spec text NOT NULL,
            figures text NOT NULL,
            sha256 text NOT NULL,
            pdf_sha256 text NOT NULL,
            xlsx_sha256 text NOT NULL,
            basis text NOT NULL,
            pushed_by name NOT NULL DEFAULT session_user,
            received_at timestamptz NOT NULL DEFAULT now()
        );

        -- The station the logged-in role is (NULL until its first sync claims one).
        CREATE FUNCTION hub.my_station() RETURNS text LANGUAGE sql STABLE
            SECURITY DEFINER SET search_path = pg_catalog, hub
            AS $$ SELECT station FROM hub.accounts WHERE role = session_user $$;

        -- A station's first sync binds its account to its station id; later ones must
        -- come from the same station (a copy of its database is another station).
        CREATE FUNCTION hub.claim(p_station text, p_name text, p_key bytea) RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
        DECLARE
            a hub.accounts;
            k bytea;
        BEGIN
            SELECT * INTO a FROM hub.accounts WHERE role = session_user FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no smugdesk account for role %', session_user
                    USING ERRCODE = 'SMD01';
            END IF;
            IF a.station IS NULL THEN
                IF EXISTS (SELECT 1 FROM hub.accounts WHERE station = p_station) THEN
                    RAISE EXCEPTION 'station % has another account', p_station
                        USING ERRCODE = 'SMD02';
                END IF;
                UPDATE hub.accounts SET station = p_station WHERE role = session_user;
            ELSIF a.station <> p_station THEN
                RAISE EXCEPTION 'account % belongs to station %', session_user, a.station
                    USING ERRCODE = 'SMD03', DETAIL = a.station;
            END IF;
            SELECT public_key INTO k FROM hub.stations WHERE uuid = p_station;
            IF k IS NOT NULL AND k <> p_key THEN
                RAISE EXCEPTION 'station % signs with another key', p_station
                    USING ERRCODE = 'SMD04';
            END IF;
            INSERT INTO hub.stations (uuid, name, public_key) VALUES (p_station, p_name, p_key)
                ON CONFLICT (uuid) DO UPDATE SET name = excluded.name,
                public_key = excluded.public_key;
            UPDATE hub.accounts SET seen_at = now() WHERE role = session_user;
            RETURN a.agency;
        END $$;

        -- Each station's contiguous mark over the changes the hub holds.
        CREATE FUNCTION hub.advance_held() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
        BEGIN
            INSERT INTO hub.stations (uuid) SELECT DISTINCT station FROM added
                ON CONFLICT DO NOTHING;
            UPDATE hub.stations s SET held = (
                SELECT min(c.origin_seq) FROM hub.changes c
                WHERE c.station = s.uuid AND c.origin_seq > s.held AND NOT EXISTS (
                    SELECT 1 FROM hub.changes d
                    WHERE d.station = c.station AND d.origin_seq = c.origin_seq + 1))
            WHERE s.uuid IN (SELECT DISTINCT station FROM added) AND EXISTS (
                SELECT 1 FROM hub.changes c WHERE c.station = s.uuid
                AND c.origin_seq = s.held + 1);
            RETURN NULL;
        END $$;
        CREATE TRIGGER changes_held AFTER INSERT ON hub.changes
            REFERENCING NEW TABLE AS added FOR EACH STATEMENT
            EXECUTE FUNCTION hub.advance_held();

        CREATE FUNCTION hub.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'hub.% is append-only', TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER changes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
            ON hub.changes FOR EACH STATEMENT EXECUTE FUNCTION hub.append_only();
        CREATE TRIGGER publications_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
            ON hub.publications FOR EACH STATEMENT EXECUTE FUNCTION hub.append_only();

        ALTER TABLE hub.changes ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_changes ON hub.changes FOR INSERT TO {stations}
            WITH CHECK (station = (SELECT hub.my_station()));
        CREATE POLICY any_changes ON hub.changes FOR INSERT TO {hq} WITH CHECK (true);
        CREATE POLICY read_changes ON hub.changes FOR SELECT TO {stations}, {hq}
            USING (true);
        ALTER TABLE hub.publications ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_publications ON hub.publications FOR INSERT TO {stations}
            WITH CHECK (station = (SELECT hub.my_station()));
        CREATE POLICY any_publications ON hub.publications FOR INSERT TO {hq}
            WITH CHECK (true);
        CREATE POLICY read_publications ON hub.publications FOR SELECT TO {stations}, {hq}
            USING (true);

        REVOKE ALL ON ALL TABLES IN SCHEMA hub FROM PUBLIC;
        REVOKE ALL ON FUNCTION hub.claim(text, text, bytea) FROM PUBLIC;
        GRANT USAGE ON SCHEMA hub TO {stations}, {hq};
        GRANT SELECT, INSERT ON hub.changes, hub.publications TO {stations}, {hq};
        GRANT SELECT ON hub.stations TO {stations}, {hq};
        GRANT INSERT, UPDATE (name, public_key) ON hub.stations TO {hq};
        GRANT SELECT ON hub.accounts TO {hq};
        GRANT SELECT ON hub.meta, hub.migrations TO {stations}, {hq};
        GRANT EXECUTE ON FUNCTION hub.claim(text, text, bytea) TO {stations}, {hq};
        """,
        roles,
    )


def role_prefix(dbname: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", dbname):
        raise HubError(BAD_DB_NAME(name=dbname))
    return dbname


def roles_of(conn: Conn) -> Roles:
    """The roles of the hub ``conn`` is connected to."""
    row = conn.execute("SELECT role_prefix FROM hub.meta").fetchone()
    return Roles(str(row[0])) if row else Roles(role_prefix(dbname(conn)))


def one(conn: Conn, query: str, params: Sequence[object] = ()) -> Any:
    """The single value ``query`` gives (it always gives one row)."""
    row = conn.execute(query.encode(), params).fetchone()
    assert row is not None, query
    return row[0]


def dbname(conn: Conn) -> str:
    return str(one(conn, "SELECT current_database()"))


def initialise(conn: Conn) -> list[str]:
    """Create the hub's schema or bring it up to date; returns the migrations applied.

    Raises:
        HubError: the role is not the database's owner, or the schema is newer.
    """
    user, owner, superuser = conn.execute(
        "SELECT session_user, pg_get_userbyid(d.datdba), r.rolsuper FROM pg_database d, "
        "pg_roles r WHERE d.datname = current_database() AND r.rolname = session_user"
    ).fetchone() or ("", "", False)
    if user != owner and not superuser:
        raise HubError(NOT_OWNER(user=user))
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('smugdesk hub schema'))")
        conn.execute(
            b"CREATE SCHEMA IF NOT EXISTS hub; "
            b"CREATE TABLE IF NOT EXISTS hub.migrations (name text PRIMARY KEY, "
            b"applied_at timestamptz NOT NULL DEFAULT now()); "
            b"CREATE TABLE IF NOT EXISTS hub.meta (one boolean PRIMARY KEY DEFAULT true "
            b"CHECK (one), id uuid NOT NULL DEFAULT gen_random_uuid(), role_prefix text NOT "
            b"NULL, created_at timestamptz NOT NULL DEFAULT now())"
        )
        if conn.execute("SELECT 1 FROM hub.meta").fetchone() is None:
            conn.execute(
                "INSERT INTO hub.meta (role_prefix) VALUES (%s)", [role_prefix(dbname(conn))]
            )
        done = {str(n) for (n,) in conn.execute("SELECT name FROM hub.migrations")}
    known = {name for name, _fn in MIGRATIONS}
    newer = sorted(done - known)
    if newer:
        raise HubError(NEWER_HUB(name=newer[-1]))
    roles = roles_of(conn)
    applied = []
    for name, fn in sorted(MIGRATIONS, key=lambda m: m[0]):
        if name in done:
            continue
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('smugdesk hub schema'))")
            if conn.execute("SELECT 1 FROM hub.migrations WHERE name = %s", [name]).fetchone():
                continue
            fn(conn, roles)
            conn.execute("INSERT INTO hub.migrations (name) VALUES (%s)", [name])
        applied.append(name)
    return applied


def check_current(conn: Conn, shown: str) -> str:
    """The hub's id, once it is known to be a hub this smugdesk knows.

    Raises:
        HubError: not a hub yet, or a newer one.
    """
    found = conn.execute("SELECT to_regclass('hub.meta') IS NOT NULL").fetchone()
    if not found or not found[0]:
        raise HubError(NOT_INITIALISED(hub=shown))
    done = {str(n) for (n,) in conn.execute("SELECT name FROM hub.migrations")}
    newer = done - {name for name, _fn in MIGRATIONS}
    if newer:
        raise HubError(NEWER_HUB(name=sorted(newer)[-1]))
    if len(done) < len(MIGRATIONS):
        raise HubError(NOT_INITIALISED(hub=shown))
    hub_id = str(one(conn, "SELECT id FROM hub.meta"))
    conn.commit()
    return hub_id


@contextlib.contextmanager
def hub_session(where: Target) -> Iterator[tuple[Conn, str]]:
    """A connection to a hub this smugdesk knows, and the hub's id; its expected
    failures become HubErrors.

    Raises:
        HubUnreachable: the hub is away.
        HubError: not a hub yet, a newer one, or a refusal.
    """
    with connect(where) as conn, hub_errors(where):
        yield conn, check_current(conn, where.shown())
