"""Date fields: one way to make them (ISO display, a calendar to pick from) and one
way to move Python dates in and out of them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def date_edit(name: str, day: dt.date, object_name: str = "") -> QDateEdit:
    """A date field named for its data-standard field (accessible name ``name``)."""
    edit = QDateEdit(_qdate(day))
    edit.setObjectName(object_name or name)
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


def set_day(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(_qdate(day))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
