import datetime as dt
import time
import uuid

import pytest

from smugdesk.domain.agencies import DEFAULT_AGENCIES
from smugdesk.domain.records import Agency, HeadCount, Invalid
from smugdesk.store import DuplicateKey, open_store
from smugdesk.store.records import new_uuids
from tests.conftest import TODAY, make_bust, make_case, make_catch


def test_new_database_has_pragmas_and_default_agencies(store):
    q = store.db.conn.execute
    assert q("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert q("PRAGMA foreign_keys").fetchone()[0] == 1
    assert q("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert q("PRAGMA busy_timeout").fetchone()[0] >= 5000
    codes = {e.record.code for e in store.all("agency")}
    assert codes == {a.code for a in DEFAULT_AGENCIES}
    assert {"GD-PSD", "GX-PSD", "YN-PSD", "MPS-BCB", "HKPF", "HKID", "MOPSP"} == codes


def test_save_and_read_back_a_catch_with_metadata(store):
    catch = make_catch(
        counts=(HeadCount("VNM", 7, 5, 2, 0), HeadCount("LAO", 3)),
        assisting_agencies=("HKPF", "GX-PSD"),
        notes="multi\nline",
    )
    uuid = store.save(catch, today=TODAY)
    assert store.get("catch", uuid) == catch
    row = next(store.db.query("SELECT * FROM catches WHERE uuid = ?", [uuid]))
    assert row["persons"] == 10
    assert row["created_by"] == "officer1" and row["created_on"] == "ws-01"
    assert row["created_at"].endswith("Z") and row["changed_at"] == row["created_at"]
    [entry] = store.history(uuid)
    assert entry.action == "create" and entry.before is None
    assert entry.after["ref"] == "CT-1"
    assert entry.user == "officer1" and entry.workstation == "ws-01"


def test_change_keeps_uuid_and_audits_before_and_after(store):
    uuid = store.save(make_catch(), today=TODAY)
    changed = make_catch(ref="CT-1b", place="Dongxing")
    assert store.save(changed, uuid, today=TODAY) == uuid
    assert store.get("catch", uuid) == changed
    entries = store.history(uuid)
    assert [e.action for e in entries] == ["create", "change"]
    assert entries[1].before["ref"] == "CT-1"
    assert entries[1].after["place"] == "Dongxing"
    # Saving the same values again writes nothing.
    store.save(changed, uuid, today=TODAY)
    assert len(store.history(uuid)) == 2


def test_invalid_record_is_refused_and_nothing_written(store):
    bad = make_catch(counts=(HeadCount("VNM", 12, 9, 7),))
    with pytest.raises(Invalid) as info:
        store.save(bad, today=TODAY)
    assert [p.field for p in info.value.problems] == ["female"]
    assert store.count("catch") == 0
    assert store.db.conn.execute("SELECT count(*) FROM audit WHERE kind='catch'").fetchone()[0] == 0


def test_duplicate_key_is_a_problem_on_the_key_field(store):
    store.save(make_catch(), today=TODAY)
    with pytest.raises(Invalid) as info:
        store.save(make_catch(ref="ct-1"), today=TODAY)
    assert str(info.value.problems[0]) == "ref: 'ct-1' is already used by another catch"


def test_soft_delete_hides_record_and_frees_its_key(store):
    uuid = store.save(make_catch(), today=TODAY)
    store.delete("catch", uuid)
    assert store.count("catch") == 0
    with pytest.raises(KeyError):
        store.get("catch", uuid)
    row = next(store.db.query("SELECT deleted_at FROM catches WHERE uuid = ?", [uuid]))
    assert row["deleted_at"]
    assert [e.action for e in store.history(uuid)] == ["create", "delete"]
    store.save(make_catch(), today=TODAY)  # the ref can be used again
    assert store.count("catch") == 1


def test_agency_or_case_in_use_cannot_be_deleted(store):
    store.save(make_case(), today=TODAY)
    store.save(make_catch(case_no="K-1", assisting_agencies=("HKPF",)), today=TODAY)
    case_uuid = store.find("case", ["K-1"])["k-1"].uuid
    with pytest.raises(Invalid, match="still used by 1 catches"):
        store.delete("case", case_uuid)
    hkpf = store.find("agency", ["HKPF"])["hkpf"].uuid
    with pytest.raises(Invalid, match="assisting"):
        store.delete("agency", hkpf)
    assert store.count("case") == 1


def test_bust_and_case_round_trip(store):
    store.save(make_case(cracked_on=dt.date(2017, 11, 24), summary="<b>&"), today=TODAY)
    bust = make_bust(case_no="K-1", notable=True, press_note="17 organizers held.")
    uuid = store.save(bust, today=TODAY)
    assert store.get("bust", uuid) == bust
    assert store.find("case", ["k-1"])["k-1"].record.summary == "<b>&"


def test_agency_code_change_keeps_references(store):
    uuid = store.save(make_catch(), today=TODAY)
    gd = store.find("agency", ["GD-PSD"])["gd-psd"]
    store.save(Agency("GDPSD", gd.record.name, "Guangdong"), gd.uuid, today=TODAY)
    assert store.get("catch", uuid).agency == "GDPSD"


def test_write_batch_is_all_or_nothing(store):
    good, also_good = make_catch("A"), make_catch("B")
    dup = make_catch("A")  # the same key twice in one batch
    with pytest.raises(DuplicateKey, match="'A' is already used"):
        store.write_batch([good, also_good, dup])
    assert store.count("catch") == 0


def test_saves_use_begin_immediate(store):
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    store.save(make_catch(), today=TODAY)
    store.db.conn.set_trace_callback(None)
    assert statements[0] == "BEGIN IMMEDIATE"
    assert statements[-1] == "COMMIT"


def test_second_connection_sees_committed_saves(db_path, store):
    store.save(make_catch(), today=TODAY)
    with open_store(db_path) as other:
        assert other.count("catch") == 1


def test_audit_json_holds_every_stored_value_in_order(store):
    catch = make_catch(
        counts=(HeadCount("VNM", 7, 5, 2, 0), HeadCount("LAO", 3)),
        assisting_agencies=("HKPF", "GX-PSD"),
        case_no="",
        notable=True,
    )
    uuid = store.save(catch, today=TODAY)
    after = store.history(uuid)[0].after
    assert after["assisting_agencies"] == ["HKPF", "GX-PSD"]
    assert after["counts"] == [
        {"nationality": "VNM", "persons": 7, "male": 5, "female": 2, "minors": 0},
        {"nationality": "LAO", "persons": 3, "male": None, "female": None, "minors": None},
    ]
    assert after["notable"] is True and after["case_no"] == ""
    assert after["date"] == "2017-11-24" and after["agency"] == "GD-PSD"


def test_report_totals_follow_every_save_change_and_delete(store):
    from smugdesk.store.schema import AGGREGATE_TABLES, rebuild_aggregates

    store.save(make_case(), today=TODAY)
    a = store.save(
        make_catch(
            "A",
            counts=(HeadCount("VNM", 5), HeadCount("LAO", 2)),
            assisting_agencies=("HKPF",),
            case_no="K-1",
        ),
        today=TODAY,
    )
    b = store.save(make_catch("B", date=dt.date(2016, 2, 29)), today=TODAY)
    store.save(
        make_catch(
            "A",
            date=dt.date(2017, 1, 1),
            agency="HKPF",
            counts=(HeadCount("PAK", 4),),
            destination="Hong Kong",
            case_no="K-1",
        ),
        a,
        today=TODAY,
    )
    store.delete("catch", b)
    store.write_batch([make_catch("C"), make_catch("D", counts=(HeadCount("MMR", 9),))])
    store.approve("catch", [a])  # moves A's totals to the approved side
    c = store.find("catch", ["C"])["c"].uuid
    store.approve("catch", [c])
    store.unlock("catch", c, "a second look")  # and back

    def live():
        return {
            t: [
                r
                for r in store.db.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3")
                if r[-1]  # the last column counts catches or persons: zero rows add nothing
            ]
            for t in AGGREGATE_TABLES
        }

    kept = live()
    with store.transaction():
        rebuild_aggregates(store.db)
    assert live() == kept
    assert kept["agg_case"] == [(1, 1, 4, 1)]  # case 1: approved, 4 persons, 1 catch


def test_record_uuids_are_version_7_unique_and_ascending(store):
    first = list(new_uuids(3_000))
    assert len(set(first)) == 3_000 and first == sorted(first)
    parsed = [uuid.UUID(u) for u in first]
    assert {u.version for u in parsed} == {7} and {u.variant for u in parsed} == {uuid.RFC_4122}
    ms = parsed[0].int >> 80
    assert abs(ms / 1000 - time.time()) < 60  # the clock, in milliseconds
    time.sleep(0.002)
    assert next(new_uuids(1)) > first[-1]  # a later batch sorts after
    saved = store.save(make_catch(), today=TODAY)
    assert uuid.UUID(saved).version == 7


def test_search_text_follows_every_save_change_and_delete(store):
    from smugdesk.store.schema import SEARCH_TEXT, search_table

    store.save(make_case(summary="Boats from Beihai"), today=TODAY)
    a = store.save(make_catch("A", place="Dongxing", notes="In a lorry"), today=TODAY)
    b = store.save(make_catch("B", press_note="145 Vietnamese"), today=TODAY)
    store.save(make_catch("A", place="Ruili", notes="On foot"), a, today=TODAY)
    store.delete("catch", b)
    store.save(make_bust(gang="Red River"), today=TODAY)
    store.write_batch([make_catch("C", place="Tuen Mun"), make_catch("A", place="Jiegao")])

    def stored(table):
        return store.db.conn.execute(f"SELECT * FROM {search_table(table)} ORDER BY id").fetchall()

    for table, text in SEARCH_TEXT.items():
        expected = store.db.conn.execute(
            f"SELECT c.id, {text} FROM {table} c WHERE c.deleted_at IS NULL ORDER BY c.id"
        ).fetchall()
        assert stored(table) == expected, table
    assert [text.split("\x1f")[:2] for _id, text in stored("catches")] == [
        ["A", "Jiegao"],
        ["C", "Tuen Mun"],
    ]


def test_a_save_reads_only_the_case_it_names(store):
    # A campaign holds tens of thousands of cases; a save must not read them all.
    for no in ("K-1", "K-2", "K-3"):
        store.save(make_case(no), today=TODAY)
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        uuid = store.save(make_catch(case_no="k-2"), today=TODAY)  # refused: not the spelling
    except Invalid as invalid:
        assert [p.field for p in invalid.problems] == ["case_no"]
    else:
        raise AssertionError(f"saved {uuid}")
    store.save(make_catch(case_no="K-2"), today=TODAY)
    store.db.conn.set_trace_callback(None)
    reads = [s for s in statements if "FROM cases" in s and "SELECT" in s]
    assert reads and all("IN (" in s or "id = " in s for s in reads), reads
    assert store.get("catch", store.all("catch")[0].uuid).case_no == "K-2"


def test_keys_beyond_ascii_are_found_again(store):
    # Python folds "ß" to "ss"; SQLite's NOCASE leaves it: lookups send keys as typed.
    store.save(make_case("Straße-1"), today=TODAY)
    uuid = store.save(make_catch("Größe-1", case_no="Straße-1"), today=TODAY)
    with pytest.raises(Invalid) as info:
        store.save(make_catch("Größe-1"), today=TODAY)
    assert [p.field for p in info.value.problems] == ["ref"]
    again = store.write_batch([make_catch("Größe-1", case_no="Straße-1")])
    assert again.unchanged["catch"] == 1 and not again.added["catch"]
    assert store.get("catch", uuid).case_no == "Straße-1"


def test_the_next_reference_is_one_above_the_highest_of_its_form(store):
    assert store.next_ref("catch", "CT", 2017) == "CT-2017-000001"
    for ref in (
        "CT-2017-000001",
        "ct-2017-000041",
        "CT-2017-000007",
        "CT-2017-00099X",
        "CT-2016-000500",
        "OTHER",
    ):
        store.save(make_catch(ref), today=TODAY)
    assert store.next_ref("catch", "CT", 2017) == "CT-2017-000042"
    assert store.next_ref("catch", "CT", 2016) == "CT-2016-000501"
    assert store.next_ref("bust", "GB", 2017) == "GB-2017-000001"
    uuid = store.find("catch", ["ct-2017-000041"])["ct-2017-000041"].uuid
    store.delete("catch", uuid)
    assert store.next_ref("catch", "CT", 2017) == "CT-2017-000042"  # never reused
