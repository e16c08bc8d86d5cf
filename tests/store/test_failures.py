"""Expected failures become StoreErrors that say what to do, told apart by SQLite's
result code; each is caused here by SQLite itself, and each leaves the file as it was."""

import pytest

from smugdesk.domain.records import Agency
from smugdesk.io.importer import import_workbook
from smugdesk.store import (
    DatabaseLocked,
    DiskFull,
    NotADatabase,
    ReadOnlyDatabase,
    StoreError,
    database,
    engine,
    open_store,
)
from smugdesk.store.database import known_errors
from tests.conftest import TODAY, make_catch
from tests.io.helpers import catches, write_book


@pytest.fixture
def short_wait(monkeypatch):
    """Connections opened from here on give up on a lock after 0.2 s, not 10."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)


def test_a_database_another_program_keeps_locked(db_path, short_wait):
    with open_store(db_path) as store:
        other = engine.connect(db_path)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            with pytest.raises(DatabaseLocked, match="in use by another program"):
                store.save(make_catch(), today=TODAY)
        finally:
            other.rollback()
            other.close()
        assert store.count("catch") == 0


def test_a_read_only_database(db_path):
    open_store(db_path).close()
    conn = engine.connect(f"file:{db_path}?mode=ro", uri=True)
    with pytest.raises(ReadOnlyDatabase, match="read-only"), known_errors(db_path):
        conn.execute("INSERT INTO agencies (code) VALUES ('X')")
    conn.close()


def test_a_full_disk_refuses_the_save_that_does_not_fit_and_keeps_the_rest(db_path):
    with open_store(db_path) as store:
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # a nearly full disk
        saved = []
        with pytest.raises(DiskFull, match="is full; nothing was saved"):
            for n in range(1, 2_000):
                store.save(make_catch(f"CT-{n}", notes="x" * 3_000), today=TODAY)
                saved.append(f"CT-{n}")
        assert saved  # some fitted
        assert {e.record.ref for e in store.all("catch")} == set(saved)
        store.db.conn.execute("PRAGMA max_page_count = 1073741823")
        assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_that_is_not_a_database(tmp_path):
    bad = tmp_path / "letter.smugdesk"
    bad.write_bytes(b"Dear officer, " * 1000)
    with pytest.raises(NotADatabase, match="not a smugdesk database"):
        open_store(bad)
    assert bad.read_bytes() == b"Dear officer, " * 1000


def test_a_path_that_cannot_be_opened(tmp_path):
    folder = tmp_path / "a-folder.smugdesk"
    folder.mkdir()
    with pytest.raises(StoreError, match="cannot be opened"):
        open_store(folder)


def test_a_bug_is_not_dressed_up_as_a_store_error(db_path):
    with (
        open_store(db_path) as store,
        pytest.raises(engine.OperationalError, match="syntax"),
        known_errors(db_path),
    ):
        store.db.conn.execute("SELEKT 1")


def test_an_agency_deleted_while_a_workbook_is_imported_waits_for_the_import(
    db_path, tmp_path, short_wait
):
    """The references the rows are checked against are those the rows are written with:
    a second program's delete between checking and writing must wait, not break it."""
    with open_store(db_path) as store:
        store.save(Agency("XX-PSD", "Test bureau", "Guangdong"), today=TODAY)
    book = write_book(tmp_path / "w.xlsx", {"Catches": catches(3, agency="XX-PSD")})
    attempts = []

    def meanwhile(stage):
        if stage == "writing":
            with open_store(db_path) as other:
                agency = other.find("agency", ["XX-PSD"])["xx-psd"]
                try:
                    other.delete("agency", agency.uuid)
                except DatabaseLocked as exc:
                    attempts.append(exc)

    with open_store(db_path) as store:
        result = import_workbook(store, book, today=TODAY, progress=meanwhile)
        assert result.summary.added["catch"] == 3
        assert len(attempts) == 1  # the delete had to wait; it did not slip in between
