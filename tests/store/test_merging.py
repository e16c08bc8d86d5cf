"""Merging stations' changes: any order, grouping and duplication of the same bundles
gives the same records and conflicts everywhere, and no value any station wrote is
lost (it stands, or it is kept in a conflict)."""

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smugdesk.domain.records import HeadCount
from smugdesk.store import Actor, engine, open_store
from smugdesk.store.bundles import BundleRefused, merge_bundle, write_bundle
from smugdesk.store.merging import conflicts
from tests.conftest import TODAY, make_catch

PLACES = ("Dongxing", "Ruili", "Tuen Mun", "Bao'an")


def state(store):
    """What every station must agree on: the live records and the conflicts."""
    conn = store.db.conn
    records = conn.execute(
        "SELECT r.uuid, r.ref, r.date, r.place, r.notes, r.persons, r.deleted_at IS NULL, "
        "(SELECT group_concat(nationality || ':' || persons, ',') FROM catch_counts "
        "WHERE catch_id = r.id) FROM catches r ORDER BY r.uuid"
    ).fetchall()
    found = sorted(
        (c.record, c.field, c.reason, tuple(sorted(repr(h.value) for h in c.heads)))
        for c in conflicts(store)
    )
    totals = conn.execute(
        "SELECT coalesce(sum(persons), 0), coalesce(sum(catches), 0) FROM agg_catch_day"
    ).fetchone()
    return records, found, totals


class Network:
    def __init__(self, folder, n):
        self.folder = folder
        self.stores = [
            open_store(folder / f"s{i}.sqlite", Actor(f"user{i}", f"ws-{i}")) for i in range(n)
        ]
        self.bundles = []
        self.written = []  # (record uuid, field, value) each station wrote

    def bundle(self, i):
        path = self.folder / f"b{len(self.bundles)}.smugbundle"
        write_bundle(self.stores[i], path)
        self.bundles.append(path)
        return path

    def close(self):
        for s in self.stores:
            s.close()


def _op(net, i, op, ref, place):
    store = net.stores[i]
    live = store.find("catch", [ref]).get(ref.casefold())
    try:
        if op == "create" and live is None:
            uuid = store.save(make_catch(ref, place=place), today=TODAY)
            net.written.append((uuid, "place", place))
        elif op == "edit" and live is not None:
            record = dataclasses.replace(live.record, place=place)
            store.save(record, live.uuid, today=TODAY)
            net.written.append((live.uuid, "place", place))
        elif op == "count" and live is not None:
            record = dataclasses.replace(live.record, counts=(HeadCount("LAO", len(place)),))
            store.save(record, live.uuid, today=TODAY)
        elif op == "delete" and live is not None:
            store.delete("catch", live.uuid)
    except Exception as exc:  # a key taken by a duplicate after a merge: the form refuses too
        if "already used" not in str(exc):
            raise


steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("op"),
            st.integers(0, 2),
            st.sampled_from(("create", "create", "edit", "edit", "count", "delete")),
            st.sampled_from(("CT-1", "CT-2", "CT-3")),
            st.sampled_from(PLACES),
        ),
        st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
    ),
    max_size=14,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=steps, order=st.randoms(use_true_random=False))
def test_stations_converge_whatever_the_order_and_lose_nothing(tmp_path_factory, steps, order):
    net = Network(tmp_path_factory.mktemp("net"), 3)
    try:
        for step in steps:
            if step[0] == "op":
                _op(net, *step[1:])
            else:
                _, sender, receiver = step
                if sender != receiver:
                    merge_bundle(net.stores[receiver], net.bundle(sender))
        # Full exchange: each station's last bundle to all, in a shuffled order, some twice.
        finals = [net.bundle(i) for i in range(3)]
        for i, store in enumerate(net.stores):
            mine = [b for b in finals if b != finals[i]] + net.bundles[: len(net.bundles) // 2]
            order.shuffle(mine)
            for path in mine + mine[:1]:
                merge_bundle(store, path)
        first = state(net.stores[0])
        assert state(net.stores[1]) == first
        assert state(net.stores[2]) == first
        # Merging a bundle again changes nothing.
        merge_bundle(net.stores[0], finals[1])
        assert state(net.stores[0]) == first
        # Nothing written is lost: every place written still stands or is kept in a conflict.
        kept = {(r[0], r[3]) for r in first[0]} | {
            (c.record, h.value)
            for c in conflicts(net.stores[0])
            if c.field == "place"
            for h in c.heads
        }
        for record, _field, value in net.written:
            standing = any(r[0] == record for r in first[0])
            if standing:
                assert (record, value) in kept or _overwritten(net, record, value)
    finally:
        net.close()


def _overwritten(net, record, value):
    """A value its own writer (or one who saw it) replaced later: superseded, not lost."""
    for store in net.stores:
        log = store.changes.of_record(record)
        for n, change in enumerate(log):
            if change["fields"].get("place") == value:
                for later in log[n + 1 :]:
                    saw = later["ctx"].get(change["station"], 0) >= change["seq"] or (
                        later["station"] == change["station"] and later["seq"] > change["seq"]
                    )
                    if saw and "place" in later["fields"]:
                        return True
    return False


def test_concurrent_edits_of_a_field_are_a_conflict_equal_ones_are_not(tmp_path):
    net = Network(tmp_path, 3)
    hq, a, b = net.stores
    uuid = hq.save(make_catch("CT-1"), today=TODAY)
    start = net.bundle(0)
    merge_bundle(a, start)
    merge_bundle(b, start)
    catch = make_catch("CT-1")
    a.save(dataclasses.replace(catch, place="Ruili", notes="same"), uuid, today=TODAY)
    b.save(dataclasses.replace(catch, place="Dongxing", notes="same"), uuid, today=TODAY)
    for bundle in (net.bundle(1), net.bundle(2)):
        merge_bundle(hq, bundle)
    [found] = conflicts(hq)
    assert (found.record, found.field, found.reason) == (uuid, "place", "field")
    assert sorted(h.value for h in found.heads) == ["Dongxing", "Ruili"]
    assert sorted(h.user for h in found.heads) == ["user1", "user2"]
    assert sum(h.standing for h in found.heads) == 1
    standing = next(h.value for h in found.heads if h.standing)
    assert hq.get("catch", uuid).place == standing
    net.close()


def test_a_delete_against_a_concurrent_edit_and_two_records_with_one_reference(tmp_path):
    net = Network(tmp_path, 3)
    hq, a, b = net.stores
    uuid = hq.save(make_catch("CT-1"), today=TODAY)
    start = net.bundle(0)
    merge_bundle(a, start)
    merge_bundle(b, start)
    a.delete("catch", uuid)
    b.save(make_catch("CT-1", notes="seen again"), uuid, today=TODAY)
    a.save(make_catch("CT-9", place="A"), today=TODAY)
    b.save(make_catch("CT-9", place="B"), today=TODAY)
    for bundle in (net.bundle(1), net.bundle(2)):
        merge_bundle(hq, bundle)
    reasons = sorted((c.key, c.field, c.reason) for c in conflicts(hq))
    assert reasons == [
        ("CT-1", "_deleted", "deleted"),
        ("CT-9", "ref", "duplicate"),
        ("CT-9", "ref", "duplicate"),
    ]
    assert hq.count("catch") == 2  # both CT-9 kept; CT-1 deleted, its edit kept in the log
    net.close()


def test_a_spoilt_bundle_is_refused_whole_and_changes_nothing(tmp_path):
    net = Network(tmp_path, 2)
    a, b = net.stores
    a.save(make_catch("CT-1"), today=TODAY)
    good = net.bundle(0)
    before = state(b), b.db.conn.execute("SELECT count(*) FROM changes").fetchone()

    def spoilt(name, sql):
        path = tmp_path / f"{name}.smugbundle"
        path.write_bytes(good.read_bytes())
        conn = engine.connect(path)
        conn.executescript(sql)
        conn.commit()
        conn.close()
        return path

    cases = {
        "edited": "UPDATE changes SET fields = replace(fields, 'Guangdong', 'Guangxi')",
        "dropped": "DELETE FROM changes WHERE seq = (SELECT max(seq) FROM changes)",
        "trigger": "CREATE TRIGGER t AFTER INSERT ON holds BEGIN SELECT 1; END;",
        "view": "CREATE VIEW v AS SELECT 1",
        "resigned": "UPDATE bundle SET name = 'someone else'",
    }
    for name, sql in cases.items():
        with pytest.raises(BundleRefused, match="is refused"):
            merge_bundle(b, spoilt(name, sql))
    truncated = tmp_path / "truncated.smugbundle"
    truncated.write_bytes(good.read_bytes()[:3000])
    with pytest.raises(BundleRefused):
        merge_bundle(b, truncated)
    assert (state(b), b.db.conn.execute("SELECT count(*) FROM changes").fetchone()) == before
    merge_bundle(b, good)  # the real one merges
    assert b.count("catch") == 1
    net.close()


def test_a_station_key_is_pinned_and_another_key_refused(tmp_path):
    net = Network(tmp_path, 2)
    a, b = net.stores
    a.save(make_catch("CT-1"), today=TODAY)
    assert merge_bundle(b, net.bundle(0)).pinned
    a.db.conn.execute(  # as if someone made a new key for station a
        "UPDATE station SET signing_key = ?", [bytes(range(32))]
    )
    a.db.conn.commit()
    a.save(make_catch("CT-2"), today=TODAY)
    with pytest.raises(BundleRefused, match="another key"):
        merge_bundle(b, net.bundle(0))
    net.close()


def test_a_forked_station_is_noticed(tmp_path):
    net = Network(tmp_path, 2)
    a, b = net.stores
    a.save(make_catch("CT-1"), today=TODAY)
    # A copy of a's file that kept a's station id (its file record wiped, as a copy over
    # a reused inode would look): it writes the same dots as a, with other content.
    a.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "fork.sqlite"
    copy.write_bytes((tmp_path / "s0.sqlite").read_bytes())
    raw = engine.connect(copy)
    raw.execute("UPDATE station SET file_dev = NULL, file_ino = NULL")
    raw.commit()
    raw.close()
    with open_store(copy, Actor("x", "x")) as forked:
        assert forked.changes.station() == a.changes.station()
        forked.save(make_catch("CT-2", place="fork"), today=TODAY)
        write_bundle(forked, tmp_path / "forked.smugbundle")
    a.save(make_catch("CT-3"), today=TODAY)
    merge_bundle(b, net.bundle(0))
    with pytest.raises(BundleRefused, match="two different changes"):
        merge_bundle(b, tmp_path / "forked.smugbundle")
    net.close()


def test_a_decision_settles_the_conflict_and_travels_by_bundle(tmp_path):
    net, uuid = _two_places(tmp_path)
    hq, a, b = net.stores
    [found] = conflicts(hq)
    loser = next(h.value for h in found.heads if not h.standing)
    hq.resolve(uuid, "place", loser)  # keep the value that did not stand
    assert conflicts(hq) == [] and hq.get("catch", uuid).place == loser
    decided = net.bundle(0)
    for other in (a, b):
        for bundle in (net.bundles[1], net.bundles[2], decided):
            merge_bundle(other, bundle)
        assert conflicts(other) == [] and other.get("catch", uuid).place == loser
    assert state(a) == state(b) == state(hq)
    net.close()


def test_a_local_save_that_saw_both_values_settles_the_conflict(tmp_path):
    net, uuid = _two_places(tmp_path)
    hq = net.stores[0]
    assert len(conflicts(hq)) == 1
    hq.save(make_catch("CT-1", place="Ruili, on the river"), uuid, today=TODAY)
    assert conflicts(hq) == []
    net.close()


def _two_places(tmp_path):
    """Headquarters and two stations that changed CT-1's place at once; headquarters
    has merged both."""
    net = Network(tmp_path, 3)
    hq, a, b = net.stores
    uuid = hq.save(make_catch("CT-1"), today=TODAY)
    start = net.bundle(0)
    merge_bundle(a, start)
    merge_bundle(b, start)
    a.save(make_catch("CT-1", place="Ruili"), uuid, today=TODAY)
    b.save(make_catch("CT-1", place="Dongxing"), uuid, today=TODAY)
    for bundle in (net.bundle(1), net.bundle(2)):
        merge_bundle(hq, bundle)
    return net, uuid


def test_a_report_says_how_many_of_its_records_hold_conflicts(tmp_path):
    from smugdesk.reports.figures import compute_figures
    from smugdesk.reports.periods import Period
    from smugdesk.reports.text import disputed_note

    net, _uuid = _two_places(tmp_path)
    hq = net.stores[0]
    year = compute_figures(hq.figures(), Period(dt.date(2017, 1, 1), dt.date(2017, 12, 31)))
    assert year.disputed == 1
    assert disputed_note(year, "en").startswith("conflicts between stations not yet decided in 1")
    assert "1" in disputed_note(year, "zh-Hans")
    before = compute_figures(hq.figures(), Period(dt.date(2016, 1, 1), dt.date(2016, 12, 31)))
    assert before.disputed == 0
    net.close()


def test_a_decision_keeps_a_value_held_or_types_text_only(tmp_path):
    from smugdesk.domain.records import Invalid

    net, uuid = _two_places(tmp_path)
    hq = net.stores[0]
    with pytest.raises(Invalid, match="keep one of the values"):
        hq.resolve(uuid, "date", "2017-01-01")
    with pytest.raises(Invalid, match="characters long"):
        hq.resolve(uuid, "place", "x" * 5000)
    assert len(conflicts(hq)) == 1
    net.close()


def test_each_value_says_where_it_came_from_merged_ones_too(tmp_path):
    from smugdesk.store.merging import provenance

    net, uuid = _two_places(tmp_path)
    hq = net.stores[0]
    origins = {o.field: o for o in provenance(hq, uuid)}
    assert (origins["ref"].user, origins["ref"].workstation) == ("user0", "ws-0")
    assert origins["agency"].shown == "GD-PSD"
    assert origins["counts"].shown == "VNM 12 (9 male, 3 female, 1 minors)"
    place = origins["place"]
    assert place.disputed and place.user in ("user1", "user2")
    assert place.station == net.stores[int(place.user[-1])].changes.station().uuid
    net.close()


def test_an_administrator_trusts_a_key_beforehand_and_a_replaced_one(tmp_path):
    from smugdesk.domain.records import Invalid
    from smugdesk.stations.signing import public_key
    from smugdesk.store.bundles import trust_station

    net = Network(tmp_path, 3)
    a, b, c = net.stores
    a.save(make_catch("CT-1"), today=TODAY)
    a_id = a.changes.station().uuid
    trust_station(b, a_id, public_key(a.changes.signing_key()).hex())
    trust_station(c, a_id, public_key(c.changes.signing_key()).hex())  # the wrong key
    bundle = net.bundle(0)
    assert not merge_bundle(b, bundle).pinned  # trusted already: nothing to pin
    with pytest.raises(BundleRefused, match="another key"):
        merge_bundle(c, bundle)
    trust_station(c, a_id, public_key(a.changes.signing_key()).hex())  # put right
    merge_bundle(c, bundle)
    assert c.count("catch") == 1
    with pytest.raises(Invalid):
        trust_station(c, a_id, "not hex")
    net.close()
