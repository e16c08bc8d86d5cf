"""The record lists: filter language, order and paged reading, without Qt."""

import datetime as dt

import pytest

from smugdesk.store import lists
from smugdesk.store.lists import PAGE, Filter
from tests.conftest import TODAY, make_catch


@pytest.fixture
def page_reads(demo_store):
    """How many page queries the list sends (a trace on the store's connection)."""
    seen = []
    conn = demo_store.db.conn
    conn.set_trace_callback(lambda sql: sql.startswith("SELECT r.uuid") and seen.append(sql))
    yield seen
    conn.set_trace_callback(None)


def _uuids(records):
    return [records.row(r)[0] for r in range(records.count)]


def test_only_the_pages_touched_are_read_and_the_last_costs_what_the_first_does(
    demo_store, page_reads
):
    records = demo_store.record_list("catch")
    n = records.count
    assert n == demo_store.count("catch") > PAGE * 10
    records.row(0)
    records.row(n - 1)
    records.row(1)
    records.row(n - 2)
    assert len(page_reads) == 2  # one page each end; the second touches were cached


def test_rows_come_newest_first_and_a_page_read_from_the_far_end_agrees(demo_store):
    records = demo_store.record_list("catch")
    expected = [
        u
        for (u,) in demo_store.db.conn.execute(
            "SELECT uuid FROM catches WHERE deleted_at IS NULL ORDER BY date DESC, id DESC"
        )
    ]
    n = records.count
    picked = [*range(0, PAGE + 3), *range(n - PAGE - 5, n)]
    assert [records.row(r)[0] for r in picked] == [expected[r] for r in picked]
    records.sort(0, ascending=True)
    assert records.row(0)[0] == expected[-1]


def test_filters_are_applied_in_sql(demo_store):
    records = demo_store.record_list("catch")
    records.set_filter(
        Filter(
            start=dt.date(2017, 11, 24), end=dt.date(2017, 11, 24), nationality="VNM", text="Humen"
        )
    )
    persons = [records.row(r)[7] for r in range(records.count)]
    assert 145 in persons
    records.set_filter(Filter(jurisdiction="Hong Kong"))
    assert {records.row(r)[3] for r in range(min(records.count, 300))} <= {"HKPF", "HKID"}


@pytest.mark.parametrize("text", ["humen", "Humen 145", "lorry", "CT-2017", "rubber NIGHT"])
def test_free_text_gives_the_same_rows_whether_hits_are_few_or_many(demo_store, monkeypatch, text):
    records = demo_store.record_list("catch")
    records.set_filter(Filter(text=text))
    few = _uuids(records)
    monkeypatch.setattr(lists, "FEW_HITS", 0)  # every search now has "many" hits
    records.set_filter(Filter(text=text))
    assert _uuids(records) == few
    # The same, straight from the records: every word, any case, in place, notes,
    # press note or ref.
    words = [w.casefold() for w in text.split()]
    expected = {
        uuid
        for uuid, *fields in demo_store.db.conn.execute(
            "SELECT uuid, ref, place, notes, press_note FROM catches WHERE deleted_at IS NULL"
        )
        if all(any(w in f.casefold() for f in fields) for w in words)
    }
    assert set(few) == expected and expected


def test_free_text_with_other_filters_and_wildcards_taken_literally(demo_store):
    records = demo_store.record_list("catch")
    records.set_filter(Filter(text="%"))
    assert records.count == 0  # no place or note holds a percent sign
    records.set_filter(Filter(text="_"))
    assert records.count == 0
    records.set_filter(Filter(text="Humen", nationality="VNM", agency="GD-PSD"))
    assert records.count >= 1
    assert {records.row(r)[3] for r in range(records.count)} == {"GD-PSD"}
    for kind, text in (("bust", "gang"), ("case", "fishing BOAT"), ("agency", "Police")):
        other = demo_store.record_list(kind)
        other.set_filter(Filter(text=text))
        assert other.count >= 1, kind


def test_a_refresh_sees_a_new_record(demo_store, tmp_path):
    from tests.conftest import TODAY, make_catch

    records = demo_store.record_list("catch")
    before = records.count
    saved = demo_store.save(make_catch("CT-LIST-1", place="list refresh"), today=TODAY)
    records.refresh()
    assert records.count == before + 1
    records.set_filter(Filter(text="list refresh"))
    assert _uuids(records) == [saved]
    demo_store.delete("catch", saved)


def test_the_unfiltered_catch_count_comes_from_the_daily_totals_and_stays_right(store):
    uuids = [store.save(make_catch(f"CT-{n}"), today=TODAY) for n in range(5)]
    store.delete("catch", uuids[0])
    store.approve("catch", uuids[1:3])
    store.write_batch([make_catch("CT-9"), make_catch("CT-4", place="changed")])
    rows = store.record_list("catch")
    assert rows.count == store.count("catch") == 5
    rows.set_filter(Filter(nationality="VNM"))
    assert rows.count == 5
