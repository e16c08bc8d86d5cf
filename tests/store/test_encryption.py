"""Encryption at rest: a database encrypted in place opens with its users' passwords (or
its passphrase, or its recovery key) and nothing else, holds no readable record in its
bytes, keeps its slots in step with its users, backs up encrypted, and decrypts back
to the same records."""

import pytest

from smugdesk.accounts.roles import Role, User
from smugdesk.domain.records import Invalid
from smugdesk.store import Actor, NotADatabase, open_store
from smugdesk.store import encryption as crypt
from smugdesk.store.access import LoginRefused
from smugdesk.store.audit import AuditFilter
from smugdesk.store.backups import backup, restore
from smugdesk.store.encryption import NeedsSecret, Secret, SecretRefused
from smugdesk.store.engine import PLAIN_HEADER
from smugdesk.vault.keyfile import keys_path
from smugdesk.vault.slots import Kind
from tests.conftest import TODAY, make_case, make_catch
from tests.io.helpers import dump_records
from tests.store.test_accounts import ADMIN, PASSWORD, Clock

SECRET_NOTE = "Intercepted off Tuen Mun pier at dawn"
PASSPHRASE = "the harbour at midnight in winter"
ME = Actor("os-user", "ws-01")


def _records(path, secret=None):
    with open_store(path, ME, secret=secret) as store:
        if store.access.accounts_on:
            store.access.login(secret.name, secret.text)
        return dump_records(store)


def _plain_store(path):
    with open_store(path, ME) as store:
        store.save(make_case(), today=TODAY)
        store.save(make_catch(case_no="K-1", notes=SECRET_NOTE), today=TODAY)
        store.save(make_catch("CT-2", notes="a second catch"), today=TODAY)
        return dump_records(store)


def _bytes_everywhere(path):
    """The database file and anything SQLite keeps beside it."""
    return b"".join(p.read_bytes() for p in path.parent.glob(f"{path.name}*") if p.is_file())


def test_encrypting_without_accounts_needs_the_passphrase_and_hides_every_record(db_path):
    before = _plain_store(db_path)
    done = crypt.encrypt(open_store(db_path, ME), passphrase=PASSPHRASE)
    assert done.users == ()
    raw = db_path.read_bytes()
    assert not raw.startswith(PLAIN_HEADER)
    assert SECRET_NOTE.encode() not in _bytes_everywhere(db_path)
    assert b"CT-2" not in _bytes_everywhere(db_path)
    with pytest.raises(NeedsSecret, match="is encrypted: give its passphrase"):
        open_store(db_path, ME)
    with pytest.raises(SecretRefused, match="passphrase does not open"):
        open_store(db_path, ME, secret=Secret(Kind.PASSPHRASE, "a wrong passphrase"))
    assert _records(db_path, Secret(Kind.PASSPHRASE, PASSPHRASE)) == before
    # ... and the recovery key, shown once, opens it too, whatever its case and spacing.
    typed = done.recovery_key.lower().replace("-", " ")
    assert _records(db_path, Secret(Kind.RECOVERY, typed)) == before
    with pytest.raises(SecretRefused, match="recovery key does not open"):
        open_store(db_path, ME, secret=Secret(Kind.RECOVERY, "AAAA-" * 7 + "AAAA"))


def test_a_weak_passphrase_is_refused_and_nothing_changes(db_path):
    before = _plain_store(db_path)
    with pytest.raises(Invalid, match="at least 12 characters"):
        crypt.encrypt(open_store(db_path, ME), passphrase="short")
    assert db_path.read_bytes().startswith(PLAIN_HEADER)
    assert not keys_path(db_path).exists()
    assert _records(db_path) == before


def test_decrypting_gives_back_the_same_records_and_a_plain_file(db_path):
    before = _plain_store(db_path)
    done = crypt.encrypt(open_store(db_path, ME), passphrase=PASSPHRASE)
    crypt.decrypt(open_store(db_path, ME, secret=Secret(Kind.RECOVERY, done.recovery_key)))
    assert db_path.read_bytes().startswith(PLAIN_HEADER)
    assert not keys_path(db_path).exists()
    assert _records(db_path) == before
    with open_store(db_path, ME) as store:
        actions = [e.action for e in store.audit.entries(_all())]
    assert actions[:2] == ["decrypt", "encrypt"]  # newest first


def _all():
    return AuditFilter()


def test_a_database_open_elsewhere_is_not_converted(db_path):
    before = _plain_store(db_path)
    elsewhere = open_store(db_path, ME)
    try:
        with pytest.raises(crypt.ConversionFailed, match="open in another program"):
            crypt.encrypt(open_store(db_path, ME), passphrase=PASSPHRASE)
    finally:
        elsewhere.close()
    assert db_path.read_bytes().startswith(PLAIN_HEADER)
    assert not keys_path(db_path).exists()
    assert _records(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


@pytest.fixture
def users_db(db_path):
    clock = Clock()
    with open_store(db_path, ME, clock) as store:
        store.save(make_catch(notes=SECRET_NOTE), today=TODAY)
        store.access.add_user(ADMIN, PASSWORD)
        store.access.add_user(User("lam", Role.OFFICER, "GD-PSD"), "lam's own passphrase")
        store.access.add_user(User("chan", Role.SUPERVISOR, "GD-PSD"), "chan's own passphrase")
    store = open_store(db_path, ME, clock)
    store.access.login("admin", PASSWORD)
    done = crypt.encrypt(store, password=PASSWORD)
    assert done.users == ("admin", "chan", "lam")
    return db_path


def _log_in(path, name, password):
    store = open_store(path, ME, secret=Secret.of_user(name, password))
    store.access.login(name, password)
    return store


def test_every_users_password_opens_it_and_the_others_must_choose_a_new_one(users_db):
    assert SECRET_NOTE.encode() not in _bytes_everywhere(users_db)
    with pytest.raises(NeedsSecret, match="log in with your user name and password"):
        open_store(users_db, ME)
    with pytest.raises(SecretRefused, match="do not open"):
        open_store(users_db, ME, secret=Secret.of_user("lam", PASSWORD))
    with _log_in(users_db, "admin", PASSWORD) as admin:
        assert not admin.access.must_change
    with _log_in(users_db, "LAM", "lam's own passphrase") as lam:  # names as at login
        assert lam.access.must_change  # the plain file's copies hold the old hash
        lam.access.change_password("lam's own passphrase", "lam's brand new passphrase")
    with pytest.raises(SecretRefused):
        open_store(users_db, ME, secret=Secret.of_user("lam", "lam's own passphrase"))
    with _log_in(users_db, "lam", "lam's brand new passphrase") as lam:
        assert lam.count("catch") == 1


def test_the_password_that_opened_the_file_logs_in_without_a_second_argon2id(
    users_db, monkeypatch
):
    """Opening the file ran Argon2id on the user's password (their slot): their login
    with it does not run it again, but is otherwise the same login, once."""
    from smugdesk.store import accounts

    checked = []
    real = accounts.verify_password
    monkeypatch.setattr(accounts, "verify_password", lambda h, p: checked.append(p) or real(h, p))
    with _log_in(users_db, "Admin", PASSWORD) as admin:  # names as at login
        assert checked == [] and admin.access.user.name == "admin"
        assert admin.audit.entries(AuditFilter(action="login"))[0].user == "admin"
        admin.access.logout()
        admin.access.login("admin", PASSWORD)  # once only: a later login checks anew
        assert checked == [PASSWORD]
        for _ in range(5):  # lam's account locked out
            with pytest.raises(LoginRefused):
                admin.access.login("lam", "not lam's passphrase")
    checked.clear()
    with open_store(users_db, ME, secret=Secret.of_user("admin", PASSWORD)) as store:
        with pytest.raises(LoginRefused):  # another user's name: checked, and refused
            store.access.login("chan", PASSWORD)
        assert checked == [PASSWORD]
    lam = open_store(users_db, ME, secret=Secret.of_user("lam", "lam's own passphrase"))
    with lam, pytest.raises(LoginRefused, match="locked"):  # the right password, still locked
        lam.access.login("lam", "lam's own passphrase")


def test_slots_follow_the_users_disabled_added_and_reset(users_db):
    with _log_in(users_db, "admin", PASSWORD) as admin:
        admin.access.disable_user("chan")
        admin.access.add_user(User("ho", Role.PRESS_OFFICER), "ho's first passphrase")
    with pytest.raises(SecretRefused):
        open_store(users_db, ME, secret=Secret.of_user("chan", "chan's own passphrase"))
    _log_in(users_db, "ho", "ho's first passphrase").close()
    with _log_in(users_db, "admin", PASSWORD) as admin:
        admin.access.reset_password("chan", "chan's temporary passphrase")
        with pytest.raises(Invalid):  # refused by the rules: the slot is put back
            admin.access.reset_password("ho", "short")
    _log_in(users_db, "chan", "chan's temporary passphrase").close()
    _log_in(users_db, "ho", "ho's first passphrase").close()


def test_backups_stay_encrypted_and_restore_with_their_key_file(users_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    with _log_in(users_db, "admin", PASSWORD) as admin:
        made = backup(admin, folder)
        key, me = admin.keys.key, admin.access.user
        admin.save(make_catch("CT-9"), today=TODAY)
    assert not made.path.read_bytes().startswith(PLAIN_HEADER)
    assert SECRET_NOTE.encode() not in made.path.read_bytes()
    assert keys_path(made.path).exists()
    restore(users_db, made.path, TODAY_NOW, key, user=me)
    with _log_in(users_db, "admin", PASSWORD) as admin:
        assert admin.count("catch") == 1
        [restored] = admin.audit.entries(AuditFilter(action="restore"))
        assert restored.user == "admin"  # kept in the name of who restored it
    keys_path(made.path).unlink()
    with pytest.raises(NotADatabase, match="key file"):
        open_store(made.path, ME)


TODAY_NOW = __import__("datetime").datetime(2026, 11, 28, 10, 0)


def test_a_new_recovery_key_replaces_the_old_one(users_db):
    with _log_in(users_db, "admin", PASSWORD) as admin:
        ring_before = crypt.ring_of(users_db)
        new = crypt.new_recovery(admin)
    assert crypt.ring_of(users_db) != ring_before
    open_store(users_db, ME, secret=Secret(Kind.RECOVERY, new)).close()


def test_a_worker_decrypting_for_the_recovery_key_holder_says_so_in_the_audit(db_path):
    """The app decrypts on a store of its own (``Store.reopen``): opened as the window's
    was, by the recovery key, and the audit says so."""
    _plain_store(db_path)
    done = crypt.encrypt(open_store(db_path, ME), passphrase=PASSPHRASE)
    window = open_store(db_path, ME, secret=Secret(Kind.RECOVERY, done.recovery_key))
    reopen = window.reopen()
    window.close()  # the conversion must be the file's only user
    crypt.decrypt(reopen())
    with open_store(db_path, ME) as store:
        [entry] = store.audit.entries(AuditFilter(action="decrypt"))
    assert entry.detail == {"by": "recovery key"}


def test_the_audit_verifies_in_parallel_on_an_encrypted_file(users_db, monkeypatch):
    from smugdesk.store import audit

    monkeypatch.setattr(audit, "PARALLEL_FROM", 2)
    with _log_in(users_db, "admin", PASSWORD) as admin:
        verdict = admin.audit.verify()
    assert verdict.holds and verdict.head.entries > 5


def test_an_encrypted_file_keeps_more_decrypted_pages_and_a_bulk_write_gives_them_back(db_path):
    """A page missing from an encrypted file's cache costs a decryption: its connections
    keep a larger cache than a plain file's, and a bulk write's larger cache is undone
    to each connection's own size."""
    from smugdesk.store.database import (
        BULK_CACHE_KIB,
        CACHE_KIB,
        ENCRYPTED_CACHE_KIB,
        bulk_cache,
    )

    _plain_store(db_path)

    def cache(store):
        return store.db.conn.execute("PRAGMA cache_size").fetchone()[0]

    with open_store(db_path, ME) as store:
        assert cache(store) == CACHE_KIB
        with bulk_cache(store.db.conn):
            assert cache(store) == BULK_CACHE_KIB
        assert cache(store) == CACHE_KIB
    crypt.encrypt(open_store(db_path, ME), passphrase=PASSPHRASE)
    with open_store(db_path, ME, secret=Secret(Kind.PASSPHRASE, PASSPHRASE)) as store:
        assert cache(store) == ENCRYPTED_CACHE_KIB
        store.write_batch([make_catch("CT-3")])
        assert cache(store) == ENCRYPTED_CACHE_KIB
