"""Approving records and unlocking approved ones. An approved record is locked: no
save, import or delete changes it until a supervisor unlocks it, giving a reason.
Both are audited one entry a record, so each record's history shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smugdesk.accounts.roles import Can
from smugdesk.domain.records import Invalid, Problem
from smugdesk.domain.validation import REQUIRED
from smugdesk.domain.words import words
from smugdesk.store.mapping import KINDS, RecordTable

if TYPE_CHECKING:
    from smugdesk.store.records import Store

APPROVABLE = ("catch", "bust", "case")
MAX_REASON = 500
REASON_TOO_LONG = words("unlock.reason_long", "must be at most {limit} characters")
NOT_APPROVABLE = words("approve.kind", "only catches, gang busts and cases are approved")
NOT_LOCKED = words("unlock.not_locked", "{key} is not approved; there is nothing to unlock")


def _kind(kind_name: str) -> RecordTable:
    if kind_name not in APPROVABLE:
        raise Invalid([Problem("kind", NOT_APPROVABLE())])
    return KINDS[kind_name]


def approve(store: Store, kind_name: str, where: str, params: list[object]) -> int:
    """Approve the live records not yet approved that ``where`` (over alias r) chooses;
    returns how many. Refused whole when any of them is of an agency the user may not
    approve for."""
    kind = _kind(kind_name)
    conn = store.db.conn
    chosen = f"r.deleted_at IS NULL AND r.approved_at IS NULL AND ({where})"
    with store.transaction():
        rows = conn.execute(
            f"SELECT r.id, r.uuid, a.code FROM {kind.table} r JOIN agencies a "
            f"ON a.id = r.agency_id WHERE {chosen} ORDER BY r.id",
            params,
        ).fetchall()
        store.access.require(Can.APPROVE, {code for _i, _u, code in rows})
        stamp = store.access.stamp()
        ids = [i for i, _u, _c in rows]
        with store.rederived(kind.name, ids):  # the report totals keep approved apart
            conn.executemany(
                f"UPDATE {kind.table} SET approved_at = ?, approved_by = ? WHERE id = ?",
                [(stamp.at, stamp.user, i) for i in ids],
            )
        approved = [(u,) for _i, u, _c in rows]
        store.audit.append(
            stamp, "approve", [(kind.name, u, None, None, None) for (u,) in approved]
        )
        if approved:
            store.wrote(kind.name)
    return len(approved)


def unlock(store: Store, kind_name: str, record_uuid: str, reason: str) -> None:
    """Unlock an approved record so that it can change again; the reason is audited."""
    kind = _kind(kind_name)
    reason = reason.strip()
    if not reason:
        raise Invalid([Problem("reason", REQUIRED())])
    if len(reason) > MAX_REASON:
        raise Invalid([Problem("reason", REASON_TOO_LONG(limit=MAX_REASON))])
    with store.transaction():
        existing = store.existing(kind_name, record_uuid)
        store.access.require(Can.APPROVE, {getattr(existing.record, "agency", "")})
        if not existing.approved_at:
            key = kind.key_of(existing.record)
            raise Invalid([Problem("reason", NOT_LOCKED(key=key))])
        stamp = store.access.stamp()
        with store.rederived(kind.name, [existing.id]):
            store.db.conn.execute(
                f"UPDATE {kind.table} SET approved_at = NULL, approved_by = NULL WHERE id = ?",
                [existing.id],
            )
        detail = {
            "reason": reason,
            "approved_at": existing.approved_at,
            "approved_by": existing.approved_by,
        }
        store.audit.append(stamp, "unlock", [(kind.name, record_uuid, None, None, detail)])
        store.wrote(kind.name)
