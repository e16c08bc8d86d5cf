"""Encryption in the app, as a person does it: File > Encrypt database, the recovery key
shown once, opening the file again with the passphrase, the recovery key or a login,
and decrypting it."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from smugdesk.accounts.roles import Role, User
from smugdesk.store import Actor, open_store
from smugdesk.store import encryption as crypt
from smugdesk.store.engine import PLAIN_HEADER
from smugdesk.ui.app import Session
from smugdesk.ui.encryption import (
    EncryptDialog,
    PassphraseDialog,
    RecoveryKeyDialog,
    open_database,
)
from smugdesk.ui.login import LoginDialog
from tests.conftest import TODAY, make_catch

PASSPHRASE = "junks in the fragrant harbour"
PW = "harbour lights at dawn"
NOTE = "Landed at Sha Tau Kok before dawn"


def when_shown(kind, act):
    """Do ``act`` to the modal dialog of ``kind`` once it shows (it blocks in exec)."""

    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def click(qtbot, dialog, name):
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


@pytest.fixture
def session(qtbot, db_path, settings):
    with open_store(db_path, Actor("t", "t")) as store:
        store.save(make_catch(notes=NOTE), today=TODAY)
    s = Session(QApplication.instance(), settings, open_store(db_path), "en")
    s.show()
    yield s
    for t in s.translators:
        QApplication.instance().removeTranslator(t)
    if s.window is not None:
        s.window.close()
    s.store.close()


def test_encrypt_from_the_file_menu_shows_the_recovery_key_once(qtbot, session, db_path):
    shown = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.password, "too short")
        qtbot.keyClicks(dialog.again, "too short")
        click(qtbot, dialog, "encrypt")
        shown["weak"] = dialog.message.text()
        dialog.password.clear()
        dialog.again.clear()
        qtbot.keyClicks(dialog.password, PASSPHRASE)
        qtbot.keyClicks(dialog.again, PASSPHRASE)
        when_shown(RecoveryKeyDialog, note_key)
        click(qtbot, dialog, "encrypt")

    def note_key(dialog):
        shown["key"] = dialog.key.text()
        assert not dialog.ok.isEnabled()  # not before it is written down
        dialog.kept.setChecked(True)
        dialog.ok.click()

    old = session.window
    when_shown(EncryptDialog, fill)
    old.findChild(QAction, "encrypt_database").trigger()
    assert "at least 12 characters" in shown["weak"]
    assert session.window is not old
    qtbot.addWidget(session.window)
    assert not db_path.read_bytes().startswith(PLAIN_HEADER)
    assert NOTE.encode() not in db_path.read_bytes()
    assert session.window.lists["catch"].model.rowCount() == 1  # working on, in the same file
    assert not session.window.findChild(QAction, "encrypt_database").isEnabled()
    assert session.window.findChild(QAction, "decrypt_database").isEnabled()
    session.store.close()

    # Opening it again: a wrong passphrase is told, the recovery key opens it.
    def unlock(dialog):
        qtbot.keyClicks(dialog.secret, "not the passphrase at all")
        click(qtbot, dialog, "open")
        assert "does not open" in dialog.message.text()
        click(qtbot, dialog, "use_recovery_key")
        qtbot.keyClicks(dialog.secret, shown["key"].lower())
        click(qtbot, dialog, "open")

    when_shown(PassphraseDialog, unlock)
    store = open_database(db_path)
    assert store is not None and store.count("catch") == 1
    session.store = store


def test_with_accounts_the_login_opens_it_and_decrypt_makes_it_plain(
    qtbot, db_path, settings, monkeypatch
):
    with open_store(db_path, Actor("t", "t")) as store:
        store.save(make_catch(notes=NOTE), today=TODAY)
        store.access.add_user(User("admin", Role.ADMINISTRATOR), PW)
    store = open_store(db_path)
    store.access.login("admin", PW)
    crypt.encrypt(store, password=PW)

    def log_in(dialog):
        qtbot.keyClicks(dialog.name, "admin")
        qtbot.keyClicks(dialog.password, "a wrong password here")
        click(qtbot, dialog, "log_in")
        assert "do not open" in dialog.message.text()
        qtbot.keyClicks(dialog.password, PW)
        click(qtbot, dialog, "log_in")

    when_shown(LoginDialog, log_in)
    store = open_database(db_path)
    assert store is not None and store.access.user.name == "admin"
    s = Session(QApplication.instance(), settings, store, "en")
    s.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    s.window.findChild(QAction, "decrypt_database").trigger()
    qtbot.addWidget(s.window)
    assert db_path.read_bytes().startswith(PLAIN_HEADER)
    assert s.store.access.user.name == "admin" and s.window.lists["catch"].model.rowCount() == 1
    assert s.window.findChild(QAction, "encrypt_database").isEnabled()
    for t in s.translators:
        QApplication.instance().removeTranslator(t)
    s.window.close()
    s.store.close()


def _encrypt_from_the_menu(qtbot, session):
    def fill(dialog):
        qtbot.keyClicks(dialog.password, PASSPHRASE)
        qtbot.keyClicks(dialog.again, PASSPHRASE)
        click(qtbot, dialog, "encrypt")

    when_shown(EncryptDialog, fill)
    session.window.findChild(QAction, "encrypt_database").trigger()


def test_the_window_steps_aside_while_a_small_one_says_the_file_is_being_encrypted(
    qtbot, session, db_path, monkeypatch
):
    from PySide6.QtWidgets import QProgressDialog

    from smugdesk.ui import background as module
    from smugdesk.ui.main_window import MainWindow

    seen = []

    class Watched(QProgressDialog):
        def show(self):
            # The small window comes before the big one goes: closing the last window
            # would end the app (once its event loop runs, as it does outside tests).
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            seen.append((self.labelText(), [w.isVisible() for w in windows]))
            super().show()

    monkeypatch.setattr(module, "QProgressDialog", Watched)
    when_shown(RecoveryKeyDialog, lambda d: (d.kept.setChecked(True), d.ok.click()))
    _encrypt_from_the_menu(qtbot, session)
    qtbot.addWidget(session.window)
    assert seen == [(f"Encrypting {db_path.name}...", [True])]
    others = [w for w in QApplication.topLevelWidgets() if w is not session.window]
    assert not [w for w in others if isinstance(w, MainWindow) and w.isVisible()]
    assert not db_path.read_bytes().startswith(PLAIN_HEADER)
    assert session.window.isVisible() and session.window.lists["catch"].model.rowCount() == 1


def test_an_encryption_refused_half_way_leaves_the_file_plain_and_says_why(
    qtbot, session, db_path, monkeypatch
):
    from smugdesk.store import StoreError
    from smugdesk.store.encryption import NOT_VERIFIED
    from smugdesk.ui import app as module

    def refused(store, **_secrets):
        store.close()
        raise StoreError(NOT_VERIFIED(path=str(db_path)))

    told = []
    monkeypatch.setattr(module, "encrypt", refused)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, said: told.append(said))
    _encrypt_from_the_menu(qtbot, session)
    qtbot.addWidget(session.window)
    assert len(told) == 1 and db_path.name in told[0]
    assert db_path.read_bytes().startswith(PLAIN_HEADER)
    assert session.window.isVisible() and session.window.lists["catch"].model.rowCount() == 1
    assert session.window.findChild(QAction, "encrypt_database").isEnabled()
