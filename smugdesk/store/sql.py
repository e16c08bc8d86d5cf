"""SQL fragments more than one query of the store shares."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
CHUNK = 900  # SQLite's bound parameters per statement stay well under its limit


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size``, for ``IN (...)`` lists of parameters."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def marks(part: Sequence[object]) -> str:
    """The placeholders of an ``IN`` list for ``part``."""
    return ",".join("?" * len(part))


def assisting_codes(table: str, parent: str, alias: str = "r", separator: str = ";") -> str:
    """The codes of a record's assisting agencies in their order, joined by ``separator``
    (NULL when there are none). ``table`` is catch_assists or bust_assists, ``parent`` its
    column naming the record, ``alias`` the record table's alias in the outer query."""
    return (
        f"(SELECT group_concat(code, '{separator}') FROM (SELECT a.code FROM {table} x "
        f"JOIN agencies a ON a.id = x.agency_id WHERE x.{parent} = {alias}.id ORDER BY x.line))"
    )
