"""The report figures' reads from SQLite (``smugdesk.reports.source.FigureSource``).

Catch figures come from the daily totals (``agg_*`` tables) that every write keeps
up to date, so a year of a million catches is summed from a few thousand rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from smugdesk.store.sql import assisting_codes


class SqliteFigures:
    """Figure reads over one connection (each worker thread brings its own store)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def agencies(self) -> Iterable[tuple[int, str, str, str, str]]:
        return self._conn.execute("SELECT id, code, name, name_zh, jurisdiction FROM agencies")

    def catches_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int, int]]:
        return self._conn.execute(
            "SELECT agency_id, sum(persons), sum(catches) FROM agg_catch_day "
            "WHERE day BETWEEN ? AND ? GROUP BY agency_id",
            (start, end),
        )

    def assists_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int]]:
        return self._conn.execute(
            "SELECT agency_id, sum(catches) FROM agg_assist_day "
            "WHERE day BETWEEN ? AND ? GROUP BY agency_id",
            (start, end),
        )

    def busts_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int, int]]:
        return self._conn.execute(
            "SELECT agency_id, count(*), sum(arrested) FROM busts "
            "WHERE deleted_at IS NULL AND date BETWEEN ? AND ? GROUP BY agency_id",
            (start, end),
        )

    def cases_cracked_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int]]:
        return self._conn.execute(
            "SELECT agency_id, count(*) FROM cases "
            "WHERE deleted_at IS NULL AND cracked_on BETWEEN ? AND ? GROUP BY agency_id",
            (start, end),
        )

    def broken_up_gangs(self, start: str, end: str) -> Iterable[str]:
        return (
            gang
            for (gang,) in self._conn.execute(
                "SELECT DISTINCT gang FROM busts WHERE deleted_at IS NULL AND broken_up "
                "AND date BETWEEN ? AND ?",
                (start, end),
            )
        )

    def persons_by_nationality(self, start: str, end: str) -> Iterable[tuple[str, int]]:
        return self._conn.execute(
            "SELECT nationality, sum(persons) FROM agg_nationality_day "
            "WHERE day BETWEEN ? AND ? GROUP BY nationality",
            (start, end),
        )

    def catches_by_month(self, start: str, end: str) -> Iterable[tuple[str, int, int]]:
        return self._conn.execute(
            "SELECT substr(day, 1, 7), sum(persons), sum(catches) FROM agg_catch_day "
            "WHERE day BETWEEN ? AND ? GROUP BY 1",
            (start, end),
        )

    def busts_by_month(self, start: str, end: str) -> Iterable[tuple[str, int, int]]:
        return self._conn.execute(
            "SELECT substr(date, 1, 7), count(*), sum(arrested) FROM busts "
            "WHERE deleted_at IS NULL AND date BETWEEN ? AND ? GROUP BY 1",
            (start, end),
        )

    def arrests_by_role_and_origin(
        self, start: str, end: str
    ) -> Iterable[tuple[str, str, int]]:
        return self._conn.execute(
            "SELECT r.role, r.origin, sum(r.arrested) FROM busts b "
            "JOIN bust_arrests r ON r.bust_id = b.id "
            "WHERE b.deleted_at IS NULL AND b.date BETWEEN ? AND ? GROUP BY 1, 2",
            (start, end),
        )

    def cases_cracked_by_category(
        self, start: str, end: str
    ) -> Iterable[tuple[str, str, int, int, int]]:
        return self._conn.execute(
            "SELECT k.category, a.jurisdiction, count(*), coalesce(sum(t.persons), 0), "
            "coalesce(sum(t.catches), 0) FROM cases k JOIN agencies a ON a.id = k.agency_id "
            "LEFT JOIN agg_case t ON t.case_id = k.id "
            "WHERE k.deleted_at IS NULL AND k.cracked_on BETWEEN ? AND ? GROUP BY 1, 2",
            (start, end),
        )

    def routes(self, start: str, end: str) -> Iterable[tuple[str, str | None, int, int]]:
        return self._conn.execute(
            "SELECT destination, reason, sum(persons), sum(catches) FROM agg_route_day "
            "WHERE day BETWEEN ? AND ? GROUP BY 1, 2",
            (start, end),
        )

    def notable(
        self, start: str, end: str
    ) -> Iterable[tuple[str, str, str, str, str | None, str, str, int, str]]:
        # The partial indexes of migration 0002 hold only notable records; naming them
        # keeps the planner off the date indexes, which would visit every record.
        return self._conn.execute(
            f"SELECT c.date, 'catch', c.ref, a.code, "
            f"{assisting_codes('catch_assists', 'catch_id', 'c')}, c.place, c.press_note, "
            "c.persons, '' FROM catches c INDEXED BY catches_notable "
            "JOIN agencies a ON a.id = c.agency_id WHERE c.notable AND c.deleted_at IS NULL "
            "AND c.date BETWEEN ? AND ? "
            "UNION ALL SELECT b.date, 'bust', b.ref, a.code, "
            f"{assisting_codes('bust_assists', 'bust_id', 'b')}, b.place, b.press_note, "
            "b.arrested, b.gang FROM busts b INDEXED BY busts_notable "
            "JOIN agencies a ON a.id = b.agency_id WHERE b.notable "
            "AND b.deleted_at IS NULL AND b.date BETWEEN ? AND ? ORDER BY 1, 2, 3",
            (start, end, start, end),
        )

    def data_as_of(self) -> str | None:
        row = self._conn.execute("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        return str(row[0]) if row else None
