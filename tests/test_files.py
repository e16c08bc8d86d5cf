"""Files written whole or not at all, and failures that name the file asked for."""

import pytest

from smugdesk.files import atomic_path, atomic_stream


def test_a_failure_names_the_file_asked_for_not_the_temporary_one(tmp_path):
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as info, atomic_stream(folder) as out:
        out.write(b"report")
    assert info.value.filename == str(folder)
    missing = tmp_path / "no such folder" / "r.pdf"
    with pytest.raises(FileNotFoundError) as info, atomic_path(missing):
        pass
    assert info.value.filename == str(missing)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a folder"]


def test_a_failure_of_the_work_itself_goes_on_as_it_was(tmp_path):
    other = tmp_path / "other.txt"
    with pytest.raises(FileNotFoundError) as info, atomic_path(tmp_path / "r.pdf"):
        other.read_text()
    assert info.value.filename == str(other)
    assert list(tmp_path.iterdir()) == []


def test_no_document_is_written_over_a_database_in_use(tmp_path):
    """`smugdesk export --db X X` once wrote the workbook over the database."""
    from smugdesk.cli import main
    from smugdesk.files import OverDatabase
    from smugdesk.store import open_store

    db = tmp_path / "station.sqlite"
    store = open_store(db)
    (tmp_path / "link.sqlite").symlink_to(db)
    for name in ("station.sqlite", "station.sqlite-wal", "station.sqlite-keys", "link.sqlite"):
        with (
            pytest.raises(OverDatabase, match="is a database, or a file of one"),
            atomic_stream(tmp_path / name) as out,
        ):
            out.write(b"a report")
    again = open_store(db)  # a second store of the same file, then closed: still held
    again.close()
    with pytest.raises(OverDatabase), atomic_path(db):
        pass
    store.close()
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
    assert main(["export", "--db", str(db), str(db)]) == 2  # open by the command itself
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
    # Nothing open: still a database, and no document goes over one (`smugdesk template
    # campaign.sqlite`); any other file may be replaced.
    with pytest.raises(OverDatabase), atomic_stream(tmp_path / "link.sqlite") as out:
        out.write(b"a report")
    (tmp_path / "old.pdf").write_bytes(b"%PDF an older report")
    with atomic_stream(tmp_path / "old.pdf") as out:
        out.write(b"%PDF a report")
    assert (tmp_path / "old.pdf").read_bytes() == b"%PDF a report"
