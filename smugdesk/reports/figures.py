"""All the figures of a summary report, as plain values.

One function, ``compute_figures``, reads a ``FigureSource`` (the store's SQL, or a
hub's); the PDF and the workbook only lay its result out, so the two documents can
never disagree. The counting rules are the data standard's:

- persons caught: head counts of catches dated in the period (never busts);
- organizers arrested: ``arrested`` of busts dated in the period;
- gangs smashed: distinct gangs with a bust in the period whose ``broken_up`` is yes;
- cases cracked: cases whose ``cracked_on`` lies in the period;
- a joint catch counts once, credited to the agency that recorded it; assisting
  agencies are shown beside it;
- a record belongs to the jurisdiction of the agency that recorded it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from smugdesk.domain import vocab
from smugdesk.domain.countries import countries
from smugdesk.reports.periods import Period, default_comparison, matched_stretch
from smugdesk.reports.source import FigureSource

MAINLAND = "mainland"  # the jurisdiction group of mainland police


def jurisdiction_group(jurisdiction: str) -> str:
    """'mainland' for mainland jurisdictions, else the jurisdiction itself."""
    return MAINLAND if jurisdiction in vocab.MAINLAND_JURISDICTIONS else jurisdiction


@dataclass(frozen=True, slots=True)
class Counts:
    """What an agency, a jurisdiction or the whole operation did in one period."""

    persons: int = 0
    catches: int = 0
    assisted_catches: int = 0  # catches it helped another agency make
    busts: int = 0
    organizers: int = 0
    cases_cracked: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self._values(), other._values(), strict=True)))

    def _values(self) -> tuple[int, ...]:
        return (
            self.persons,
            self.catches,
            self.assisted_catches,
            self.busts,
            self.organizers,
            self.cases_cracked,
        )


@dataclass(frozen=True, slots=True)
class Compared:
    """A figure in the period, in the stretch compared, and in the comparison period."""

    current: Counts
    matched: Counts
    previous: Counts


@dataclass(frozen=True, slots=True)
class AgencyRow:
    code: str
    name: str
    name_zh: str
    jurisdiction: str
    counts: Compared


@dataclass(frozen=True, slots=True)
class JurisdictionRow:
    jurisdiction: str
    counts: Compared


@dataclass(frozen=True, slots=True)
class Share:
    key: str  # a country code, region, destination or reason
    persons: int
    share: float  # of all persons caught in the period, 0..1
    catches: int = 0


@dataclass(frozen=True, slots=True)
class Month:
    month: str  # YYYY-MM
    persons: int
    catches: int
    busts: int
    organizers: int


@dataclass(frozen=True, slots=True)
class RoleRow:
    role: str
    arrested: int
    origins: tuple[tuple[str, int], ...]  # (country code, arrested), most first


@dataclass(frozen=True, slots=True)
class CaseRow:
    category: str
    group: str  # jurisdiction group of the agency that holds the case
    cases: int
    persons: int  # caught in catches linked to these cases
    catches: int


@dataclass(frozen=True, slots=True)
class Notable:
    """A notable operation: its catch and its bust on the same day with the same press
    note are one item."""

    date: dt.date
    refs: tuple[str, ...]
    agencies: tuple[str, ...]  # the recording agency first, then those assisting
    place: str
    press_note: str
    persons: int  # caught
    organizers: int  # arrested
    gang: str = ""


@dataclass(frozen=True, slots=True)
class Figures:
    period: Period
    comparison: Period
    matched: Period  # the stretch of the period set against the comparison
    data_as_of: str | None  # UTC time of the last change to any record
    approved_only: bool  # only approved records were counted
    unapproved: tuple[int, int, int]  # catches, busts, cases cracked not yet approved
    disputed: int  # records of the period with conflicts between stations undecided
    total: Compared
    gangs_smashed: tuple[int, int, int]  # current, matched, previous
    agencies: tuple[AgencyRow, ...]
    jurisdictions: tuple[JurisdictionRow, ...]
    nationalities: tuple[Share, ...]
    regions: tuple[Share, ...]
    months: tuple[Month, ...]
    roles: tuple[RoleRow, ...]
    origins: tuple[tuple[str, int], ...]
    cases: tuple[CaseRow, ...]
    destinations: tuple[Share, ...]
    reasons: tuple[Share, ...]
    notable: tuple[Notable, ...]

    @property
    def empty(self) -> bool:
        c = self.total.current
        return not (c.persons or c.catches or c.busts or c.cases_cracked)

    def jurisdiction(self, name: str) -> Compared:
        zero = Counts()
        for row in self.jurisdictions:
            if row.jurisdiction == name:
                return row.counts
        return Compared(zero, zero, zero)

    def group(self, group: str) -> Compared:
        """The counts of a jurisdiction group (``MAINLAND`` or one jurisdiction)."""
        rows = [r.counts for r in self.jurisdictions if jurisdiction_group(r.jurisdiction) == group]
        zero = Counts()
        return Compared(
            sum((r.current for r in rows), zero),
            sum((r.matched for r in rows), zero),
            sum((r.previous for r in rows), zero),
        )


def _by_agency(source: FigureSource, period: Period) -> dict[int, Counts]:
    """Counts per agency id in one period."""
    s, e = period.iso
    rows: dict[int, dict[str, int]] = defaultdict(dict)
    for aid, persons, catches in source.catches_by_agency(s, e):
        rows[aid].update(persons=persons, catches=catches)
    for aid, catches in source.assists_by_agency(s, e):
        rows[aid]["assisted_catches"] = catches
    for aid, busts, organizers in source.busts_by_agency(s, e):
        rows[aid].update(busts=busts, organizers=organizers)
    for aid, cases in source.cases_cracked_by_agency(s, e):
        rows[aid]["cases_cracked"] = cases
    return {aid: Counts(**values) for aid, values in rows.items()}


def _gangs_smashed(source: FigureSource, period: Period) -> int:
    """Distinct gangs broken up: names compared without regard to case and spacing."""
    return len({" ".join(g.split()).casefold() for g in source.broken_up_gangs(*period.iso)})


def _shares(items: dict[str, tuple[int, int]], total: int) -> tuple[Share, ...]:
    ordered = sorted(items.items(), key=lambda kv: (-kv[1][0], kv[0]))
    return tuple(Share(k, p, p / total if total else 0.0, c) for k, (p, c) in ordered if p)


def _summed(rows: list[Compared]) -> Compared:
    zero = Counts()
    return Compared(
        sum((c.current for c in rows), zero),
        sum((c.matched for c in rows), zero),
        sum((c.previous for c in rows), zero),
    )


@dataclass(frozen=True, slots=True)
class _AgencyTables:
    agencies: tuple[AgencyRow, ...]
    jurisdictions: tuple[JurisdictionRow, ...]
    total: Compared


def _agency_tables(
    source: FigureSource, period: Period, matched: Period, comparison: Period
) -> _AgencyTables:
    """Each agency's counts in the three periods, summed by jurisdiction and in all."""
    current = _by_agency(source, period)
    stretch = current if matched == period else _by_agency(source, matched)
    previous = _by_agency(source, comparison)
    agencies = {aid: rest for aid, *rest in source.agencies()}
    zero = Counts()
    rows = []
    by_jurisdiction: dict[str, list[Compared]] = defaultdict(list)
    for aid in sorted(
        set(current) | set(stretch) | set(previous),
        key=lambda a: (-current.get(a, zero).persons, agencies[a][0]),
    ):
        code, name, name_zh, jurisdiction = agencies[aid]
        compared = Compared(current.get(aid, zero), stretch.get(aid, zero), previous.get(aid, zero))
        rows.append(AgencyRow(code, name, name_zh, jurisdiction, compared))
        by_jurisdiction[jurisdiction].append(compared)
    jurisdictions = tuple(
        JurisdictionRow(j, _summed(found))
        for j in vocab.JURISDICTIONS
        if (found := by_jurisdiction.get(j))
    )
    total = Compared(
        sum(current.values(), zero), sum(stretch.values(), zero), sum(previous.values(), zero)
    )
    return _AgencyTables(tuple(rows), jurisdictions, total)


def _origins(source: FigureSource, period: Period, persons: int) -> tuple[tuple[Share, ...], ...]:
    """Persons by nationality and by UN M49 region of origin."""
    by_nation = {code: (p, 0) for code, p in source.persons_by_nationality(*period.iso)}
    by_region: dict[str, int] = defaultdict(int)
    known = countries()
    for code, (p, _c) in by_nation.items():
        by_region[known[code].region if code in known else "unknown"] += p
    return (
        _shares(by_nation, persons),
        _shares({r: (p, 0) for r, p in by_region.items()}, persons),
    )


def _months(source: FigureSource, period: Period) -> tuple[Month, ...]:
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for month, p, c in source.catches_by_month(*period.iso):
        months[month][0:2] = [p, c]
    for month, busts, organizers in source.busts_by_month(*period.iso):
        months[month][2:4] = [busts, organizers]
    return tuple(Month(m, *months[m]) for m in _month_keys(period))


def _roles(
    source: FigureSource, period: Period
) -> tuple[tuple[RoleRow, ...], tuple[tuple[str, int], ...]]:
    """Organizers arrested by role (each with its origins), and by origin in all."""
    role_origin: dict[str, dict[str, int]] = defaultdict(dict)
    for role, origin, n in source.arrests_by_role_and_origin(*period.iso):
        if n:
            role_origin[role][origin] = n
    roles = tuple(
        RoleRow(role, sum(o.values()), tuple(sorted(o.items(), key=lambda kv: (-kv[1], kv[0]))))
        for role in vocab.ROLES
        if (o := role_origin.get(role))
    )
    origin_totals: dict[str, int] = defaultdict(int)
    for o in role_origin.values():
        for origin, n in o.items():
            origin_totals[origin] += n
    return roles, tuple(sorted(origin_totals.items(), key=lambda kv: (-kv[1], kv[0])))


def _cases(source: FigureSource, period: Period) -> tuple[CaseRow, ...]:
    case_rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for category, jurisdiction, n, p, c in source.cases_cracked_by_category(*period.iso):
        row = case_rows[(category, jurisdiction_group(jurisdiction))]
        row[0] += n
        row[1] += p
        row[2] += c
    return tuple(
        CaseRow(cat, grp, *case_rows[(cat, grp)])
        for cat, grp in sorted(case_rows, key=lambda k: (-case_rows[k][0], k))
    )


def _routes(
    source: FigureSource, period: Period, persons: int
) -> tuple[tuple[Share, ...], tuple[Share, ...]]:
    """Persons and catches by destination, and by reason."""
    destinations: dict[str, tuple[int, int]] = {}
    reasons: dict[str, tuple[int, int]] = {}
    for destination, reason, p, c in source.routes(*period.iso):
        for table, key in ((destinations, destination), (reasons, reason or "unknown")):
            old = table.get(key, (0, 0))
            table[key] = (old[0] + p, old[1] + c)
    return _shares(destinations, persons), _shares(reasons, persons)


def compute_figures(
    source: FigureSource, period: Period, comparison: Period | None = None
) -> Figures:
    """Every figure of the report for ``period``, compared with ``comparison`` (by default
    the data standard's default comparison period)."""
    comparison = comparison or default_comparison(period)
    matched = matched_stretch(period, comparison)
    tables = _agency_tables(source, period, matched, comparison)
    gangs_now = _gangs_smashed(source, period)
    gangs = (
        gangs_now,
        gangs_now if matched == period else _gangs_smashed(source, matched),
        _gangs_smashed(source, comparison),
    )
    persons = tables.total.current.persons
    nationalities, regions = _origins(source, period, persons)
    roles, origins = _roles(source, period)
    destinations, reasons = _routes(source, period, persons)
    return Figures(
        period=period,
        comparison=comparison,
        matched=matched,
        data_as_of=source.data_as_of(),
        approved_only=source.approved_only,
        unapproved=source.unapproved(period.start.isoformat(), period.end.isoformat()),
        disputed=source.disputed(period.start.isoformat(), period.end.isoformat()),
        total=tables.total,
        gangs_smashed=gangs,
        agencies=tables.agencies,
        jurisdictions=tables.jurisdictions,
        nationalities=nationalities,
        regions=regions,
        months=_months(source, period),
        roles=roles,
        origins=origins,
        cases=_cases(source, period),
        destinations=destinations,
        reasons=reasons,
        notable=_notable(source, period),
    )


def _month_keys(period: Period) -> list[str]:
    keys = []
    y, m = period.start.year, period.start.month
    while (y, m) <= (period.end.year, period.end.month):
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return keys


def _notable(source: FigureSource, period: Period) -> tuple[Notable, ...]:
    """Notable catches and busts; a catch and a bust of the same day with the same press
    note are one operation."""
    merged: dict[tuple[str, str], Notable] = {}
    for d, kind, ref, agency, assisting, place, note, n, gang in source.notable(*period.iso):
        key = (d, note) if note else (d, ref)
        agencies = (agency, *(assisting.split(";") if assisting else ()))
        old = merged.get(key)
        if old is None:
            old = Notable(dt.date.fromisoformat(d), (), (), place, note, 0, 0, gang)
        merged[key] = Notable(
            old.date,
            (*old.refs, ref),
            tuple(dict.fromkeys((*old.agencies, *agencies))),
            old.place or place,
            note,
            old.persons + (n if kind == "catch" else 0),
            old.organizers + (n if kind == "bust" else 0),
            old.gang or gang,
        )
    return tuple(merged.values())
