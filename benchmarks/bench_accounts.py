"""Accounts and the audit at campaign scale: verifying the hash chain of 1,000,000
entries, a login (Argon2id), and the one-time migration that chains an existing audit.

Uses a copy of bench_report.py's campaign (1,000,000 catches, so over 1,000,000 audit
entries); run bench_report.py first to build it.

Targets (issue 10): audit verify over 1,000,000 entries under 5 s; a login between 50
and 500 ms. The save among 1,000,000 catches with the chain is in bench_save.py.
"""

from __future__ import annotations

import sqlite3
import statistics
import time

from common import WORK, median_seconds, report

from smugdesk.accounts.roles import Role, User
from smugdesk.store import Actor, open_store

COPY = WORK / "accounts-1m.sqlite"
PASSWORD = "benchmark passphrase 2026"


def main() -> None:
    from bench_report import DB as CAMPAIGN

    if not CAMPAIGN.exists():
        print("(no 1,000,000-catch database yet: run bench_report.py to build it)")
        return
    for suffix in ("", "-wal", "-shm"):
        COPY.with_name(COPY.name + suffix).unlink(missing_ok=True)
    source = sqlite3.connect(CAMPAIGN)  # copied as it is: it may predate the chain
    source.execute(f"VACUUM INTO '{COPY}'")
    source.close()
    start = time.perf_counter()
    with open_store(COPY, Actor("bench", "bench")) as store:
        migrated = time.perf_counter() - start
        entries = store.audit.head().entries
        store.access.add_user(User("admin", Role.ADMINISTRATOR), PASSWORD)
    report("open a copy (chains an unchained audit once)", migrated, "s", f"({entries:,} entries)")
    with open_store(COPY, Actor("bench", "bench")) as store:
        store.access.login("admin", PASSWORD)
        verdict = store.audit.verify()
        assert verdict.holds, verdict
        seconds = median_seconds(store.audit.verify, runs=3)
        report(f"audit verify over {verdict.head.entries:,} entries", seconds, "s", "target < 5 s")
        times = []
        for _ in range(15):
            start = time.perf_counter()
            store.access.login("admin", PASSWORD)
            times.append(time.perf_counter() - start)
        report(
            "a login (Argon2id, median of 15)",
            statistics.median(times) * 1000,
            "ms",
            "target 50-500 ms",
        )


if __name__ == "__main__":
    main()
