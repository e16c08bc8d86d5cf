"""The change log: one change per record edit with only the fields it changed, named by
the station's next sequence number, carrying its causal context."""

import dataclasses
import datetime as dt
import shutil

import orjson
import pytest

from smugdesk.domain.records import Arrest, HeadCount
from smugdesk.stations.changes import Change, canonical
from smugdesk.store import Actor, engine, open_store
from smugdesk.store.audit import AuditFilter
from smugdesk.store.backups import backup, restore
from smugdesk.store.encryption import Secret, decrypt, encrypt
from smugdesk.store.schema import SCHEMA_VERSION
from smugdesk.vault.slots import Kind
from tests.conftest import TODAY, make_bust, make_catch


def changes(store, record):
    return store.changes.of_record(record)


def all_changes(store):
    rows = store.db.conn.execute(
        "SELECT s.uuid, c.seq, c.kind, c.record, c.fields, c.ctx, c.hlc, c.wall, c.user, "
        "c.workstation, c.hash FROM changes c JOIN stations s ON s.id = c.station_id "
        "ORDER BY c.id"
    ).fetchall()
    return [(Change(*row[:10]), row[10]) for row in rows]


def test_a_records_edits_each_hold_only_what_they_changed(store):
    me = store.changes.station().uuid
    catch = make_catch(notes="Found in a lorry.", place='Dongxing "east" 东兴')
    uuid = store.save(catch, today=TODAY)
    store.save(dataclasses.replace(catch, place="Ruili"), uuid, today=TODAY)
    store.save(
        dataclasses.replace(catch, place="Ruili", counts=(HeadCount("VNM", 13, 10, 3, 1),)),
        uuid,
        today=TODAY,
    )
    store.approve("catch", [uuid])
    store.unlock("catch", uuid, "typo in the notes")
    store.delete("catch", uuid)
    log = changes(store, uuid)
    first = log[0]
    assert first["station"] == me and first["ctx"] == {}  # nobody had touched it
    assert first["fields"]["place"] == 'Dongxing "east" 东兴'
    assert first["fields"]["counts"] == [
        {"female": 3, "male": 9, "minors": 1, "nationality": "VNM", "persons": 12}
    ]
    assert first["fields"]["agency"] == store.find("agency", ["GD-PSD"])["gd-psd"].uuid
    assert first["fields"]["approved"] is None and first["fields"]["case"] is None
    assert [c["fields"] for c in log[1:3]] == [
        {"place": "Ruili"},
        {"counts": [{"female": 3, "male": 10, "minors": 1, "nationality": "VNM", "persons": 13}]},
    ]
    approved = log[3]["fields"]["approved"]
    assert approved["by"] == "officer1" and approved["at"].endswith("Z")
    assert [c["fields"] for c in log[4:]] == [{"approved": None}, {"_deleted": 1}]
    # Each saw the one before it; the dots are gapless.
    seqs = [c["seq"] for c in log]
    assert seqs == list(range(seqs[0], seqs[0] + 6))
    assert [c["ctx"] for c in log[1:]] == [{me: s} for s in seqs[:-1]]
    assert [c["hlc"] for c in log] == sorted(c["hlc"] for c in log)
    assert store.changes.station().held == seqs[-1]


def test_busts_cases_and_assisting_agencies_are_fields_too(store):
    store.save(make_bust(arrests=(Arrest("director", "HKG", 2),), assisting_agencies=("HKPF",)))
    [(change, _h)] = [c for c in all_changes(store) if c[0].kind == "bust"]
    fields = orjson.loads(change.fields)
    assert fields["arrests"] == [{"arrested": 2, "origin": "HKG", "role": "director"}]
    assert fields["assists"] == [store.find("agency", ["HKPF"])["hkpf"].uuid]
    assert fields["broken_up"] in (0, 1)


def test_every_change_is_canonical_and_its_hash_is_its_body(store):
    store.save(make_catch(notes='tab\there, quote " and 中文'), today=TODAY)
    store.save(make_bust(), today=TODAY)
    for change, digest in all_changes(store):
        assert change.fields == canonical(orjson.loads(change.fields))
        assert change.ctx == canonical(orjson.loads(change.ctx))
        assert change.hash == digest


def test_an_import_is_changes_like_any_other_and_the_same_batch_twice_adds_none(store):
    records = [make_catch(f"CT-{n}") for n in range(50)]
    before = len(all_changes(store))
    store.write_batch(records)
    assert len(all_changes(store)) == before + 50
    store.write_batch(records)
    assert len(all_changes(store)) == before + 50
    store.write_batch([dataclasses.replace(records[0], place="Changed")])
    assert orjson.loads(all_changes(store)[-1][0].fields) == {"place": "Changed"}


def test_the_change_log_cannot_be_rewritten(store):
    store.save(make_catch(), today=TODAY)
    conn = store.db.conn
    with pytest.raises(engine.IntegrityError, match="cannot be altered"):
        conn.execute("UPDATE changes SET fields = '{}'")
    with pytest.raises(engine.IntegrityError, match="cannot be removed"):
        conn.execute("DELETE FROM changes")


def test_the_clock_never_goes_back_at_a_station(db_path):
    now = [dt.datetime(2026, 1, 2, tzinfo=dt.UTC)]
    with open_store(db_path, clock=lambda: now[0]) as store:
        uuid = store.save(make_catch(), today=TODAY)
        now[0] = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)  # the wall clock set back a year
        store.save(make_catch(place="Later"), uuid, today=TODAY)
        first, second = changes(store, uuid)
    assert second["hlc"] > first["hlc"]
    assert second["wall"] < first["wall"]  # the wall time stays what the clock said


def test_a_copied_file_becomes_a_new_station_before_it_writes(db_path, tmp_path):
    with open_store(db_path, Actor("a", "ws-a")) as store:
        uuid = store.save(make_catch(), today=TODAY)
        original = store.changes.station()
    copy = tmp_path / "copy.sqlite"
    shutil.copy(db_path, copy)
    with open_store(copy, Actor("b", "ws-b")) as other:
        station = other.changes.station()
        assert station.uuid != original.uuid and station.held == 0
        other.save(make_catch(place="Copy"), uuid, today=TODAY)
        last = changes(other, uuid)[-1]
        assert (last["station"], last["seq"]) == (station.uuid, 1)
        assert last["ctx"] == {original.uuid: original.held}  # it saw the original's
        [entry] = other.audit.entries(AuditFilter(action="station"))
        assert entry.detail == {"was": original.uuid, "now": station.uuid}
    with open_store(db_path) as again:  # the original goes on as before
        assert again.changes.station() == original


def test_a_restored_backup_is_a_new_station_but_conversions_keep_the_station(db_path, tmp_path):
    with open_store(db_path) as store:
        store.save(make_catch(), today=TODAY)
        station = store.changes.station()
        backup(store, tmp_path / "copy.sqlite")
    encrypt(open_store(db_path), passphrase="a long enough passphrase 1")
    secret = Secret(Kind.PASSPHRASE, "a long enough passphrase 1")
    with open_store(db_path, secret=secret) as store:
        assert store.changes.station().uuid == station.uuid
    decrypt(open_store(db_path, secret=secret))
    with open_store(db_path) as store:
        assert store.changes.station().uuid == station.uuid
    restore(db_path, tmp_path / "copy.sqlite", dt.datetime(2026, 12, 1, 12))
    with open_store(db_path) as store:
        assert store.changes.station().uuid != station.uuid


def test_an_older_database_gets_a_station_and_a_first_version_of_every_value(db_path):
    with open_store(db_path, Actor("old", "ws-old")) as store:
        kept = store.save(make_catch("CT-1", notes="kept"), today=TODAY)
        gone = store.save(make_catch("CT-2"), today=TODAY)
        store.delete("catch", gone)
        store.save(make_bust(), today=TODAY)
        expected = {
            u: orjson.loads(image)
            for _i, u, image in store.db.conn.execute(
                "SELECT r.id, r.uuid, " + _image("catch") + " FROM catches r"
            )
        }
    # As smugdesk wrote it before the change log: schema 7, no station, no changes.
    conn = engine.connect(db_path)
    conn.executescript(
        "DROP TABLE conflicts; DROP TABLE peer_holds; "
        "DROP TABLE changes; DROP TABLE station; DROP TABLE stations; "
        "DELETE FROM _sqlite_migrations WHERE name IN ('0008_change_log', '0009_merging'); "
        "PRAGMA user_version = 7;"
    )
    conn.close()
    with open_store(db_path) as store:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        station = store.changes.station()
        [first] = changes(store, kept)
        assert first["fields"] == expected[kept] and first["ctx"] == {}
        assert (first["station"], first["user"], first["workstation"]) == (
            station.uuid,
            "old",
            "ws-old",
        )
        assert [c["fields"] for c in changes(store, gone)][1:] == [{"_deleted": 1}]
        counts = dict(store.db.conn.execute("SELECT kind, count(*) FROM changes GROUP BY kind"))
        assert counts == {"agency": 7, "catch": 3, "bust": 1}
        assert station.held == 11
        for change, digest in all_changes(store):
            assert change.hash == digest
        # and it goes on writing after them
        store.save(make_catch("CT-1", notes="after"), kept, today=TODAY)
        last = changes(store, kept)[-1]
        assert (last["seq"], last["ctx"]) == (12, {station.uuid: 11})


def _image(kind):
    from smugdesk.store.changelog import IMAGES

    return IMAGES[kind]
