"""A sheet's converted cells as a table, and the records built from its rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from smugdesk.domain.records import Agency, Arrest, Bust, Case, Catch, HeadCount


@dataclass(slots=True)
class Table:
    """A sheet's converted cells, column by column. A position indexes every list."""

    numbers: list[int]  # Excel's row number at each position
    columns: dict[str, list[Any]]  # converted cells by column name
    refused: dict[int, list[str]]  # position -> columns whose cell was refused (reported)
    bad: set[int]  # positions no record may be built from (a problem is reported)

    def get(self, name: str, blank: object) -> list[Any]:
        """A column's cells; a column the sheet leaves out is blank on every row."""
        column = self.columns.get(name)
        return column if column is not None else [blank] * len(self.numbers)

    def cell(self, pos: int, name: str) -> Any:
        """A cell that converted, or None (column absent or cell refused)."""
        column = self.columns.get(name)
        if column is None or name in self.refused.get(pos, ()):
            return None
        return column[pos]

    def ok(self, positions: list[int]) -> bool:
        return not any(pos in self.bad for pos in positions)


BLANK = ("", None)

# Converted cells are "" (text, vocabularies, yes/no), None (dates, numbers) or ()
# (code lists) when blank. Each builder reads its table's columns once and returns a
# function that makes the record of one group of positions.


def agency_builder(t: Table) -> Callable[[list[int]], Agency]:
    code, name, jurisdiction = t.get("code", ""), t.get("name", ""), t.get("jurisdiction", "")
    name_zh, kind = t.get("name_zh", ""), t.get("kind", "")
    return lambda p: Agency(code[p[0]], name[p[0]], jurisdiction[p[0]], name_zh[p[0]], kind[p[0]])


def case_builder(t: Table) -> Callable[[list[int]], Case]:
    case_no, opened_on, category = (
        t.get("case_no", ""),
        t.get("opened_on", None),
        t.get("category", ""),
    )
    agency, cracked_on, summary = (
        t.get("agency", ""),
        t.get("cracked_on", None),
        t.get("summary", ""),
    )
    return lambda p: Case(
        case_no[p[0]],
        opened_on[p[0]],
        category[p[0]],
        agency[p[0]],
        cracked_on[p[0]],
        summary[p[0]],
    )


def _event_columns(t: Table) -> tuple[list[Any], ...]:
    """The columns catches and gang busts share, in the records' field order."""
    return (
        t.get("ref", ""),
        t.get("date", None),
        t.get("agency", ""),
        t.get("province", ""),
        t.get("assisting_agencies", ()),
        t.get("place", ""),
        t.get("case_no", ""),
        t.get("notable", ""),
        t.get("press_note", ""),
        t.get("notes", ""),
    )


def catch_builder(t: Table) -> Callable[[list[int]], Catch]:
    ref, date, agency, province, assisting, place, case_no, notable, press, notes = _event_columns(
        t
    )
    destination, reason = t.get("destination", ""), t.get("reason", "")
    nationality, persons = t.get("nationality", ""), t.get("persons", None)
    male, female, minors = t.get("male", None), t.get("female", None), t.get("minors", None)

    def build(positions: list[int]) -> Catch:
        i = positions[0]
        return Catch(
            ref[i],
            date[i],
            agency[i],
            province[i],
            destination[i],
            tuple(
                [
                    HeadCount(nationality[j], persons[j], male[j], female[j], minors[j])
                    for j in positions
                ]
            ),
            assisting[i],
            place[i],
            reason[i],
            case_no[i],
            notable[i] is True,
            press[i],
            notes[i],
        )

    return build


def bust_builder(t: Table) -> Callable[[list[int]], Bust]:
    ref, date, agency, province, assisting, place, case_no, notable, press, notes = _event_columns(
        t
    )
    gang, broken_up = t.get("gang", ""), t.get("broken_up", "")
    role, origin, arrested = t.get("role", ""), t.get("origin", ""), t.get("arrested", None)

    def build(positions: list[int]) -> Bust:
        i = positions[0]
        return Bust(
            ref[i],
            date[i],
            agency[i],
            province[i],
            gang[i],
            broken_up[i] is True,
            tuple([Arrest(role[j], origin[j], arrested[j]) for j in positions]),
            assisting[i],
            place[i],
            case_no[i],
            notable[i] is True,
            press[i],
            notes[i],
        )

    return build
