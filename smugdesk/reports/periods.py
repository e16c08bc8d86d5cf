"""Report periods: the comparison period and the stretch of the period it is set against."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from smugdesk.domain.words import WordsError, words

ENDS_BEFORE_START = words("period.backwards", "the period ends ({end}) before it starts ({start})")
OUT_OF_RANGE = words(
    "period.out_of_range",
    "a report period lies between {earliest} and {latest}; {day} does not",
)
NOTHING_BEFORE = words(
    "period.nothing_before",
    "no period before {start} can be compared with it; name the comparison period",
)


# The days a report period may cover: a workbook's dates begin in 1900 (Excel's
# calendar), and months, year-earlier comparisons and the day after a period's end are
# all counted without reaching Python's last date.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2999, 12, 31)


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        for day in (self.start, self.end):
            if not EARLIEST <= day <= LATEST:
                raise WordsError(
                    OUT_OF_RANGE(
                        earliest=EARLIEST.isoformat(),
                        latest=LATEST.isoformat(),
                        day=day.isoformat(),
                    )
                )
        if self.end < self.start:
            raise WordsError(
                ENDS_BEFORE_START(end=self.end.isoformat(), start=self.start.isoformat())
            )

    @property
    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()

    @property
    def whole_months(self) -> bool:
        """True when the period runs from the first of a month to the last of one."""
        return self.start.day == 1 and (self.end + dt.timedelta(days=1)).day == 1


def shift_years(day: dt.date, years: int) -> dt.date:
    """The same calendar date ``years`` later (earlier if negative); 29 February maps to
    28 February in a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def default_comparison(period: Period) -> Period:
    """The data standard's default: the same calendar dates one year earlier; for a
    period longer than a year, whose year-earlier dates would overlap it, the stretch of
    the same length that ends the day before the period starts (v2)."""
    try:
        year_before = Period(shift_years(period.start, -1), shift_years(period.end, -1))
        if year_before.end < period.start:
            return year_before
        days = (period.end - period.start).days
        end = period.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=days), end)
    except WordsError:  # it would begin before the earliest day a period may
        raise WordsError(NOTHING_BEFORE(start=period.start.isoformat())) from None


def matched_stretch(period: Period, comparison: Period) -> Period:
    """The part of ``period`` that is set against ``comparison``: like for like.

    The comparison is moved forward by whole years until it ends in the year the
    period ends. If it then lies within the period, that stretch is compared (the
    article sets January-November 2015 against January-November 2017 in a report
    on February 2016-November 2017); otherwise the whole period is.
    """
    years = period.end.year - comparison.end.year
    if years <= 0:
        return period
    start = shift_years(comparison.start, years)
    end = shift_years(comparison.end, years)
    if end < start or start < period.start or end > period.end:
        return period
    return Period(start, end)
