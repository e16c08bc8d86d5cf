"""The audit trail: append-only entries in one hash chain (``accounts.chain``).

Only ``AuditLog.append`` writes entries, inside the caller's transaction; triggers
refuse any UPDATE or DELETE of the table and any INSERT that does not continue the
chain, so no other path (a bug, a plain SQLite tool) can rewrite it unseen.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any

import orjson

from smugdesk.accounts.chain import COLUMNS, GENESIS, Head, Verdict, link, verify
from smugdesk.domain.records import Record
from smugdesk.store import engine

# (kind, record UUID, JSON before, JSON after, detail) of one entry to append.
Item = tuple[str, str, str | None, str | None, dict[str, Any] | None]


def record_image(record: Record) -> str:
    """A record as the audit keeps it: its fields as JSON, in the record's field order."""
    return orjson.dumps(record).decode()


@dataclass(frozen=True, slots=True)
class Stamp:
    """When, who and where an action happened."""

    at: str
    user: str
    workstation: str


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    at: str
    user: str
    workstation: str
    action: str
    kind: str
    record_uuid: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    detail: dict[str, Any]
    hash: str


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which entries to read; every part is optional. ``records``: entries of these
    record UUIDs only (a record's history)."""

    start: dt.date | None = None
    end: dt.date | None = None
    user: str = ""
    action: str = ""
    records: tuple[str, ...] | None = None

    def where(self) -> tuple[str, list[object]]:
        parts: list[str] = ["1"]
        params: list[object] = []
        if self.start:
            parts.append("at >= ?")
            params.append(self.start.isoformat())
        if self.end and self.end < dt.date.max:  # nothing is later than the last day
            parts.append("at < ?")
            params.append((self.end + dt.timedelta(days=1)).isoformat())
        if self.user:
            parts.append("user = ? COLLATE NOCASE")
            params.append(self.user)
        if self.action:
            parts.append("action = ?")
            params.append(self.action)
        if self.records is not None:
            parts.append(f"record_uuid IN ({','.join('?' * len(self.records))})")
            params.extend(self.records)
        return " AND ".join(parts), params


_SELECT = "SELECT " + ", ".join(COLUMNS) + ", hash FROM audit"


PARALLEL_FROM = 200_000  # entries; below, starting processes costs more than it saves
MAX_WORKERS = 8


def verify_stretch(conn: engine.Connection, first: int, last: int) -> Verdict:
    """Check the entries first..last (ids) of the chain on ``conn``."""
    row = conn.execute("SELECT hash FROM audit WHERE id = ?", [first - 1]).fetchone()
    cursor = conn.execute(
        "SELECT " + ", ".join(COLUMNS) + ", prev, hash FROM audit WHERE id BETWEEN ? AND ? "
        "ORDER BY id",
        [first, last],
    )
    batches = iter(lambda: cursor.fetchmany(10_000), [])
    return verify(batches, first, row[0] if row else GENESIS)


def verify_file_stretch(path: str, key: bytes | None, first: int, last: int) -> Verdict:
    """``verify_stretch`` in a process of its own, on a read-only connection (the key
    of an encrypted file reaches it through the pool's pipe, never a command line)."""
    conn = engine.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, key=key)
    try:
        return verify_stretch(conn, first, last)
    finally:
        conn.close()


def _json(text: str | None) -> dict[str, Any] | None:
    return orjson.loads(text) if text else None


def _entry(row: Sequence[Any]) -> Entry:
    rid, at, user, ws, action, kind, ruuid, before, after, detail, digest = row
    return Entry(
        rid,
        at,
        user,
        ws,
        action,
        kind,
        ruuid,
        _json(before),
        _json(after),
        _json(detail) or {},
        digest,
    )


class AuditLog:
    """The audit table of one connection. Reading it (entries, counts, verifying)
    first asks ``may_read``, which raises when the user may not see the audit."""

    def __init__(
        self,
        conn: engine.Connection,
        path: Path | str,
        may_read: Callable[[], None],
        key: bytes | None = None,
    ) -> None:
        self._conn = conn
        self._path = path
        self._may_read = may_read
        self._key = key

    def head(self) -> Head:
        row = self._conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        return Head(row[0], row[1]) if row else Head(0, GENESIS)

    def append(self, stamp: Stamp, action: str, items: Iterable[Item]) -> None:
        """Append one entry per item, chained on from the last entry (in the caller's
        transaction, which holds the write lock, so no other writer interleaves)."""
        items = list(items)
        if not items:
            return
        head = self.head()
        rows = (
            (
                head.entries + n,
                stamp.at,
                stamp.user,
                stamp.workstation,
                action,
                kind,
                ruuid,
                before,
                after,
                orjson.dumps(detail).decode() if detail else "",
            )
            for n, (kind, ruuid, before, after, detail) in enumerate(items, start=1)
        )
        marks = ", ".join("?" * (len(COLUMNS) + 2))
        self._conn.executemany(
            f"INSERT INTO audit ({', '.join(COLUMNS)}, prev, hash) VALUES ({marks})",
            link(head.hash, rows),
        )

    def verify(self) -> Verdict:
        """Walk the whole chain, oldest first (``accounts.chain.verify``). A long chain
        of a database file is checked in stretches by one process per processor (each
        entry's hash depends only on what is stored), which divides the time by their
        number; the first stretch that breaks names the entry."""
        self._may_read()
        last = self._conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        path = str(self._path)
        if path == ":memory:" or last < PARALLEL_FROM or workers < 2:
            return verify_stretch(self._conn, 1, last)
        size = -(-last // workers)
        firsts = list(range(1, last + 1, size))
        lasts = [min(lo + size - 1, last) for lo in firsts]
        context = multiprocessing.get_context("spawn")  # never fork a process with Qt threads
        with ProcessPoolExecutor(len(firsts), mp_context=context) as pool:
            verdicts = list(
                pool.map(verify_file_stretch, repeat(path), repeat(self._key), firsts, lasts)
            )
        for verdict in verdicts:
            if verdict.broken is not None:
                return verdict
        return verdicts[-1]

    def count(self, which: AuditFilter) -> int:
        self._may_read()
        where, params = which.where()
        return int(
            self._conn.execute(f"SELECT count(*) FROM audit WHERE {where}", params).fetchone()[0]
        )

    def entries(self, which: AuditFilter, offset: int = 0, limit: int = -1) -> list[Entry]:
        """Entries newest first, a page at a time."""
        self._may_read()
        where, params = which.where()
        rows = self._conn.execute(
            f"{_SELECT} WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_entry(r) for r in rows]

    def users(self) -> list[str]:
        """Every name that appears in the audit, sorted."""
        self._may_read()
        return [u for (u,) in self._conn.execute("SELECT DISTINCT user FROM audit ORDER BY 1")]
