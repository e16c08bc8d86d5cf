"""packaging/hub: the set-up script IT runs makes an owner that is no superuser, and
that owner can create the hub and its stations' accounts, which then sync."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
from psycopg import sql

from smugdesk.hub.accounts import add_station
from smugdesk.hub.connection import connect, target
from smugdesk.hub.schema import initialise
from smugdesk.hub.sync import sync
from smugdesk.store import Actor, open_store
from tests.conftest import TODAY, make_catch
from tests.hub import server as pg

HUB = Path(__file__).resolve().parents[2] / "packaging" / "hub"


def test_the_setup_script_makes_an_owner_who_runs_the_hub(pg_server, tmp_path):
    psql = pg._bin_dir() / "psql"
    done = subprocess.run(
        [
            str(psql),
            "-X",
            "-v",
            "ON_ERROR_STOP=1",
            "-q",
            "-f",
            str(HUB / "setup.sql"),
            pg_server.url(),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    try:
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            verifier = conn.pgconn.encrypt_password(b"owner-secret", b"smugdesk_owner")
            conn.execute(
                sql.SQL("ALTER ROLE smugdesk_owner PASSWORD {}").format(
                    sql.Literal(verifier.decode())
                )
            )
        passfile = tmp_path / "pgpass"
        passfile.write_text("*:*:*:smugdesk_owner:owner-secret\n")
        passfile.chmod(0o600)
        owner = target(
            f"postgresql://smugdesk_owner@/smugdesk?host={pg_server.socket_dir}"
            f"&port={pg_server.port}&passfile={passfile}"
        )
        with connect(owner) as conn:
            assert not conn.execute(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
            ).fetchone()[0]
            assert initialise(conn)
            add_station(conn, owner, "GZ Border 07", "GD-PSD", tmp_path / "gz.smughub")
        with open_store(tmp_path / "gz.sqlite", Actor("u", "ws")) as store:
            store.save(make_catch("CT-1"), today=TODAY)
            file = str(tmp_path / "gz.smughub")
            assert sync(store, target(file), file).pushed > 0
    finally:
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS smugdesk WITH (FORCE)")
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE 'smugdesk\\_%' "
                "ORDER BY rolname = 'smugdesk_owner'"
            ).fetchall():
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_the_compose_file_runs_the_official_image_with_tls_and_archiving():
    text = (HUB / "compose.yaml").read_text()
    for needed in ("image: postgres:", "ssl=on", "archive_mode=on", "POSTGRES_PASSWORD_FILE"):
        assert needed in text
    readme = (HUB / "README.md").read_text()
    assert "pg_dump" in readme and "pg_basebackup" in readme
