"""The hub settles the change log to the same records and conflicts as a station's
SQLite file does: the same random histories through both, compared."""

from __future__ import annotations

import random

import orjson
import pytest

from smugdesk.hub.connection import connect, target
from smugdesk.hub.merged import conflicts as hub_conflicts
from smugdesk.hub.merged import records as hub_records
from smugdesk.store.changelog import image_sql
from smugdesk.store.mapping import KINDS
from smugdesk.store.merging import conflicts as db_conflicts
from tests.hub.test_sync import random_history


def _db_state(store):
    """Every record's image and whether it is deleted, and the conflicts (those the
    hub computes too: not 'invalid')."""
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
            tuple(sorted(orjson.dumps(h.value, option=orjson.OPT_SORT_KEYS) for h in c.heads)),
            tuple(sorted((h.station, h.standing) for h in c.heads)),
        )
        for c in found
        if c.reason != "invalid"
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
