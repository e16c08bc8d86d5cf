"""Reading and writing records, with the audit trail and soft deletes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID, uuid5

import sqlite_utils
from uuid_utils import uuid7

from smugdesk import files
from smugdesk.accounts.roles import Can
from smugdesk.domain.agencies import DEFAULT_AGENCIES
from smugdesk.domain.records import (
    Invalid,
    Problem,
    Record,
    References,
)
from smugdesk.domain.validation import check_text, validate
from smugdesk.domain.words import words
from smugdesk.stations.changes import canonical
from smugdesk.store import approvals, engine
from smugdesk.store.access import Access
from smugdesk.store.accounts import Clock
from smugdesk.store.audit import AuditFilter, AuditLog, Entry, Item, Stamp, record_image
from smugdesk.store.changelog import ChangeLog
from smugdesk.store.database import (
    Actor,
    ReadOnlyDatabase,
    StoreError,
    bulk_cache,
    connect,
    immediate,
    known_errors,
)
from smugdesk.store.encryption import KeySlots, Secret, key_for
from smugdesk.store.figure_queries import SqliteFigures
from smugdesk.store.flat_rows import FLAT_ROWS
from smugdesk.store.lists import LISTS, Filter, RecordList, like_pattern
from smugdesk.store.mapping import (
    AGENCY,
    BUST,
    CASE,
    CATCH,
    KINDS,
    Codes,
    Existing,
    Ids,
    RecordTable,
    build_records,
    kind_of,
)
from smugdesk.store.merging import conflicts, settle
from smugdesk.store.rules import may_write, refuse_if_used
from smugdesk.store.schema import AGGREGATES, migrate, search_statements, upgrade_needed
from smugdesk.store.sql import CHUNK, chunks
from smugdesk.vault.slots import Kind


class DuplicateKey(StoreError):
    pass


@dataclass(slots=True)
class WriteSummary:
    """What a batch write did, per kind: how many added, changed, left as they were."""

    added: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    changed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unchanged: dict[str, int] = field(default_factory=lambda: defaultdict(int))


Observer = Callable[[frozenset[str]], None]
Reopen = Callable[[], "Store"]
KEY_TAKEN = words("key_taken", "{key!r} is already used by another {kind}")
NOT_TYPED = words("conflict.not_typed", "keep one of the values it holds (only text is typed anew)")
# The fields whose conflicts a person may settle with a value typed anew.
TYPED_ANEW = frozenset({"place", "notes", "press_note", "gang", "summary", "name", "name_zh"})


class Store:
    """One open smugdesk database. Each worker thread opens its own.

    Every write announces itself: once the outermost transaction has committed, each
    observer (``on_change``) is called with the kinds of record it wrote, so that views
    refresh from what changed instead of being told by hand."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path | str,
        actor: Actor,
        clock: Clock | None = None,
        key: bytes | None = None,
        opened_by_recovery: bool = False,
    ) -> None:
        self.db = db
        self.path = path
        self.actor = actor
        self.keys = KeySlots(path, key)  # an encrypted file's key and its slots
        self.opened_by_recovery = opened_by_recovery
        self._observers: list[Observer] = []
        self._written: set[str] = set()
        self.audit = AuditLog(db.conn, path, lambda: self.access.require(Can.VIEW_AUDIT), key)
        self.changes = ChangeLog(db.conn)
        self.access = Access(self, clock)
        self._held = str(path) != ":memory:"
        if self._held:
            files.hold(path)  # no document is written over it while it is open

    def on_change(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer(kinds)`` after every committed write; returns what undoes it."""
        self._observers.append(observer)
        return lambda: self._observers.remove(observer) if observer in self._observers else None

    def wrote(self, kind_name: str) -> None:
        """Note a write of this kind, announced when the transaction commits."""
        self._written.add(kind_name)

    def _announce(self) -> None:
        kinds, self._written = frozenset(self._written), set()
        if kinds:
            for observer in list(self._observers):
                observer(kinds)

    def close(self) -> None:
        self.db.close()
        if self._held:
            self._held = False
            files.release(self.path)

    def reopen(self) -> Reopen:
        """What opens this database again (in a worker thread, which needs its own
        connection) as the user logged in here, without asking for the password again.
        Only code of this process can hold it; the user's rights apply as here."""
        path, actor, user, clock = self.path, self.actor, self.access.user, self.access.clock
        key, recovered = self.keys.key, self.opened_by_recovery

        def again() -> Store:
            store = open_store(path, actor, clock, key=key)
            store.access.resume(user)
            store.opened_by_recovery = recovered  # opened as this one was
            return store

        return again

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One BEGIN IMMEDIATE transaction; expected SQLite failures become StoreErrors.
        Nested ones join the outer; the outermost announces what was written."""
        outermost = not self.db.conn.in_transaction
        try:
            with known_errors(self.path), immediate(self.db):
                yield
        except BaseException:
            if outermost:
                self._written.clear()
            raise
        if outermost:
            self._announce()

    # -- lookups ---------------------------------------------------------------

    def _live_cases(self, records: Iterable[Record]) -> dict[str, tuple[int, str]]:
        """The live cases these records refer to: casefolded number -> (id, number).
        Only those are read, so a save costs the same with 50 cases or 50,000."""
        # As typed (SQLite's NOCASE folds ASCII only: "ß" must not be sent as "ss").
        wanted = sorted({no for r in records if (no := getattr(r, "case_no", ""))})
        found: dict[str, tuple[int, str]] = {}
        for part in chunks(wanted):
            marks = ",".join("?" * len(part))
            for i, no in self.db.conn.execute(
                "SELECT id, case_no FROM cases WHERE deleted_at IS NULL "
                f"AND case_no COLLATE NOCASE IN ({marks})",
                list(part),
            ):
                found[no.casefold()] = (i, no)
        return found

    def _ids(self, records: Iterable[Record]) -> Ids:
        """Row ids of every live agency and of the cases these records refer to."""
        q = self.db.conn.execute
        return Ids(
            {
                code.casefold(): i
                for i, code in q("SELECT id, code FROM agencies WHERE deleted_at IS NULL")
            },
            {folded: i for folded, (i, _no) in self._live_cases(records).items()},
        )

    def references_for(self, record: Record) -> References:
        """What validating ``record`` needs: every live agency, and its case if live."""
        codes = self.db.conn.execute("SELECT code FROM agencies WHERE deleted_at IS NULL")
        return References(
            frozenset(c for (c,) in codes),
            frozenset(no for _i, no in self._live_cases([record]).values()),
        )

    def _codes(self, rows: Sequence[dict[str, Any]]) -> Codes:
        """Agency codes, and the numbers of the cases these rows refer to. Deleted
        agencies and cases keep their codes so that old records can still be rebuilt."""
        q = self.db.conn.execute
        case_ids = sorted({r["case_id"] for r in rows if r.get("case_id") is not None})
        cases: dict[int, str] = {}
        for part in chunks(case_ids):
            marks = ",".join("?" * len(part))
            cases.update(q(f"SELECT id, case_no FROM cases WHERE id IN ({marks})", list(part)))
        return Codes(dict(q("SELECT id, code FROM agencies")), cases)

    def references(self) -> References:
        self.access.require()
        q = self.db.conn.execute
        return References(
            frozenset(c for (c,) in q("SELECT code FROM agencies WHERE deleted_at IS NULL")),
            frozenset(c for (c,) in q("SELECT case_no FROM cases WHERE deleted_at IS NULL")),
        )

    def agency_codes(self) -> list[str]:
        """Codes of the live agencies, sorted."""
        self.access.require()
        return [
            c
            for (c,) in self.db.conn.execute(
                "SELECT code FROM agencies WHERE deleted_at IS NULL ORDER BY code"
            )
        ]

    def agency_names(self) -> dict[str, str]:
        """Casefolded English name -> code, for agencies given by name."""
        self.access.require()
        rows = self.db.conn.execute("SELECT name, code FROM agencies WHERE deleted_at IS NULL")
        return {name.casefold(): code for name, code in rows}

    def _load(self, kind: RecordTable, where: str, params: Sequence[object]) -> list[Existing]:
        self.db.conn.row_factory = _dict_row
        try:
            rows = list(
                self.db.conn.execute(
                    f"SELECT * FROM {kind.table} WHERE deleted_at IS NULL AND ({where})", params
                )
            )
            children: dict[str, dict[int, list[dict[str, Any]]]] = {}
            ids = [r["id"] for r in rows]
            for child in kind.children:
                grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
                for part in chunks(ids):
                    marks = ",".join("?" * len(part))
                    for c in self.db.conn.execute(
                        f"SELECT * FROM {child.table} WHERE {child.parent} IN ({marks}) "
                        f"ORDER BY {child.parent}, line",
                        list(part),
                    ):
                        grouped[c[child.parent]].append(c)
                children[child.table] = grouped
        finally:
            self.db.conn.row_factory = None
        records = build_records(kind, rows, children, self._codes(rows))
        return [
            Existing(
                r["id"], r["uuid"], records[r["id"]], r.get("approved_at"), r.get("approved_by")
            )
            for r in rows
        ]

    def find(self, kind_name: str, keys: Iterable[str]) -> dict[str, Existing]:
        """Live records of a kind by their keys (casefolded in the result)."""
        self.access.require(Can.READ_RECORDS)
        return self._find(KINDS[kind_name], keys)

    def _find(self, kind: RecordTable, keys: Iterable[str]) -> dict[str, Existing]:
        found: dict[str, Existing] = {}
        # Sent as given: SQLite's NOCASE folds ASCII only, so "ß" must not become "ss".
        for part in chunks(list(dict.fromkeys(keys))):
            marks = ",".join("?" * len(part))
            for e in self._load(kind, f"{kind.key} COLLATE NOCASE IN ({marks})", list(part)):
                found[kind.key_of(e.record).casefold()] = e
        return found

    def case_numbers(self, containing: str, limit: int = 50) -> list[str]:
        """Live case numbers holding ``containing`` (any case), in order: what a case
        field offers while a number is typed, without loading every case."""
        self.access.require()
        return [
            no
            for (no,) in self.db.conn.execute(
                "SELECT case_no FROM cases WHERE deleted_at IS NULL AND case_no LIKE ? "
                "ESCAPE '\\' ORDER BY case_no COLLATE NOCASE LIMIT ?",
                (like_pattern(containing.strip()), limit),
            )
        ]

    def next_ref(self, kind_name: str, prefix: str, year: int) -> str:
        """A reference no record (deleted ones included) has: PREFIX-YEAR-NNNNNN, one
        above the highest number of that form. One look-up along the key's index."""
        self.access.require()
        kind = KINDS[kind_name]
        stem = f"{prefix}-{year}-"
        row = self.db.conn.execute(
            f"SELECT {kind.key} FROM {kind.table} "
            f"WHERE {kind.key} COLLATE NOCASE BETWEEN ? AND ? "
            f"AND upper({kind.key}) GLOB ? ORDER BY {kind.key} COLLATE NOCASE DESC LIMIT 1",
            (f"{stem}000000", f"{stem}999999", f"{stem.upper()}{'[0-9]' * 6}"),
        ).fetchone()
        number = int(row[0][len(stem) :]) + 1 if row else 1
        return f"{stem}{number:06d}"

    def get(self, kind_name: str, record_uuid: str) -> Record:
        return self.existing(kind_name, record_uuid).record

    def existing(self, kind_name: str, record_uuid: str) -> Existing:
        """A live record by UUID, with its approval."""
        self.access.require(Can.READ_RECORDS)
        found = self._load(KINDS[kind_name], "uuid = ?", [record_uuid])
        if not found:
            raise KeyError(f"no live {kind_name} with UUID {record_uuid}")
        return found[0]

    def all(self, kind_name: str) -> list[Existing]:
        self.access.require(Can.READ_RECORDS)
        return self._load(KINDS[kind_name], "1", [])

    def count(self, kind_name: str) -> int:
        self.access.require()
        table = KINDS[kind_name].table
        return int(
            self.db.conn.execute(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
            ).fetchone()[0]
        )

    # -- single saves, as the forms make them ----------------------------------

    def save(
        self, record: Record, record_uuid: str | None = None, *, today: dt.date | None = None
    ) -> str:
        """Validate and save one record in its own transaction; return its UUID.

        Without ``record_uuid`` the record is new and its key must be free; with
        it, that record is changed (its key may change too).

        Raises:
            Invalid: the record breaks a rule; nothing was written.
        """
        kind = kind_of(record)
        with self.transaction():
            existing: Existing | None = None
            if record_uuid is not None:
                matches = self._load(kind, "uuid = ?", [record_uuid])
                if not matches:
                    raise KeyError(f"no live {kind.name} with UUID {record_uuid}")
                existing = matches[0]
            may_write(self.access, kind, [(existing, record)])
            problems = validate(record, self.references_for(record), today or dt.date.today())
            key = kind.key_of(record)
            same_key = self._find(kind, [key]).get(key.casefold())
            if same_key is not None and (existing is None or same_key.id != existing.id):
                problems.append(Problem(kind.key, KEY_TAKEN(key=key, kind=kind.name)))
            if problems:
                raise Invalid(problems)
            if existing is not None and existing.record == record:
                return existing.uuid
            return self._write(kind, [(existing, record)])[0]

    def delete(self, kind_name: str, record_uuid: str) -> None:
        """Soft-delete a record: it leaves every list and figure, the audit keeps it."""
        kind = KINDS[kind_name]
        with self.transaction():
            matches = self._load(kind, "uuid = ?", [record_uuid])
            if not matches:
                raise KeyError(f"no live {kind.name} with UUID {record_uuid}")
            existing = matches[0]
            may_write(self.access, kind, [(existing, None)])
            refuse_if_used(self.db.conn, kind, existing)
            self._written.add(kind.name)
            stamp = self._stamp()
            self._derived(kind, [existing.id], -1)
            self.db.conn.execute(
                f"UPDATE {kind.table} SET deleted_at = ?, changed_at = ?, changed_by = ?, "
                "changed_on = ? WHERE id = ?",
                [stamp.at, stamp.at, stamp.user, stamp.workstation, existing.id],
            )
            before = record_image(existing.record)
            self.audit.append(stamp, "delete", [(kind.name, existing.uuid, before, None, None)])
            first_change = self.changes.next_id()
            self.changes.deleted(kind, [existing.uuid], stamp)
            self._resettle(first_change)

    # -- batch writes, as the importer makes them ------------------------------

    def write_batch(
        self,
        records: Iterable[Record],
        progress: Any = None,
        uuids: Mapping[str, str] | None = None,
    ) -> WriteSummary:
        """Create or update records by key, all in one transaction.

        The records must already be valid against ``references()`` together with
        the agencies and cases in the same batch (the importer checks that).
        Records equal to the stored ones are left alone, so writing the same
        batch twice changes nothing the second time. ``uuids``: by key, the UUIDs new
        records take (others get new ones).
        """
        by_kind: dict[str, list[Record]] = defaultdict(list)
        for record in records:
            by_kind[kind_of(record).name].append(record)
        summary = WriteSummary()
        with bulk_cache(self.db.conn):
            self._write_batch(by_kind, summary, progress, uuids or {})
        return summary

    def _write_batch(
        self,
        by_kind: dict[str, list[Record]],
        summary: WriteSummary,
        progress: Any,
        uuids: Mapping[str, str],
    ) -> None:
        with self.transaction():
            # Agencies and cases first: the others refer to them.
            for kind in (AGENCY, CASE, CATCH, BUST):
                batch = by_kind.get(kind.name, [])
                if not batch:
                    continue
                _refuse_twice(kind, batch)
                existing = self._find(kind, (kind.key_of(r) for r in batch))
                todo: list[tuple[Existing | None, Record]] = []
                for record in batch:
                    old = existing.get(kind.key_of(record).casefold())
                    if old is None:
                        summary.added[kind.name] += 1
                    elif old.record == record:
                        summary.unchanged[kind.name] += 1
                        continue
                    else:
                        summary.changed[kind.name] += 1
                    todo.append((old, record))
                may_write(self.access, kind, todo)
                self._write(kind, todo, uuids)
                if progress:
                    progress(kind.name)

    # -- the one place rows are written ----------------------------------------

    def _write(
        self,
        kind: RecordTable,
        items: list[tuple[Existing | None, Record]],
        fixed: Mapping[str, str] | None = None,
    ) -> list[str]:
        if not items:
            return []
        self._written.add(kind.name)
        conn = self.db.conn
        ids = self._ids([record for _old, record in items])
        when = self._stamp()
        stamp = (when.at, when.user, when.workstation)
        first_id = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {kind.table}").fetchone()[0]
        next_id = first_id
        inserts: list[tuple[object, ...]] = []
        updates: list[tuple[object, ...]] = []
        children: list[list[tuple[object, ...]]] = [[] for _ in kind.children]
        changed_ids: list[int] = []
        created: list[Item] = []
        changed: list[Item] = []
        uuids = new_uuids(sum(1 for old, _r in items if old is None))
        fixed = fixed or {}
        out: list[str] = []
        for old, record in items:
            values = kind.values(record, ids)
            if old is None:
                rid, ruuid = next_id, fixed.get(kind.key_of(record)) or next(uuids)
                next_id += 1
                inserts.append((rid, ruuid, *values, *stamp, *stamp))
                created.append((kind.name, ruuid, None, record_image(record), None))
            else:
                rid, ruuid = old.id, old.uuid
                updates.append((*values, *stamp, rid))
                changed_ids.append(rid)
                changed.append(
                    (kind.name, ruuid, record_image(old.record), record_image(record), None)
                )
            out.append(ruuid)
            for rows, new in zip(children, kind.child_rows(record, ids, rid), strict=True):
                rows += new
        images = self.changes.images(kind, changed_ids)  # as they were, for the change log
        self._derived(kind, changed_ids, -1)  # their old values leave the derived tables
        meta = ("created_at", "created_by", "created_on", "changed_at", "changed_by", "changed_on")
        if inserts:
            names = ("id", "uuid", *kind.columns, *meta)
            conn.executemany(
                f"INSERT INTO {kind.table} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})",
                inserts,
            )
        if updates:
            sets = ", ".join(f"{c} = ?" for c in (*kind.columns, *meta[3:]))
            conn.executemany(f"UPDATE {kind.table} SET {sets} WHERE id = ?", updates)
        for child, rows in zip(kind.children, children, strict=True):
            if changed_ids:
                conn.executemany(
                    f"DELETE FROM {child.table} WHERE {child.parent} = ?",
                    [(i,) for i in changed_ids],
                )
            if rows:
                names = (child.parent, *child.columns)
                conn.executemany(
                    f"INSERT INTO {child.table} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' * len(names))})",
                    rows,
                )
        self._derived(kind, changed_ids, +1)
        first_change = self.changes.next_id()
        self.changes.wrote(kind, images, self.changes.images(kind, changed_ids), when)
        if inserts:  # new rows have the ids first_id .. next_id - 1
            self._derived_range(kind, first_id, next_id - 1)
        self.audit.append(when, "create", created)
        self.audit.append(when, "change", changed)
        if inserts:
            self.changes.created(kind, first_id, next_id - 1, when)
        self._resettle(first_change)
        return out

    def _stamp(self) -> Stamp:
        return self.access.stamp()

    @contextmanager
    def rederived(self, kind_name: str, row_ids: list[int]) -> Iterator[None]:
        """Around a change of these rows outside ``_write`` (an approval): their old
        values leave the derived tables before it, their new ones enter after."""
        kind = KINDS[kind_name]
        before = self.changes.images(kind, row_ids)
        self._derived(kind, row_ids, -1)
        yield
        self._derived(kind, row_ids, +1)
        first_change = self.changes.next_id()
        self.changes.wrote(kind, before, self.changes.images(kind, row_ids), self._stamp())
        self._resettle(first_change)

    def resolve(self, record_uuid: str, field: str, value: Any) -> None:
        """Decide a conflict: ``value`` (one of the values it holds, or a new one) for
        the record's ``field`` (``_deleted``: 1 keeps it deleted, 0 brings it back). The
        decision is a change like any other, seeing every value the field held, so it
        settles the conflict at every station it reaches. A value that breaks a rule is
        flagged like a merged one."""
        kind_name = self.changes.kind_of(record_uuid)
        self.access.require(Can.WRITE_RECORDS)
        held = {
            repr(h.value) for c in conflicts(self, record_uuid) if c.field == field for h in c.heads
        }
        if repr(value) not in held:  # a value typed anew: free text only, checked
            if field not in TYPED_ANEW or not isinstance(value, str):
                raise Invalid([Problem(field, NOT_TYPED())])
            problems = check_text(field, value)
            if problems:
                raise Invalid(problems)
        with self.transaction():
            first_change = self.changes.next_id()
            self.changes.append(
                kind_name, [(record_uuid, canonical({field: value}))], self._stamp()
            )
            settle(self, first_change)
            self.wrote(kind_name)

    def _resettle(self, first_change: int) -> None:
        """After local changes from ``first_change`` on: a record with open conflicts
        is settled again (a change that saw every value of a field decides it)."""
        if self.changes.conflicted_since(first_change):
            settle(self, first_change)

    def _derived(self, kind: RecordTable, row_ids: list[int], sign: int) -> None:
        """Take away (-1) or add (+1) these rows in the derived tables: the report
        totals (catches only) and the search text. Many rows (a merge's) are named by
        a temporary table: each total is then grouped once, not once per few hundred."""
        if len(row_ids) <= CHUNK:
            if row_ids:
                self._derive(kind, f"c.id IN ({','.join('?' * len(row_ids))})", list(row_ids), sign)
            return
        execute = self.db.conn.execute
        execute("CREATE TEMP TABLE IF NOT EXISTS derive_ids (id INTEGER PRIMARY KEY)")
        self.db.conn.executemany("INSERT INTO temp.derive_ids VALUES (?)", ((i,) for i in row_ids))
        try:
            self._derive(kind, "c.id IN (SELECT id FROM temp.derive_ids)", [], sign)
        finally:
            execute("DELETE FROM temp.derive_ids")

    def _derived_range(self, kind: RecordTable, first: int, last: int) -> None:
        """Add the new rows first .. last in the derived tables."""
        self._derive(kind, "c.id BETWEEN ? AND ?", [first, last], +1)

    def _derive(self, kind: RecordTable, where: str, params: list[object], sign: int) -> None:
        execute = self.db.conn.execute
        add, remove = search_statements(kind.table)
        execute((add if sign > 0 else remove).format(where=where), params)
        if kind is CATCH:
            for statement in AGGREGATES:
                execute(statement.format(sign=sign, where=where), params)

    # -- approval ----------------------------------------------------------------------

    def approve(self, kind_name: str, record_uuids: Sequence[str]) -> int:
        """Approve these records (those not yet approved); returns how many were."""
        if not record_uuids:
            return 0
        marks = ",".join("?" * len(record_uuids))
        return approvals.approve(self, kind_name, f"r.uuid IN ({marks})", list(record_uuids))

    def approve_matching(self, kind_name: str, which: Filter) -> int:
        """Approve every record a list filter shows (those not yet approved)."""
        where, params = which.where(LISTS[kind_name])
        return approvals.approve(self, kind_name, where, params)

    def unlock(self, kind_name: str, record_uuid: str, reason: str) -> None:
        approvals.unlock(self, kind_name, record_uuid, reason)

    def record_list(self, kind_name: str) -> RecordList:
        """The live records of a kind as the app's lists show them, read a page at a time."""
        self.access.require(Can.READ_RECORDS)
        return RecordList(self.db.conn, kind_name)

    def flat_rows(self, kind_name: str) -> Iterator[tuple[Any, ...]]:
        """Every live record of a kind as the data standard's flat rows."""
        self.access.require(Can.READ_RECORDS)
        return iter(self.db.conn.execute(FLAT_ROWS[kind_name]))

    def flat_row_count(self, kind_name: str) -> int:
        self.access.require(Can.READ_RECORDS)
        query = FLAT_ROWS[kind_name]
        return int(self.db.conn.execute(f"SELECT count(*) FROM ({query})").fetchone()[0])

    def figures(self, purpose: Can = Can.DASHBOARD, approved_only: bool = False) -> SqliteFigures:
        """What the figures read (``smugdesk.reports.source.FigureSource``): for the
        dashboard, or (``Can.REPORT``) for a summary report; of every record, or of the
        approved ones only."""
        self.access.require(purpose)
        return SqliteFigures(self.db.conn, approved_only)

    def catch_dates(self) -> tuple[dt.date, dt.date] | None:
        """The first and last date of the live catches, if there are any."""
        self.access.require()
        first, last = self.db.conn.execute(
            "SELECT min(date), max(date) FROM catches WHERE deleted_at IS NULL"
        ).fetchone()
        return (dt.date.fromisoformat(first), dt.date.fromisoformat(last)) if first else None

    def history(self, record_uuid: str) -> list[Entry]:
        """The audit entries of one record, oldest first (for whoever may see it)."""
        self.access.require(Can.READ_RECORDS)
        return self.audit.entries(AuditFilter(records=(record_uuid,)))[::-1]

    def record_keys(self, record_uuids: Iterable[str]) -> dict[str, str]:
        """The key (reference, case number, code) of each record by UUID, deleted ones
        included: what the audit shows beside its entries."""
        self.access.require(Can.VIEW_AUDIT)
        found: dict[str, str] = {}
        wanted = sorted(set(record_uuids))
        for kind in KINDS.values():
            for part in chunks(wanted):
                marks = ",".join("?" * len(part))
                found.update(
                    self.db.conn.execute(
                        f"SELECT uuid, {kind.key} FROM {kind.table} WHERE uuid IN ({marks})",
                        list(part),
                    )
                )
        return found

    def record_uuids(self, key: str) -> tuple[str, ...]:
        """The UUIDs of every record (deleted ones included) with this key, any case."""
        self.access.require(Can.VIEW_AUDIT)
        return tuple(
            u
            for kind in KINDS.values()
            for (u,) in self.db.conn.execute(
                f"SELECT uuid FROM {kind.table} WHERE {kind.key} = ? COLLATE NOCASE", [key]
            )
        )

    def name_station(self, name: str) -> None:
        """Give this station the name other stations see it by (an administrator's)."""
        self.access.require(Can.MANAGE)
        name = name.strip()
        problems = check_text("station_name", name, required=True)
        if problems:
            raise Invalid(problems)
        with self.transaction():
            self.db.conn.execute(
                "UPDATE stations SET name = ? WHERE id = (SELECT station_id FROM station)", [name]
            )
            self.audit.append(self._stamp(), "station_name", [("", "", None, None, {"name": name})])

    def claim_file(self) -> None:
        """Make sure this file is the station's own before anything is written: a copy
        becomes a new station (audited). Nothing to do on a read-only medium, where
        nothing can be written either."""
        if not self.changes.file_changed(self.path):
            return
        try:
            with self.transaction():
                was = self.changes.station()
                now = self.changes.claim_file(self.path)
                if now is not None:
                    detail = {"was": was.uuid, "now": now.uuid}
                    self.audit.append(self._stamp(), "station", [("", "", None, None, detail)])
        except ReadOnlyDatabase:
            pass

    def note(self, action: str, detail: dict[str, Any], kind: str = "") -> None:
        """Audit what happened outside the records: an import, an export, a report
        made (and where it was saved), an audit export."""
        self.access.require()
        with self.transaction():
            self.audit.append(self._stamp(), action, [(kind, "", None, None, detail)])

    def note_unasked(self, action: str, detail: dict[str, Any]) -> None:
        """Audit what was done to this database where none of its accounts could be
        asked (a backup restored over a database without accounts, or over one that
        could not be read): no login, the entry names the computer's user."""
        with self.transaction():
            self.audit.append(self._stamp(), action, [("", "", None, None, detail)])


def _refuse_twice(kind: RecordTable, batch: Sequence[Record]) -> None:
    """A key given twice in one batch (keys are not unique in the database itself:
    merged stations may share one, which is a conflict; a batch never makes one)."""
    seen: set[str] = set()
    for record in batch:
        key = kind.key_of(record)
        if key.casefold() in seen:
            raise DuplicateKey(KEY_TAKEN(key=key, kind=kind.name))
        seen.add(key.casefold())


def default_agency_uuid(code: str) -> str:
    """The UUID every station gives a default agency (version 5, from its code)."""
    return str(uuid5(DEFAULT_AGENCY_NAMESPACE, code))


DEFAULT_AGENCY_NAMESPACE = UUID("6f1c3d2e-6a57-4c1e-9a3b-5d0e7f2a8b41")


def new_uuids(n: int) -> Iterator[str]:
    """``n`` version 7 UUIDs (RFC 9562) as text, in ascending order: a batch lands at the
    end of the UUID indexes instead of all over them, which makes bulk inserts cheaper,
    and the UUIDs stay unique across workstations."""
    for _ in range(n):
        yield str(uuid7())


def _dict_row(cursor: Any, row: tuple[object, ...]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def upgrade_pending(path: Path, key: bytes | None = None) -> bool:
    """Whether the database at ``path`` (encrypted: with its ``key``) needs this
    version's migrations before it opens: the first open after smugdesk was upgraded,
    which takes most of a minute on a million records (a new or unreadable file, or an
    encrypted one without its key: False, ``open_store`` deals with it)."""
    if not path.is_file():
        return False
    try:
        db = connect(path, key)
    except StoreError:
        return False
    try:
        with known_errors(path):
            return upgrade_needed(db)
    except (StoreError, engine.DatabaseError):
        return False
    finally:
        db.close()


def upgrade(path: Path, key: bytes | None = None) -> None:
    """Apply this version's migrations to the database at ``path`` (encrypted: with its
    ``key``) on a connection of its own (the app does it off its window's thread,
    saying so).

    Raises:
        StoreError: as ``open_store``.
    """
    db = connect(path, key)
    try:
        with known_errors(path):
            migrate(db)
    finally:
        db.close()


def open_store(
    path: Path | str,
    actor: Actor | None = None,
    clock: Clock | None = None,
    *,
    secret: Secret | None = None,
    key: bytes | None = None,
) -> Store:
    """Open a smugdesk database, creating and migrating it as needed. An encrypted one
    opens with the ``secret`` a person gave (a user's password: that user must still
    log in, without a second Argon2id) or the ``key`` of a store already open in this
    process; both when the key was just derived from the secret (``key_for``).

    A new file gets the default agencies.

    Raises:
        NeedsSecret: the file is encrypted and neither was given.
        SecretRefused: the secret does not open it.
        StoreError: the file is newer, not ours, locked, read-only or on a full disk.
    """
    if key is None and str(path) != ":memory:":
        key = key_for(path, secret)
    db = connect(path, key)
    try:
        with known_errors(path):
            fresh = migrate(db)
        recovered = secret is not None and secret.kind is Kind.RECOVERY
        store = Store(db, path, actor or Actor.current(), clock, key, recovered)
        if secret is not None:
            store.keys.opened_with(secret)
        if fresh:
            # The same UUIDs at every station: stations made apart merge them as one.
            fixed = {a.code: default_agency_uuid(a.code) for a in DEFAULT_AGENCIES}
            store.write_batch(DEFAULT_AGENCIES, uuids=fixed)
        store.claim_file()
    except BaseException:
        db.close()
        raise
    return store
