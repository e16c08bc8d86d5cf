"""Bundles and merging: a station's bundle of 10,000 new catches written, checked
(hashes, root, signature) and merged into a new database; then 50 stations' bundles
merged into a copy of the 1,000,000-catch campaign (bench_report.py's).

Targets (issue 12): writing and verifying a bundle of 10,000 changes under 0.5 s each;
the change log's cost on a save (still under 2 ms among 1,000,000: bench_save.py) and
on the 100,000-row import (under 1.3x: bench_import.py against the commit before it).
Merging 50 bundles of 10,000 changes from 50 stations into a copy of the million, in
one run as `smugdesk merge` takes them: under 60 s including the records, daily totals
and search tables. Re-checking a publication a merge touched: under 200 ms.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from bench_report import DB, YEAR, make_db
from common import WORK, campaign_catches, median_seconds, report

from smugdesk.reports.figures import compute_figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.publishing import check, publish_report
from smugdesk.store import Actor, open_store
from smugdesk.store.bundles import merge_bundle, opened, write_bundle
from smugdesk.store.publications import publications

STATION = WORK / "merge-station.sqlite"
BUNDLE = WORK / "merge-10k.smugbundle"
FIFTY = WORK / "merge50"  # the 50 stations' bundles, made once


def _fresh(path):
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def main() -> None:
    _fresh(STATION)
    with open_store(STATION, Actor("station", "ws-s")) as store:
        catches = [
            c.__class__(**{**{f: getattr(c, f) for f in c.__slots__}, "ref": f"MB-{i:06d}"})
            for i, c in enumerate(campaign_catches(10_000, seed=21))
        ]
        store.write_batch(catches)
        start = time.perf_counter()
        written = write_bundle(store, BUNDLE)
        report(
            f"write a bundle of {written.changes:,} changes",
            time.perf_counter() - start,
            "s",
            "target < 0.5 s",
        )
    start = time.perf_counter()
    with opened(BUNDLE) as (_copy, header):
        pass
    report(
        f"verify it (copy, shape, {header.changes:,} hashes, root, signature)",
        time.perf_counter() - start,
        "s",
        "target < 0.5 s",
    )
    target = WORK / "merge-into.sqlite"
    _fresh(target)
    with open_store(target, Actor("hq", "hq")) as hq:
        start = time.perf_counter()
        done = merge_bundle(hq, BUNDLE)
        report(
            f"merge it into a new database ({done.records:,} records)",
            time.perf_counter() - start,
            "s",
        )
    _fifty_into_the_million()


def station_bundle(k: int, prefix: str, seed: int) -> Path:
    """Station k's bundle of 10,000 new catches (made once, kept in WORK)."""
    FIFTY.mkdir(exist_ok=True)
    out = FIFTY / f"{prefix}{k:02d}.smugbundle"
    if out.exists():
        return out
    source = FIFTY / "source.sqlite"
    _fresh(source)
    with open_store(source, Actor("station", f"ws-{prefix}{k}")) as store:
        catches = campaign_catches(10_000, seed=seed + k)
        store.write_batch(
            [
                c.__class__(
                    **{**{f: getattr(c, f) for f in c.__slots__}, "ref": f"{prefix}{k:02d}-{i:06d}"}
                )
                for i, c in enumerate(catches)
            ]
        )
        write_bundle(store, out)
    _fresh(source)
    return out


def _fifty_into_the_million() -> None:
    """50 stations' bundles merged in one go into a copy of the million, as
    `smugdesk merge --db PATH B1 ... B50` does; then a one-year publication re-checked
    after a merge that touched it."""
    bundles = [station_bundle(k, "M", 1000) for k in range(50)]
    late = station_bundle(0, "L", 2000)
    make_db()
    target = WORK / "merge50-into.sqlite"
    _fresh(target)
    shutil.copyfile(DB, target)
    with open_store(target, Actor("hq", "hq")) as hq:
        start = time.perf_counter()
        added = sum(merge_bundle(hq, b).added for b in bundles)
        report(
            f"merge 50 bundles ({added:,} changes) into the 1,000,000-catch database",
            time.perf_counter() - start,
            "s",
            "target < 60 s",
        )
        year = compute_figures(hq.figures(), YEAR)
        publish_report(hq, year, ReportOptions(), False, (None, None))
        merge_bundle(hq, late)
        pub = [p for p in publications(hq) if p.spec["period"][0] == "2016-01-01"][-1]
        seconds = median_seconds(lambda: check(hq, pub), runs=5)
        revised = check(hq, pub)
        report(
            f"re-check a one-year publication the merge touched ({len(revised.figures)} "
            "figures changed)",
            seconds * 1000,
            "ms",
            "target < 200 ms",
        )
    _fresh(target)


if __name__ == "__main__":
    main()
