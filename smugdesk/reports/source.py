"""What the report figures read, as a protocol: the local SQLite store implements it
(``smugdesk.store.figure_queries``), and a PostgreSQL hub can implement it beside.

Every method takes the first and last day of a period as ISO dates (both included)
and returns plain tuples; the counting rules live in ``figures.py``, not here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class FigureSource(Protocol):
    approved_only: bool  # every figure counts approved records only

    def agencies(self) -> Iterable[tuple[int, str, str, str, str]]:
        """Every agency: (id, code, name, name_zh, jurisdiction)."""

    def catches_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int, int]]:
        """(agency id, persons, catches) of the catches each agency recorded."""

    def assists_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int]]:
        """(agency id, catches) that each agency assisted."""

    def busts_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int, int]]:
        """(agency id, busts, organizers arrested)."""

    def cases_cracked_by_agency(self, start: str, end: str) -> Iterable[tuple[int, int]]:
        """(agency id, cases cracked)."""

    def broken_up_gangs(self, start: str, end: str) -> Iterable[str]:
        """The gang names of busts that broke a gang up (may repeat)."""

    def persons_by_nationality(self, start: str, end: str) -> Iterable[tuple[str, int]]:
        """(alpha-3 code, persons)."""

    def catches_by_month(self, start: str, end: str) -> Iterable[tuple[str, int, int]]:
        """(YYYY-MM, persons, catches)."""

    def busts_by_month(self, start: str, end: str) -> Iterable[tuple[str, int, int]]:
        """(YYYY-MM, busts, organizers arrested)."""

    def arrests_by_role_and_origin(self, start: str, end: str) -> Iterable[tuple[str, str, int]]:
        """(role, origin alpha-3, arrested)."""

    def cases_cracked_by_category(
        self, start: str, end: str
    ) -> Iterable[tuple[str, str, int, int, int]]:
        """(category, jurisdiction of the case's agency, cases, persons, catches), the
        persons and catches being those of catches linked to the cases."""

    def routes(self, start: str, end: str) -> Iterable[tuple[str, str | None, int, int]]:
        """(destination, reason, persons, catches)."""

    def notable(
        self, start: str, end: str
    ) -> Iterable[tuple[str, str, str, str, str | None, str, str, int, str]]:
        """Notable catches and busts in date order: (date, 'catch' or 'bust', ref,
        agency code, assisting codes joined by ';', place, press note, persons or
        organizers, gang)."""

    def unapproved(self, start: str, end: str) -> tuple[int, int, int]:
        """(catches, busts, cases cracked) in the period not yet approved."""

    def disputed(self, start: str, end: str) -> int:
        """Records of the period holding conflicts between stations not yet decided."""

    def data_as_of(self) -> str | None:
        """UTC time of the last change to any record."""
