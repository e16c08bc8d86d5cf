"""Users, logins and settings in the database: the accounts package's rules applied
to the users and settings tables. The Store (records.py) holds one ``AccountBook`` and
decides with it who may do what."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from smugdesk.accounts.names import user_problems
from smugdesk.accounts.passwords import (
    SAME,
    hash_password,
    needs_rehash,
    password_problem,
    verify_password,
)
from smugdesk.accounts.policy import LIMITS, Policy, policy_from, setting_problem
from smugdesk.accounts.roles import Role, User
from smugdesk.domain.records import Invalid, Problem
from smugdesk.domain.words import words
from smugdesk.store import engine
from smugdesk.store.audit import AuditLog, Stamp
from smugdesk.store.database import StoreError

Clock = Callable[[], dt.datetime]


class LoginRefused(StoreError):
    """A login failed: wrong name or password, a locked or disabled account."""


class LoginRequired(StoreError):
    """The database has accounts and nobody is logged in (or the session is locked)."""


WRONG = words("login.wrong", "The name or the password is wrong.")
LOCKED_OUT = words(
    "login.locked",
    "This account is locked after too many failed logins, until {until}. Try again "
    "then, or ask an administrator.",
)
DISABLED = words("login.disabled", "This account is disabled; ask an administrator.")
NAME_TAKEN = words("user.name_taken", "{name!r} is already the name of a user")
NO_SUCH_USER = words("user.unknown", "there is no user {name!r}")
NEEDS_AGENCY = words("user.needs_agency", "an officer or a supervisor belongs to an agency")
UNKNOWN_AGENCY = words("user.unknown_agency", "{code!r} is not a known agency")
LAST_ADMIN = words(
    "user.last_admin", "{name} is the last active administrator; add another one first"
)


@dataclass(frozen=True, slots=True)
class Account:
    """A user as the users view lists them."""

    name: str
    display_name: str
    role: Role
    agency: str
    disabled: bool
    must_change: bool
    locked_until: str | None

    def user(self) -> User:
        return User(self.name, self.role, self.agency, self.display_name)


_ACCOUNT = (
    "SELECT u.id, u.name, u.display_name, u.role, coalesce(a.code, ''), u.disabled_at, "
    "u.must_change, u.locked_until, u.password_hash, u.failed_logins "
    "FROM users u LEFT JOIN agencies a ON a.id = u.agency_id"
)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def shown_time(text: str) -> str:
    """A stored UTC time as the reader's local wall-clock time, to the minute."""
    return _moment(text).astimezone().strftime("%Y-%m-%d %H:%M")


class AccountBook:
    """The users and settings tables of one connection. Callers hold the transaction
    and check the caller's rights; this class keeps the tables' own rules."""

    def __init__(self, conn: engine.Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def any(self) -> bool:
        return self._conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None

    def accounts(self) -> list[Account]:
        rows = self._conn.execute(f"{_ACCOUNT} ORDER BY u.name COLLATE NOCASE")
        return [_account(r) for r in rows]

    def account(self, name: str) -> Account:
        row = self._row(name)
        if row is None:
            raise Invalid([Problem("name", NO_SUCH_USER(name=name))])
        return _account(row)

    def password_matches(self, name: str, password: str) -> bool:
        row = self._row(name)
        return row is not None and verify_password(str(row[8]), password)

    def password_hashes(self) -> dict[str, str]:
        """Each enabled user's password hash, by name (for the key slots made when the
        file is encrypted)."""
        rows = self._conn.execute(
            "SELECT name, password_hash FROM users WHERE disabled_at IS NULL ORDER BY name"
        )
        return {str(name): str(stored) for name, stored in rows}

    def must_change_password(self, stamp: Stamp, names: list[str]) -> None:
        """These users must choose a new password at their next login."""
        for name in names:
            self._conn.execute(
                "UPDATE users SET must_change = 1, changed_at = ? WHERE name = ?", [stamp.at, name]
            )

    def _row(self, name: str) -> tuple[object, ...] | None:
        row: tuple[object, ...] | None = self._conn.execute(
            f"{_ACCOUNT} WHERE u.name = ?", [name]
        ).fetchone()
        return row

    # -- changes -------------------------------------------------------------------

    def add(self, stamp: Stamp, user: User, password: str) -> None:
        problems = self._user_problems(user)
        if self._row(user.name) is not None:
            problems.append(Problem("name", NAME_TAKEN(name=user.name)))
        problem = password_problem(password, user.name, user.display_name)
        if problem:
            problems.append(Problem("password", problem))
        if problems:
            raise Invalid(problems)
        self._conn.execute(
            "INSERT INTO users (name, display_name, role, agency_id, password_hash, "
            "created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                user.name,
                user.display_name,
                user.role.value,
                self._agency_id(user.agency),
                hash_password(password),
                stamp.at,
                stamp.at,
            ],
        )
        self._note(stamp, "user_add", user.name, _detail(user))

    def change(self, stamp: Stamp, user: User) -> None:
        """A user's display name, role and agency."""
        before = self.account(user.name)
        problems = self._user_problems(user)
        if problems:
            raise Invalid(problems)
        if before.role is Role.ADMINISTRATOR and user.role is not Role.ADMINISTRATOR:
            self._keep_an_admin(user.name)
        self._conn.execute(
            "UPDATE users SET display_name = ?, role = ?, agency_id = ?, changed_at = ? "
            "WHERE name = ?",
            [user.display_name, user.role.value, self._agency_id(user.agency), stamp.at, user.name],
        )
        detail = {"before": _detail(before.user()), "after": _detail(user)}
        self._note(stamp, "user_change", before.name, detail)

    def disable(self, stamp: Stamp, name: str) -> None:
        account = self.account(name)
        if account.role is Role.ADMINISTRATOR:
            self._keep_an_admin(account.name)
        self._conn.execute(
            "UPDATE users SET disabled_at = ?, changed_at = ? WHERE name = ?",
            [stamp.at, stamp.at, account.name],
        )
        self._note(stamp, "user_disable", account.name)

    def reset_password(self, stamp: Stamp, name: str, password: str) -> None:
        """A new password set by an administrator: the user must change it at next login.
        Also lifts a lock-out and a disabling."""
        account = self.account(name)
        problem = password_problem(password, account.name, account.display_name)
        if problem:
            raise Invalid([Problem("password", problem)])
        self._conn.execute(
            "UPDATE users SET password_hash = ?, must_change = 1, failed_logins = 0, "
            "locked_until = NULL, disabled_at = NULL, changed_at = ? WHERE name = ?",
            [hash_password(password), stamp.at, account.name],
        )
        self._note(stamp, "password_reset", account.name)

    def change_password(self, stamp: Stamp, name: str, current: str, new: str) -> None:
        row = self._row(name)
        if row is None or not verify_password(str(row[8]), current):
            raise Invalid([Problem("current_password", WRONG())])
        account = _account(row)
        problem = password_problem(new, account.name, account.display_name)
        if problem is None and new == current:
            problem = SAME()
        if problem:
            raise Invalid([Problem("password", problem)])
        self._conn.execute(
            "UPDATE users SET password_hash = ?, must_change = 0, changed_at = ? WHERE name = ?",
            [hash_password(new), stamp.at, account.name],
        )
        self._note(stamp, "password_change", account.name)

    def _user_problems(self, user: User) -> list[Problem]:
        problems = user_problems(user.name, user.display_name)
        if user.role in (Role.OFFICER, Role.SUPERVISOR) and not user.agency:
            problems.append(Problem("agency", NEEDS_AGENCY()))
        elif user.agency and self._agency_id(user.agency) is None:
            problems.append(Problem("agency", UNKNOWN_AGENCY(code=user.agency)))
        return problems

    def _agency_id(self, code: str) -> int | None:
        if not code:
            return None
        row = self._conn.execute(
            "SELECT id FROM agencies WHERE code = ? AND deleted_at IS NULL", [code]
        ).fetchone()
        return int(row[0]) if row else None

    def _keep_an_admin(self, name: str) -> None:
        others = self._conn.execute(
            "SELECT count(*) FROM users WHERE role = 'administrator' AND disabled_at IS NULL "
            "AND name != ?",
            [name],
        ).fetchone()[0]
        if not others:
            raise Invalid([Problem("role", LAST_ADMIN(name=name))])

    # -- logging in ------------------------------------------------------------------

    def login(
        self,
        stamp: Stamp,
        name: str,
        password: str,
        now: dt.datetime,
        policy: Policy,
        proven: bool = False,
    ) -> tuple[Account | None, LoginRefused | None]:
        """Check a login and record it (in the caller's transaction). Returns the
        account, or the refusal to raise once the transaction that recorded the
        failure has committed. ``proven``: the password has just opened this user's
        key slot of the encrypted file (Argon2id already ran on it); everything else
        is checked as for any login."""
        row = self._row(name)
        if row is None:
            verify_password(None, password)  # as long as a known name takes
            unknown = Stamp(stamp.at, "", stamp.workstation)  # a mistyped name may be a password
            self._note(unknown, "login_failed", "", {"why": "wrong"})
            return None, LoginRefused(WRONG())
        account = _account(row)
        who = Stamp(stamp.at, account.name, stamp.workstation)
        locked = account.locked_until
        if locked and _moment(locked) > now:
            if not proven:  # as long as a login that is not locked out takes
                verify_password(str(row[8]), password)
            self._note(who, "login_failed", account.name, {"why": "locked"})
            return None, LoginRefused(LOCKED_OUT(until=shown_time(locked)))
        if not proven and not verify_password(str(row[8]), password):
            return None, self._failed(who, account.name, int(str(row[9])) + 1, now, policy)
        if account.disabled:
            self._note(who, "login_failed", account.name, {"why": "disabled"})
            return None, LoginRefused(DISABLED())
        rehash = hash_password(password) if needs_rehash(str(row[8])) else row[8]
        self._conn.execute(
            "UPDATE users SET failed_logins = 0, locked_until = NULL, password_hash = ? "
            "WHERE name = ?",
            [rehash, account.name],
        )
        self._note(who, "login", account.name)
        return account, None

    def _note(
        self, stamp: Stamp, action: str, name: str, detail: dict[str, Any] | None = None
    ) -> None:
        """An audit entry about the user ``name``."""
        self._audit.append(stamp, action, [("user", name, None, None, detail)])

    def _failed(
        self, who: Stamp, name: str, failed: int, now: dt.datetime, policy: Policy
    ) -> LoginRefused:
        self._note(who, "login_failed", name, {"why": "wrong"})
        if failed < policy.lockout_attempts:
            self._conn.execute("UPDATE users SET failed_logins = ? WHERE name = ?", [failed, name])
            return LoginRefused(WRONG())
        until = iso(policy.locked_until(now))
        self._conn.execute(
            "UPDATE users SET failed_logins = 0, locked_until = ? WHERE name = ?", [until, name]
        )
        self._note(who, "lockout", name, {"until": until})
        return LoginRefused(WRONG())

    # -- settings --------------------------------------------------------------------

    def policy(self) -> Policy:
        return policy_from(dict(self._conn.execute("SELECT name, value FROM settings")))

    def set_setting(self, stamp: Stamp, name: str, value: int) -> None:
        problem = setting_problem(name, value)
        if problem:
            raise Invalid([Problem(name if name in LIMITS else "name", problem)])
        before = getattr(self.policy(), name)
        self._conn.execute(
            "INSERT INTO settings (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            [name, value],
        )
        detail = {"setting": name, "before": before, "after": value}
        self._audit.append(stamp, "setting", [("setting", name, None, None, detail)])


def _account(row: tuple[object, ...]) -> Account:
    _id, name, display, role, agency, disabled, must_change, locked, _hash, _failed = row
    return Account(
        str(name),
        str(display),
        Role(str(role)),
        str(agency),
        disabled is not None,
        bool(must_change),
        str(locked) if locked else None,
    )


def _detail(user: User) -> dict[str, str]:
    return {
        "role": user.role.value,
        "agency": user.agency,
        "display_name": user.display_name,
    }
