"""An online backup of the 1,000,000-catch campaign while another process keeps saving
(bench_accounts.py's copy of bench_report.py's database; run those first).

Target (issue 11): under 10 s while saves continue; reports the longest a save waited.
"""

from __future__ import annotations

import subprocess
import sys
import time

from common import ROOT, WORK, report

from smugdesk.store import Actor, open_store
from smugdesk.store.backups import backup

DB = WORK / "accounts-1m.sqlite"
TARGET = WORK / "backup-1m.sqlite"
WRITER = """
import sys, time, dataclasses
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from common import campaign_catches
from smugdesk.store import Actor, open_store
catches = campaign_catches(2000, seed=5)
waits = []
with open_store({db!r}, Actor("writer", "ws-02")) as store:
    store.access.login("admin", "benchmark passphrase 2026")
    end = time.monotonic() + {seconds}
    n = 0
    while time.monotonic() < end:
        catch = dataclasses.replace(catches[n % 2000], ref=f"BK-{{time.time_ns()}}")
        start = time.perf_counter()
        store.save(catch)
        waits.append(time.perf_counter() - start)
        n += 1
        time.sleep(0.01)
print(max(waits) * 1000, len(waits))
"""


def main() -> None:
    if not DB.exists():
        print("(no accounts-1m.sqlite yet: run bench_report.py, then bench_accounts.py)")
        return
    TARGET.unlink(missing_ok=True)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            WRITER.format(root=str(ROOT), bench=str(ROOT / "benchmarks"), db=str(DB), seconds=25),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(2)
    with open_store(DB, Actor("bench", "bench")) as store:
        store.access.login("admin", "benchmark passphrase 2026")
        start = time.perf_counter()
        done = backup(store, TARGET)
        seconds = time.perf_counter() - start
    longest, saves = writer.communicate()[0].split()
    report(
        f"online backup of {done.counts['catch']:,} catches, verified",
        seconds,
        "s",
        "target < 10 s",
    )
    report(f"longest save while it ran ({saves} saves)", float(longest), "ms")
    TARGET.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
