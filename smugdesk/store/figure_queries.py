"""The report figures' reads from SQLite (``smugdesk.reports.source.FigureSource``).

Catch figures come from the daily totals (``agg_*`` tables) that every write keeps
up to date, so a year of a million catches is summed from a few thousand rows. With
``approved_only`` every figure counts approved records only (the totals keep approved
catches apart; the record tables have their approval).
"""

from __future__ import annotations

from collections.abc import Iterable

from smugdesk.store import engine
from smugdesk.store.sql import assisting_codes


class SqliteFigures:
    """Figure reads over one connection (each worker thread brings its own store)."""

    def __init__(self, conn: engine.Connection, approved_only: bool = False) -> None:
        self._conn = conn
        self.approved_only = approved_only
        # The totals' rows to add up: approved >= this.
        self._least = 1 if approved_only else 0

    def _ok(self, alias: str = "") -> str:
        """The condition a record (of table alias ``alias``) must meet to count."""
        if not self.approved_only:
            return "1"
        return f"{alias}.approved_at IS NOT NULL" if alias else "approved_at IS NOT NULL"

    def agencies(self) -> Iterable[tuple[int, str, str, str, str]]:
        return self._conn.execute("SELECT id, code, name, name_zh, jurisdiction FROM agencies")

    def catches_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int, int]]:
        return self._conn.execute(
            "SELECT agency_id, sum(persons), sum(catches) FROM agg_catch_day "
            "WHERE day BETWEEN ? AND ? AND approved >= ? GROUP BY agency_id",
            (start, end, self._least),
        )

    def assists_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int]]:
        return self._conn.execute(
            "SELECT agency_id, sum(catches) FROM agg_assist_day "
            "WHERE day BETWEEN ? AND ? AND approved >= ? GROUP BY agency_id",
            (start, end, self._least),
        )

    def busts_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int, int]]:
        return self._conn.execute(
            "SELECT agency_id, count(*), sum(arrested) FROM busts "
            f"WHERE deleted_at IS NULL AND {self._ok()} AND date BETWEEN ? AND ? "
            "GROUP BY agency_id",
            (start, end),
        )

    def cases_cracked_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int]]:
        return self._conn.execute(
            "SELECT agency_id, count(*) FROM cases "
            f"WHERE deleted_at IS NULL AND {self._ok()} AND cracked_on BETWEEN ? AND ? "
            "GROUP BY agency_id",
            (start, end),
        )

    def broken_up_gangs(self, start: str, end: str) -> Iterable[str]:
        return (
            gang
            for (gang,) in self._conn.execute(
                "SELECT DISTINCT gang FROM busts WHERE deleted_at IS NULL AND broken_up "
                f"AND {self._ok()} AND date BETWEEN ? AND ?",
                (start, end),
            )
        )

    def persons_by_nationality(self, start: str, end: str) -> Iterable[tuple[str, int]]:
        return self._conn.execute(
            "SELECT nationality, sum(persons) FROM agg_nationality_day "
            "WHERE day BETWEEN ? AND ? AND approved >= ? GROUP BY nationality",
            (start, end, self._least),
        )

    def catches_by_month(self, start: str, end: str) -> Iterable[tuple[str, int, int]]:
        return self._conn.execute(
            "SELECT substr(day, 1, 7), sum(persons), sum(catches) FROM agg_catch_day "
            "WHERE day BETWEEN ? AND ? AND approved >= ? GROUP BY 1",
            (start, end, self._least),
        )

    def busts_by_month(self, start: str, end: str) -> Iterable[tuple[str, int, int]]:
        return self._conn.execute(
            "SELECT substr(date, 1, 7), count(*), sum(arrested) FROM busts "
            f"WHERE deleted_at IS NULL AND {self._ok()} AND date BETWEEN ? AND ? "
            "GROUP BY 1",
            (start, end),
        )

    def arrests_by_role_and_origin(self, start: str, end: str) -> Iterable[tuple[str, str, int]]:
        return self._conn.execute(
            "SELECT r.role, r.origin, sum(r.arrested) FROM busts b "
            "JOIN bust_arrests r ON r.bust_id = b.id "
            f"WHERE b.deleted_at IS NULL AND {self._ok('b')} AND b.date BETWEEN ? AND ? "
            "GROUP BY 1, 2",
            (start, end),
        )

    def cases_cracked_by_category(
        self, start: str, end: str
    ) -> Iterable[tuple[str, str, int, int, int]]:
        return self._conn.execute(
            "SELECT k.category, a.jurisdiction, count(*), coalesce(sum(t.persons), 0), "
            "coalesce(sum(t.catches), 0) FROM cases k JOIN agencies a ON a.id = k.agency_id "
            "LEFT JOIN agg_case t ON t.case_id = k.id AND t.approved >= ? "
            f"WHERE k.deleted_at IS NULL AND {self._ok('k')} "
            "AND k.cracked_on BETWEEN ? AND ? GROUP BY 1, 2",
            (self._least, start, end),
        )

    def routes(self, start: str, end: str) -> Iterable[tuple[str, str | None, int, int]]:
        return self._conn.execute(
            "SELECT destination, reason, sum(persons), sum(catches) FROM agg_route_day "
            "WHERE day BETWEEN ? AND ? AND approved >= ? GROUP BY 1, 2",
            (start, end, self._least),
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
            f"AND {self._ok('c')} AND c.date BETWEEN ? AND ? "
            "UNION ALL SELECT b.date, 'bust', b.ref, a.code, "
            f"{assisting_codes('bust_assists', 'bust_id', 'b')}, b.place, b.press_note, "
            "b.arrested, b.gang FROM busts b INDEXED BY busts_notable "
            "JOIN agencies a ON a.id = b.agency_id WHERE b.notable "
            f"AND b.deleted_at IS NULL AND {self._ok('b')} AND b.date BETWEEN ? AND ? "
            "ORDER BY 1, 2, 3",
            (start, end, start, end),
        )

    def unapproved(self, start: str, end: str) -> tuple[int, int, int]:
        """(catches, busts, cases cracked) in the period not yet approved."""
        catches = self._conn.execute(
            "SELECT coalesce(sum(catches), 0) FROM agg_catch_day "
            "WHERE day BETWEEN ? AND ? AND approved = 0",
            (start, end),
        ).fetchone()[0]
        busts = self._conn.execute(
            "SELECT count(*) FROM busts INDEXED BY busts_unapproved WHERE approved_at IS NULL "
            "AND deleted_at IS NULL AND date BETWEEN ? AND ?",
            (start, end),
        ).fetchone()[0]
        cases = self._conn.execute(
            "SELECT count(*) FROM cases INDEXED BY cases_unapproved WHERE approved_at IS NULL "
            "AND deleted_at IS NULL AND cracked_on BETWEEN ? AND ?",
            (start, end),
        ).fetchone()[0]
        return int(catches), int(busts), int(cases)

    def disputed(self, start: str, end: str) -> int:
        """Records of the period (catches and busts by date, cases by the day cracked)
        holding conflicts between stations not yet decided. CROSS JOIN keeps SQLite
        reading the few conflicts first and looking each record up by its UUID, rather
        than walking a year of catches by date (1.5 s among a million)."""
        total = 0
        for table, day in (("catches", "date"), ("busts", "date"), ("cases", "cracked_on")):
            total += self._conn.execute(
                f"SELECT count(DISTINCT r.id) FROM conflicts k CROSS JOIN {table} r "
                f"ON r.uuid = k.record WHERE r.deleted_at IS NULL AND r.{day} BETWEEN ? AND ?",
                (start, end),
            ).fetchone()[0]
        return int(total)

    def data_as_of(self) -> str | None:
        row = self._conn.execute("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        return str(row[0]) if row else None
