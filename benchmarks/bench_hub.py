"""The PostgreSQL hub, on a throwaway server with its durable settings (fsync on, as a
real hub runs): pushing the 1,000,000-catch campaign's changes (bench_report.py's
database), pulling them to a new station, that station's whole first sync (pull and
apply), and an incremental sync of a day's 5,000 changes each way.

Targets (issue 13): push 1,000,000 changes < 30 s; pull them < 10 s; a new station's
first sync of 1,000,000 records, applying included, < 90 s; a day's 5,000 changes
< 1 s.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import psycopg
from bench_report import DB, YEAR, make_db
from common import WORK, campaign_catches, report

from smugdesk.hub.accounts import add_station
from smugdesk.hub.connection import connect, target
from smugdesk.hub.figures import HubFigures
from smugdesk.hub.schema import check_current, initialise
from smugdesk.hub.settling import settle
from smugdesk.hub.sync import _changes_after, push, sync
from smugdesk.reports.figures import compute_figures
from smugdesk.store import Actor, open_store
from smugdesk.store.hubs import Gathered
from tests.hub import server as pg

NEW = WORK / "hub-new-station.sqlite"


def _fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def main() -> None:
    make_db()
    srv = pg.start(durable=True)
    folder = Path(tempfile.mkdtemp(prefix="smugdesk-bench-hub-"))
    try:
        with psycopg.connect(srv.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE benchhub")
        owner = target(srv.url("benchhub"))
        files = {}
        with connect(owner) as conn:
            initialise(conn)
            for name in ("campaign", "new"):
                files[name] = folder / f"{name}.smughub"
                add_station(conn, owner, name, "GD-PSD", files[name])
        big = target(str(files["campaign"]))
        with open_store(DB, Actor("bench", "bench")) as store, connect(big) as conn:
            check_current(conn, big.shown())
            start = time.perf_counter()
            pushed, _acked = push(store, conn)
            report(f"push {pushed:,} changes", time.perf_counter() - start, "s", "target < 30 s")
            me = store.changes.station().uuid
        new = target(str(files["new"]))
        with connect(new) as conn:
            start = time.perf_counter()
            gathered = Gathered(folder / "pull.smugbundle", encrypted=False)
            with conn.transaction():
                count = gathered.changes(_changes_after(conn, 0, "-"))
            gathered.close()
            report(
                f"pull {count:,} changes (COPY into a local file)",
                time.perf_counter() - start,
                "s",
                "target < 10 s",
            )
        _fresh(NEW)
        with open_store(NEW, Actor("new", "ws-new")) as store:
            start = time.perf_counter()
            done = sync(store, new, str(files["new"]))
            report(
                f"first sync of a new station ({done.pulled:,} changes, {done.records:,} records)",
                time.perf_counter() - start,
                "s",
                "target < 90 s",
            )
        with open_store(DB, Actor("bench", "bench")) as store:
            run = int(time.time())  # new keys on every run of the benchmark
            day = [
                c.__class__(
                    **{**{f: getattr(c, f) for f in c.__slots__}, "ref": f"HB-{run}-{i:05d}"}
                )
                for i, c in enumerate(campaign_catches(5_000, seed=run))
            ]
            sync(store, big, str(files["campaign"]))  # its pull cursor past its own push
            store.write_batch(day)
            start = time.perf_counter()
            done = sync(store, big, str(files["campaign"]))
            report(
                f"incremental sync: push a day's {done.pushed:,} changes",
                time.perf_counter() - start,
                "s",
                "target < 1 s",
            )
        with open_store(NEW, Actor("new", "ws-new")) as store:
            start = time.perf_counter()
            done = sync(store, new, str(files["new"]))
            report(
                f"incremental sync: pull and apply {done.pulled:,} changes",
                time.perf_counter() - start,
                "s",
                "target < 1 s",
            )
        del me
        with connect(owner) as conn:
            start = time.perf_counter()
            settled = settle(conn)
            report(
                f"the hub settles {settled:,} records (merged records, conflicts, facts)",
                time.perf_counter() - start,
                "s",
            )
            start = time.perf_counter()
            compute_figures(HubFigures(conn), YEAR)
            report(
                "hub report figures, one year of the 1,000,000-catch campaign",
                time.perf_counter() - start,
                "s",
                "target < 1 s at 10,000,000",
            )
    finally:
        pg.stop(srv)


if __name__ == "__main__":
    main()
