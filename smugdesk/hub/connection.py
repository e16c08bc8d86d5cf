"""Reaching the hub: where it is, with no password on a command line or in a log, and
its failures told apart by their SQLSTATE codes.

``--hub`` takes either a libpq URL (``postgresql://role@host:5432/smugdesk?sslmode=
verify-full``) whose password comes from where libpq looks for one (a ``passfile``
named in the URL, ``PGPASSFILE``, ``~/.pgpass``, or ``PGPASSWORD`` in the
environment), or the path of a connection file that ``smugdesk hub add-station``
wrote: a libpq service file with one ``[smugdesk]`` section, password included,
readable by its owner only (``PGSERVICEFILE=FILE psql service=smugdesk`` opens it
too). A URL holding a password is refused: it would show in the process list and the
shell's history.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import psycopg
from psycopg import sql

from smugdesk.domain.words import words
from smugdesk.store import StoreError


class HubError(StoreError):
    """The hub cannot be used as asked: the message says why."""


class HubUnreachable(HubError):
    """The hub is away (network, server down, login refused); nothing changed."""


NOT_A_HUB = words(
    "hub.not_a_hub",
    "--hub {hub}: give a postgresql:// URL or the connection file that 'smugdesk hub "
    "add-station' wrote",
)
PASSWORD_IN_URL = words(
    "hub.password_in_url",
    "--hub: a password does not belong in a URL (it shows in the process list and the "
    "shell's history); use the connection file, a passfile= in the URL, PGPASSFILE or "
    "~/.pgpass",
)
BAD_FILE = words("hub.bad_file", "{file} is not a smugdesk hub connection file ({why})")
WHY_SECTION = words("hub.why_section", "it has no [smugdesk] section")
WHY_KEY = words("hub.why_key", "it sets {key}, which is not a connection setting")
WHY_OPEN = words(
    "hub.why_open",
    "other users may read it, and it holds a password: make it readable by its owner only",
)
UNREACHABLE = words("hub.unreachable", "could not connect to the hub at {hub}: {why}")

# The libpq settings a connection file may hold.
SETTINGS = frozenset(
    {
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "password",
        "passfile",
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "sslcrl",
        "connect_timeout",
        "target_session_attrs",
    }
)
SECTION = "smugdesk"
CONNECT_TIMEOUT = "10"


@dataclass(frozen=True, slots=True)
class Target:
    """Where a hub is: libpq settings (a URL's, or a connection file's)."""

    url: str = ""  # a libpq URL without a password
    settings: dict[str, str] = field(default_factory=dict)

    def conninfo(self) -> str:
        extra = {"application_name": "smugdesk"}
        if "connect_timeout" not in self.settings and "connect_timeout=" not in self.url:
            extra["connect_timeout"] = CONNECT_TIMEOUT
        return psycopg.conninfo.make_conninfo(self.url, **self.settings, **extra)

    def shown(self) -> str:
        """Where it is, as messages say it (never its password)."""
        info = psycopg.conninfo.conninfo_to_dict(self.conninfo())
        host = str(info.get("host") or "localhost")
        port = f":{info['port']}" if info.get("port") else ""
        return f"{info.get('user', '')}@{host}{port}/{info.get('dbname', '')}".lstrip("@")


def target(spec: str) -> Target:
    """What ``--hub`` names.

    Raises:
        HubError: a URL with a password, a file that is not a connection file or that
            others may read, or neither a URL nor a file.
    """
    if spec.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(spec)
        if parts.password is not None or any(k == "password" for k, _v in parse_qsl(parts.query)):
            raise HubError(PASSWORD_IN_URL())
        return Target(url=spec)
    path = Path(spec).expanduser()
    if not path.is_file():
        raise HubError(NOT_A_HUB(hub=spec))
    return Target(settings=read_connection_file(path))


def read_connection_file(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(path.read_text(encoding="utf-8"))
    except (configparser.Error, UnicodeDecodeError):
        raise HubError(BAD_FILE(file=str(path), why=WHY_SECTION())) from None
    if not parser.has_section(SECTION):
        raise HubError(BAD_FILE(file=str(path), why=WHY_SECTION()))
    settings = dict(parser.items(SECTION))
    for key in settings:
        if key not in SETTINGS:
            raise HubError(BAD_FILE(file=str(path), why=WHY_KEY(key=key)))
    private = os.name != "posix" or not path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    if "password" in settings and not private:
        raise HubError(BAD_FILE(file=str(path), why=WHY_OPEN()))
    return settings


def write_connection_file(path: Path, settings: dict[str, str], comment: str) -> None:
    """Write a connection file readable by its owner only; an existing file is never
    overwritten (it may be another station's)."""
    body = "".join(f"# {line}\n" for line in comment.splitlines())
    body += f"[{SECTION}]\n" + "".join(f"{k}={v}\n" for k, v in settings.items())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(body)
        f.flush()
        os.fsync(f.fileno())


def connect(where: Target) -> psycopg.Connection[Any]:
    """A connection to the hub, in the hub's schema.

    Raises:
        HubUnreachable: the server is away or refused the login (libpq says which).
    """
    try:
        conn = psycopg.connect(where.conninfo())
    except psycopg.OperationalError as exc:  # libpq's own words say why (no SQLSTATE here)
        why = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise HubUnreachable(UNREACHABLE(hub=where.shown(), why=why)) from None
    conn.execute(sql.SQL("SET search_path = hub, pg_catalog"))
    conn.commit()
    return conn


LOST = words(
    "hub.lost",
    "the connection to the hub at {hub} was lost ({why}); nothing was half-done: sync again",
)
REFUSED = words(
    "hub.refused",
    "the hub refused: {why} (its roles decide what each station may do)",
)
FAILED = words("hub.failed", "the hub failed: {why}; nothing was half-done")
NO_ACCOUNT = words(
    "hub.no_account",
    "{user} has no smugdesk account on this hub: an administrator makes one with "
    "smugdesk hub add-station",
)
OTHER_ACCOUNT = words(
    "hub.other_account",
    "this station already has another account on the hub; use that account's connection file",
)
OTHER_STATION = words(
    "hub.other_station",
    "this hub account belongs to station {station}, not to this database (a copy of "
    "another station's database is a station of its own and needs its own account)",
)
OTHER_KEY = words(
    "hub.other_key",
    "the hub knows this station by another signing key: an administrator must check "
    "which database is the station's",
)


@contextlib.contextmanager
def hub_errors(where: Target) -> Iterator[None]:
    """Turn the hub's expected failures into HubErrors, told apart by SQLSTATE."""
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise HubError(REFUSED(why=exc.diag.message_primary or str(exc))) from None
    except psycopg.Error as exc:
        state = exc.sqlstate or ""
        if state == "SMD01":
            raise HubError(NO_ACCOUNT(user=where.shown().split("@")[0])) from None
        if state == "SMD02":
            raise HubError(OTHER_ACCOUNT()) from None
        if state == "SMD03":
            raise HubError(OTHER_STATION(station=exc.diag.message_detail or "")) from None
        if state == "SMD04":
            raise HubError(OTHER_KEY()) from None
        if (
            isinstance(exc, psycopg.OperationalError)
            or state.startswith("08")
            or (
                state.startswith("57P")  # the server shut down or the backend was terminated
            )
        ):
            why = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise HubUnreachable(LOST(hub=where.shown(), why=why)) from None
        raise HubError(FAILED(why=exc.diag.message_primary or str(exc))) from None
