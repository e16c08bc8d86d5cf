"""Accounts in the store: switching them on, logging in, lock-outs, and every rule
refused for every role it applies to, with nothing written."""

import dataclasses
import datetime as dt
import sqlite3

import pytest

from smugdesk.accounts.roles import Can, Role, User
from smugdesk.domain.records import Agency, Invalid
from smugdesk.domain.words import render
from smugdesk.store import Actor, open_store
from smugdesk.store.access import LoginRefused, LoginRequired, NotAllowed
from smugdesk.store.audit import AuditFilter
from smugdesk.store.lists import Filter
from smugdesk.store.rules import RecordLocked
from tests.conftest import TODAY, make_bust, make_case, make_catch

PASSWORD = "harbour lights at dawn"
ADMIN = User("admin", Role.ADMINISTRATOR, display_name="Chief Admin")
PEOPLE = {
    "officer": User("officer", Role.OFFICER, "GD-PSD"),
    "supervisor": User("supervisor", Role.SUPERVISOR, "GD-PSD"),
    "press": User("press", Role.PRESS_OFFICER),
    "hk-officer": User("hk-officer", Role.OFFICER, "HKPF"),
}


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def accounts_db(db_path, clock):
    """A database with records, then an administrator and one user of each role."""
    with open_store(db_path, Actor("os-user", "ws-01"), clock) as store:
        store.save(make_case(), today=TODAY)
        store.save(make_catch(case_no="K-1"), today=TODAY)
        store.save(make_catch("HK-1", agency="HKPF", province="Hong Kong"), today=TODAY)
        store.access.add_user(ADMIN, PASSWORD)
        for user in PEOPLE.values():
            store.access.add_user(user, PASSWORD)
    return db_path


def session(db_path, clock, name):
    store = open_store(db_path, Actor("os-user", "ws-01"), clock)
    store.access.login(name, PASSWORD)
    return store


def test_a_file_without_users_needs_no_login(store):
    assert not store.access.accounts_on
    store.save(make_catch(), today=TODAY)
    assert store.count("catch") == 1


def test_the_first_user_must_be_an_administrator(store):
    with pytest.raises(NotAllowed):
        store.access.add_user(PEOPLE["officer"], PASSWORD)
    assert not store.access.accounts_on


def test_the_first_administrator_switches_accounts_on_for_good(db_path, clock, accounts_db):
    with open_store(db_path, clock=clock) as store:
        assert store.access.needs_login
        for call in (
            lambda: store.count("catch"),
            lambda: store.record_list("catch"),
            lambda: store.save(make_catch("X"), today=TODAY),
        ):
            with pytest.raises(LoginRequired):
                call()


def test_a_wrong_name_and_a_wrong_password_read_the_same(accounts_db, clock):
    with open_store(accounts_db, clock=clock) as store:
        with pytest.raises(LoginRefused) as wrong_name:
            store.access.login("nobody", PASSWORD)
        with pytest.raises(LoginRefused) as wrong_password:
            store.access.login("officer", "not the password at all")
        assert str(wrong_name.value) == str(wrong_password.value)
        assert "name or the password" in str(wrong_name.value)


def test_five_failures_lock_the_account_until_the_time_is_up(accounts_db, clock):
    with open_store(accounts_db, clock=clock) as store:
        for _ in range(5):
            with pytest.raises(LoginRefused):
                store.access.login("officer", "wrong password here")
        with pytest.raises(LoginRefused, match=r"locked .* until"):
            store.access.login("officer", PASSWORD)  # the right one, refused
        clock.advance(minutes=14, seconds=59)
        with pytest.raises(LoginRefused, match="locked"):
            store.access.login("officer", PASSWORD)
        clock.advance(seconds=2)
        store.access.login("officer", PASSWORD)
        assert store.access.user.name == "officer"
    with session(accounts_db, clock, "admin") as admin:
        actions = [e.action for e in admin.audit.entries(AuditFilter(user="officer"))][::-1]
    assert actions[-9:] == ["login_failed"] * 5 + ["lockout"] + ["login_failed"] * 2 + ["login"]


def test_the_lockout_figures_are_settings(accounts_db, clock):
    with session(accounts_db, clock, "admin") as admin:
        admin.access.set_setting("lockout_attempts", 3)
        admin.access.set_setting("lockout_minutes", 60)
        with pytest.raises(Invalid):
            admin.access.set_setting("lockout_attempts", 0)
    with open_store(accounts_db, clock=clock) as store:
        for _ in range(3):
            with pytest.raises(LoginRefused):
                store.access.login("officer", "wrong password here")
        clock.advance(minutes=59)
        with pytest.raises(LoginRefused, match="locked"):
            store.access.login("officer", PASSWORD)


def test_a_disabled_account_cannot_log_in_and_keeps_its_name_on_records(accounts_db, clock):
    with session(accounts_db, clock, "officer") as officer:
        uuid = officer.save(make_catch("MINE"), today=TODAY)
    with session(accounts_db, clock, "admin") as admin:
        admin.access.disable_user("officer")
        assert admin.history(uuid)[0].user == "officer"
        assert [a.name for a in admin.access.accounts() if a.disabled] == ["officer"]
    with (
        open_store(accounts_db, clock=clock) as store,
        pytest.raises(LoginRefused, match="disabled"),
    ):
        store.access.login("officer", PASSWORD)


def test_the_last_administrator_cannot_be_disabled_or_demoted(accounts_db, clock):
    with session(accounts_db, clock, "admin") as admin:
        with pytest.raises(Invalid, match="last active administrator"):
            admin.access.disable_user("admin")
        with pytest.raises(Invalid, match="last active administrator"):
            admin.access.change_user(dataclasses.replace(ADMIN, role=Role.OFFICER, agency="HKPF"))


def test_a_reset_password_must_be_changed_before_anything_else(accounts_db, clock):
    with session(accounts_db, clock, "admin") as admin:
        admin.access.reset_password("officer", "a temporary passphrase")
    with open_store(accounts_db, clock=clock) as store:
        account = store.access.login("officer", "a temporary passphrase")
        assert account.must_change
        with pytest.raises(LoginRequired, match="choose a new one"):
            store.record_list("catch")
        with pytest.raises(Invalid, match="differ"):
            store.access.change_password("a temporary passphrase", "a temporary passphrase")
        store.access.change_password("a temporary passphrase", "my own new passphrase")
        store.record_list("catch")


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("short one", "at least 12"),
        ("123456789012", "most common"),
        ("PASSWORD1234", "most common"),
        ("qwertyqwerty", "most common"),
        ("aaaaaaaaaaaaaaaa", "most common"),
        ("newofficer12", "name"),
    ],
)
def test_weak_passwords_are_refused(accounts_db, clock, password, why):
    with session(accounts_db, clock, "admin") as admin:
        with pytest.raises(Invalid, match=why):
            admin.access.add_user(User("newofficer12", Role.OFFICER, "GD-PSD"), password)
        assert "newofficer12" not in [a.name for a in admin.access.accounts()]


def test_passwords_appear_in_no_table(accounts_db, clock):
    with session(accounts_db, clock, "admin") as admin:
        admin.access.reset_password("press", "another passphrase 77")
    with open_store(accounts_db, clock=clock) as store:
        with pytest.raises(LoginRefused):
            store.access.login("press", "a wrong passphrase 99")
        store.access.login("press", "another passphrase 77")
        store.access.change_password("another passphrase 77", "the press passphrase")
    conn = sqlite3.connect(accounts_db)
    dump = "\n".join(conn.iterdump())
    conn.close()
    for secret in (
        PASSWORD,
        "another passphrase 77",
        "a wrong passphrase 99",
        "the press passphrase",
    ):
        assert secret not in dump
    assert "$argon2id$" in dump


# -- every rule, for every role -------------------------------------------------------


def _calls(store, ct1):
    """Each call a rule covers, by name. ``ct1``: the UUID of GD-PSD's catch CT-1."""
    hk_bust = make_bust("GB-9", agency="HKPF", province="Hong Kong")
    return {
        "list records": lambda: store.record_list("catch"),
        "export rows": lambda: list(store.flat_rows("catch")),
        "enter own agency": lambda: store.save(make_catch("NEW-1"), today=TODAY),
        "enter other agency": lambda: store.save(
            make_catch("NEW-2", agency="HKPF", province="Hong Kong"), today=TODAY
        ),
        "import other agency": lambda: store.write_batch([hk_bust]),
        "change own agency": lambda: store.save(
            make_catch(case_no="K-1", place="X"), ct1, today=TODAY
        ),
        "approve": lambda: store.approve_matching("catch", Filter(agency="GD-PSD")),
        "approve other agency": lambda: store.approve_matching("catch", Filter(agency="HKPF")),
        "report": lambda: store.figures(Can.REPORT),
        "dashboard": lambda: store.figures(),
        "audit": lambda: store.audit.verify(),
        "users": lambda: store.access.accounts(),
        "add agency": lambda: store.save(Agency("NEW", "New agency", "Guangdong"), today=TODAY),
        "settings": lambda: store.access.set_setting("idle_minutes", 5),
    }


WRITER = {"list records", "export rows", "dashboard"}
ALLOWED = {
    "officer": WRITER | {"enter own agency", "change own agency"},
    "supervisor": WRITER | {"enter own agency", "change own agency", "approve", "report", "audit"},
    "press": {"report", "dashboard"},
    "hk-officer": WRITER | {"enter other agency", "import other agency"},
}


@pytest.mark.parametrize("name", [*ALLOWED, "admin"])
def test_every_call_is_allowed_or_refused_by_role_with_nothing_written(accounts_db, clock, name):
    with session(accounts_db, clock, "admin") as admin:
        ct1 = admin.find("catch", ["CT-1"])["ct-1"].uuid
        names = list(_calls(admin, ct1))
    allowed = set(names) if name == "admin" else ALLOWED[name]
    for call_name in names:
        with session(accounts_db, clock, name) as store:
            conn = store.db.conn
            changes = conn.execute("SELECT total_changes()").fetchone()
            head = store.audit.head()
            call = _calls(store, ct1)[call_name]
            if call_name in allowed:
                call()
                continue
            with pytest.raises(NotAllowed):
                call()
            assert store.audit.head() == head, call_name  # nothing written, not even audit
            assert conn.execute("SELECT total_changes()").fetchone() == changes, call_name


def test_a_refusal_reads_in_plain_words(accounts_db, clock):
    with session(accounts_db, clock, "officer") as store:
        with pytest.raises(NotAllowed) as refused:
            store.save(make_catch("NEW-2", agency="HKPF", province="Hong Kong"), today=TODAY)
        assert str(refused.value) == (
            "As officer of GD-PSD, officer may not enter or change records of HKPF."
        )
        assert "HKPF" in render(refused.value.message, "zh-Hans")


# -- approval ---------------------------------------------------------------------------


def test_an_approved_record_is_locked_until_a_supervisor_unlocks_it(accounts_db, clock):
    with session(accounts_db, clock, "officer") as officer:
        uuid = officer.save(make_catch("LOCK-1"), today=TODAY)
    with session(accounts_db, clock, "supervisor") as supervisor:
        assert supervisor.approve("catch", [uuid]) == 1
        assert supervisor.approve("catch", [uuid]) == 0  # already approved
    changed = make_catch("LOCK-1", place="Elsewhere")
    with session(accounts_db, clock, "officer") as officer:
        with pytest.raises(RecordLocked, match="approved by supervisor"):
            officer.save(changed, uuid, today=TODAY)
        with pytest.raises(RecordLocked):
            officer.delete("catch", uuid)
        with pytest.raises(RecordLocked):
            officer.write_batch([changed])  # an import changing it is refused whole
        with pytest.raises(NotAllowed):
            officer.unlock("catch", uuid, "typo in the place")
        assert officer.get("catch", uuid).place == ""
    with session(accounts_db, clock, "supervisor") as supervisor:
        with pytest.raises(Invalid, match="required"):
            supervisor.unlock("catch", uuid, "  ")
        supervisor.unlock("catch", uuid, "typo in the place")
        history = supervisor.history(uuid)
        assert [e.action for e in history] == ["create", "approve", "unlock"]
        assert history[-1].detail["reason"] == "typo in the place"
    with session(accounts_db, clock, "officer") as officer:
        officer.save(changed, uuid, today=TODAY)
        assert officer.get("catch", uuid).place == "Elsewhere"


def test_the_list_shows_the_state_and_filters_the_unapproved(accounts_db, clock):
    with session(accounts_db, clock, "supervisor") as supervisor:
        supervisor.save(make_catch("CT-2"), today=TODAY)
        assert supervisor.approve_matching("catch", Filter(agency="GD-PSD", text="CT-1")) == 1
        records = supervisor.record_list("catch")
        column = [c.key for c in records.spec.columns].index("approved")
        states = {records.row(i)[2]: records.row(i)[column + 1] for i in range(records.count)}
        assert states == {"CT-1": "approved", "CT-2": "", "HK-1": ""}
        records.set_filter(Filter(unapproved=True))
        assert sorted(records.row(i)[2] for i in range(records.count)) == ["CT-2", "HK-1"]
