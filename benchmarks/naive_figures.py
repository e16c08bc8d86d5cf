"""The report's figures computed the slow, obvious way: load the rows into Python and
count there. Used by bench_report.py, side by side with smugdesk.reports.figures."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from smugdesk.domain.countries import countries
from smugdesk.reports.periods import Period, default_comparison, matched_stretch


def _counts(conn: sqlite3.Connection, p: Period) -> dict[str, Any]:
    s, e = p.iso
    by_agency: dict[int, list[int]] = defaultdict(lambda: [0] * 6)
    catches = conn.execute(
        "SELECT id, agency_id, persons FROM catches WHERE deleted_at IS NULL "
        "AND date BETWEEN ? AND ?",
        (s, e),
    ).fetchall()
    ids = set()
    for cid, aid, persons in catches:
        by_agency[aid][0] += persons
        by_agency[aid][1] += 1
        ids.add(cid)
    for cid, aid in conn.execute("SELECT catch_id, agency_id FROM catch_assists").fetchall():
        if cid in ids:
            by_agency[aid][2] += 1
    gangs = set()
    for aid, arrested, broken, gang in conn.execute(
        "SELECT agency_id, arrested, broken_up, gang FROM busts WHERE deleted_at IS NULL "
        "AND date BETWEEN ? AND ?",
        (s, e),
    ).fetchall():
        by_agency[aid][3] += 1
        by_agency[aid][4] += arrested
        if broken:
            gangs.add(" ".join(gang.split()).casefold())
    for (aid,) in conn.execute(
        "SELECT agency_id FROM cases WHERE deleted_at IS NULL AND cracked_on BETWEEN ? AND ?",
        (s, e),
    ).fetchall():
        by_agency[aid][5] += 1
    return {"by_agency": dict(by_agency), "gangs": len(gangs), "ids": ids}


def naive_figures(
    conn: sqlite3.Connection, period: Period, comparison: Period | None = None
) -> dict[str, Any]:
    comparison = comparison or default_comparison(period)
    matched = matched_stretch(period, comparison)
    current = _counts(conn, period)
    out: dict[str, Any] = {
        "current": current,
        "matched": current if matched == period else _counts(conn, matched),
        "previous": _counts(conn, comparison),
    }
    s, e = period.iso
    ids = current["ids"]
    nations: dict[str, int] = defaultdict(int)
    for cid, nationality, persons in conn.execute(
        "SELECT catch_id, nationality, persons FROM catch_counts"
    ).fetchall():
        if cid in ids:
            nations[nationality] += persons
    regions: dict[str, int] = defaultdict(int)
    for code, n in nations.items():
        regions[countries()[code].region] += n
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    routes: dict[tuple[str, str], int] = defaultdict(int)
    for date, persons, destination, reason in conn.execute(
        "SELECT date, persons, destination, reason FROM catches WHERE deleted_at IS NULL "
        "AND date BETWEEN ? AND ?",
        (s, e),
    ).fetchall():
        months[date[:7]][0] += persons
        months[date[:7]][1] += 1
        routes[(destination, reason)] += persons
    roles: dict[tuple[str, str], int] = defaultdict(int)
    bust_ids = {
        b
        for (b,) in conn.execute(
            "SELECT id FROM busts WHERE deleted_at IS NULL AND date BETWEEN ? AND ?", (s, e)
        )
    }
    for bid, role, origin, arrested in conn.execute(
        "SELECT bust_id, role, origin, arrested FROM bust_arrests"
    ).fetchall():
        if bid in bust_ids:
            roles[(role, origin)] += arrested
    case_persons: dict[int, int] = defaultdict(int)
    for case_id, persons in conn.execute(
        "SELECT case_id, persons FROM catches WHERE deleted_at IS NULL AND case_id IS NOT NULL"
    ).fetchall():
        case_persons[case_id] += persons
    cases: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])
    for cid, category, aid in conn.execute(
        "SELECT id, category, agency_id FROM cases WHERE deleted_at IS NULL "
        "AND cracked_on BETWEEN ? AND ?",
        (s, e),
    ).fetchall():
        cases[(category, aid)][0] += 1
        cases[(category, aid)][1] += case_persons.get(cid, 0)
    out.update(
        nations=dict(nations),
        regions=dict(regions),
        months=dict(months),
        routes=dict(routes),
        roles=dict(roles),
        cases=dict(cases),
    )
    return out
