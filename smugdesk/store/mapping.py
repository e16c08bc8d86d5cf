"""How each kind of record maps to its table rows, and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from smugdesk.domain.records import Agency, Arrest, Bust, Case, Catch, HeadCount, Record


@dataclass(slots=True)
class Existing:
    """A live record in the database, as found by its key or UUID."""

    id: int
    uuid: str
    record: Record
    approved_at: str | None = None
    approved_by: str | None = None


@dataclass(frozen=True, slots=True)
class Ids:
    """Keys of the rows records refer to: agency codes and case numbers, casefolded."""

    agencies: Mapping[str, int]
    cases: Mapping[str, int]

    def agency(self, code: str) -> int:
        return self.agencies[code.casefold()]

    def case(self, case_no: str) -> int | None:
        return self.cases[case_no.casefold()] if case_no else None


@dataclass(frozen=True, slots=True)
class Codes:
    """The reverse of Ids: agency codes and case numbers by row id."""

    agencies: Mapping[int, str]
    cases: Mapping[int, str]


@dataclass(frozen=True, slots=True)
class Child:
    table: str
    parent: str  # the column holding the parent's id
    columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RecordTable:
    name: str
    table: str
    key: str
    record: type
    columns: tuple[str, ...]  # the table's own columns, in the order ``values`` gives
    values: Callable[[Any, Ids], tuple[object, ...]]
    children: tuple[Child, ...] = ()
    # One list of rows per child table, in the order of ``children``, each row
    # starting with the parent's row id.
    child_rows: Callable[[Any, Ids, int], tuple[list[tuple[object, ...]], ...]] = lambda r, i, p: ()

    def key_of(self, record: Record) -> str:
        value: str = getattr(record, self.key)
        return value


def _agency_values(a: Agency, _ids: Ids) -> tuple[object, ...]:
    return (a.code, a.name, a.name_zh, a.jurisdiction, a.kind)


def _case_values(c: Case, ids: Ids) -> tuple[object, ...]:
    return (
        c.case_no,
        c.opened_on.isoformat(),
        c.cracked_on.isoformat() if c.cracked_on else None,
        c.category,
        ids.agency(c.agency),
        c.summary,
    )


_EVENT = (
    "ref",
    "date",
    "agency_id",
    "province",
    "place",
    "case_id",
    "notable",
    "press_note",
    "notes",
)


def _catch_values(c: Catch, ids: Ids) -> tuple[object, ...]:
    return (
        c.ref,
        c.date.isoformat(),
        ids.agency(c.agency),
        c.province,
        c.place,
        ids.case(c.case_no),
        int(c.notable),
        c.press_note,
        c.notes,
        c.destination,
        c.reason,
        sum(h.persons for h in c.counts),
    )


def _bust_values(b: Bust, ids: Ids) -> tuple[object, ...]:
    return (
        b.ref,
        b.date.isoformat(),
        ids.agency(b.agency),
        b.province,
        b.place,
        ids.case(b.case_no),
        int(b.notable),
        b.press_note,
        b.notes,
        b.gang,
        int(b.broken_up),
        sum(a.arrested for a in b.arrests),
    )


def _catch_children(c: Catch, ids: Ids, rid: int) -> tuple[list[tuple[object, ...]], ...]:
    return (
        [
            (rid, line, h.nationality, h.persons, h.male, h.female, h.minors)
            for line, h in enumerate(c.counts)
        ],
        [(rid, line, ids.agency(code)) for line, code in enumerate(c.assisting_agencies)],
    )


def _bust_children(b: Bust, ids: Ids, rid: int) -> tuple[list[tuple[object, ...]], ...]:
    return (
        [(rid, line, a.role, a.origin, a.arrested) for line, a in enumerate(b.arrests)],
        [(rid, line, ids.agency(code)) for line, code in enumerate(b.assisting_agencies)],
    )


AGENCY = RecordTable(
    "agency",
    "agencies",
    "code",
    Agency,
    ("code", "name", "name_zh", "jurisdiction", "kind"),
    _agency_values,
)
CASE = RecordTable(
    "case",
    "cases",
    "case_no",
    Case,
    ("case_no", "opened_on", "cracked_on", "category", "agency_id", "summary"),
    _case_values,
)
CATCH = RecordTable(
    "catch",
    "catches",
    "ref",
    Catch,
    (*_EVENT, "destination", "reason", "persons"),
    _catch_values,
    (
        Child(
            "catch_counts",
            "catch_id",
            ("line", "nationality", "persons", "male", "female", "minors"),
        ),
        Child("catch_assists", "catch_id", ("line", "agency_id")),
    ),
    _catch_children,
)
BUST = RecordTable(
    "bust",
    "busts",
    "ref",
    Bust,
    (*_EVENT, "gang", "broken_up", "arrested"),
    _bust_values,
    (
        Child("bust_arrests", "bust_id", ("line", "role", "origin", "arrested")),
        Child("bust_assists", "bust_id", ("line", "agency_id")),
    ),
    _bust_children,
)
KINDS: dict[str, RecordTable] = {k.name: k for k in (AGENCY, CASE, CATCH, BUST)}


_BY_TYPE: dict[type, RecordTable] = {k.record: k for k in KINDS.values()}


def kind_of(record: Record) -> RecordTable:
    try:
        return _BY_TYPE[type(record)]
    except KeyError:
        raise TypeError(f"not a record: {record!r}") from None


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def build_records(
    kind: RecordTable,
    rows: Iterable[Mapping[str, Any]],
    children: Mapping[str, Mapping[int, Sequence[Mapping[str, Any]]]],
    codes: Codes,
) -> dict[int, Record]:
    """Rebuild records from their table rows and child rows (grouped by parent id)."""
    out: dict[int, Record] = {}
    for r in rows:
        rid = r["id"]
        if kind is AGENCY:
            out[rid] = Agency(r["code"], r["name"], r["jurisdiction"], r["name_zh"], r["kind"])
            continue
        if kind is CASE:
            out[rid] = Case(
                r["case_no"],
                dt.date.fromisoformat(r["opened_on"]),
                r["category"],
                codes.agencies[r["agency_id"]],
                _day(r["cracked_on"]),
                r["summary"],
            )
            continue
        common: dict[str, Any] = {
            "ref": r["ref"],
            "date": dt.date.fromisoformat(r["date"]),
            "agency": codes.agencies[r["agency_id"]],
            "province": r["province"],
            "place": r["place"],
            "case_no": codes.cases[r["case_id"]] if r["case_id"] is not None else "",
            "notable": bool(r["notable"]),
            "press_note": r["press_note"],
            "notes": r["notes"],
        }
        if kind is CATCH:
            out[rid] = Catch(
                destination=r["destination"],
                reason=r["reason"],
                counts=tuple(
                    HeadCount(c["nationality"], c["persons"], c["male"], c["female"], c["minors"])
                    for c in children["catch_counts"].get(rid, [])
                ),
                assisting_agencies=tuple(
                    codes.agencies[a["agency_id"]] for a in children["catch_assists"].get(rid, [])
                ),
                **common,
            )
        else:
            out[rid] = Bust(
                gang=r["gang"],
                broken_up=bool(r["broken_up"]),
                arrests=tuple(
                    Arrest(a["role"], a["origin"], a["arrested"])
                    for a in children["bust_arrests"].get(rid, [])
                ),
                assisting_agencies=tuple(
                    codes.agencies[a["agency_id"]] for a in children["bust_assists"].get(rid, [])
                ),
                **common,
            )
    return out
