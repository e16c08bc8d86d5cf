"""Syncing stations through a real PostgreSQL hub: what one station saves reaches the
others, in any interleaving, equal to merging the same changes by bundles; a dropped
connection at any point loses and duplicates nothing."""

from __future__ import annotations

import dataclasses
import random

import pytest

from smugdesk.domain.words import render
from smugdesk.hub.connection import HubUnreachable, target
from smugdesk.hub.sync import sync
from smugdesk.store import Actor, open_store
from smugdesk.store.bundles import merge_bundle, write_bundle
from smugdesk.store.hubs import hubs
from tests.conftest import TODAY, make_catch
from tests.store.test_merging import PLACES, _op, state


def _sync(store, file):
    return sync(store, target(str(file)), str(file))


def test_a_save_at_one_station_reaches_the_others(stations):
    (gz, gz_file), (hk, hk_file), (hq, hq_file) = stations
    uuid = gz.save(make_catch("CT-GZ-1", place="Dongxing"), today=TODAY)
    first = _sync(gz, gz_file)
    assert first.pushed > 0 and first.waiting == 0
    pulled = _sync(hk, hk_file)
    assert pulled.pulled >= first.pushed
    found = hk.find("catch", ["CT-GZ-1"])["ct-gz-1"]
    assert found.uuid == uuid and found.record.place == "Dongxing"
    # An edit there comes back; syncing again brings nothing twice.
    hk.save(dataclasses.replace(found.record, place="Ruili"), uuid, today=TODAY)
    _sync(hk, hk_file)
    _sync(gz, gz_file)
    assert gz.find("catch", ["CT-GZ-1"])["ct-gz-1"].record.place == "Ruili"
    again = _sync(gz, gz_file)
    assert (again.pushed, again.pulled) == (0, 0)
    _sync(hq, hq_file)
    assert state(hq) == state(gz) == state(hk)
    remembered = hubs(gz)[0]
    assert remembered.address == str(gz_file) and remembered.waiting == 0
    assert remembered.synced_at and not remembered.failure


@pytest.mark.parametrize("seed", range(6))
def test_random_interleavings_converge_and_equal_merging_by_bundles(stations, tmp_path, seed):
    stores = random_history(stations, random.Random(seed))
    bundles = []
    for i, store in enumerate(stores):
        bundles.append(write_bundle(store, tmp_path / f"final{i}.smugbundle").path)
    first = state(stores[0])
    assert state(stores[1]) == first and state(stores[2]) == first
    # The same changes merged by bundles into a new database give the same picture.
    by_bundles = open_store(tmp_path / "by-bundles.sqlite", Actor("b", "b"))
    try:
        for path in bundles:
            merge_bundle(by_bundles, path)
        assert state(by_bundles) == first
    finally:
        by_bundles.close()


def random_history(stations, rng, steps=40):
    """Random edits, deletes and syncs at the stations, then everything to the hub
    and back to everyone (in a random order); returns the stations' stores."""
    stores = [s for s, _f in stations]
    files = [f for _s, f in stations]
    for _ in range(steps):
        i = rng.randrange(len(stores))
        if rng.random() < 0.3:
            _sync(stores[i], files[i])
        else:
            op = rng.choice(("create", "create", "edit", "edit", "count", "delete"))
            _op(_Net(stores), i, op, rng.choice(("CT-1", "CT-2", "CT-3")), rng.choice(PLACES))
    for _round in range(2):
        for i in rng.sample(range(len(stores)), len(stores)):
            _sync(stores[i], files[i])
    return stores


class _Net:
    def __init__(self, stores):
        self.stores = stores
        self.written = []


def _killer(hub, role_of_file, after_rows):
    """A wrapper for a row stream that kills the station's server connection after
    ``after_rows`` rows (pg_terminate_backend, from the owner's connection)."""

    def wrap(rows):
        for n, row in enumerate(rows):
            if n == after_rows:
                hub.sql(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE usename = %s AND pid <> pg_backend_pid()",
                    [role_of_file],
                )
            yield row

    return wrap


def _role(file):
    return next(
        line.split("=", 1)[1].strip()
        for line in file.read_text().splitlines()
        if line.startswith("user=")
    )


def test_a_connection_killed_mid_push_loses_and_duplicates_nothing(stations, hub, monkeypatch):
    (gz, gz_file), (hk, hk_file), _hq = stations
    for n in range(300):
        gz.save(make_catch(f"CT-{n}"), today=TODAY)
    import smugdesk.hub.sync as hub_sync

    real = hub_sync.own_changes
    kill = _killer(hub, _role(gz_file), 150)
    monkeypatch.setattr(hub_sync, "own_changes", lambda store, after: kill(real(store, after)))
    with pytest.raises(HubUnreachable):
        _sync(gz, gz_file)
    held = gz.changes.station()
    station = hub.sql("SELECT held FROM hub.stations WHERE uuid = %s", [held.uuid])
    assert station == [] or station[0][0] == 0  # the push was all or nothing
    failure = hubs(gz)[0].failure  # kept as a message: shown in the reader's language
    assert failure is not None and failure.id == "hub.lost"
    assert render(failure, "zh-Hans").startswith("与 ")
    monkeypatch.setattr(hub_sync, "own_changes", real)
    done = _sync(gz, gz_file)
    assert done.waiting == 0
    rows = hub.sql(
        "SELECT count(*), count(DISTINCT origin_seq), max(origin_seq) FROM hub.changes "
        "WHERE station = %s",
        [held.uuid],
    )
    assert rows == [(held.held, held.held, held.held)]
    _sync(hk, hk_file)
    assert state(hk) == state(gz)


def test_a_connection_killed_mid_pull_loses_and_duplicates_nothing(stations, hub, monkeypatch):
    (gz, gz_file), (hk, hk_file), _hq = stations
    for n in range(300):
        gz.save(make_catch(f"CT-{n}"), today=TODAY)
    _sync(gz, gz_file)
    import smugdesk.hub.sync as hub_sync

    real = hub_sync._changes_after
    kill = _killer(hub, _role(hk_file), 100)
    monkeypatch.setattr(
        hub_sync, "_changes_after", lambda conn, after, me: kill(real(conn, after, me))
    )
    with pytest.raises(HubUnreachable):
        _sync(hk, hk_file)
    assert hk.find("catch", ["CT-1"]) == {}  # nothing taken in, the cursor did not move
    monkeypatch.setattr(hub_sync, "_changes_after", real)
    _sync(hk, hk_file)
    assert state(hk) == state(gz)
    count = hk.db.conn.execute(
        "SELECT count(*), count(DISTINCT station_id || '/' || seq) FROM changes"
    ).fetchone()
    assert count[0] == count[1]


def test_an_encrypted_station_pulls_without_a_record_in_the_clear(stations, tmp_path, monkeypatch):
    from smugdesk.store import encryption as crypt
    from smugdesk.store.encryption import Secret
    from smugdesk.store.hubs import Gathered
    from smugdesk.vault.slots import Kind

    (gz, gz_file), (hk, hk_file), _hq = stations
    gz.save(make_catch("CT-SECRET", notes="Intercepted off Tuen Mun pier"), today=TODAY)
    _sync(gz, gz_file)
    path = hk.path
    hk.close()
    crypt.encrypt(open_store(path, Actor("u-hk", "ws-hk")), passphrase="the harbour at midnight")
    seen = []
    real = Gathered.close

    def look(self):
        real(self)
        seen.append(self.path.read_bytes())

    monkeypatch.setattr(Gathered, "close", look)
    secret = Secret(Kind.PASSPHRASE, "the harbour at midnight")
    with open_store(path, Actor("u-hk", "ws-hk"), secret=secret) as encrypted:
        _sync(encrypted, hk_file)
        assert encrypted.find("catch", ["CT-SECRET"])
    assert seen and all(b"Tuen Mun" not in raw and b"CT-SECRET" not in raw for raw in seen)
