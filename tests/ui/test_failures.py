"""A background job's failure: an expected one shown as its message, a bug logged and
shown with copyable details."""

import logging

from PySide6.QtWidgets import QMessageBox

from smugdesk.store import DiskFull
from smugdesk.store.database import FULL
from smugdesk.ui.background import run_in_background
from smugdesk.ui.failures import UnexpectedFailure


def _run(qtbot, work, monkeypatch):
    shown, failures = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    run_in_background(work, lambda result: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    return failures[0], shown


def test_a_store_error_reaches_the_dialog_as_its_message(qtbot, monkeypatch):
    def work(report):
        raise DiskFull(FULL(path="x"))

    failure, shown = _run(qtbot, work, monkeypatch)
    assert isinstance(failure, DiskFull)
    assert shown == []


def test_a_bug_is_logged_and_its_details_shown_not_thrown_away(qtbot, monkeypatch, caplog):
    def work(report):
        return {}["no such key"]

    with caplog.at_level(logging.ERROR, logger="smugdesk"):
        failure, shown = _run(qtbot, work, monkeypatch)
    assert isinstance(failure, UnexpectedFailure)
    assert "the details are in" in str(failure)
    assert len(shown) == 1 and "KeyError: 'no such key'" in shown[0]
    assert "Traceback" in shown[0]
    assert "KeyError: 'no such key'" in caplog.text


def test_an_expected_failure_reads_in_the_apps_language(qtbot):
    from PySide6.QtWidgets import QApplication

    from smugdesk.ui.app import install_translators
    from smugdesk.ui.failures import plain_message

    app = QApplication.instance()
    error = DiskFull(FULL(path="/media/usb/station.smugdesk"))
    translators = install_translators(app, "zh-Hant")
    try:
        assert plain_message(error) == (
            "存放 /media/usb/station.smugdesk 的磁碟已滿；未儲存任何內容。請騰出空間後再儲存。"
        )
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        app.setProperty("language", "en")
    assert plain_message(error).startswith("The disk holding /media/usb/station.smugdesk is full")


def test_a_damaged_database_met_by_a_list_is_said_plainly(qtbot, monkeypatch, tmp_path):
    """SQLite's 'database disk image is malformed' met where no store check stood (a list
    reading its rows): the person reads that the database is damaged and what to do."""
    from PySide6.QtWidgets import QApplication

    from smugdesk.store import engine
    from smugdesk.ui.app import _excepthook

    warned, shown = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    monkeypatch.setattr(QApplication.instance(), "property", lambda name: "/data/station.sqlite")
    try:
        raise engine.DatabaseError("database disk image is malformed")
    except engine.DatabaseError as exc:
        _excepthook(type(exc), exc, exc.__traceback__)
    assert shown == []
    assert warned == [
        "The database /data/station.sqlite is damaged (database disk image is malformed); "
        "nothing was changed. Restore it from a backup (File > Restore from a backup..., or "
        "smugdesk restore)."
    ]
