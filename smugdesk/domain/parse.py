"""Turning typed or imported values into record fields, with plain-word errors.

Each parser returns the value or raises ``ValueError`` whose text completes the
sentence "<field>: ...", so forms and the importer report the same words.
"""

from __future__ import annotations

import datetime as dt
import re

_WHOLE = re.compile(r"^[+]?\d+$")


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
            raise ValueError(f"{value.isoformat(sep=' ')} has a time of day; give a date only")
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"{raw!r} is not a date; write it as 2017-11-24") from None


def whole_number(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(f"{value:g} is not a whole number")
    raw = text(value)
    if _WHOLE.match(raw):
        return int(raw)
    if raw.startswith("-") and _WHOLE.match(raw[1:]):
        return int(raw)
    raise ValueError(f"{raw!r} is not a whole number")


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raw = text(value).casefold()
    if raw == "yes":
        return True
    if raw == "no":
        return False
    raise ValueError(f"{text(value)!r} is not yes or no")


def code_list(value: object) -> tuple[str, ...]:
    """Agency codes separated by ';' (blanks between separators ignored)."""
    return tuple(part.strip() for part in text(value).split(";") if part.strip())
