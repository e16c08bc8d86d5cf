"""The hub on the command line: an IT department sets it up, stations sync, and
headquarters merges an air-gapped station's bundle; no password is ever printed."""

from __future__ import annotations

import psycopg

from smugdesk.hub.connection import target
from smugdesk.hub.sync import sync
from smugdesk.store import open_store
from tests.conftest import TODAY, make_catch
from tests.store.test_merging import state
from tests.test_cli_stations import sd


def test_setting_up_a_hub_and_syncing_from_the_command_line(pg_server, tmp_path, capsys):
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE clihub")
    url = pg_server.url("clihub")
    code, out, err = sd(capsys, "hub", "init", "--hub", url)
    assert code == 0 and "0001_change_log" in out, err
    code, out, _ = sd(capsys, "hub", "init", "--hub", url)
    assert code == 0 and "nothing to apply" in out
    files = {}
    for name, agency, extra in (
        ("GZ Border 07", "GD-PSD", []),
        ("HK Marine", "HKPF", []),
        ("Joint Office", "MPS-BCB", ["--headquarters"]),
    ):
        files[name] = tmp_path / f"{name}.smughub"
        code, out, err = sd(
            capsys,
            "hub",
            "add-station",
            "--hub",
            url,
            "--agency",
            agency,
            "--out",
            str(files[name]),
            *extra,
            name,
        )
        assert code == 0 and str(files[name]) in out, err
        password = next(
            line for line in files[name].read_text().splitlines() if line.startswith("password=")
        )
        assert password.split("=", 1)[1] not in out + err
    code, out, err = sd(capsys, "hub", "add-station", "--hub", url, "--agency", "X", "HK Marine")
    assert code == 2 and "already has an account clihub_st_hk_marine" in err
    code, _, err = sd(capsys, "hub", "add-station", "--hub", url, "--agency", "A B", "Bad")
    assert code == 2 and "agency: 'A B' is not an agency code" in err

    db = {n: str(tmp_path / f"{n}.sqlite") for n in ("gz", "hk", "hq", "air")}
    with open_store(db["gz"]) as s:
        s.save(make_catch("CT-GZ-1", place="Dongxing"), today=TODAY)
    with open_store(db["air"]) as s:
        s.save(make_catch("CT-AIR-1", place="Ruili"), today=TODAY)
    code, out, err = sd(capsys, "sync", "--db", db["gz"], "--hub", str(files["GZ Border 07"]))
    assert code == 0 and "changes pushed" in out, err
    bundle = str(tmp_path / "air.smugbundle")
    assert sd(capsys, "bundle", "--db", db["air"], bundle)[0] == 0
    code, out, err = sd(capsys, "merge", "--hub", str(files["GZ Border 07"]), bundle)
    assert code == 2 and "the hub refused" in err
    code, out, err = sd(capsys, "merge", "--hub", str(files["Joint Office"]), bundle)
    assert code == 0 and "into the hub" in out, err
    for station, file in (("hk", "HK Marine"), ("hq", "Joint Office"), ("gz", "GZ Border 07")):
        code, out, err = sd(capsys, "sync", "--db", db[station], "--hub", str(files[file]))
        assert code == 0, err
    with open_store(db["hk"]) as hk, open_store(db["gz"]) as gz, open_store(db["hq"]) as hq:
        assert set(hk.find("catch", ["CT-GZ-1", "CT-AIR-1"])) == {"ct-gz-1", "ct-air-1"}
        assert state(hk)[0] == state(gz)[0] == state(hq)[0]
    code, out, _ = sd(capsys, "hub", "accounts", "--hub", url)
    assert code == 0 and out.count("last sync 20") == 3

    code, _, err = sd(capsys, "sync", "--db", db["gz"], "--hub", "postgresql://u:pw@x/y")
    assert code == 2 and "a password does not belong in a URL" in err
    away = tmp_path / "away.smughub"
    away.write_text("[smugdesk]\nhost=127.0.0.1\nport=1\ndbname=x\nuser=y\n")
    code, _, err = sd(capsys, "sync", "--db", db["gz"], "--hub", str(away))
    assert code == 2 and "could not connect to the hub" in err
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("DROP DATABASE clihub WITH (FORCE)")
        for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'clihub%'"):
            conn.execute(f'DROP ROLE "{role}"')


def test_conflicts_on_the_hub_list_as_a_stations_do(stations, hub, capsys):
    import dataclasses

    (gz, gz_file), (hk, hk_file), (hq, hq_file) = stations
    uuid = gz.save(make_catch("CT-1", place="Dongxing"), today=TODAY)
    for store, file in ((gz, gz_file), (hk, hk_file)):
        sync(store, target(str(file)), str(file))
    for store, place in ((gz, "Ruili"), (hk, "Tuen Mun")):  # the same field, at once
        found = store.find("catch", ["CT-1"])["ct-1"]
        store.save(dataclasses.replace(found.record, place=place), uuid, today=TODAY)
    for store, file in ((gz, gz_file), (hk, hk_file), (hq, hq_file), (gz, gz_file)):
        sync(store, target(str(file)), str(file))
    code, on_db, err = sd(capsys, "conflicts", "--db", str(hq.path))
    assert code == 0 and "place" in on_db and "Ruili" in on_db and "Tuen Mun" in on_db, err
    code, on_hub, err = sd(capsys, "conflicts", "--hub", str(hq_file))
    assert code == 0, err
    assert on_hub == on_db
