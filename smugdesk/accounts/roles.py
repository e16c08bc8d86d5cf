"""Roles and what each may do. The store asks ``allowed`` before every call and refuses
with ``Refusal`` words; nothing here knows about SQL or Qt."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from smugdesk.domain.words import Message, Words, words


class Role(StrEnum):
    """Stored in the users table and given on the command line (``--role``)."""

    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    PRESS_OFFICER = "press-officer"
    ADMINISTRATOR = "administrator"


class Can(StrEnum):
    """What a call needs. Those marked "of an agency" are checked against the agency
    of the records they touch."""

    READ_RECORDS = "read_records"  # lists, record detail, exports
    WRITE_RECORDS = "write_records"  # of an agency: enter, change, delete, import
    APPROVE = "approve"  # of an agency: approve and unlock
    REPORT = "report"  # summary reports
    DASHBOARD = "dashboard"  # the dashboard's figures
    VIEW_AUDIT = "view_audit"
    MANAGE = "manage"  # users, agencies, settings


_GRANTS: dict[Role, frozenset[Can]] = {
    Role.OFFICER: frozenset({Can.READ_RECORDS, Can.WRITE_RECORDS, Can.DASHBOARD}),
    Role.SUPERVISOR: frozenset(
        {
            Can.READ_RECORDS,
            Can.WRITE_RECORDS,
            Can.APPROVE,
            Can.REPORT,
            Can.DASHBOARD,
            Can.VIEW_AUDIT,
        }
    ),
    Role.PRESS_OFFICER: frozenset({Can.REPORT, Can.DASHBOARD}),
    Role.ADMINISTRATOR: frozenset(Can),
}
# Rights limited to the user's own agency (administrators have every agency).
AGENCY_BOUND = frozenset({Can.WRITE_RECORDS, Can.APPROVE})

ROLE_WORDS: dict[Role, Words] = {
    Role.OFFICER: words("role.officer", "officer"),
    Role.SUPERVISOR: words("role.supervisor", "supervisor"),
    Role.PRESS_OFFICER: words("role.press_officer", "press officer"),
    Role.ADMINISTRATOR: words("role.administrator", "administrator"),
}
WHAT: dict[Can, Words] = {
    Can.READ_RECORDS: words("can.read_records", "see record details"),
    Can.WRITE_RECORDS: words("can.write_records", "enter or change records"),
    Can.APPROVE: words("can.approve", "approve or unlock records"),
    Can.REPORT: words("can.report", "make reports"),
    Can.DASHBOARD: words("can.dashboard", "see the dashboard"),
    Can.VIEW_AUDIT: words("can.view_audit", "see the audit"),
    Can.MANAGE: words("can.manage", "manage users, agencies and settings"),
}
NOT_ALLOWED = words("accounts.not_allowed", "As {role}, {user} may not {what}.")
OTHER_AGENCY = words(
    "accounts.other_agency",
    "As {role} of {own}, {user} may not {what} of {agency}.",
)


@dataclass(frozen=True, slots=True)
class User:
    """A signed-in account, as the rules need it."""

    name: str
    role: Role
    agency: str = ""  # the agency's code; empty for an administrator of every agency
    display_name: str = ""

    @property
    def shown(self) -> str:
        return self.display_name or self.name


def refusal(user: User, can: Can, agencies: frozenset[str] = frozenset()) -> Message | None:
    """Why ``user`` may not do ``can`` to records of ``agencies``, or None when they may."""
    if can not in _GRANTS[user.role]:
        return NOT_ALLOWED(role=ROLE_WORDS[user.role](), user=user.shown, what=WHAT[can]())
    if can in AGENCY_BOUND and user.role is not Role.ADMINISTRATOR:
        own = user.agency.casefold()
        others = sorted(a for a in agencies if a.casefold() != own)
        if others:
            return OTHER_AGENCY(
                role=ROLE_WORDS[user.role](),
                own=user.agency or "-",
                user=user.shown,
                what=WHAT[can](),
                agency=", ".join(others),
            )
    return None


def grants(role: Role) -> frozenset[Can]:
    return _GRANTS[role]
