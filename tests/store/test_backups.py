"""Backups with SQLite's online backup API: consistent while another process writes,
verified, rotated; restoring keeps the replaced database aside."""

import datetime as dt
import subprocess
import sys
import time

import pytest

from smugdesk.cli import main
from smugdesk.files import OverDatabase
from smugdesk.store import Actor, open_store
from smugdesk.store.audit import AuditFilter
from smugdesk.store.backups import BackupFailed, backup, check_backup, integrity_ok, restore
from tests.conftest import TODAY, make_catch

WRITER = """
import sys, time
sys.path.insert(0, {root!r})
from smugdesk.store import Actor, open_store
from tests.conftest import TODAY, make_catch
with open_store({db!r}, Actor("writer", "ws-02")) as store:
    n = 0
    end = time.monotonic() + {seconds}
    while time.monotonic() < end:
        n += 1
        store.save(make_catch(f"W-{{n}}"), today=TODAY)
        time.sleep(0.003)
"""


def _live_catches(path):
    with open_store(path) as store:
        return store.count("catch")


def test_a_backup_taken_while_another_process_saves_verifies_and_holds_what_committed(
    db_path, tmp_path, monkeypatch
):
    """The copy goes a few pages at a time (as it does 32 MB at a time on a large file),
    so that the writer commits between its steps: it stays one snapshot all the same."""
    import tests
    from smugdesk.store import backups

    monkeypatch.setattr(backups, "STEP_PAGES", 2)

    root = str(tests.__path__[0].rsplit("/", 1)[0])
    open_store(db_path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER.format(root=root, db=str(db_path), seconds=4)]
    )
    try:
        deadline = time.monotonic() + 30  # until the writer is saving (slow on a busy machine)
        while _live_catches(db_path) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        for n in range(4):
            committed = _live_catches(db_path)
            heard = []
            with open_store(db_path, Actor("t", "t")) as store:
                done = backup(
                    store,
                    tmp_path / f"b{n}.sqlite",
                    progress=lambda *said, to=heard: to.append(said),
                )
            assert done.counts["catch"] >= committed > 0
            copied = [f for stage, f in heard if stage.id == "backup.copying"]
            assert len(copied) > 3 and copied == sorted(copied) and copied[-1] == 1
            assert heard[-1] == (backups.VERIFYING(), None)
            with open_store(done.path) as copy:  # it opens, and holds what it says
                assert copy.count("catch") == done.counts["catch"]
                assert integrity_ok(copy.db.conn) and copy.audit.verify().holds
            time.sleep(0.2)
    finally:
        assert writer.wait(timeout=30) == 0


def test_a_folder_keeps_the_newest_backups_only(store, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup")
    clock = [dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)]
    store.access.clock = lambda: clock[0]
    made = []
    for _ in range(4):
        made.append(backup(store, folder, keep=2))
        clock[0] += dt.timedelta(hours=1)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [made[2].path.name, made[3].path.name, "notes.txt"]
    )
    assert made[3].removed == (made[1].path,)
    notes = store.audit.entries(AuditFilter(action="backup"))
    assert len(notes) == 4 and notes[0].detail["removed"] == [made[1].path.name]


def test_restore_puts_a_backup_back_and_keeps_the_replaced_database(db_path, tmp_path):
    with open_store(db_path) as store:
        store.save(make_catch("KEPT"), today=TODAY)
        copy = backup(store, tmp_path / "b.sqlite").path
        store.save(make_catch("LATER"), today=TODAY)
    heard = []
    aside = restore(
        db_path, copy, dt.datetime(2026, 11, 28, 10, 0), progress=lambda *s: heard.append(s)
    )
    assert heard[0][0].id == "backup.checking" and heard[-1][0].id == "backup.copying"
    assert heard[-1][1] == 1  # the whole backup copied back
    with open_store(db_path) as store:
        assert set(store.find("catch", ["KEPT", "LATER"])) == {"kept"}
        assert store.audit.verify().holds
    with open_store(aside) as old:
        assert old.count("catch") == 2


def test_a_damaged_database_is_restored_over_and_kept_as_it_was(db_path, tmp_path, capsys):
    """The case backups are for: a database that cannot be read. It cannot say who may
    restore (its accounts are in it): the backup goes in, the damaged file and its
    write-ahead log are kept beside it untouched, and the restore says so in the audit."""
    from smugdesk.accounts.roles import Role, User

    with open_store(db_path) as store:
        store.save(make_catch("KEPT"), today=TODAY)
        store.access.add_user(User("admin", Role.ADMINISTRATOR), "a long enough passphrase")
        copy = backup(store, tmp_path / "b.sqlite").path
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"what the damaged file's log held")
    damaged = b"broken by a failing disk" + db_path.read_bytes()[24:]
    db_path.write_bytes(damaged)
    assert main(["restore", "--db", str(db_path), str(copy)]) == 0
    out = capsys.readouterr().out
    assert "It cannot say who may restore it" in out and "Restored" in out
    [aside] = [p for p in db_path.parent.glob("*.replaced-*") if p.suffix == ".sqlite"]
    assert aside.read_bytes() == damaged
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"what the damaged file's log held"
    with open_store(db_path) as store:
        store.access.login("admin", "a long enough passphrase")
        assert set(store.find("catch", ["KEPT"])) == {"kept"}  # keys as found, folded
        [note] = store.audit.entries(AuditFilter(action="restore"))
        assert note.detail["kept_damaged"] is True and note.user == store.actor.user


def test_a_backup_never_takes_the_place_of_the_database_or_its_files(store, tmp_path):
    """`smugdesk backup --db X X` replaced the open database with its copy (the audit's
    note then went to the file replaced); its log or key file would have been worse."""
    source = store.path
    before = source.read_bytes()
    (tmp_path / "link.sqlite").symlink_to(source)
    for dest in ("", "-wal", "-shm", "-journal", "-keys"):
        with pytest.raises(OverDatabase, match="is a database, or a file of one in use"):
            backup(store, source.with_name(source.name + dest))
    with pytest.raises(OverDatabase, match="is a database, or a file of one in use"):
        backup(store, tmp_path / "link.sqlite")
    with pytest.raises(BackupFailed, match="not a backup of it; nothing was restored"):
        restore(source, tmp_path / "link.sqlite", dt.datetime(2026, 11, 28, 10, 0))
    assert source.read_bytes() == before and store.audit.verify().holds


def test_a_bad_backup_is_refused_and_nothing_changes(db_path, tmp_path):
    with open_store(db_path) as store:
        store.save(make_catch(), today=TODAY)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupFailed, match="not a good smugdesk backup"):
        check_backup(bad)
    code = main(["restore", "--db", str(db_path), str(bad)])
    assert code == 2 and _live_catches(db_path) == 1
    assert sorted(p.name for p in db_path.parent.iterdir() if p.suffix == ".sqlite") == [
        "bad.sqlite",
        "test.sqlite",
    ]


def test_the_command_line_backs_up_and_restores(db_path, tmp_path, capsys):
    with open_store(db_path) as store:
        store.save(make_catch(), today=TODAY)
    folder = tmp_path / "keep"
    folder.mkdir()
    assert main(["backup", "--db", str(db_path), str(folder), "--keep", "3"]) == 0
    assert "verified: " in capsys.readouterr().out
    [copy] = folder.iterdir()
    assert main(["restore", "--db", str(db_path), str(copy)]) == 0
    assert "is kept as" in capsys.readouterr().out
    with open_store(db_path) as store:
        assert store.audit.entries(AuditFilter(action="restore"))


def test_a_backup_that_cannot_be_written_says_so_and_leaves_nothing(db_path, tmp_path, capsys):
    open_store(db_path).close()
    missing = tmp_path / "no such folder" / "b.sqlite"
    assert main(["backup", "--db", str(db_path), str(missing)]) == 2
    assert "cannot be opened" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_a_folder_always_keeps_the_backup_just_made(store, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(ValueError, match="keep must be 1 or more"):
        backup(store, folder, keep=0)
    assert list(folder.iterdir()) == []
    made = backup(store, folder, keep=1)
    assert list(folder.iterdir()) == [made.path]
