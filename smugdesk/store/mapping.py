"""How each kind of record maps to its table rows, and back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from smugdesk.domain.records import Agency, Arrest, Bust, Case, Catch, HeadCount, Record


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
class Kind:
    name: str
    table: str
    key: str
    record: type
    children: tuple[Child, ...]
    columns: Callable[[Any, Ids], dict[str, object]]
    child_rows: Callable[[Any, Ids], dict[str, list[tuple[object, ...]]]]

    def key_of(self, record: Record) -> str:
        value: str = getattr(record, self.key)
        return value


def _no_children(_record: object, _ids: Ids) -> dict[str, list[tuple[object, ...]]]:
    return {}


def _agency_columns(a: Agency, _ids: Ids) -> dict[str, object]:
    return {
        "code": a.code,
        "name": a.name,
        "name_zh": a.name_zh,
        "jurisdiction": a.jurisdiction,
        "kind": a.kind,
    }


def _case_columns(c: Case, ids: Ids) -> dict[str, object]:
    return {
        "case_no": c.case_no,
        "opened_on": c.opened_on.isoformat(),
        "cracked_on": c.cracked_on.isoformat() if c.cracked_on else None,
        "category": c.category,
        "agency_id": ids.agency(c.agency),
        "summary": c.summary,
    }


def _event_columns(r: Catch | Bust, ids: Ids) -> dict[str, object]:
    return {
        "ref": r.ref,
        "date": r.date.isoformat(),
        "agency_id": ids.agency(r.agency),
        "province": r.province,
        "place": r.place,
        "case_id": ids.case(r.case_no),
        "notable": int(r.notable),
        "press_note": r.press_note,
        "notes": r.notes,
    }


def _catch_columns(c: Catch, ids: Ids) -> dict[str, object]:
    return {
        **_event_columns(c, ids),
        "destination": c.destination,
        "reason": c.reason,
        "persons": c.persons,
    }


def _bust_columns(b: Bust, ids: Ids) -> dict[str, object]:
    return {
        **_event_columns(b, ids),
        "gang": b.gang,
        "broken_up": int(b.broken_up),
        "arrested": b.arrested,
    }


def _catch_children(c: Catch, ids: Ids) -> dict[str, list[tuple[object, ...]]]:
    return {
        "catch_counts": [
            (line, h.nationality, h.persons, h.male, h.female, h.minors)
            for line, h in enumerate(c.counts)
        ],
        "catch_assists": [
            (line, ids.agency(code)) for line, code in enumerate(c.assisting_agencies)
        ],
    }


def _bust_children(b: Bust, ids: Ids) -> dict[str, list[tuple[object, ...]]]:
    return {
        "bust_arrests": [(line, a.role, a.origin, a.arrested) for line, a in enumerate(b.arrests)],
        "bust_assists": [
            (line, ids.agency(code)) for line, code in enumerate(b.assisting_agencies)
        ],
    }


AGENCY = Kind("agency", "agencies", "code", Agency, (), _agency_columns, _no_children)
CASE = Kind("case", "cases", "case_no", Case, (), _case_columns, _no_children)
CATCH = Kind(
    "catch",
    "catches",
    "ref",
    Catch,
    (
        Child(
            "catch_counts",
            "catch_id",
            ("line", "nationality", "persons", "male", "female", "minors"),
        ),
        Child("catch_assists", "catch_id", ("line", "agency_id")),
    ),
    _catch_columns,
    _catch_children,
)
BUST = Kind(
    "bust",
    "busts",
    "ref",
    Bust,
    (
        Child("bust_arrests", "bust_id", ("line", "role", "origin", "arrested")),
        Child("bust_assists", "bust_id", ("line", "agency_id")),
    ),
    _bust_columns,
    _bust_children,
)
KINDS: dict[str, Kind] = {k.name: k for k in (AGENCY, CASE, CATCH, BUST)}


def kind_of(record: Record) -> Kind:
    for kind in KINDS.values():
        if isinstance(record, kind.record):
            return kind
    raise TypeError(f"not a record: {record!r}")


def to_json(record: Record | None) -> str | None:
    """The record as JSON for the audit table."""
    if record is None:
        return None
    return json.dumps(dataclasses.asdict(record), default=str, ensure_ascii=False, sort_keys=True)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def build_records(
    kind: Kind,
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
