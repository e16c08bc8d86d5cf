"""Export of 100,000 catches, side by side with openpyxl write-only mode writing the
same rows bare (already in memory), each in a fresh process so peak memory is its own.

Targets (issue 2): within 1.2x of bare openpyxl, memory flat (peak under 250 MB).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from common import ROOT, WORK, campaign_catches, report

DB = WORK / "export-100k.sqlite"
RUNS = 3

CHILD = r"""
import json, sys, time, resource
sys.path.insert(0, sys.argv[1])
from pathlib import Path
mode, db, out = sys.argv[2], sys.argv[3], Path(sys.argv[4])
from smugdesk.store import Actor, open_store
store = open_store(db, Actor("bench", "bench"))
if mode == "bare":
    from openpyxl import Workbook
    from smugdesk.io.exporter import _rows
    from smugdesk.io.standard import CATCHES, SHEETS
    rows = list(_rows(store, CATCHES))  # the same cells, fetched before the clock starts
    start = time.perf_counter()
    book = Workbook(write_only=True)
    ws = book.create_sheet(CATCHES)
    ws.append([c.name for c in SHEETS[CATCHES]])
    for row in rows:
        ws.append(row)
    book.save(out)
else:
    from smugdesk.io.exporter import export_workbook
    start = time.perf_counter()
    counts = export_workbook(store, out)
    assert counts["Catches"] == 100_000, counts
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def make_db() -> None:
    if DB.exists():
        return
    from smugdesk.domain.records import HeadCount
    from smugdesk.store import Actor, open_store

    # 100,000 catches of one nationality each: 100,000 rows in the Catches sheet.
    catches = [
        c.__class__(**{**{f: getattr(c, f) for f in c.__slots__}, "counts": c.counts[:1]})
        for c in campaign_catches(100_000)
    ]
    assert all(isinstance(c.counts[0], HeadCount) for c in catches)
    with open_store(DB, Actor("bench", "bench")) as store:
        store.write_batch(catches)


def run(mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), mode, str(DB), str(WORK / f"{mode}.xlsx")],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


if __name__ == "__main__":
    make_db()
    ours = [run("smugdesk") for _ in range(RUNS)]
    bare = [run("bare") for _ in range(RUNS)]
    t_ours = statistics.median(r["seconds"] for r in ours)
    t_bare = statistics.median(r["seconds"] for r in bare)
    report("export 100,000 catches (query + write + save)", t_ours, "s")
    report("openpyxl write-only, the same rows bare", t_bare, "s")
    report("ratio smugdesk / bare openpyxl", t_ours / t_bare, "x", "target <= 1.2x")
    report(
        "peak memory of the export process",
        max(r["peak_mb"] for r in ours),
        "MB",
        "target < 250 MB",
    )
    report(
        "peak memory of the bare process (rows held in memory)",
        max(r["peak_mb"] for r in bare),
        "MB",
    )
