"""The records of the data standard, as plain immutable values.

Agencies and cases are referred to by their codes (``agency``) and numbers
(``case_no``); the store maps them to its own keys.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from smugdesk.domain.words import Message


@dataclass(frozen=True, slots=True)
class Agency:
    code: str
    name: str
    jurisdiction: str
    name_zh: str = ""
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    case_no: str
    opened_on: dt.date
    category: str
    agency: str
    cracked_on: dt.date | None = None
    summary: str = ""


@dataclass(frozen=True, slots=True)
class HeadCount:
    """Persons of one nationality in a catch."""

    nationality: str
    persons: int
    male: int | None = None
    female: int | None = None
    minors: int | None = None


@dataclass(frozen=True, slots=True)
class Catch:
    ref: str
    date: dt.date
    agency: str
    province: str
    destination: str
    counts: tuple[HeadCount, ...]
    assisting_agencies: tuple[str, ...] = ()
    place: str = ""
    reason: str = ""
    case_no: str = ""
    notable: bool = False
    press_note: str = ""
    notes: str = ""

    @property
    def persons(self) -> int:
        return sum(c.persons for c in self.counts)


@dataclass(frozen=True, slots=True)
class Arrest:
    """Organizers of one role and origin arrested in a bust."""

    role: str
    origin: str
    arrested: int


@dataclass(frozen=True, slots=True)
class Bust:
    ref: str
    date: dt.date
    agency: str
    province: str
    gang: str
    broken_up: bool
    arrests: tuple[Arrest, ...]
    assisting_agencies: tuple[str, ...] = ()
    place: str = ""
    case_no: str = ""
    notable: bool = False
    press_note: str = ""
    notes: str = ""

    @property
    def arrested(self) -> int:
        return sum(a.arrested for a in self.arrests)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a record: the field, the message (``words.Message``:
    rendered in the reader's language), and for grid fields (head counts, arrests)
    the index of the grid row."""

    field: str
    message: Message
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


Record = Agency | Case | Catch | Bust


@dataclass(frozen=True, slots=True)
class References:
    """What the records may refer to: agency codes and case numbers that exist."""

    agencies: frozenset[str] = field(default_factory=frozenset)
    cases: frozenset[str] = field(default_factory=frozenset)


class Invalid(ValueError):
    """A record was refused; ``problems`` says why, field by field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
