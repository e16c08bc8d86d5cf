"""The hot paths on an encrypted database side by side with the same database plain:
copies of bench_report.py's campaign of 1,000,000 catches (one encrypted in place with
a passphrase, as `smugdesk encrypt` does), and bench_export.py's 100,000 catches for the
export; the import of bench_import.py's 100,000-row sheet into a new database of each
kind. Each measure is a median of repeated runs, plain and encrypted taking turns.

Target (issue 11): no hot path more than 1.5x slower encrypted; the ratio of each is
printed. Also reported: the time to encrypt the 1,000,000-catch database in place, and
to open an encrypted file with a password (Argon2id, on purpose slow).
"""

from __future__ import annotations

import dataclasses
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import bench_export
import bench_import
import bench_merge
import bench_window
from bench_report import ALL, YEAR, make_db
from bench_report import DB as CAMPAIGN
from common import WORK, campaign_catches, report

from smugdesk.accounts.roles import Role, User
from smugdesk.io.exporter import export_workbook
from smugdesk.io.importer import import_workbook
from smugdesk.reports.excel import write_workbook
from smugdesk.reports.figures import compute_figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.pdf import write_pdf
from smugdesk.store import Actor, Store, open_store
from smugdesk.store.backups import backup
from smugdesk.store.bundles import merge_bundle, write_bundle
from smugdesk.store.encryption import Secret, encrypt, key_for
from smugdesk.store.lists import Filter
from smugdesk.vault.slots import Kind

PASSPHRASE = "benchmark passphrase 2026"
T = TypeVar("T")
ACTOR = Actor("bench", "bench")
SAVES = 200


@dataclasses.dataclass
class Copy:
    name: str
    path: Path
    key: bytes | None = None

    def open(self) -> Store:
        return open_store(self.path, ACTOR, key=self.key)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-keys"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copies_of(source: Path, stem: str, timed: str = "") -> tuple[Copy, Copy]:
    """A plain copy of ``source`` and an encrypted one, made afresh."""
    plain, secret = WORK / f"{stem}-plain.sqlite", WORK / f"{stem}-encrypted.sqlite"
    for path in (plain, secret):
        _remove(path)
        with open_store(source) as store:
            store.db.conn.execute(f"VACUUM INTO '{path}'")
    start = time.perf_counter()
    encrypt(open_store(secret, ACTOR), passphrase=PASSPHRASE)
    if timed:
        report(timed, time.perf_counter() - start, "s")
    key = key_for(secret, Secret(Kind.PASSPHRASE, PASSPHRASE))
    return Copy("plain", plain), Copy("encrypted", secret, key)


def in_turns(measure: Callable[[Copy], T], pair: tuple[Copy, Copy]) -> dict[str, list[T]]:
    """Run ``measure`` on both copies in turns, three rounds: each copy's results."""
    results: dict[str, list[T]] = {copy.name: [] for copy in pair}
    for _ in range(3):
        for copy in pair:
            results[copy.name].append(measure(copy))
    return results


def show(name: str, unit: str, plain: list[float], encrypted: list[float]) -> None:
    """Both medians and their ratio."""
    a, b = statistics.median(plain), statistics.median(encrypted)
    scale = 1000 if unit == "ms" else 1
    print(f"{name:<52} {a * scale:>9.2f} {b * scale:>9.2f} {unit:<3} {b / a:>5.2f}x")


def side_by_side(
    name: str, unit: str, measure: Callable[[Copy], float], pair: tuple[Copy, Copy]
) -> None:
    results = in_turns(measure, pair)
    show(name, unit, results["plain"], results["encrypted"])


def saving(copy: Copy) -> float:
    times = []
    with copy.open() as store:
        for catch in campaign_catches(SAVES, seed=int(time.time())):
            unique = dataclasses.replace(catch, ref=f"ENC-{time.time_ns()}")
            start = time.perf_counter()
            store.save(unique)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_in(copy: Copy, work: Callable[[Store], object]) -> float:
    with copy.open() as store:
        start = time.perf_counter()
        work(store)
        return time.perf_counter() - start


def opening(copy: Copy) -> float:
    start = time.perf_counter()
    with copy.open() as store:
        store.record_list("catch").row(0)
    return time.perf_counter() - start


def windowed(copy: Copy) -> dict[str, float]:
    """bench_window.py's measures of a fresh app process on the copy (ms read as s)."""
    shown = bench_window.run("shown", copy.path, copy.key)
    return {k: v / 1000 if k.endswith("_ms") else v for k, v in shown.items()}


def listing(store: Store) -> None:
    rows = store.record_list("catch")
    rows.row(0)
    rows.row(rows.count - 1)
    rows.set_filter(Filter(agency="GX-PSD", nationality="VNM"))
    rows.row(0)
    rows.set_filter(Filter(text="lorry"))
    rows.row(0)


def main() -> None:
    make_db()
    bench_export.make_db()
    bench_import.make_book()
    print(f"{'':<52} {'plain':>9} {'encrypted':>9}     ratio")
    big = copies_of(CAMPAIGN, "enc-1m", timed="encrypt 1,000,000 catches in place (verified)")
    start = time.perf_counter()
    key_for(big[1].path, Secret(Kind.PASSPHRASE, PASSPHRASE))
    report("unlock the key with the passphrase (Argon2id)", time.perf_counter() - start, "s")
    shown = in_turns(windowed, big)
    for name, unit, measure in (
        ("window shown with its first page (fresh process)", "s", "first_page_s"),
        ("window: jump to the last row", "ms", "jump_last_ms"),
        ("window: filter (agency + nationality)", "ms", "filter_ms"),
        ("window: free text, common word", "ms", "text_common_ms"),
    ):
        show(name, unit, *([r[measure] for r in shown[c.name]] for c in big))
    side_by_side("store opened, first page of catches read", "ms", opening, big)
    side_by_side(f"save a new catch among 1,000,000 (median of {SAVES})", "ms", saving, big)
    side_by_side(
        "list: first, last row, filter, free text", "ms", lambda c: timed_in(c, listing), big
    )
    for name, period in (("one year", YEAR), ("whole database", ALL)):
        side_by_side(
            f"all figures, {name}",
            "ms",
            lambda c, p=period: timed_in(c, lambda s: compute_figures(s.figures(), p)),
            big,
        )
    options = ReportOptions(lang="en")
    side_by_side(
        "whole PDF, whole database",
        "s",
        lambda c: timed_in(
            c, lambda s: write_pdf(compute_figures(s.figures(), ALL), WORK / "e.pdf", options)
        ),
        big,
    )
    side_by_side(
        "whole workbook, whole database",
        "s",
        lambda c: timed_in(
            c, lambda s: write_workbook(compute_figures(s.figures(), ALL), WORK / "e.xlsx", options)
        ),
        big,
    )
    _audit_and_merging(big)
    side_by_side(
        "online backup of 1,000,000 catches, verified",
        "s",
        lambda c: timed_in(c, lambda s: backup(s, WORK / f"enc-backup-{c.name}.sqlite")),
        big,
    )
    for copy in big:
        _remove(WORK / f"enc-backup-{copy.name}.sqlite")
        _remove(copy.path)
    small = copies_of(bench_export.DB, "enc-100k")
    side_by_side(
        "export 100,000 catches",
        "s",
        lambda c: timed_in(c, lambda s: export_workbook(s, WORK / "e-export.xlsx")),
        small,
    )

    def importing(copy: Copy) -> float:
        empty = WORK / f"enc-import-{copy.name}.sqlite"
        _remove(empty)
        store = open_store(empty, ACTOR)
        if copy.key is None:
            store.close()
            key = None
        else:  # a new database encrypted the way users do it
            encrypt(store, passphrase=PASSPHRASE)
            key = key_for(empty, Secret(Kind.PASSPHRASE, PASSPHRASE))
        return timed_in(
            Copy(copy.name, empty, key), lambda s: import_workbook(s, bench_import.BOOK)
        )

    side_by_side("import 100,000 catches (one sheet)", "s", importing, small)
    side_by_side(
        "write a bundle of every change (100,000 catches)",
        "s",
        lambda c: timed_in(c, lambda s: write_bundle(s, WORK / f"enc-{c.name}.smugbundle")),
        small,
    )
    for copy in small:
        _remove(copy.path)
        _remove(WORK / f"enc-import-{copy.name}.sqlite")
        (WORK / f"enc-{copy.name}.smugbundle").unlink(missing_ok=True)
    side_by_side("open with a user's password and log in", "ms", logging_in, with_accounts())


def _audit_and_merging(big: tuple[Copy, Copy]) -> None:
    """bench_accounts.py's audit verify and bench_merge.py's merge, on the campaign."""
    with big[0].open() as store:
        entries = store.audit.head().entries
    side_by_side(
        f"audit verify over {entries:,} entries", "s", lambda c: timed_in(c, verify), big
    )
    bundles = [bench_merge.station_bundle(k, "E", 3000) for k in range(3)]
    merged = {copy.name: 0 for copy in big}

    def merging(copy: Copy) -> float:  # a new station's bundle in each round
        bundle = bundles[merged[copy.name]]
        merged[copy.name] += 1
        return timed_in(copy, lambda s: merge_bundle(s, bundle))

    side_by_side("merge a bundle of 10,000 new catches", "s", merging, big)


def verify(store: Store) -> None:
    assert store.audit.verify().holds


def with_accounts() -> tuple[Copy, Copy]:
    """A new database with an administrator, plain and encrypted with their password."""
    pair = []
    for name in ("plain", "encrypted"):
        path = WORK / f"enc-accounts-{name}.sqlite"
        _remove(path)
        with open_store(path, ACTOR) as store:
            store.access.add_user(User("admin", Role.ADMINISTRATOR), PASSPHRASE)
        if name == "encrypted":
            store = open_store(path, ACTOR)
            store.access.login("admin", PASSPHRASE)
            encrypt(store, password=PASSPHRASE)
        pair.append(Copy(name, path))
    return pair[0], pair[1]


def logging_in(copy: Copy) -> float:
    """What every start of the app and every command costs on a file with accounts: the
    password opens the file (its key slot, Argon2id) when it is encrypted, and logs in."""
    secret = Secret.of_user("admin", PASSPHRASE) if copy.name == "encrypted" else None
    start = time.perf_counter()
    with open_store(copy.path, ACTOR, secret=secret) as store:
        store.access.login("admin", PASSPHRASE)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
