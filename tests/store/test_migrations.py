import pytest
import sqlite_utils

from smugdesk.domain.agencies import DEFAULT_AGENCIES
from smugdesk.domain.records import HeadCount
from smugdesk.store import NewerDatabase, NotADatabase, engine, open_store
from smugdesk.store.database import connect
from smugdesk.store.schema import AGGREGATE_TABLES, SCHEMA_VERSION, migrations
from tests.conftest import TODAY, make_catch

NAMES = [m.name for m in migrations._migrations]


def test_empty_file_gets_the_whole_schema(db_path):
    with open_store(db_path) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {m.name for m in migrations.applied(store.db)} == set(NAMES)
        assert {
            "agencies",
            "cases",
            "catches",
            "catch_counts",
            "busts",
            "bust_arrests",
            "audit",
        } <= set(store.db.table_names())
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("stop_before", NAMES)
def test_every_earlier_schema_version_migrates(db_path, stop_before):
    db = connect(db_path)
    migrations.apply(db, stop_before=stop_before)
    earlier = len(migrations.applied(db))
    db.conn.execute(f"PRAGMA user_version = {earlier}")
    db.conn.execute("PRAGMA application_id = 1397577031")
    if earlier:  # smugdesk at that version had seeded the default agencies
        stamp = ["2016-01-01T00:00:00Z", "old", "old"] * 2
        for n, a in enumerate(DEFAULT_AGENCIES):
            db.conn.execute(
                "INSERT INTO agencies (uuid, code, name, name_zh, jurisdiction, kind, "
                "created_at, created_by, created_on, changed_at, changed_by, changed_on) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [f"old-{n}", a.code, a.name, a.name_zh, a.jurisdiction, a.kind, *stamp],
            )
            if "0005_audit_chain" not in [m.name for m in migrations.applied(db)]:
                db.conn.execute(  # the audit before it was a chain
                    "INSERT INTO audit (at, user, workstation, kind, record_uuid, action, "
                    "before, after) VALUES (?, 'old', 'old', 'agency', ?, 'create', NULL, ?)",
                    [stamp[0], f"old-{n}", f'{{"code": "{a.code}"}}'],
                )
        db.conn.commit()
    db.close()
    with open_store(db_path) as store:
        assert [m.name for m in migrations.applied(store.db)] == NAMES
        store.save(make_catch(), today=TODAY)
        assert store.count("catch") == 1
        assert store.count("agency") == len(DEFAULT_AGENCIES)
        if NAMES.index(stop_before) <= NAMES.index("0004_search_text"):
            searchable = store.db.conn.execute("SELECT count(*) FROM search_agencies").fetchone()
            assert searchable == (len(DEFAULT_AGENCIES),)  # filled from the rows already there
        verdict = store.audit.verify()
        assert verdict.holds
        # The agencies' entries: the old unchained ones, or those of a new file's seeding.
        chained_before = earlier > NAMES.index("0005_audit_chain")
        assert verdict.head.entries == (0 if chained_before else len(DEFAULT_AGENCIES)) + 1


def test_report_totals_migration_fills_totals_from_existing_records(db_path, tmp_path):
    records = [make_catch("A", counts=(HeadCount("VNM", 5), HeadCount("LAO", 2))), make_catch("B")]
    with open_store(tmp_path / "today.sqlite") as today:  # as smugdesk writes them now
        for record in records:
            today.save(record, today=TODAY)
        expected = totals(today)
    # The same records in a file of schema 1, as smugdesk 0001 wrote it: no totals.
    db = connect(db_path)
    migrations.apply(db, stop_before="0002_report_totals")
    stamp = ["2016-01-01T00:00:00Z", "old", "old"] * 2
    db.conn.execute(
        "INSERT INTO agencies (id, uuid, code, name, jurisdiction, created_at, created_by, "
        "created_on, changed_at, changed_by, changed_on) "
        "VALUES (1, 'a', 'GD-PSD', 'Guangdong', 'Guangdong', ?, ?, ?, ?, ?, ?)",
        stamp,
    )
    for n, record in enumerate(records, start=1):
        db.conn.execute(
            "INSERT INTO catches (id, uuid, ref, date, agency_id, province, destination, "
            "persons, created_at, created_by, created_on, changed_at, changed_by, changed_on) "
            "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                n,
                f"c{n}",
                record.ref,
                record.date.isoformat(),
                record.province,
                record.destination,
                record.persons,
                *stamp,
            ],
        )
        for line, c in enumerate(record.counts):
            db.conn.execute(
                "INSERT INTO catch_counts VALUES (?, ?, ?, ?, ?, ?, ?)",
                [n, line, c.nationality, c.persons, c.male, c.female, c.minors],
            )
    db.conn.execute("PRAGMA user_version = 1")
    db.conn.execute("PRAGMA application_id = 1397577031")
    db.conn.commit()
    db.close()
    with open_store(db_path) as store:
        assert totals(store) == expected
        assert expected["agg_nationality_day"] == [
            ("2017-11-24", "LAO", 0, 2),
            ("2017-11-24", "VNM", 0, 17),
        ]


def totals(store):
    return {
        t: store.db.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
        for t in AGGREGATE_TABLES
    }


def test_reopening_applies_nothing_and_keeps_data(db_path):
    with open_store(db_path) as store:
        store.save(make_catch(), today=TODAY)
    with open_store(db_path) as store:
        assert store.count("catch") == 1
        assert store.count("agency") == 7  # defaults are not added twice


def test_newer_database_is_refused_with_a_clear_message(db_path):
    open_store(db_path).close()
    conn = engine.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerDatabase, match="newer smugdesk"):
        open_store(db_path)


def test_unknown_migration_name_means_newer(db_path):
    open_store(db_path).close()
    db = sqlite_utils.Database(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "smugdesk", "name": "9999_future", "applied_at": "x"}
    )
    db.close()
    with pytest.raises(NewerDatabase):
        open_store(db_path)


def test_another_programs_database_is_refused(db_path):
    conn = engine.connect(db_path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.close()
    with pytest.raises(NotADatabase, match="not a smugdesk"):
        open_store(db_path)


def test_garbage_file_is_refused(db_path):
    db_path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(NotADatabase):
        open_store(db_path)
