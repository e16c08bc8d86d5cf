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
