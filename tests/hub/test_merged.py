"""The hub settles the change log to the same records and conflicts as a station's
SQLite file does: the same random histories through both, compared."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import orjson
import pytest

from smugdesk.hub.connection import connect, target
from smugdesk.hub.merged import conflicts as hub_conflicts
from smugdesk.hub.merged import records as hub_records
from smugdesk.store.changelog import image_sql
from smugdesk.store.mapping import KINDS
from smugdesk.store.merging import conflicts as db_conflicts
from tests.conftest import TODAY, make_case, make_catch
from tests.hub.test_sync import _sync, random_history


def _db_state(store):
    """Every record's image and whether it is deleted, and the conflicts."""
    conn = store.db.conn
    images = {}
    for kind in KINDS.values():
        for _id, uuid, image in conn.execute(image_sql(kind, "1")):
            deleted = conn.execute(
                f"SELECT deleted_at IS NOT NULL FROM {kind.table} WHERE uuid = ?", [uuid]
            ).fetchone()[0]
            images[uuid] = (orjson.loads(image), bool(deleted))
    return images, _conflict_rows(db_conflicts(store))


def _conflict_rows(found):
    return sorted(
        (
            c.record,
            c.kind,
            c.key,
            c.field,
            c.reason,
            c.detail,
            tuple(sorted(orjson.dumps(h.value, option=orjson.OPT_SORT_KEYS) for h in c.heads)),
            tuple(sorted((h.station, h.standing) for h in c.heads)),
        )
        for c in found
    )


def _hub_state(conn):
    images = {}
    for r in hub_records(conn):
        image = {k: v for k, v in r.image.items() if k != "_deleted"}
        images[r.record] = (image, r.deleted)
    return images, _conflict_rows(hub_conflicts(conn))


@pytest.mark.parametrize("seed", range(8))
def test_the_hub_settles_random_histories_as_the_stations_do(stations, hub, seed):
    stores = random_history(stations, random.Random(100 + seed), steps=45)
    with connect(target(hub.url)) as conn:
        on_hub = _hub_state(conn)
    for store in stores:
        images, found = _db_state(store)
        assert found == on_hub[1]
        assert {u: (img, d) for u, (img, d) in images.items()} == on_hub[0]


def test_a_record_that_breaks_a_rule_once_merged_is_flagged_on_the_hub_too(stations, hub):
    (gz, gz_file), (hk, hk_file), (hq, hq_file) = stations
    case, catch = make_case("K-1", cracked_on=dt.date(2017, 3, 20)), make_catch("CT-1")
    case_uuid, catch_uuid = gz.save(case, today=TODAY), gz.save(catch, today=TODAY)
    _sync(gz, gz_file)
    _sync(hk, hk_file)
    # At once: one station opens the case later, the other says it was cracked earlier;
    # one moves the catch to HKPF, the other adds HKPF as assisting it.
    gz.save(dataclasses.replace(case, opened_on=dt.date(2017, 3, 15)), case_uuid, today=TODAY)
    hk.save(dataclasses.replace(case, cracked_on=dt.date(2017, 3, 10)), case_uuid, today=TODAY)
    gz.save(dataclasses.replace(catch, agency="HKPF"), catch_uuid, today=TODAY)
    hk.save(dataclasses.replace(catch, assisting_agencies=("HKPF",)), catch_uuid, today=TODAY)
    for _round in range(2):
        for store, file in ((gz, gz_file), (hk, hk_file), (hq, hq_file)):
            _sync(store, file)
    invalid = {(c.key, c.field) for c in db_conflicts(hq) if c.reason == "invalid"}
    assert invalid == {("K-1", "cracked_on"), ("CT-1", "assisting_agencies")}
    with connect(target(hub.url)) as conn:
        on_hub = _hub_state(conn)
        again = hub_conflicts(conn)  # checked once: nothing left to check, same flags
    for store in (gz, hk, hq):
        assert _db_state(store)[1] == on_hub[1]
    assert _conflict_rows(again) == on_hub[1]
    # A decision that mends the record clears the flag, on the hub as at the stations.
    hq.save(dataclasses.replace(case, opened_on=dt.date(2017, 3, 1)), case_uuid, today=TODAY)
    _sync(hq, hq_file)
    with connect(target(hub.url)) as conn:
        flagged = {(c.key, c.field) for c in hub_conflicts(conn) if c.reason == "invalid"}
    assert flagged == {("CT-1", "assisting_agencies")}
