"""The record lists: what each shows, the filter language, and reading a window of
rows at a time. Pure Python over the store's connection: the app's table model
(``smugdesk.ui.record_model``) only adapts a ``RecordList`` to Qt.

Only the pages on screen (and a few around) are held in memory, so a list over a
million catches costs what a screenful costs. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from smugdesk.store import engine
from smugdesk.store.schema import search_table
from smugdesk.store.sql import assisting_codes

PAGE = 200
MAX_PAGES = 24


@dataclass(frozen=True, slots=True)
class ListColumn:
    key: str  # the data-standard name shown in the header (translated by the view)
    sql: str  # expression over the kind's table alias r
    numeric: bool = False
    vocabulary: bool = False  # show the value in the app's language


@dataclass(frozen=True, slots=True)
class ListSpec:
    kind: str
    table: str
    columns: tuple[ListColumn, ...]
    date_column: str  # for the period filter
    default_sort: int = 0

    @property
    def search(self) -> str:
        """The table holding each live record's searchable text (place, notes, ...)."""
        return search_table(self.table)


_AGENCY = "(SELECT code FROM agencies WHERE id = r.agency_id)"
# The record's approval, as the vocabulary word "approved" (blank: not yet approved).
_APPROVED = ListColumn(
    "approved", "CASE WHEN r.approved_at IS NULL THEN '' ELSE 'approved' END", vocabulary=True
)
_CASE = "(SELECT case_no FROM cases WHERE id = r.case_id)"

LISTS: dict[str, ListSpec] = {
    "catch": ListSpec(
        "catch",
        "catches",
        (
            ListColumn("date", "r.date"),
            ListColumn("ref", "r.ref"),
            ListColumn("agency", _AGENCY),
            ListColumn("assisting_agencies", assisting_codes("catch_assists", "catch_id")),
            ListColumn("province", "r.province", vocabulary=True),
            ListColumn("place", "r.place"),
            ListColumn("persons", "r.persons", numeric=True),
            ListColumn(
                "nationality",
                "(SELECT group_concat(nationality, ', ') FROM (SELECT "
                "nationality FROM catch_counts WHERE catch_id = r.id "
                "ORDER BY line))",
            ),
            ListColumn("destination", "r.destination", vocabulary=True),
            ListColumn("case_no", _CASE),
            ListColumn("notable", "CASE WHEN r.notable THEN 'yes' ELSE '' END", vocabulary=True),
            _APPROVED,
        ),
        "r.date",
    ),
    "bust": ListSpec(
        "bust",
        "busts",
        (
            ListColumn("date", "r.date"),
            ListColumn("ref", "r.ref"),
            ListColumn("agency", _AGENCY),
            ListColumn("province", "r.province", vocabulary=True),
            ListColumn("place", "r.place"),
            ListColumn("gang", "r.gang"),
            ListColumn(
                "broken_up", "CASE WHEN r.broken_up THEN 'yes' ELSE 'no' END", vocabulary=True
            ),
            ListColumn("arrested", "r.arrested", numeric=True),
            ListColumn("case_no", _CASE),
            _APPROVED,
        ),
        "r.date",
    ),
    "case": ListSpec(
        "case",
        "cases",
        (
            ListColumn("case_no", "r.case_no"),
            ListColumn("opened_on", "r.opened_on"),
            ListColumn("cracked_on", "r.cracked_on"),
            ListColumn("category", "r.category", vocabulary=True),
            ListColumn("agency", _AGENCY),
            ListColumn(
                "persons",
                "coalesce((SELECT sum(persons) FROM agg_case WHERE case_id = r.id), 0)",
                numeric=True,
            ),
            ListColumn("summary", "r.summary"),
            _APPROVED,
        ),
        "r.opened_on",
        default_sort=1,
    ),
    "agency": ListSpec(
        "agency",
        "agencies",
        (
            ListColumn("code", "r.code"),
            ListColumn("name", "r.name"),
            ListColumn("name_zh", "r.name_zh"),
            ListColumn("jurisdiction", "r.jurisdiction", vocabulary=True),
            ListColumn("kind", "r.kind", vocabulary=True),
        ),
        "",
    ),
}


# A search whose hits number at most this many is answered from their ids; with more
# hits, pages are read in list order, checking each row, and stop after a page's worth.
FEW_HITS = 5_000


def like_pattern(term: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching ``term`` anywhere, taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(slots=True)
class Filter:
    """What the filter bar asks for; blank fields do not filter. The free text matches
    records holding every one of its words (any case) in their searchable fields."""

    start: dt.date | None = None
    end: dt.date | None = None
    agency: str = ""  # code
    jurisdiction: str = ""
    nationality: str = ""  # alpha-3
    text: str = ""
    unapproved: bool = False  # only records not yet approved

    @property
    def terms(self) -> list[str]:
        return self.text.split()

    def search(self) -> tuple[str, list[object]]:
        """The WHERE clause over a search table matching every term."""
        terms = self.terms
        return " AND ".join(["text LIKE ? ESCAPE '\\'"] * len(terms)), [
            like_pattern(t) for t in terms
        ]

    def where(self, spec: ListSpec, hits: list[int] | None = None) -> tuple[str, list[object]]:
        """The WHERE clause over the record table (alias r). ``hits``: the ids of every
        record matching the free text, when the caller found them few."""
        clauses, params = self.where_fields(spec)
        if self.terms and hits is not None:
            clauses.append("r.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(hits))
        elif self.terms:
            search, words = self.search()
            clauses.append(f"EXISTS (SELECT 1 FROM {spec.search} WHERE id = r.id AND {search})")
            params += words
        return " AND ".join(clauses), params

    def where_fields(self, spec: ListSpec) -> tuple[list[str], list[object]]:
        """Every clause but the free text's."""
        clauses: list[str] = ["r.deleted_at IS NULL"]
        params: list[object] = []
        if spec.date_column and self.start:
            clauses.append(f"{spec.date_column} >= ?")
            params.append(self.start.isoformat())
        if spec.date_column and self.end:
            clauses.append(f"{spec.date_column} <= ?")
            params.append(self.end.isoformat())
        if self.agency and spec.kind != "agency":
            clauses.append("r.agency_id IN (SELECT id FROM agencies WHERE code = ?)")
            params.append(self.agency)
        if self.jurisdiction:
            column = "r.id" if spec.kind == "agency" else "r.agency_id"
            clauses.append(f"{column} IN (SELECT id FROM agencies WHERE jurisdiction = ?)")
            params.append(self.jurisdiction)
        if self.unapproved and spec.kind in ("catch", "bust", "case"):
            clauses.append("r.approved_at IS NULL")
        if self.nationality and spec.kind == "catch":
            clauses.append(
                "EXISTS (SELECT 1 FROM catch_counts n WHERE n.catch_id = r.id "
                "AND n.nationality = ?)"
            )
            params.append(self.nationality)
        if self.nationality and spec.kind == "bust":
            clauses.append(
                "EXISTS (SELECT 1 FROM bust_arrests n WHERE n.bust_id = r.id AND n.origin = ?)"
            )
            params.append(self.nationality)
        return clauses, params


class RecordList:
    """The live records of one kind, filtered and sorted in SQL, read a page at a time.

    Each row is (uuid, *the kind's list columns)."""

    def __init__(self, conn: engine.Connection, kind: str) -> None:
        self._conn = conn
        self.spec = LISTS[kind]
        self.filter = Filter()
        self.sort_column = self.spec.default_sort
        self.ascending = not self.spec.date_column  # dated lists show the newest first
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._hits: list[int] | None = None
        self.count = self._query_count()

    def set_filter(self, new: Filter) -> None:
        self.filter = new
        self._pages.clear()
        self._hits = self._query_hits()
        self.count = self._query_count()

    def refresh(self) -> None:
        """Read again (after a save, a delete, an import): counts and pages may differ."""
        self.set_filter(self.filter)

    def sort(self, column: int, ascending: bool) -> None:
        self.sort_column, self.ascending = column, ascending
        self._pages.clear()

    def row(self, number: int) -> tuple[Any, ...]:
        page_number = number // PAGE
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch(page_number)
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = number - page_number * PAGE
        return page[offset] if offset < len(page) else ("",) * (len(self.spec.columns) + 1)

    def row_of(self, record_uuid: str) -> int | None:
        """The row showing a record, if it is among the pages read so far."""
        for number, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row[0] == record_uuid:
                    return number * PAGE + i
        return None

    def _query_hits(self) -> list[int] | None:
        """The ids of the records matching the free text when there are few of them
        (None when there are many, or no free text)."""
        if not self.filter.terms:
            return None
        search, params = self.filter.search()
        ids = [
            i
            for (i,) in self._conn.execute(
                f"SELECT id FROM {self.spec.search} WHERE {search} LIMIT {FEW_HITS + 1}", params
            )
        ]
        return ids if len(ids) <= FEW_HITS else None

    def _query_count(self) -> int:
        clauses, params = self.filter.where_fields(self.spec)
        if self.filter.terms and len(clauses) == 1:  # the free text alone
            if self._hits is not None:
                return len(self._hits)
            # The search table holds the live records only: no need to visit the records.
            search, params = self.filter.search()
            row = self._conn.execute(
                f"SELECT count(*) FROM {self.spec.search} WHERE {search}", params
            ).fetchone()
            return int(row[0])
        if self.spec.table == "catches" and len(clauses) == 1 and not self.filter.terms:
            # Every live catch: the daily totals count them already (a million index
            # entries not read, each one decrypted on an encrypted file).
            row = self._conn.execute("SELECT coalesce(sum(catches), 0) FROM agg_catch_day")
            return int(row.fetchone()[0])
        where, params = self.filter.where(self.spec, self._hits)
        row = self._conn.execute(
            f"SELECT count(*) FROM {self.spec.table} r WHERE {where}", params
        ).fetchone()
        return int(row[0])

    def _fetch(self, number: int) -> list[tuple[Any, ...]]:
        """One page. Pages in the second half are read from the other end, so that
        jumping to the last row costs what jumping to the first does."""
        where, params = self.filter.where(self.spec, self._hits)
        expr = self.spec.columns[self.sort_column].sql
        ascending = self.ascending
        first = number * PAGE
        last = min(first + PAGE, self.count)
        reverse = first > self.count // 2
        if reverse:
            ascending = not ascending
            offset, limit = self.count - last, last - first
        else:
            offset, limit = first, PAGE
        direction = "ASC" if ascending else "DESC"
        columns = ", ".join(c.sql for c in self.spec.columns)
        rows = self._conn.execute(
            f"SELECT r.uuid, {columns} FROM {self.spec.table} r WHERE {where} "
            f"ORDER BY {expr} {direction}, r.id {direction} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return rows[::-1] if reverse else rows
