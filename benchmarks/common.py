"""Shared helpers for the timing scripts: medians of repeated runs, peak memory."""

from __future__ import annotations

import datetime as dt
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = Path("/tmp/smugdesk-bench")
WORK.mkdir(exist_ok=True)


def median_seconds(
    fn: Callable[[], object], runs: int = 5, setup: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(name: str, value: float, unit: str, target: str = "") -> None:
    print(f"{name:<58} {value:>10.3f} {unit:<3} {target}")


def campaign_catches(n: int, seed: int = 1):
    """n realistic catches (one to three nationalities each) spread over 2015-2017."""
    from smugdesk.domain.records import Catch, HeadCount

    rng = random.Random(seed)
    agencies = ["GD-PSD", "GX-PSD", "YN-PSD", "HKPF", "HKID", "MPS-BCB"]
    provinces = ["Guangdong", "Guangxi", "Yunnan", "Hong Kong"]
    nations = ["VNM", "MMR", "LAO", "KHM", "BGD", "PAK", "IND", "NPL", "LKA", "IDN"]
    start = dt.date(2015, 1, 1)
    out = []
    for i in range(n):
        k = rng.choice((1, 1, 1, 2, 3))
        counts = []
        for code in rng.sample(nations, k):
            persons = rng.randint(1, 30)
            female = rng.randint(0, persons // 3)
            counts.append(
                HeadCount(
                    code, persons, persons - female, female, rng.randint(0, 2) if persons > 2 else 0
                )
            )
        out.append(
            Catch(
                ref=f"CT-{i:07d}",
                date=start + dt.timedelta(days=rng.randint(0, 1063)),
                agency=rng.choice(agencies),
                province=rng.choice(provinces),
                destination=rng.choice(["mainland", "Hong Kong", "unknown"]),
                counts=tuple(counts),
                place=rng.choice(["Dongxing", "Ruili", "Tuen Mun", "Shenzhen, Bao'an"]),
                reason=rng.choice(["work", "transit", ""]),
                notes=rng.choice(["", "Found in a lorry.", "Crossed the river at night."]),
            )
        )
    return out
