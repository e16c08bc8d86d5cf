"""All the figures of a summary report, computed in SQL, as plain values.

One function, ``compute_figures``, reads the database; the PDF and the workbook only
lay its result out, so the two documents can never disagree. The counting rules are
the data standard's:

- persons caught: head counts of catches dated in the period (never busts);
- organizers arrested: ``arrested`` of busts dated in the period;
- gangs smashed: distinct gangs with a bust in the period whose ``broken_up`` is yes;
- cases cracked: cases whose ``cracked_on`` lies in the period;
- a joint catch counts once, credited to the agency that recorded it; assisting
  agencies are shown beside it;
- a record belongs to the jurisdiction of the agency that recorded it.

Catch figures come from the daily totals (``agg_*`` tables) that every write keeps
up to date, so a year of a million catches is summed from a few thousand rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from smugdesk.domain import vocab
from smugdesk.domain.countries import countries
from smugdesk.reports.periods import Period, default_comparison, matched_stretch

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


def _by_agency(conn: sqlite3.Connection, period: Period) -> dict[int, Counts]:
    """Counts per agency id in one period."""
    s, e = period.iso
    rows: dict[int, dict[str, int]] = defaultdict(dict)
    for aid, persons, catches in conn.execute(
        "SELECT agency_id, sum(persons), sum(catches) FROM agg_catch_day "
        "WHERE day BETWEEN ? AND ? GROUP BY agency_id",
        (s, e),
    ):
        rows[aid].update(persons=persons, catches=catches)
    for aid, catches in conn.execute(
        "SELECT agency_id, sum(catches) FROM agg_assist_day "
        "WHERE day BETWEEN ? AND ? GROUP BY agency_id",
        (s, e),
    ):
        rows[aid]["assisted_catches"] = catches
    for aid, busts, organizers in conn.execute(
        "SELECT agency_id, count(*), sum(arrested) FROM busts "
        "WHERE deleted_at IS NULL AND date BETWEEN ? AND ? GROUP BY agency_id",
        (s, e),
    ):
        rows[aid].update(busts=busts, organizers=organizers)
    for aid, cases in conn.execute(
        "SELECT agency_id, count(*) FROM cases "
        "WHERE deleted_at IS NULL AND cracked_on BETWEEN ? AND ? GROUP BY agency_id",
        (s, e),
    ):
        rows[aid]["cases_cracked"] = cases
    return {aid: Counts(**values) for aid, values in rows.items()}


def _gangs_smashed(conn: sqlite3.Connection, period: Period) -> int:
    gangs = {
        " ".join(g.split()).casefold()
        for (g,) in conn.execute(
            "SELECT DISTINCT gang FROM busts WHERE deleted_at IS NULL AND broken_up "
            "AND date BETWEEN ? AND ?",
            period.iso,
        )
    }
    return len(gangs)


def _shares(items: dict[str, tuple[int, int]], total: int) -> tuple[Share, ...]:
    ordered = sorted(items.items(), key=lambda kv: (-kv[1][0], kv[0]))
    return tuple(Share(k, p, p / total if total else 0.0, c) for k, (p, c) in ordered if p)


def compute_figures(
    conn: sqlite3.Connection, period: Period, comparison: Period | None = None
) -> Figures:
    """Every figure of the report for ``period``, compared with ``comparison`` (by default
    the same dates one year earlier)."""
    comparison = comparison or default_comparison(period)
    matched = matched_stretch(period, comparison)
    s, e = period.iso

    current = _by_agency(conn, period)
    stretch = current if matched == period else _by_agency(conn, matched)
    previous = _by_agency(conn, comparison)
    agencies = {
        aid: (code, name, name_zh, jurisdiction)
        for aid, code, name, name_zh, jurisdiction in conn.execute(
            "SELECT id, code, name, name_zh, jurisdiction FROM agencies"
        )
    }
    zero = Counts()
    agency_rows = []
    by_jurisdiction: dict[str, list[Compared]] = defaultdict(list)
    for aid in sorted(
        set(current) | set(stretch) | set(previous),
        key=lambda a: (-current.get(a, zero).persons, agencies[a][0]),
    ):
        code, name, name_zh, jurisdiction = agencies[aid]
        compared = Compared(current.get(aid, zero), stretch.get(aid, zero), previous.get(aid, zero))
        agency_rows.append(AgencyRow(code, name, name_zh, jurisdiction, compared))
        by_jurisdiction[jurisdiction].append(compared)
    jurisdictions = tuple(
        JurisdictionRow(
            j,
            Compared(
                sum((c.current for c in rows), zero),
                sum((c.matched for c in rows), zero),
                sum((c.previous for c in rows), zero),
            ),
        )
        for j in vocab.JURISDICTIONS
        if (rows := by_jurisdiction.get(j))
    )
    total = Compared(
        sum(current.values(), zero), sum(stretch.values(), zero), sum(previous.values(), zero)
    )
    gangs_now = _gangs_smashed(conn, period)
    gangs = (
        gangs_now,
        gangs_now if matched == period else _gangs_smashed(conn, matched),
        _gangs_smashed(conn, comparison),
    )

    persons = total.current.persons
    by_nation = {
        code: (p, 0)
        for code, p in conn.execute(
            "SELECT nationality, sum(persons) FROM agg_nationality_day "
            "WHERE day BETWEEN ? AND ? GROUP BY nationality",
            (s, e),
        )
    }
    by_region: dict[str, int] = defaultdict(int)
    known = countries()
    for code, (p, _c) in by_nation.items():
        by_region[known[code].region if code in known else "unknown"] += p

    months: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for month, p, c in conn.execute(
        "SELECT substr(day, 1, 7), sum(persons), sum(catches) FROM agg_catch_day "
        "WHERE day BETWEEN ? AND ? GROUP BY 1",
        (s, e),
    ):
        months[month][0:2] = [p, c]
    for month, busts, organizers in conn.execute(
        "SELECT substr(date, 1, 7), count(*), sum(arrested) FROM busts "
        "WHERE deleted_at IS NULL AND date BETWEEN ? AND ? GROUP BY 1",
        (s, e),
    ):
        months[month][2:4] = [busts, organizers]
    month_rows = tuple(Month(m, *months[m]) for m in _month_keys(period))

    role_origin: dict[str, dict[str, int]] = defaultdict(dict)
    for role, origin, n in conn.execute(
        "SELECT r.role, r.origin, sum(r.arrested) FROM busts b "
        "JOIN bust_arrests r ON r.bust_id = b.id "
        "WHERE b.deleted_at IS NULL AND b.date BETWEEN ? AND ? GROUP BY 1, 2",
        (s, e),
    ):
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

    case_rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for category, jurisdiction, n, p, c in conn.execute(
        "SELECT k.category, a.jurisdiction, count(*), coalesce(sum(t.persons), 0), "
        "coalesce(sum(t.catches), 0) FROM cases k JOIN agencies a ON a.id = k.agency_id "
        "LEFT JOIN agg_case t ON t.case_id = k.id "
        "WHERE k.deleted_at IS NULL AND k.cracked_on BETWEEN ? AND ? GROUP BY 1, 2",
        (s, e),
    ):
        row = case_rows[(category, jurisdiction_group(jurisdiction))]
        row[0] += n
        row[1] += p
        row[2] += c
    cases = tuple(
        CaseRow(cat, grp, *case_rows[(cat, grp)])
        for cat, grp in sorted(case_rows, key=lambda k: (-case_rows[k][0], k))
    )

    destinations: dict[str, tuple[int, int]] = {}
    reasons: dict[str, tuple[int, int]] = {}
    for destination, reason, p, c in conn.execute(
        "SELECT destination, reason, sum(persons), sum(catches) FROM agg_route_day "
        "WHERE day BETWEEN ? AND ? GROUP BY 1, 2",
        (s, e),
    ):
        for table, key in ((destinations, destination), (reasons, reason or "unknown")):
            old = table.get(key, (0, 0))
            table[key] = (old[0] + p, old[1] + c)

    return Figures(
        period=period,
        comparison=comparison,
        matched=matched,
        data_as_of=_data_as_of(conn),
        total=total,
        gangs_smashed=gangs,
        agencies=tuple(agency_rows),
        jurisdictions=jurisdictions,
        nationalities=_shares(by_nation, persons),
        regions=_shares({r: (p, 0) for r, p in by_region.items()}, persons),
        months=month_rows,
        roles=roles,
        origins=tuple(sorted(origin_totals.items(), key=lambda kv: (-kv[1], kv[0]))),
        cases=cases,
        destinations=_shares(destinations, persons),
        reasons=_shares(reasons, persons),
        notable=_notable(conn, period),
    )


def _month_keys(period: Period) -> list[str]:
    keys = []
    y, m = period.start.year, period.start.month
    while (y, m) <= (period.end.year, period.end.month):
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return keys


def _notable(conn: sqlite3.Connection, period: Period) -> tuple[Notable, ...]:
    def assists(table: str, parent: str, alias: str) -> str:
        return (
            f"(SELECT group_concat(code, ';') FROM (SELECT a.code FROM {table} x "
            f"JOIN agencies a ON a.id = x.agency_id WHERE x.{parent} = {alias}.id "
            "ORDER BY x.line))"
        )

    rows = conn.execute(
        f"SELECT c.date, 'catch', c.ref, a.code, {assists('catch_assists', 'catch_id', 'c')}, "
        "c.place, c.press_note, c.persons, '' FROM catches c INDEXED BY catches_notable "
        "JOIN agencies a "
        "ON a.id = c.agency_id WHERE c.notable AND c.deleted_at IS NULL "
        "AND c.date BETWEEN ? AND ? "
        f"UNION ALL SELECT b.date, 'bust', b.ref, a.code, "
        f"{assists('bust_assists', 'bust_id', 'b')}, b.place, b.press_note, b.arrested, b.gang "
        "FROM busts b INDEXED BY busts_notable JOIN agencies a ON a.id = b.agency_id "
        "WHERE b.notable "
        "AND b.deleted_at IS NULL AND b.date BETWEEN ? AND ? ORDER BY 1, 2, 3",
        (*period.iso, *period.iso),
    )
    merged: dict[tuple[str, str], Notable] = {}
    for d, kind, ref, agency, assisting, place, note, n, gang in rows:
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


def _data_as_of(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None
