"""What every write must pass before it happens: the user's rights over the records'
agencies, the approval lock, and (for a delete) references still in use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from smugdesk.accounts.roles import Can
from smugdesk.domain.records import Agency, Invalid, Problem, Record
from smugdesk.domain.words import Message, words
from smugdesk.store import engine
from smugdesk.store.database import StoreError
from smugdesk.store.mapping import AGENCY, BUST, CASE, CATCH, Existing, RecordTable

if TYPE_CHECKING:
    from smugdesk.store.access import Access

STILL_USED = words("still_used", "{key} is still used by {used}; change those first")
USED_BY = {
    "catches": words("used_by.catches", "{n:,} catches"),
    "busts": words("used_by.busts", "{n:,} gang busts"),
    "cases": words("used_by.cases", "{n:,} cases"),
    "catches_assisted": words("used_by.catches_assisted", "{n:,} catches as assisting agency"),
    "busts_assisted": words("used_by.busts_assisted", "{n:,} gang busts as assisting agency"),
}


class RecordLocked(StoreError):
    """The record was approved: a supervisor unlocks it (with a reason) before it changes."""


LOCKED = words(
    "record.locked",
    "{key} was approved by {by} on {on} and is locked; a supervisor must unlock it "
    "(giving a reason) before it can change.",
)


def may_write(
    access: Access, kind: RecordTable, items: Sequence[tuple[Existing | None, Record | None]]
) -> None:
    """Refuse (raise) unless the user may write these records, old and new, and
    none of the old ones is approved (locked until a supervisor unlocks it)."""
    if kind is AGENCY:
        access.require(Can.MANAGE)
    else:
        records = [r for old, new in items for r in (old and old.record, new) if r]
        agencies = {r.agency for r in records if not isinstance(r, Agency)}
        access.require(Can.WRITE_RECORDS, agencies)
    for old, _new in items:
        if old is not None and old.approved_at:
            key = kind.key_of(old.record)
            by, on = old.approved_by or "", old.approved_at[:10]
            raise RecordLocked(LOCKED(key=key, by=by, on=on))


def refuse_if_used(conn: engine.Connection, kind: RecordTable, existing: Existing) -> None:
    """Refuse to delete an agency or a case that live records still use."""
    if kind is AGENCY:
        uses = [("catches", "agency_id"), ("busts", "agency_id"), ("cases", "agency_id")]
    elif kind is CASE:
        uses = [("catches", "case_id"), ("busts", "case_id")]
    else:
        return
    used: list[Message] = []
    for table, column in uses:
        n = conn.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ? AND deleted_at IS NULL",
            [existing.id],
        ).fetchone()[0]
        if n:
            used.append(USED_BY[table](n=n))
    if kind is AGENCY:
        for parent_kind in (CATCH, BUST):
            assists = parent_kind.children[1]  # catch_assists / bust_assists
            parent = parent_kind.table
            n = conn.execute(
                f"SELECT count(*) FROM {assists.table} a JOIN {parent} p "
                f"ON p.id = a.{assists.parent} WHERE a.agency_id = ? AND p.deleted_at IS NULL",
                [existing.id],
            ).fetchone()[0]
            if n:
                used.append(USED_BY[f"{parent}_assisted"](n=n))
    if used:
        key = kind.key_of(existing.record)
        raise Invalid([Problem(kind.key, STILL_USED(key=key, used=u)) for u in used])
