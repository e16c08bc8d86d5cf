"""What the hub keeps of what is done with its figures: each report made from it (who,
from which workstation, of what period, to which files), and each time its audit was
written to a workbook, as a station's database keeps its own in its audit.

Kept by the database itself: the table is append-only for everyone, each account may
add entries only in its own name (the role and the time are the server's, never
given), and reads only its own entries; headquarters reads them all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from psycopg.types.json import Jsonb

from smugdesk.hub.schema import Conn, Roles, _run, migration
from smugdesk.store.audit import AuditFilter, Entry


@migration("0005_audit")
def _audit(conn: Conn, roles: Roles) -> None:
    _run(
        conn,
        """
        CREATE TABLE hub.audit (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            role name NOT NULL DEFAULT session_user,
            workstation text NOT NULL,
            "user" text NOT NULL,
            action text NOT NULL CHECK (action IN ('report')),
            detail jsonb NOT NULL
        );
        CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
            ON hub.audit FOR EACH STATEMENT EXECUTE FUNCTION hub.append_only();
        ALTER TABLE hub.audit ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_entries ON hub.audit FOR INSERT TO {stations}, {hq}
            WITH CHECK (role = session_user);
        CREATE POLICY read_own ON hub.audit FOR SELECT TO {stations}
            USING (role = session_user);
        CREATE POLICY read_all ON hub.audit FOR SELECT TO {hq} USING (true);
        GRANT SELECT ON hub.audit TO {stations}, {hq};
        GRANT INSERT (workstation, "user", action, detail) ON hub.audit TO {stations}, {hq};
        """,
        roles,
    )


@migration("0006_audit_export")
def _audit_export(conn: Conn, roles: Roles) -> None:
    """Writing the hub's audit to a workbook is kept in it too."""
    _run(
        conn,
        """
        ALTER TABLE hub.audit DROP CONSTRAINT audit_action_check;
        ALTER TABLE hub.audit ADD CONSTRAINT audit_action_check
            CHECK (action IN ('report', 'audit_export'));
        """,
        roles,
    )


def note(conn: Conn, action: str, detail: dict[str, Any], user: str, workstation: str) -> None:
    """Keep what was done (in the transaction of the work: it is kept only if that is)."""
    conn.execute(
        'INSERT INTO hub.audit (workstation, "user", action, detail) VALUES (%s, %s, %s, %s)',
        [workstation, user, action, Jsonb(detail)],
    )


def entries(conn: Conn, which: AuditFilter) -> list[Entry]:
    """The entries this account may read (its own; headquarters all), newest first, as
    a station's audit gives them; the account (the hub role) leads each one's detail.
    ``which.records`` does not apply: the hub keeps no record's history here."""
    where: list[str] = ["true"]
    params: list[object] = []
    if which.start:
        where.append("(at AT TIME ZONE 'UTC')::date >= %s")  # UTC days, as at a station
        params.append(which.start)
    if which.end:
        where.append("(at AT TIME ZONE 'UTC')::date <= %s")
        params.append(which.end)
    if which.user:
        where.append('lower("user") = lower(%s)')
        params.append(which.user)
    if which.action:
        where.append("action = %s")
        params.append(which.action)
    rows = conn.execute(
        'SELECT id, at, role, "user", workstation, action, detail FROM hub.audit '
        f"WHERE {' AND '.join(where)} ORDER BY id DESC",
        params,
    )
    return [
        Entry(
            id,
            at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
            user,
            workstation,
            action,
            "",
            "",
            None,
            None,
            {"account": role, **detail},
            "",
        )
        for id, at, role, user, workstation, action, detail in rows
    ]
