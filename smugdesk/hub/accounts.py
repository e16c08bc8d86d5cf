"""The hub's accounts: a PostgreSQL role per station (or per headquarters desk), made
by the hub database's owner, its password written to a connection file only the
station's user can read. The password travels to the server as a SCRAM verifier
computed here, so not even the server's statement log sees it."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from smugdesk.domain.records import Invalid, Problem
from smugdesk.domain.words import render, words
from smugdesk.hub.connection import HubError, Target, write_connection_file
from smugdesk.hub.schema import Conn, roles_of

NAME_EMPTY = words("hub.name_empty", "is empty: give the station a name")
NAME_LETTERS = words(
    "hub.name_letters", "needs at least one letter or digit (it names the station's role)"
)
AGENCY_BAD = words("hub.agency_bad", "{code!r} is not an agency code (no spaces, at most 20)")
TAKEN = words("hub.taken", "the hub already has an account {role} (station {name})")
FILE_EXISTS = words(
    "hub.file_exists", "{file} exists already; it may be another station's: choose another --out"
)
COMMENT = words(
    "hub.connection_comment",
    "smugdesk hub connection for station {name} (agency {agency}), role {role}.\n"
    "It holds the password: keep it readable by its owner only.\n"
    "Use it as: smugdesk sync --hub {file}",
)


@dataclass(frozen=True, slots=True)
class Account:
    role: str
    name: str
    agency: str
    headquarters: bool
    station: str  # the station id its first sync claimed, or ''
    seen_at: str  # its last sync, or ''


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")[:20]


def add_station(
    conn: Conn,
    where: Target,
    name: str,
    agency: str,
    out: Path,
    headquarters: bool = False,
    reads: list[str] | None = None,
) -> Account:
    """Create a station's role and write its connection file to ``out``.

    Raises:
        Invalid: a bad name or agency code.
        HubError: the account or the file exists.
    """
    name, agency = name.strip(), agency.strip()
    problems = []
    if not name:
        problems.append(Problem("name", NAME_EMPTY()))
    elif not slug(name):
        problems.append(Problem("name", NAME_LETTERS()))
    if not agency or len(agency) > 20 or any(c.isspace() for c in agency):
        problems.append(Problem("agency", AGENCY_BAD(code=agency)))
    for code in reads or ():
        if not code or len(code) > 20 or any(c.isspace() for c in code):
            problems.append(Problem("reads", AGENCY_BAD(code=code)))
    if problems:
        raise Invalid(problems)
    roles = roles_of(conn)
    role = roles.login(slug(name))
    if out.exists():
        raise HubError(FILE_EXISTS(file=str(out)))
    existing = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone()
    if existing is not None:
        raise HubError(TAKEN(role=role, name=name))
    password = secrets.token_urlsafe(32)
    verifier = conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    group = roles.hq if headquarters else roles.stations
    with conn.transaction():
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(role), sql.Literal(verifier.decode()), sql.Identifier(group)
            )
        )
        conn.execute(
            "INSERT INTO hub.accounts (role, name, agency, headquarters, reads) "
            "VALUES (%s, %s, %s, %s, %s)",
            [role, name, agency, headquarters, None if reads is None else list(reads)],
        )
        info = psycopg.conninfo.conninfo_to_dict(where.conninfo())
        settings = {k: str(info[k]) for k in ("host", "port", "dbname") if info.get(k)}
        settings.update({k: str(v) for k, v in info.items() if str(k).startswith("ssl")})
        settings.update(user=role, password=password)
        comment = COMMENT(name=name, agency=agency, role=role, file=str(out))
        write_connection_file(out, settings, render(comment, "en"))
        try:
            conn.execute("SELECT 1")  # the file is written: only the commit is left
        except BaseException:
            out.unlink(missing_ok=True)
            raise
    return Account(role, name, agency, headquarters, "", "")


def accounts(conn: Conn) -> list[Account]:
    rows = conn.execute(
        "SELECT role, name, agency, headquarters, coalesce(station, ''), "
        "coalesce(to_char(seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '') "
        "FROM hub.accounts ORDER BY name"
    ).fetchall()
    return [Account(*r) for r in rows]
