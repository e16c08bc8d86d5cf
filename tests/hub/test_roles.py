"""Who may do what on the hub, decided by PostgreSQL itself: each station writes only in
its own name, nobody rewrites the log, headquarters merges other stations' bundles;
and no password travels on a command line."""

from __future__ import annotations

import contextlib
import os
import shutil

import psycopg
import pytest

from smugdesk.hub.accounts import accounts, add_station
from smugdesk.hub.connection import HubError, HubUnreachable, connect, target
from smugdesk.hub.merged import conflicts as hub_conflicts
from smugdesk.hub.reads import set_reads
from smugdesk.hub.schema import initialise
from smugdesk.hub.sync import ingest, merge_bundle, sync
from smugdesk.store import Actor, engine, open_store
from smugdesk.store.bundles import BundleRefused, write_bundle
from tests.conftest import TODAY, make_catch


def _station(tmp_path, name):
    return open_store(tmp_path / f"{name}.sqlite", Actor(f"u-{name}", f"ws-{name}"))


def _sync(store, file):
    return sync(store, target(str(file)), str(file))


def _change(station, seq=1):
    return (station, seq, "catch", "rec", "{}", "{}", 1, "2026-01-01T00:00:00Z", "u", "w", "h")


def test_a_station_cannot_write_in_another_stations_name(hub, tmp_path):
    gz_file, hk_file = hub.add("gz"), hub.add("hk", "HKPF")
    gz, hk = _station(tmp_path, "gz"), _station(tmp_path, "hk")
    try:
        _sync(gz, gz_file)
        _sync(hk, hk_file)
        other = gz.changes.station().uuid
        with connect(target(str(hk_file))) as conn:
            refused = pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level")
            with refused, conn.transaction():
                ingest(conn, [_change(other, 10_000)])
            for statement in (
                "UPDATE hub.changes SET fields = '{}'",
                "DELETE FROM hub.changes",
                "TRUNCATE hub.changes",
                "UPDATE hub.stations SET held = 0",
                "INSERT INTO hub.publications (uuid, station, published_at, published_by, spec, "
                "figures, sha256, pdf_sha256, xlsx_sha256, basis) VALUES "
                f"('p', '{other}', '', '', '', '', '', '', '', '')",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                    conn.execute(statement)
        # Not even the owner rewrites the log unseen.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            hub.sql("DELETE FROM hub.changes")
    finally:
        gz.close()
        hk.close()


def test_a_copy_of_a_stations_database_is_refused_its_account(hub, tmp_path):
    gz_file = hub.add("gz")
    gz = _station(tmp_path, "gz")
    gz.save(make_catch("CT-1"), today=TODAY)
    _sync(gz, gz_file)
    gz.close()
    shutil.copy(tmp_path / "gz.sqlite", tmp_path / "copy.sqlite")
    copy = _station(tmp_path, "copy")  # a copy becomes a station of its own
    try:
        with pytest.raises(HubError, match="belongs to station"):
            _sync(copy, gz_file)
    finally:
        copy.close()


def test_headquarters_merges_bundles_into_the_hub_and_stations_may_not(hub, tmp_path):
    hq_file, gz_file = hub.add("hq", headquarters=True), hub.add("gz")
    remote = _station(tmp_path, "remote")  # an air-gapped station
    remote.save(make_catch("CT-AIR-1", place="Ruili"), today=TODAY)
    bundle = write_bundle(remote, tmp_path / "remote.smugbundle").path
    remote.close()
    with connect(target(str(gz_file))) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        merge_bundle(conn, bundle)
    with connect(target(str(hq_file))) as conn:
        first = merge_bundle(conn, bundle)
        assert first.added > 0
        assert merge_bundle(conn, bundle).added == 0  # again: nothing twice
    gz = _station(tmp_path, "gz")
    try:
        _sync(gz, gz_file)
        assert gz.find("catch", ["CT-AIR-1"])["ct-air-1"].record.place == "Ruili"
    finally:
        gz.close()
    # A bundle that fails its checks is refused whole.
    broken = tmp_path / "broken.smugbundle"
    shutil.copy(bundle, broken)
    with contextlib.closing(engine.connect(broken)) as raw:
        raw.execute("UPDATE changes SET fields = replace(fields, 'Ruili', 'Dongxing')")
        raw.commit()
    with connect(target(str(hq_file))) as conn, pytest.raises(BundleRefused):
        merge_bundle(conn, broken)


def test_only_the_owner_initialises_and_accounts_are_checked(hub, tmp_path):
    gz_file = hub.add("gz")
    with connect(target(str(gz_file))) as conn, pytest.raises(HubError, match="owner"):
        initialise(conn)
    with connect(hub.owner()) as conn:
        assert initialise(conn) == []  # up to date: nothing applied twice
        with pytest.raises(HubError, match="already has an account"):
            add_station(conn, hub.owner(), "GZ", "GD-PSD", tmp_path / "other.smughub")
        with pytest.raises(HubError, match="exists already"):
            add_station(conn, hub.owner(), "SZ", "GD-PSD", gz_file)
        assert [a.name for a in accounts(conn)] == ["gz"]
    assert gz_file.stat().st_mode & 0o777 == 0o600
    text = gz_file.read_text()
    assert "password=" in text and "[smugdesk]" in text


def test_no_password_on_a_command_line_and_plain_refusals(hub, tmp_path):
    with pytest.raises(HubError, match="password does not belong"):
        target("postgresql://u:secret@localhost/hub")
    with pytest.raises(HubError, match="password does not belong"):
        target("postgresql://u@localhost/hub?password=secret")
    gz_file = hub.add("gz")
    os.chmod(gz_file, 0o644)
    with pytest.raises(HubError, match="readable by its owner only"):
        target(str(gz_file))
    os.chmod(gz_file, 0o600)
    wrong = tmp_path / "wrong.smughub"
    wrong.write_text(gz_file.read_text().replace("password=", "password=x"))
    wrong.chmod(0o600)
    with pytest.raises(HubUnreachable, match="password authentication failed"):
        connect(target(str(wrong)))
    gone = tmp_path / "gone.smughub"
    gone.write_text("[smugdesk]\nhost=127.0.0.1\nport=1\ndbname=x\nuser=y\n")
    with pytest.raises(HubUnreachable, match="could not connect"):
        connect(target(str(gone)))
    with pytest.raises(HubError, match="not a smugdesk hub connection file"):
        target(__file__)
    with pytest.raises(HubError, match="give a postgresql:// URL"):
        target(str(tmp_path / "missing.smughub"))


def test_tls_when_the_url_asks_for_it(pg_server, hub, tmp_path):
    owner = target(pg_server.tls_url(hub.dbname))
    out = tmp_path / "tls.smughub"
    with connect(owner) as conn:
        add_station(conn, owner, "tls", "GD-PSD", out)
    assert "sslmode=require" in out.read_text()
    with connect(target(str(out))) as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[
            0
        ]
    station = _station(tmp_path, "tls")
    try:
        station.save(make_catch("CT-TLS"), today=TODAY)
        assert _sync(station, out).pushed > 0
    finally:
        station.close()


def test_a_station_reads_only_what_its_agency_may_see(hub, tmp_path):
    gz_file, sz_file = hub.add("gz", "GD-PSD"), hub.add("sz", "GD-PSD")
    hk_file = tmp_path / "hk.smughub"
    with connect(hub.owner()) as conn:
        add_station(conn, hub.owner(), "hk", "HKPF", hk_file, reads=["HKID"])
    hkid_file = hub.add("hkid", "HKID")
    stores = {n: _station(tmp_path, n) for n in ("gz", "sz", "hk", "hkid")}
    files = {"gz": gz_file, "sz": sz_file, "hk": hk_file, "hkid": hkid_file}
    try:
        for name, store in stores.items():
            store.save(make_catch(f"CT-{name.upper()}"), today=TODAY)
            _sync(store, files[name])
        for name, store in stores.items():
            _sync(store, files[name])
        hk = stores["hk"]
        assert set(hk.find("catch", ["CT-GZ", "CT-SZ", "CT-HK", "CT-HKID"])) == {"ct-hk", "ct-hkid"}
        assert set(stores["gz"].find("catch", ["CT-GZ", "CT-SZ", "CT-HK", "CT-HKID"])) == {
            "ct-gz",
            "ct-sz",
            "ct-hk",
            "ct-hkid",
        }
        with connect(target(str(hk_file))) as conn:  # nor through the merged rows
            assert conn.execute("SELECT count(*) FROM hub.records").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM hub.catch_facts").fetchone()[0] == 0
            assert hub_conflicts(conn) == []  # and checks nothing: it reads none
            with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                conn.execute("SELECT hub.checked(ARRAY['x'], '[]'::jsonb)")
        with connect(target(str(gz_file))) as conn:
            conn.execute("SELECT hub.settle()")
            assert conn.execute("SELECT count(*) FROM hub.catch_facts").fetchone()[0] == 4
        # Widened: its next sync brings what it could not read before.
        with connect(hub.owner()) as conn:
            assert set_reads(conn, "hk", ["HKID", "GD-PSD"]).endswith("_st_hk")
            with pytest.raises(HubError, match="no account nobody"):
                set_reads(conn, "nobody", None)
        done = _sync(hk, hk_file)
        assert done.pulled > 0
        assert len(hk.find("catch", ["CT-GZ", "CT-SZ", "CT-HK", "CT-HKID"])) == 4
        assert _sync(hk, hk_file).pulled == 0
    finally:
        for store in stores.values():
            store.close()
