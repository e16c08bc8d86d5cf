"""Working in another database, or in another language, without restarting."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from smugdesk.store import Actor, open_store
from smugdesk.ui.app import Session, database_to_open
from smugdesk.ui.forms.catch_form import CatchForm
from tests.conftest import TODAY, make_catch


@pytest.fixture
def session(qtbot, store, settings):
    s = Session(QApplication.instance(), settings, store, "en")
    window = s.show()
    qtbot.addWidget(window)
    yield s
    for t in s.translators:
        QApplication.instance().removeTranslator(t)
    if s.window is not None:
        s.window.close()
    s.store.close()


def trigger(window, name):
    from PySide6.QtGui import QAction

    window.findChild(QAction, name).trigger()


def test_new_database_from_the_file_menu_opens_in_place(qtbot, session, tmp_path, monkeypatch):
    session.store.save(make_catch(), today=TODAY)
    old_window, old_store = session.window, session.store
    target = tmp_path / "second"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "smugdesk databases")
    )
    trigger(old_window, "new_database")
    window = session.window
    qtbot.addWidget(window)
    assert window is not old_window and window.isVisible() and not old_window.isVisible()
    assert window.store.path == target.with_suffix(".sqlite")
    assert window.lists["catch"].model.rowCount() == 0  # the new, empty database
    assert str(target.with_suffix(".sqlite")) in window.status.text()
    assert session.settings.value("database") == str(target.with_suffix(".sqlite").resolve())
    with pytest.raises(Exception, match="closed"):
        old_store.count("catch")  # the first database was closed


def test_open_database_keeps_the_records_of_each(qtbot, session, tmp_path, monkeypatch):
    other = tmp_path / "other.sqlite"
    with open_store(other, Actor("t", "t")) as s:
        s.save(make_catch("CT-OTHER"), today=TODAY)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    trigger(session.window, "open_database")
    qtbot.addWidget(session.window)
    model = session.window.lists["catch"].model
    assert model.rowCount() == 1 and model.data(model.index(0, 1)) == "CT-OTHER"


def test_a_file_that_is_not_a_database_is_refused_and_the_window_stays(
    qtbot, session, tmp_path, monkeypatch
):
    """It is said why, with a backup offered in its place (declined here)."""
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    said = []

    def close(box):
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    monkeypatch.setattr(QMessageBox, "exec", close)
    window = session.window
    assert session.switch_database(str(junk)) is False
    assert session.window is window and window.isVisible()
    assert said and "is not a smugdesk database" in said[0]
    assert junk.read_bytes() == b"not a database" * 100


def test_new_database_refuses_an_existing_file(qtbot, session, tmp_path, monkeypatch):
    existing = tmp_path / "there.sqlite"
    existing.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    window = session.window
    trigger(window, "new_database")
    assert session.window is window and "already exists" in said[0]


def test_language_from_the_menu_applies_at_once(qtbot, session):
    trigger(session.window, "language_zh-Hant")
    window = session.window
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "檔案(&F)"
    assert window.nav.item(1).text() == "查獲記錄"
    assert session.settings.value("language") == "zh-Hant"
    trigger(window, "language_en")
    qtbot.addWidget(session.window)
    assert session.window.nav.item(1).text() == "Catches"


def test_a_form_with_unsaved_changes_can_keep_the_window(qtbot, session, monkeypatch):
    window = session.window
    form = window.open_record("catch", None)
    assert isinstance(form, CatchForm)
    qtbot.keyClicks(form.place, "Dongxing")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert session.switch_language("zh-Hans") is False
    assert session.window is window and form.isVisible()
    assert form.place.text() == "Dongxing"  # nothing typed was lost
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert session.switch_language("zh-Hans") is True
    qtbot.addWidget(session.window)


def test_which_database_a_start_opens(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.delenv("SMUGDESK_DB", raising=False)
    explicit = tmp_path / "explicit.sqlite"
    last = tmp_path / "last.sqlite"
    assert database_to_open(explicit, settings) == explicit
    settings.setValue("database", str(last))
    assert database_to_open(None, settings).name == "smugdesk.sqlite"  # last is gone
    last.write_bytes(b"")
    assert database_to_open(None, settings) == last
    monkeypatch.setenv("SMUGDESK_DB", str(tmp_path / "env.sqlite"))
    assert database_to_open(None, settings) == tmp_path / "env.sqlite"
