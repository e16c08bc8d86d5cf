"""Kill a writing process with SIGKILL, again and again: the file stays intact and
every save it reported as committed is there."""

import os
import signal
import subprocess
import sys
import time

import pytest

from smugdesk.store import open_store

WRITER = r"""
import datetime as dt, sys
from smugdesk.domain.records import Catch, HeadCount
from smugdesk.store import Actor, open_store
store = open_store(sys.argv[1], Actor("crash", "test"))
start = int(sys.argv[2])
for i in range(start, start + 100000):
    ref = f"K-{i}"
    store.save(Catch(ref, dt.date(2017, 1, 1), "GD-PSD", "Guangdong", "mainland",
                     (HeadCount("VNM", 1 + i % 9), HeadCount("LAO", 1))))
    print(ref, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_sigkill_during_writes_never_loses_committed_records(db_path):
    open_store(db_path).close()
    committed: list[str] = []
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    for round_no in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(round_no * 100000)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        # Wait until it is writing, then let it write a little more before the kill.
        first = proc.stdout.readline()
        assert first.startswith("K-"), first
        time.sleep(0.05 + 0.03 * (round_no % 4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed += [first.strip(), *out.split()]
    with open_store(db_path) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {r for (r,) in conn.execute("SELECT ref FROM catches")}
        missing = [ref for ref in committed if ref not in present]
        assert not missing
        # Every catch has its head counts: no save was half-written.
        assert (
            conn.execute(
                "SELECT count(*) FROM catches c WHERE (SELECT count(*) FROM catch_counts n "
                "WHERE n.catch_id = c.id) != 2"
            ).fetchone()[0]
            == 0
        )
        audit = conn.execute("SELECT count(*) FROM audit WHERE kind = 'catch'").fetchone()[0]
        assert audit == len(present)
    assert len(committed) > 12


IMPORTER = r"""
import sys
from pathlib import Path
from smugdesk.io.importer import import_workbook
from smugdesk.store import Actor, open_store
store = open_store(sys.argv[1], Actor("crash", "test"))
import_workbook(store, Path(sys.argv[2]))
print("IMPORTED", flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_two_hundred_sigkills_during_imports_and_saves(db_path, tmp_path):
    """Every other round imports a workbook of 300 catches (all or nothing), the others
    save one catch at a time; each round is killed after a varying while."""
    from tests.io.helpers import catches, write_book

    open_store(db_path).close()
    committed: list[str] = []
    imports: dict[int, tuple[bool, list[str]]] = {}
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    for round_no in range(200):
        if round_no % 2:
            refs = [f"I{round_no}-{n}" for n in range(300)]
            book = write_book(
                tmp_path / f"r{round_no}.xlsx",
                {
                    "Catches": [
                        {**row, "ref": ref} for row, ref in zip(catches(300), refs, strict=True)
                    ]
                },
            )
            args = [IMPORTER, str(db_path), str(book)]
        else:
            args = [WRITER, str(db_path), str(round_no * 100000)]
        proc = subprocess.Popen(
            [sys.executable, "-c", *args], stdout=subprocess.PIPE, text=True, env=env
        )
        time.sleep(0.3 + 0.02 * (round_no % 20))  # starting Python, then a while of work
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        if round_no % 2:
            imports[round_no] = ("IMPORTED" in out, refs)
        else:
            committed += out.split()
    with open_store(db_path) as store:
        conn = store.db.conn
        from smugdesk.store.backups import integrity_ok

        assert integrity_ok(conn)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {r for (r,) in conn.execute("SELECT ref FROM catches")}
        assert [ref for ref in committed if ref not in present] == []
        for done, refs in imports.values():
            there = sum(ref in present for ref in refs)
            assert there == len(refs) if done else there in (0, len(refs))
        assert store.audit.verify().holds
    assert committed and any(done for done, _refs in imports.values())
