"""Bundles and merging: a station's bundle of 10,000 new catches written, checked
(hashes, root, signature) and merged into a new database and into a copy of the
1,000,000-catch campaign (bench_report.py's, migrated to the change log).

Targets (issue 12): writing and verifying a bundle of 10,000 changes under 0.5 s each;
the change log's cost on a save (still under 2 ms among 1,000,000: bench_save.py) and
on the 100,000-row import (under 1.3x: bench_import.py against the commit before it).
The 50-bundle merge into the million (target 60 s) is measured here one bundle at a time.
"""

from __future__ import annotations

import time

from bench_report import YEAR
from common import WORK, campaign_catches, report

from smugdesk.reports.figures import compute_figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.publishing import check, publish_report
from smugdesk.store import Actor, open_store
from smugdesk.store.bundles import merge_bundle, opened, write_bundle
from smugdesk.store.publications import publications

STATION = WORK / "merge-station.sqlite"
BUNDLE = WORK / "merge-10k.smugbundle"


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
    big = WORK / "mig-1m.sqlite"
    if big.exists():
        with open_store(big, Actor("hq", "hq")) as hq:
            year = compute_figures(hq.figures(), YEAR)
            publish_report(hq, year, ReportOptions(), False, (None, None))
            start = time.perf_counter()
            done = merge_bundle(hq, BUNDLE)
            report(
                f"merge it into the 1,000,000-catch database ({done.records:,} records)",
                time.perf_counter() - start,
                "s",
                "50 of them: target < 60 s",
            )
            pubs = [p for p in publications(hq) if p.spec["period"][0] == "2016-01-01"]
            start = time.perf_counter()
            revised = check(hq, pubs[-1])
            report(
                f"re-check a one-year publication the merge touched ({len(revised.figures)} "
                "figures changed)",
                (time.perf_counter() - start) * 1000,
                "ms",
                "target < 200 ms",
            )


if __name__ == "__main__":
    main()
