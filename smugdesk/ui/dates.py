"""Date fields: one way to make them (ISO display, a calendar to pick from) and one
way to move Python dates in and out of them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from smugdesk.reports.periods import EARLIEST, LATEST


def date_edit(name: str, day: dt.date, object_name: str = "") -> QDateEdit:
    """A date field named for its data-standard field (accessible name ``name``)."""
    edit = QDateEdit(_qdate(day))
    edit.setObjectName(object_name or name)
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def period_edit(name: str, day: dt.date, object_name: str = "") -> QDateEdit:
    """A date field for a report period's start or end: only the days a period may
    cover can be picked."""
    edit = date_edit(name, day, object_name)
    edit.setDateRange(_qdate(EARLIEST), _qdate(LATEST))
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


def set_day(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(_qdate(day))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
