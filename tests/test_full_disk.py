"""A full disk and a read-only medium: every save, import, backup, report, export and
encryption says so in plain words, exits 2 on the command line, leaves no half-written
file, and leaves the database as it was.

Where the machine lets the tests mount a small tmpfs (root with CAP_SYS_ADMIN, as CI
runs), they fill a real file system and remount it read-only; the fault-injection tests
below make the same failures happen inside the write calls everywhere else.
"""

import datetime as dt
import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from smugdesk.cli import main
from smugdesk.store import DiskFull, ReadOnlyDatabase, StoreError, open_store
from smugdesk.store import encryption as crypt
from smugdesk.store.backups import backup, restore
from smugdesk.store.engine import PLAIN_HEADER
from tests.conftest import TODAY, make_catch
from tests.io.helpers import catches, dump_records, write_book

REPORT = ["--from", "2017-01-01", "--to", "2017-12-31"]


class SmallDisk:
    def __init__(self, where: Path) -> None:
        self.where = where
        self.filler = where / "filler.bin"

    def fill(self) -> None:
        """Write until the file system refuses even a byte: nothing is left free."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            for size in (1 << 16, 4096, 1):
                try:
                    while True:
                        os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
        finally:
            os.close(fd)

    def free(self) -> None:
        self.filler.unlink()

    def read_only(self) -> None:
        _mount("-o", "remount,ro", str(self.where))


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def disk(tmp_path):
    where = tmp_path / "disk"
    where.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command: the fault-injection tests cover a full disk here")
    done = _mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(
            f"a small file system cannot be mounted here ({done.stderr.strip()}): "
            "the fault-injection tests cover a full disk"
        )
    try:
        yield SmallDisk(where)
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def run(capsys, argv):
    code = main(argv)
    return code, capsys.readouterr().err


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler.bin")


def test_everything_on_a_full_disk_is_refused_plainly_and_changes_nothing(disk, tmp_path, capsys):
    db = disk.where / "station.sqlite"
    book = write_book(tmp_path / "in.xlsx", {"Catches": catches(40)})
    store = open_store(db)
    store.save(make_catch(notes="kept"), today=TODAY)
    before = dump_records(store)
    good = backup(store, tmp_path / "good.sqlite").path  # kept where there is room
    files_before = _leftovers(disk.where)
    disk.fill()
    try:
        with pytest.raises(DiskFull, match="is full; nothing was saved"):
            for n in range(2, 200):  # the WAL may have room for a few pages
                store.save(make_catch(f"CT-{n}", notes="x" * 4000), today=TODAY)
        assert dump_records(store) == before or len(dump_records(store)) > len(before)
        before = dump_records(store)
        code, err = run(capsys, ["import", "--db", str(db), str(book)])
        assert code == 2 and "is full" in err and "Traceback" not in err
        (disk.where / "backups").mkdir(exist_ok=True)
        with pytest.raises(StoreError, match="full"):
            backup(store, disk.where / "backups")
        assert _leftovers(disk.where / "backups") == []
        for argv in (
            ["report", "--db", str(db), *REPORT, "--pdf", str(disk.where / "r.pdf")],
            ["report", "--db", str(db), *REPORT, "--xlsx", str(disk.where / "r.xlsx")],
            ["export", "--db", str(db), str(disk.where / "all.xlsx")],
        ):
            code, err = run(capsys, argv)
            assert code == 2 and "No space left on device" in err, (argv, err)
        with pytest.raises(StoreError, match="full"):  # copied beside it first: no room
            restore(db, good, dt.datetime(2026, 11, 28, 12, 0))
        with pytest.raises(StoreError):
            crypt.encrypt(open_store(db), passphrase="a passphrase long enough")
        assert db.read_bytes().startswith(PLAIN_HEADER)
        assert _leftovers(disk.where) == sorted([*files_before, "backups"])
        assert dump_records(store) == before
    finally:
        disk.free()
    store.save(make_catch("CT-AFTER"), today=TODAY)  # room again: all works
    assert store.count("catch") == len([r for r in before if 'INTO "catches"' in r]) + 1
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_a_read_only_medium_is_refused_plainly_and_changes_nothing(disk, tmp_path, capsys):
    db = disk.where / "station.sqlite"
    with open_store(db) as store:
        store.save(make_catch(), today=TODAY)
        before = dump_records(store)
    raw = db.read_bytes()
    disk.read_only()
    with pytest.raises(StoreError) as refused:
        open_store(db).save(make_catch("CT-2"), today=TODAY)
    assert isinstance(refused.value, ReadOnlyDatabase) or "cannot be opened" in str(refused.value)
    code, err = run(
        capsys,
        ["import", "--db", str(db), str(write_book(tmp_path / "b.xlsx", {"Catches": catches(2)}))],
    )
    assert code == 2 and "Traceback" not in err
    writable = tmp_path / "ok.sqlite"
    with open_store(writable) as store:
        store.save(make_catch(), today=TODAY)
        with pytest.raises(StoreError):
            backup(store, disk.where)
    for argv in (
        ["report", "--db", str(writable), *REPORT, "--pdf", str(disk.where / "r.pdf")],
        ["export", "--db", str(writable), str(disk.where / "all.xlsx")],
        ["backup", "--db", str(writable), str(disk.where)],
    ):
        code, err = run(capsys, argv)
        assert code == 2 and "Traceback" not in err and err.startswith("error:"), (argv, err)
    assert db.read_bytes() == raw
    assert sorted(p.name for p in disk.where.iterdir()) == ["station.sqlite"]
    del before


# -- the same failures by fault injection, wherever the tests run ----------------------


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_injected_full_disk_for_reports_and_exports_leaves_no_file(
    db_path, tmp_path, capsys, monkeypatch
):
    open_store(db_path).close()
    monkeypatch.setattr("smugdesk.files.os.replace", _no_space)
    for argv in (
        ["report", "--db", str(db_path), *REPORT, "--pdf", str(tmp_path / "r.pdf")],
        ["report", "--db", str(db_path), *REPORT, "--xlsx", str(tmp_path / "r.xlsx")],
        ["export", "--db", str(db_path), str(tmp_path / "all.xlsx")],
    ):
        code, err = run(capsys, argv)
        assert code == 2 and "No space left on device" in err, (argv, err)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(db_path.name)) == []


def test_injected_full_disk_refuses_an_import_whole(db_path, tmp_path, capsys):
    with open_store(db_path) as store:
        store.save(make_catch(), today=TODAY)
        before = dump_records(store)
    book = write_book(tmp_path / "in.xlsx", {"Catches": catches(300)})
    with open_store(db_path) as store:
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages + 3}")  # a nearly full disk
        from smugdesk.io.importer import import_workbook

        with pytest.raises(DiskFull, match="is full"):
            import_workbook(store, book)
        assert dump_records(store) == before


def test_injected_full_disk_while_encrypting_changes_nothing(db_path, monkeypatch):
    with open_store(db_path) as store:
        store.save(make_catch(), today=TODAY)
        before = dump_records(store)
    monkeypatch.setattr("smugdesk.vault.keyfile.os.fsync", _no_space)
    with pytest.raises(StoreError, match="could not be written"):
        crypt.encrypt(open_store(db_path), passphrase="a passphrase long enough")
    assert db_path.read_bytes().startswith(PLAIN_HEADER)
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    with open_store(db_path) as store:
        assert dump_records(store) == before
