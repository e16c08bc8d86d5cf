"""The report figures' reads from the hub (``smugdesk.reports.source.FigureSource``):
the same questions ``store.figure_queries`` asks a station's SQLite file, asked of the
typed rows the hub's settling keeps (``hub.*_facts``), so that ``report --hub``
equals ``report --db`` of a station holding the same changes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from smugdesk.hub.schema import Conn


class HubFigures:
    """Figure reads over one hub connection, after settling what it received."""

    def __init__(self, conn: Conn, approved_only: bool = False) -> None:
        self._conn = conn
        self.approved_only = approved_only

    def _ok(self, alias: str) -> str:
        return f"{alias}.approved" if self.approved_only else "true"

    def _totals(self, select: str, table: str, group: str, start: str, end: str) -> list[Any]:
        """Sums of a table of daily totals over the period, grouped."""
        return self._rows(
            f"SELECT {select} FROM hub.{table} t WHERE day BETWEEN %(start)s AND %(end)s "
            f"AND {self._ok('t')} GROUP BY {group}",
            start,
            end,
        )

    def _rows(self, query: str, start: str, end: str) -> list[Any]:
        return self._conn.execute(query.encode(), {"start": start, "end": end}).fetchall()

    def agencies(self) -> Iterable[tuple[int, str, str, str, str]]:
        return self._conn.execute(
            "SELECT id, code, name, name_zh, jurisdiction FROM hub.agency_facts"
        ).fetchall()

    def catches_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int, int]]:
        return self._totals(
            "agency_id, sum(persons)::bigint, sum(catches)::bigint",
            "agg_catch_day",
            "1",
            start,
            end,
        )

    def assists_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int]]:
        return self._totals("agency_id, sum(catches)::bigint", "agg_assist_day", "1", start, end)

    def busts_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int, int]]:
        return self._rows(
            "SELECT agency_id, count(*)::bigint, sum(arrested)::bigint FROM hub.bust_facts b "
            f"WHERE date BETWEEN %(start)s AND %(end)s AND {self._ok('b')} GROUP BY 1",
            start,
            end,
        )

    def cases_cracked_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int]]:
        return self._rows(
            "SELECT agency_id, count(*)::bigint FROM hub.case_facts k "
            f"WHERE cracked_on BETWEEN %(start)s AND %(end)s AND {self._ok('k')} GROUP BY 1",
            start,
            end,
        )

    def broken_up_gangs(self, start: str, end: str) -> Iterable[str]:
        rows = self._rows(
            "SELECT DISTINCT gang FROM hub.bust_facts b WHERE broken_up "
            f"AND date BETWEEN %(start)s AND %(end)s AND {self._ok('b')}",
            start,
            end,
        )
        return [gang for (gang,) in rows]

    def persons_by_nationality(self, start: str, end: str) -> Iterable[tuple[str, int]]:
        return self._totals(
            "nationality, sum(persons)::bigint", "agg_nationality_day", "1", start, end
        )

    def catches_by_month(self, start: str, end: str) -> Iterable[tuple[str, int, int]]:
        return self._totals(
            "to_char(day, 'YYYY-MM'), sum(persons)::bigint, sum(catches)::bigint",
            "agg_catch_day",
            "1",
            start,
            end,
        )

    def busts_by_month(self, start: str, end: str) -> Iterable[tuple[str, int, int]]:
        return self._rows(
            "SELECT to_char(date, 'YYYY-MM'), count(*)::bigint, sum(arrested)::bigint "
            "FROM hub.bust_facts b "
            f"WHERE date BETWEEN %(start)s AND %(end)s AND {self._ok('b')} GROUP BY 1",
            start,
            end,
        )

    def arrests_by_role_and_origin(self, start: str, end: str) -> Iterable[tuple[str, str, int]]:
        return self._rows(
            "SELECT r.role, r.origin, sum(r.arrested)::bigint FROM hub.bust_facts b "
            "JOIN hub.bust_arrests r USING (record) "
            f"WHERE b.date BETWEEN %(start)s AND %(end)s AND {self._ok('b')} GROUP BY 1, 2",
            start,
            end,
        )

    def cases_cracked_by_category(
        self, start: str, end: str
    ) -> Iterable[tuple[str, str, int, int, int]]:
        return self._rows(
            "SELECT k.category, a.jurisdiction, count(*)::bigint, "
            "coalesce(sum(t.persons), 0)::bigint, coalesce(sum(t.catches), 0)::bigint "
            "FROM hub.case_facts k JOIN hub.agency_facts a ON a.id = k.agency_id "
            "LEFT JOIN (SELECT case_record, sum(persons) AS persons, sum(catches) AS catches "
            f"FROM hub.agg_case t WHERE {self._ok('t')} GROUP BY 1) t "
            "ON t.case_record = k.record "
            f"WHERE k.cracked_on BETWEEN %(start)s AND %(end)s AND {self._ok('k')} "
            "GROUP BY 1, 2",
            start,
            end,
        )

    def routes(self, start: str, end: str) -> Iterable[tuple[str, str | None, int, int]]:
        return self._totals(
            "destination, reason, sum(persons)::bigint, sum(catches)::bigint",
            "agg_route_day",
            "1, 2",
            start,
            end,
        )

    def notable(
        self, start: str, end: str
    ) -> Iterable[tuple[str, str, str, str, str | None, str, str, int, str]]:
        assisting = (
            "(SELECT string_agg(g.code, ';' ORDER BY x.line) FROM hub.{0}_assists x "
            "JOIN hub.agency_facts g ON g.id = x.agency_id WHERE x.record = {1}.record)"
        )
        return self._rows(
            "SELECT to_char(c.date, 'YYYY-MM-DD'), 'catch', c.ref COLLATE \"C\", a.code, "
            f"{assisting.format('catch', 'c')}, c.place, c.press_note, c.persons, '' "
            "FROM hub.catch_facts c JOIN hub.agency_facts a ON a.id = c.agency_id "
            f"WHERE c.notable AND {self._ok('c')} AND c.date BETWEEN %(start)s AND %(end)s "
            "UNION ALL SELECT to_char(b.date, 'YYYY-MM-DD'), 'bust', b.ref, a.code, "
            f"{assisting.format('bust', 'b')}, b.place, b.press_note, b.arrested, b.gang "
            "FROM hub.bust_facts b JOIN hub.agency_facts a ON a.id = b.agency_id "
            f"WHERE b.notable AND {self._ok('b')} AND b.date BETWEEN %(start)s AND %(end)s "
            "ORDER BY 1, 2, 3",
            start,
            end,
        )

    def unapproved(self, start: str, end: str) -> tuple[int, int, int]:
        catches = self._rows(
            "SELECT coalesce(sum(catches), 0)::bigint FROM hub.agg_catch_day "
            "WHERE day BETWEEN %(start)s AND %(end)s AND NOT approved",
            start,
            end,
        )[0][0]
        counts = [int(catches)]
        for table, day in (
            ("bust_facts", "date"),
            ("case_facts", "cracked_on"),
        ):
            counts.append(
                int(
                    self._rows(
                        f"SELECT count(*)::bigint FROM hub.{table} WHERE NOT approved "
                        f"AND {day} BETWEEN %(start)s AND %(end)s",
                        start,
                        end,
                    )[0][0]
                )
            )
        return counts[0], counts[1], counts[2]

    def disputed(self, start: str, end: str) -> int:
        total = 0
        for table, day in (
            ("catch_facts", "date"),
            ("bust_facts", "date"),
            ("case_facts", "cracked_on"),
        ):
            total += int(
                self._rows(
                    f"SELECT count(DISTINCT r.record) FROM hub.conflicts k "
                    f"JOIN hub.{table} r ON r.record = k.record "
                    f"WHERE r.{day} BETWEEN %(start)s AND %(end)s",
                    start,
                    end,
                )[0][0]
            )
        return total

    def data_as_of(self) -> str | None:
        row = self._conn.execute(
            "SELECT to_char(max(received_at) AT TIME ZONE 'UTC', "
            '\'YYYY-MM-DD"T"HH24:MI:SS"Z"\') FROM hub.changes'
        ).fetchone()
        return str(row[0]) if row and row[0] else None
