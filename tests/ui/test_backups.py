"""Backups from the app: Back up now, the folder setting, the status, and the automatic
backup when the app closes, at most once a day (a clock the test controls)."""

import datetime as dt

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel

from tests.conftest import TODAY, make_catch


def test_back_up_now_writes_a_verified_copy_and_shows_when(qtbot, window, tmp_path, monkeypatch):
    window.store.save(make_catch(), today=TODAY)
    status = window.findChild(QLabel, "backup_status")
    assert status.text() == "No backup yet"
    folder = tmp_path / "chosen"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.findChild(QAction, "backup_folder").trigger()
    shown = []
    set_text = status.setText
    monkeypatch.setattr(status, "setText", lambda said: (shown.append(said), set_text(said)))
    window.findChild(QAction, "back_up_now").trigger()
    window.findChild(QAction, "back_up_now").trigger()  # again while it runs: one backup
    qtbot.waitUntil(lambda: status.text().startswith("Last backup: "), timeout=10_000)
    assert shown[0] == "Backing up..." and shown.count("Backing up...") == 1
    assert "Backing up: copying 100%" in shown  # how far it got, as it goes
    assert shown[-2:-1] == ["Backing up: verifying the copy"]
    [copy] = folder.iterdir()
    assert copy.name.startswith("test-") and copy.suffix == ".sqlite"


def test_the_automatic_backup_runs_at_most_once_a_day(window, tmp_path):
    clock = [dt.datetime(2026, 11, 27, 9, 0).astimezone()]
    window.store.access.clock = lambda: clock[0]
    backups = window.backups
    assert backups.folder() == tmp_path / "test-backups"  # beside the database
    backups.on_quit()
    clock[0] += dt.timedelta(hours=3)
    backups.on_quit()  # the same day: nothing new
    assert len(list(backups.folder().iterdir())) == 1
    clock[0] += dt.timedelta(days=1)
    backups.on_quit()
    assert len(list(backups.folder().iterdir())) == 2
    backups.show_last()
    assert window.findChild(QLabel, "backup_status").text() == "Last backup: 2026-11-28 12:00"


def test_the_backup_on_closing_shows_how_far_it_got(window, monkeypatch):
    """The window has gone when the app closes: a small one says what the backup is
    doing until it is done, and then goes."""
    from PySide6.QtWidgets import QProgressDialog

    from smugdesk.ui import background as module

    seen = []

    class Watched(QProgressDialog):
        def setLabelText(self, text):
            seen.append((text, self.isVisible()))
            super().setLabelText(text)

        def setValue(self, value):
            seen.append((f"{value}%", True))
            super().setValue(value)

        def close(self):
            seen.append(("closed", self.isVisible()))
            return super().close()

    monkeypatch.setattr(module, "QProgressDialog", Watched)
    window.store.save(make_catch(), today=TODAY)
    window.backups.on_quit()
    assert [text for text, _ in seen] == [
        "0%",
        "Backing up before closing: copying",
        "100%",
        "Backing up before closing: verifying the copy",
        "closed",
    ]
    assert all(visible for _, visible in seen)
    assert len(list(window.backups.folder().iterdir())) == 1


def test_an_administrator_restores_a_backup_from_the_app(qtbot, db_path, settings, monkeypatch):
    """File > Restore from a backup...: chosen and confirmed, the backup takes the
    database's place while a small window says so; the app works on in it, told where
    the database as it was is kept; the restore is in the audit."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from smugdesk.store import open_store
    from smugdesk.store.audit import AuditFilter
    from smugdesk.store.backups import backup
    from smugdesk.ui.app import Session

    with open_store(db_path) as store:
        store.save(make_catch("KEPT"), today=TODAY)
        copy = backup(store, db_path.parent / "kept.sqlite").path
        store.save(make_catch("LATER"), today=TODAY)
    session = Session(QApplication.instance(), settings, open_store(db_path), "en")
    session.show()
    old = session.window
    assert old.lists["catch"].model.rowCount() == 2
    told = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, said: told.append(said))
    try:
        old.findChild(QAction, "restore_backup").trigger()
        qtbot.addWidget(session.window)
        assert session.window is not old and session.window.isVisible()
        assert session.window.lists["catch"].model.rowCount() == 1  # the backup's records
        [aside] = db_path.parent.glob(f"{db_path.stem}.replaced-*")
        assert told == [f"Restored {db_path.name} from kept.sqlite. The database as it was "
                        f"is kept as {aside.name}."]  # fmt: skip
        with open_store(aside) as before:
            assert before.count("catch") == 2  # never deleted
        [entry] = session.store.audit.entries(AuditFilter(action="restore"))
        assert entry.detail["kept"] == str(aside)
    finally:
        for t in session.translators:
            QApplication.instance().removeTranslator(t)
        session.window.close()
        session.store.close()


def test_a_database_that_cannot_be_read_is_restored_from_a_backup_at_start(
    qtbot, db_path, settings, monkeypatch
):
    """The app starts on a damaged database: it says so and offers a backup in its
    place; the damaged file is kept beside it, and the app works on in the backup."""
    from PySide6.QtWidgets import QMessageBox

    from smugdesk.store import NotADatabase, open_store
    from smugdesk.store.backups import backup
    from smugdesk.ui.backups import restore_unreadable
    from smugdesk.ui.encryption import open_database

    with open_store(db_path) as store:
        store.save(make_catch("KEPT"), today=TODAY)
        folder = db_path.parent / "test-backups"
        folder.mkdir()
        copy = backup(store, folder).path
    damaged = b"broken by a failing disk" + db_path.read_bytes()[24:]
    db_path.write_bytes(damaged)
    try:
        open_database(db_path)
    except NotADatabase as exc:
        problem = exc
    said, asked_in = [], []

    def choose(box):
        said.append((box.text(), box.informativeText()))
        [restore_button] = [b for b in box.buttons() if b.text() == "Restore from a backup..."]
        restore_button.click()

    monkeypatch.setattr(QMessageBox, "exec", choose)
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda parent, title, where, *a: (asked_in.append(where), (str(copy), ""))[1],
    )
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    assert restore_unreadable(db_path, problem, settings)
    assert "is not a smugdesk database" in said[0][0] and "kept beside it" in said[0][1]
    assert asked_in == [str(folder)]
    [aside] = db_path.parent.glob("test.replaced-*.sqlite")
    assert aside.read_bytes() == damaged
    assert told == [
        f"Restored test.sqlite from {copy.name}. The damaged database is kept as {aside.name}."
    ]
    with open_database(db_path) as store:
        assert store.count("catch") == 1
