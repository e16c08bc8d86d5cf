"""SQL fragments more than one query of the store shares."""

from __future__ import annotations


def assisting_codes(table: str, parent: str, alias: str = "r", separator: str = ";") -> str:
    """The codes of a record's assisting agencies in their order, joined by ``separator``
    (NULL when there are none). ``table`` is catch_assists or bust_assists, ``parent`` its
    column naming the record, ``alias`` the record table's alias in the outer query."""
    return (
        f"(SELECT group_concat(code, '{separator}') FROM (SELECT a.code FROM {table} x "
        f"JOIN agencies a ON a.id = x.agency_id WHERE x.{parent} = {alias}.id ORDER BY x.line))"
    )
