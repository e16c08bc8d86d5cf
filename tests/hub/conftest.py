"""A real PostgreSQL for the hub's tests: one throwaway server for the session (see
server.py), a fresh hub database for each test, and its roles dropped after it.

Where no server can be started the tests are skipped, saying why; on CI (``CI`` set)
they fail instead (``SMUGDESK_REQUIRE_PG``, set by ``.ci/run``, or ``CI``), since
CI installs PostgreSQL and must run them."""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from smugdesk.hub.accounts import add_station
from smugdesk.hub.connection import Target, connect, target
from smugdesk.hub.schema import initialise
from smugdesk.store import Actor, open_store
from tests.hub import server as pg

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    try:
        found = pg.start()
    except pg.NoServer as exc:
        if os.environ.get("SMUGDESK_REQUIRE_PG") or os.environ.get("CI"):
            pytest.fail(f"CI must run the hub's tests: {exc}")
        pytest.skip(f"no PostgreSQL server can be started here: {exc}")
    yield found
    pg.stop(found)


@dataclass
class Hub:
    server: pg.Server
    dbname: str
    folder: Path

    @property
    def url(self) -> str:
        """The owner's URL (the superuser's here), no password in it."""
        return self.server.url(self.dbname)

    def owner(self) -> Target:
        return target(self.url)

    def add(self, name: str, agency: str = "GD-PSD", headquarters: bool = False) -> Path:
        """A station's account; returns its connection file."""
        out = self.folder / f"{name}.smughub"
        with connect(self.owner()) as conn:
            add_station(conn, self.owner(), name, agency, out, headquarters)
        return out

    def sql(self, query: str, params=()):
        with psycopg.connect(self.url, autocommit=True) as conn:
            cur = conn.execute(query, params)
            return cur.fetchall() if cur.description else None


@pytest.fixture
def hub(pg_server, tmp_path):
    """A new, initialised hub database."""
    name = f"hub{next(_numbers)}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    made = Hub(pg_server, name, tmp_path)
    with connect(made.owner()) as conn:
        initialise(conn)
    yield made
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        roles = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", [f"{name}\\_%"]
        ).fetchall()
        for (role,) in roles:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@pytest.fixture
def stations(hub, tmp_path):
    """Two stations and headquarters, each with its account and database."""
    names = ("gz", "hk", "hq")
    files = [hub.add(n, "HKPF" if n == "hk" else "GD-PSD", n == "hq") for n in names]
    stores = [open_store(tmp_path / f"{n}.sqlite", Actor(f"u-{n}", f"ws-{n}")) for n in names]
    yield list(zip(stores, files, strict=True))
    for s in stores:
        s.close()
