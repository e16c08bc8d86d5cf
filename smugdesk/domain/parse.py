"""Turning typed or imported values into record fields, with plain-word errors.

Each parser returns the value or raises ``WordsError`` (a ValueError) whose message
completes the sentence "<field>: ...", so forms and the importer report the same words
in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import re

from smugdesk.domain.words import WordsError, words

_WHOLE = re.compile(r"^[+]?\d+$")
TIME_OF_DAY = words("time_of_day", "{value} has a time of day; give a date only")
NOT_A_DATE = words("not_a_date", "{value!r} is not a date; write it as 2017-11-24")
NOT_WHOLE = words("not_whole", "{value} is not a whole number")
NOT_YES_NO = words("not_yes_no", "{value!r} is not yes or no")


def text(value: object) -> str:
    """Cell or widget text with outer spaces removed; None and blanks give ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            raise WordsError(TIME_OF_DAY(value=value.isoformat(sep=" ")))
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise WordsError(NOT_A_DATE(value=raw)) from None


def whole_number(value: object) -> int:
    if isinstance(value, bool):
        raise WordsError(NOT_WHOLE(value=repr(value)))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise WordsError(NOT_WHOLE(value=f"{value:g}"))
    raw = text(value)
    if _WHOLE.match(raw):
        return int(raw)
    if raw.startswith("-") and _WHOLE.match(raw[1:]):
        return int(raw)
    raise WordsError(NOT_WHOLE(value=repr(raw)))


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raw = text(value).casefold()
    if raw == "yes":
        return True
    if raw == "no":
        return False
    raise WordsError(NOT_YES_NO(value=text(value)))


def code_list(value: object) -> tuple[str, ...]:
    """Agency codes separated by ';' (blanks between separators ignored)."""
    return tuple(part.strip() for part in text(value).split(";") if part.strip())
