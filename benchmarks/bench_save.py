"""Saving records one by one as the forms do (validation, BEGIN IMMEDIATE, audit,
commit with synchronous=FULL), into a database that already holds 100,000 catches, and
into a copy of bench_report.py's campaign of 1,000,000 catches and 50,000 cases when it
has been built.

Targets: one catch saved in under 20 ms (issue 2); among 1,000,000 catches, with the
audit's hash chain, under 2 ms median (issue 10).
"""

from __future__ import annotations

import dataclasses
import statistics
import time

from common import WORK, campaign_catches, report

from smugdesk.store import Actor, open_store

DB = WORK / "save.sqlite"
SAVES = 300


def main() -> None:
    for suffix in ("", "-wal", "-shm"):
        DB.with_name(DB.name + suffix).unlink(missing_ok=True)
    catches = campaign_catches(100_000 + SAVES, seed=3)
    with open_store(DB, Actor("bench", "bench")) as store:
        store.write_batch(catches[:100_000])
        new_times, change_times = [], []
        uuids = []
        for catch in catches[100_000:]:
            start = time.perf_counter()
            uuids.append(store.save(catch))
            new_times.append(time.perf_counter() - start)
        for catch, uuid in zip(catches[100_000:], uuids, strict=True):
            changed = dataclasses.replace(catch, place="Changed place", notes="Edited.")
            start = time.perf_counter()
            store.save(changed, uuid)
            change_times.append(time.perf_counter() - start)
    report(
        f"save a new catch (median of {SAVES})",
        statistics.median(new_times) * 1000,
        "ms",
        "target < 20 ms",
    )
    report(
        f"save a new catch (95th percentile of {SAVES})",
        statistics.quantiles(new_times, n=20)[-1] * 1000,
        "ms",
    )
    report(
        f"save a changed catch (median of {SAVES})",
        statistics.median(change_times) * 1000,
        "ms",
        "target < 20 ms",
    )


def at_campaign_scale() -> None:
    from bench_report import DB as CAMPAIGN

    if not CAMPAIGN.exists():
        print("(no 1,000,000-catch database yet: run bench_report.py to build it)")
        return
    copy = WORK / "save-1m.sqlite"
    if not copy.exists():
        with open_store(CAMPAIGN) as source:
            source.db.conn.execute(f"VACUUM INTO '{copy}'")
    catches = campaign_catches(SAVES, seed=11)
    times = []
    with open_store(copy, Actor("bench", "bench")) as store:
        for catch in catches:
            unique = dataclasses.replace(catch, ref=f"SAVE-{time.time_ns()}")
            start = time.perf_counter()
            store.save(unique)
            times.append(time.perf_counter() - start)
    report(
        f"save a new catch among 1,000,000 (median of {SAVES})",
        statistics.median(times) * 1000,
        "ms",
        "target < 2 ms (issue 10: with the audit's hash chain)",
    )


if __name__ == "__main__":
    main()
    at_campaign_scale()
