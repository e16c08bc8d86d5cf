"""The first open after smugdesk was upgraded: the schema is brought up to date off the
window's thread, with a window saying so, and the database then opens as usual."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from smugdesk.domain.agencies import DEFAULT_AGENCIES
from smugdesk.store import engine, upgrade_pending
from smugdesk.store.database import connect
from smugdesk.store.schema import SCHEMA_VERSION, migrations
from smugdesk.ui.encryption import PassphraseDialog, open_database
from smugdesk.vault import keyfile
from smugdesk.vault.keyfile import keys_path
from smugdesk.vault.slots import KeyRing, Kind, new_database_key
from tests.ui.test_encryption import PASSPHRASE, click, when_shown

NAMES = [m.name for m in migrations._migrations]


def _older(path, stop_before="0008_change_log"):
    """A database as an earlier smugdesk left it: its migrations up to ``stop_before``."""
    db = connect(path)
    migrations.apply(db, stop_before=stop_before)
    db.conn.execute(f"PRAGMA user_version = {len(migrations.applied(db))}")
    db.conn.execute("PRAGMA application_id = 1397577031")
    stamp = ["2016-01-01T00:00:00Z", "old", "old"] * 2
    for n, a in enumerate(DEFAULT_AGENCIES):
        db.conn.execute(
            "INSERT INTO agencies (uuid, code, name, name_zh, jurisdiction, kind, created_at, "
            "created_by, created_on, changed_at, changed_by, changed_on) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [f"old-{n}", a.code, a.name, a.name_zh, a.jurisdiction, a.kind, *stamp],
        )
    db.conn.commit()
    db.close()


def test_an_older_database_is_upgraded_with_a_window_saying_so(qtbot, tmp_path):
    path = tmp_path / "older.sqlite"
    _older(path)
    assert upgrade_pending(path)
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog):
            seen.append((dialog.objectName(), dialog.labelText()))

    QTimer.singleShot(0, look)
    store = open_database(path)
    assert store is not None
    try:
        assert seen and seen[0][0] == "upgrading"
        assert "Upgrading older.sqlite for this version of smugdesk" in seen[0][1]
        assert [m.name for m in migrations.applied(store.db)] == NAMES
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.count("agency") == len(DEFAULT_AGENCIES)
    finally:
        store.close()
    assert not upgrade_pending(path)


def test_nothing_to_upgrade_shows_nothing(qtbot, tmp_path):
    path = tmp_path / "new.sqlite"
    assert not upgrade_pending(path)  # no file yet: it is made, not upgraded
    store = open_database(path)
    assert store is not None
    store.close()
    assert not upgrade_pending(path)
    (tmp_path / "garbage.sqlite").write_bytes(b"not a database at all" * 100)
    assert not upgrade_pending(tmp_path / "garbage.sqlite")  # open_store refuses it


def _encrypted_older(path, passphrase):
    """An older database as an earlier smugdesk encrypted it, with a passphrase slot."""
    plain = path.with_name(f"plain-{path.name}")
    _older(plain)
    key = new_database_key()
    conn = engine.connect(plain)
    engine.attach(conn, str(path), "converted", key)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute("SELECT sqlcipher_export('converted')")
    conn.execute(f"PRAGMA converted.user_version = {version}")
    conn.execute("PRAGMA converted.application_id = 1397577031")
    conn.execute("DETACH DATABASE converted")
    conn.close()
    keyfile.write(keys_path(path), KeyRing.new().with_slot(key, Kind.PASSPHRASE, passphrase))
    return key


def test_an_older_encrypted_database_is_upgraded_after_its_passphrase(qtbot, tmp_path):
    path = tmp_path / "older.sqlite"
    key = _encrypted_older(path, PASSPHRASE)
    assert not upgrade_pending(path)  # without the key, open_store asks for the secret
    assert upgrade_pending(path, key)
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog):
            seen.append(dialog.objectName())

    def unlock(dialog):
        qtbot.keyClicks(dialog.secret, PASSPHRASE)
        QTimer.singleShot(0, look)  # runs once the upgrade's window shows
        click(qtbot, dialog, "open")

    when_shown(PassphraseDialog, unlock)
    store = open_database(path)
    assert store is not None
    try:
        assert seen == ["upgrading"]
        assert [m.name for m in migrations.applied(store.db)] == NAMES
        assert store.keys.key == key
    finally:
        store.close()
    assert not upgrade_pending(path, key)
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_an_upgrade_that_fails_plainly_says_why_and_leaves_the_file_to_try_again(
    qtbot, tmp_path, monkeypatch
):
    import pytest

    from smugdesk.store import StoreError
    from smugdesk.store.database import NO_WAL
    from smugdesk.ui import upgrading

    path = tmp_path / "older.sqlite"
    _older(path)

    def refused(_path, _key):
        raise StoreError(NO_WAL(path=str(_path), mode="delete"))

    monkeypatch.setattr(upgrading, "upgrade", refused)
    with pytest.raises(StoreError, match="delete"):
        upgrading.upgrade_first(path)
    assert upgrade_pending(path)
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "upgrading"]
    assert not [w for w in windows if w.isVisible()]
