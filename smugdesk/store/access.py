"""Who is working in a store, and what they may do: logins, the session lock, users
and settings. Every call of the Store that reads or writes records asks ``require``
first, so the app and the command line obey the same rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from smugdesk.accounts.policy import Policy
from smugdesk.accounts.roles import Can, Role, User, refusal
from smugdesk.domain.records import Invalid, Problem
from smugdesk.domain.words import words
from smugdesk.store.accounts import (
    WRONG as WRONG_PASSWORD,
)
from smugdesk.store.accounts import (
    Account,
    AccountBook,
    Clock,
    LoginRefused,
    LoginRequired,
    iso,
)
from smugdesk.store.audit import Stamp
from smugdesk.store.database import StoreError

if TYPE_CHECKING:
    from smugdesk.store.records import Store


class NotAllowed(StoreError):
    """The user's role or agency does not allow the call; nothing was written."""


NEED_LOGIN = words("login.required", "This database has user accounts: log in first.")
SESSION_LOCKED = words("login.session_locked", "The session is locked: unlock it first.")
CHANGE_FIRST = words(
    "login.change_first",
    "Your password was reset by an administrator: choose a new one first.",
)
FIRST_IS_ADMIN = words("user.first_admin", "The first user of a database is its administrator.")


def utc_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Access:
    """The signed-in user of one Store (None: nobody, or a file without accounts)."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self._store = store
        self.clock = clock or utc_clock
        self.book = AccountBook(store.db.conn, store.audit)
        self.accounts_on = self.book.any()
        self.user: User | None = None
        self.session_locked = False
        self.must_change = False

    # -- the check every call makes ------------------------------------------------

    def require(self, can: Can | None = None, agencies: Iterable[str] = ()) -> None:
        """Raise unless the current user may do ``can`` to records of ``agencies``
        (None: only that someone is logged in). Files without accounts allow all."""
        if not self.accounts_on:
            return
        if self.user is None:
            raise LoginRequired(NEED_LOGIN())
        if self.session_locked:
            raise LoginRequired(SESSION_LOCKED())
        if can is not None and self.must_change:
            raise LoginRequired(CHANGE_FIRST())
        if can is not None:
            why = refusal(self.user, can, frozenset(agencies))
            if why is not None:
                raise NotAllowed(why)

    def may(self, can: Can, agencies: Iterable[str] = ()) -> bool:
        try:
            self.require(can, agencies)
        except StoreError:
            return False
        return True

    @property
    def needs_login(self) -> bool:
        return self.accounts_on and self.user is None

    def stamp(self) -> Stamp:
        actor = self._store.actor
        name = self.user.name if self.user else actor.user
        return Stamp(iso(self.clock()), name, actor.workstation)

    def policy(self) -> Policy:
        return self.book.policy()

    # -- logging in and out ------------------------------------------------------------

    def login(self, name: str, password: str) -> Account:
        """Log in; raises LoginRefused (after recording the failure) when refused."""
        proven = self._store.keys.proves(name, password)  # the file's slot took it
        with self._store.transaction():
            account, refused = self.book.login(
                self.stamp(), name, password, self.clock(), self.book.policy(), proven
            )
        if refused is not None:
            raise refused
        assert account is not None
        self.user = account.user()
        self.session_locked = False
        self.must_change = account.must_change
        return account

    def resume(self, user: User | None) -> None:
        """Work as a user already logged in on another connection of this process
        (``Store.reopen``): a worker's connection, not a new login."""
        if self.accounts_on:
            self.user = user

    def logout(self) -> None:
        if self.user is not None:
            with self._store.transaction():
                self._store.audit.append(
                    self.stamp(), "logout", [("user", self.user.name, None, None, None)]
                )
        self.user = None
        self.session_locked = False

    def lock_session(self) -> None:
        """Hide everything until the same user gives their password again."""
        if self.user is None or self.session_locked:
            return
        with self._store.transaction():
            self._store.audit.append(
                self.stamp(), "session_lock", [("user", self.user.name, None, None, None)]
            )
        self.session_locked = True

    def unlock_session(self, password: str) -> None:
        """Unlock for the same user: a login (failures count towards the lock-out)."""
        assert self.user is not None
        self.login(self.user.name, password)

    # -- users and settings -----------------------------------------------------------

    def add_user(self, user: User, password: str) -> None:
        """Add a user. The first one of a file must be an administrator: it switches
        accounts on for good, and is then the user logged in."""
        first = not self.accounts_on
        if first and user.role is not Role.ADMINISTRATOR:
            raise NotAllowed(FIRST_IS_ADMIN())
        if not first:
            self.require(Can.MANAGE)
        keys = self._store.keys
        slot = keys.first_user if first else keys.user_password
        with slot(user.name, password), self._store.transaction():
            stamp = self.stamp()
            if first:  # the audit names the new administrator as the one who added it
                stamp = Stamp(stamp.at, user.name, stamp.workstation)
            self.book.add(stamp, user, password)
        if first:
            self.accounts_on = True
            self.user = user

    def accounts(self) -> list[Account]:
        self.require(Can.MANAGE)
        return self.book.accounts()

    def change_user(self, user: User) -> None:
        self.require(Can.MANAGE)
        with self._store.transaction():
            self.book.change(self.stamp(), user)

    def disable_user(self, name: str) -> None:
        self.require(Can.MANAGE)
        with self._store.keys.user_gone(name), self._store.transaction():
            self.book.disable(self.stamp(), name)

    def reset_password(self, name: str, password: str) -> None:
        self.require(Can.MANAGE)
        with self._store.keys.user_password(name, password), self._store.transaction():
            self.book.reset_password(self.stamp(), name, password)

    def change_password(self, current: str, new: str) -> None:
        """The logged-in user's own password."""
        self.require()
        assert self.user is not None
        with (
            self._store.keys.user_password(self.user.name, new),
            self._store.transaction(),
        ):
            self.book.change_password(self.stamp(), self.user.name, current, new)
        self.must_change = False

    def confirm(self, password: str) -> None:
        """Raise Invalid unless ``password`` is the logged-in user's: asked again before
        what must not rest on a session someone else may be sitting at (encrypting the
        file makes a key slot from it)."""
        self.require()
        if self.user is None or not self.book.password_matches(self.user.name, password):
            raise Invalid([Problem("current_password", WRONG_PASSWORD())])

    def set_setting(self, name: str, value: int) -> None:
        self.require(Can.MANAGE)
        with self._store.transaction():
            self.book.set_setting(self.stamp(), name, value)


__all__ = ["Access", "LoginRefused", "LoginRequired", "NotAllowed"]
