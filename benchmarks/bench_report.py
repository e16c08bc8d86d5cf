"""The summary report over a database of 1,000,000 catches (with 20,000 gang busts and
50,000 cases), side by side with the same figures computed by loading the rows into
Python.

Targets (issue 3): all figures for a one-year period under 150 ms, for the whole
database under 1 s, at least 5x faster than loading the rows; the whole PDF under 3 s;
the whole workbook under 3 s.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from common import WORK, campaign_catches, median_seconds, report
from naive_figures import naive_figures

from smugdesk.domain.records import Arrest, Bust, Case
from smugdesk.io.importer import gc_paused
from smugdesk.reports.excel import write_workbook
from smugdesk.reports.figures import compute_figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.pdf import write_pdf
from smugdesk.reports.periods import Period
from smugdesk.store import Actor, open_store

DB = WORK / "report-1m.sqlite"
CATCHES, BUSTS, CASES = 1_000_000, 20_000, 50_000
YEAR = Period(dt.date(2016, 1, 1), dt.date(2016, 12, 31))
ALL = Period(dt.date(2015, 1, 1), dt.date(2017, 11, 30))


def make_db() -> None:
    if DB.exists():
        return
    rng = random.Random(11)
    start = dt.date(2015, 1, 1)
    agencies = ["GD-PSD", "GX-PSD", "YN-PSD", "HKPF", "HKID", "MPS-BCB"]
    cases = []
    for i in range(CASES):
        opened = start + dt.timedelta(days=rng.randint(0, 1000))
        cracked = opened + dt.timedelta(days=rng.randint(5, 60)) if rng.random() < 0.8 else None
        cases.append(
            Case(
                f"K-{i:06d}",
                opened,
                rng.choice(["smuggling into mainland", "smuggling to Hong Kong", "other"]),
                rng.choice(agencies),
                cracked,
            )
        )
    with open_store(DB, Actor("bench", "bench")) as store, gc_paused():
        store.write_batch(cases)
        for chunk in range(0, CATCHES, 100_000):
            batch = campaign_catches(100_000, seed=chunk)
            batch = [
                c.__class__(
                    **{
                        **{f: getattr(c, f) for f in c.__slots__},
                        "ref": f"CT-{chunk + i:07d}",
                        "case_no": rng.choice(cases).case_no if rng.random() < 0.2 else "",
                    }
                )
                for i, c in enumerate(batch)
            ]
            store.write_batch(batch)
            print(f"  built {chunk + 100_000:,} catches", flush=True)
        busts = []
        for i in range(BUSTS):
            arrests = tuple(
                Arrest(role, rng.choice(["HKG", "CHN", "VNM", "BGD"]), rng.randint(1, 9))
                for role in rng.sample(
                    ["director", "recruiter", "transporter", "harbourer"], rng.randint(1, 3)
                )
            )
            busts.append(
                Bust(
                    f"GB-{i:06d}",
                    start + dt.timedelta(days=rng.randint(0, 1063)),
                    rng.choice(agencies),
                    "Guangxi",
                    f"gang {rng.randint(1, 3000)}",
                    rng.random() < 0.4,
                    arrests,
                )
            )
        store.write_batch(busts)


def main() -> None:
    make_db()
    with open_store(DB, Actor("bench", "bench")) as store:
        conn = store.db.conn
        source = store.figures()
        f = compute_figures(source, YEAR)
        naive = naive_figures(conn, YEAR)
        ours = {a: c[:2] for a, c in ((aid, v) for aid, v in naive["current"]["by_agency"].items())}
        assert sum(v[0] for v in ours.values()) == f.total.current.persons  # same figures
        assert naive["current"]["gangs"] == f.gangs_smashed[0]
        assert sum(naive["nations"].values()) == f.total.current.persons
        year = median_seconds(lambda: compute_figures(source, YEAR), runs=9)
        whole = median_seconds(lambda: compute_figures(source, ALL), runs=7)
        slow = median_seconds(lambda: naive_figures(conn, YEAR), runs=3)
        report(
            "all figures, one-year period (with comparison)", year * 1000, "ms", "target < 150 ms"
        )
        report(
            "all figures, whole database (2015-01 to 2017-11)",
            whole * 1000,
            "ms",
            "target < 1000 ms",
        )
        report("same figures by loading rows into Python, one year", slow * 1000, "ms")
        report("speed-up over loading rows", slow / year, "x", "target >= 5x")
        figures = compute_figures(source, ALL)
    for lang in ("en", "zh-Hans"):
        options = ReportOptions(lang=lang)
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            write_pdf(figures, WORK / f"report-{lang}.pdf", options)
            times.append(time.perf_counter() - t0)
        report(f"whole PDF, whole database ({lang})", statistics.median(times), "s", "target < 3 s")
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            write_workbook(figures, WORK / f"report-{lang}.xlsx", options)
            times.append(time.perf_counter() - t0)
        report(
            f"whole workbook, whole database ({lang})",
            statistics.median(times),
            "s",
            "target < 3 s",
        )


if __name__ == "__main__":
    main()
