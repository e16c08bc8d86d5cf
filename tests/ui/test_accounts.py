"""Accounts in the app, driven as people would: the first administrator, logins and
lock-outs, what each role sees, approval, the idle lock, users and the audit."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from smugdesk.accounts.roles import Role, User
from smugdesk.store import Actor, open_store
from smugdesk.store.access import NotAllowed
from smugdesk.store.rules import RecordLocked
from smugdesk.ui.forms.catch_form import CatchForm
from smugdesk.ui.history import HistoryDialog
from smugdesk.ui.login import FirstAdminDialog, LoginDialog
from smugdesk.ui.main_window import MainWindow
from tests.conftest import TODAY, make_catch
from tests.ui.test_window import type_into_cell

PW = "harbour lights at dawn"


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def accounts_db(db_path, clock):
    with open_store(db_path, Actor("os", "ws-01"), clock) as store:
        store.access.add_user(User("admin", Role.ADMINISTRATOR, display_name="Chief"), PW)
        store.access.add_user(User("officer", Role.OFFICER, "GD-PSD", "Officer Lam"), PW)
        store.access.add_user(User("supervisor", Role.SUPERVISOR, "GD-PSD", "Sgt Chan"), PW)
        store.access.add_user(User("press", Role.PRESS_OFFICER), PW)
    return db_path


@pytest.fixture
def open_as(qtbot, accounts_db, clock, settings):
    """A window for a user who logged in through the login dialog."""
    opened = []

    def login_window(name):
        store = open_store(accounts_db, Actor("os", "ws-01"), clock)
        opened.append(store)
        dialog = LoginDialog(store)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClicks(dialog.password, PW)
        qtbot.mouseClick(dialog.findChild(QPushButton, "log_in"), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        window.show()
        return window

    yield login_window
    for store in opened:
        store.close()


def action(window, name):
    return window.findChild(QAction, name)


def pages(window):
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_the_first_start_creates_an_administrator(qtbot, store):
    dialog = FirstAdminDialog(store)
    qtbot.addWidget(dialog)
    create = dialog.findChild(QPushButton, "create")
    qtbot.keyClicks(dialog.name, "chief")
    qtbot.keyClicks(dialog.password, "password1234")
    qtbot.keyClicks(dialog.again, "password1234")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert "most common passwords" in dialog.message.text() and not store.access.accounts_on
    for field in (dialog.password, dialog.again):
        field.clear()
        qtbot.keyClicks(field, PW)
    qtbot.keyClicks(dialog.display_name, "Chief Inspector Wong")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.access.accounts_on and store.access.user.name == "chief"
    [account] = store.access.accounts()
    assert account.role is Role.ADMINISTRATOR and account.display_name == "Chief Inspector Wong"


def test_an_officer_enters_a_catch_and_has_no_users_or_audit_view(qtbot, open_as):
    window = open_as("officer")
    assert "Officer Lam (officer)" in window.windowTitle()
    assert "Users" not in pages(window) and "Audit" not in pages(window)
    assert window.users_view is None and not action(window, "approve_selected").isEnabled()
    assert not action(window, "new_agency").isEnabled()
    assert not action(window, "restore_backup").isEnabled()  # an administrator's
    assert action(open_as("admin"), "restore_backup").isEnabled()
    action(window, "new_catch").trigger()
    form = window.findChild(CatchForm)
    form.date.setDate(QDate(2017, 11, 24))
    form.agency.lineEdit().selectAll()
    qtbot.keyClicks(form.agency, "GD-PSD")
    form.province.setCurrentIndex(form.province.findData("Guangdong"))
    form.destination.setCurrentIndex(form.destination.findData("mainland"))
    type_into_cell(qtbot, form, 0, 0, "VNM")
    type_into_cell(qtbot, form, 0, 1, "12")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with pytest.raises(NotAllowed):
        window.store.history(form.record_uuid)  # the audit is not an officer's
    assert open_as("admin").store.history(form.record_uuid)[0].user == "officer"


def test_a_press_officer_sees_the_dashboard_and_reports_only(open_as):
    window = open_as("press")
    assert pages(window) == ["Dashboard", "Publications"]  # what it published, revised?
    assert action(window, "summary_report").isEnabled()
    assert not action(window, "export_workbook").isEnabled()
    assert not action(window, "new_catch").isEnabled()


def test_a_supervisor_approves_and_the_officer_can_no_longer_change_it(qtbot, open_as):
    officer = open_as("officer")
    uuid = officer.store.save(make_catch("CT-9"), today=TODAY)
    supervisor = open_as("supervisor")
    assert "Audit" in pages(supervisor) and "Users" not in pages(supervisor)
    view = supervisor.lists["catch"]
    supervisor.nav.setCurrentRow(pages(supervisor).index("Catches"))
    view.table.selectRow(0)
    action(supervisor, "approve_selected").trigger()
    assert supervisor.store.existing("catch", uuid).approved_by == "supervisor"
    view.unapproved.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)

    officer.lists["catch"].refresh()
    officer.open_record("catch", uuid)
    form = [f for f in officer.findChildren(CatchForm) if f.record_uuid == uuid][-1]
    assert "Approved by supervisor" in form.banner.text() and not form.save_button.isEnabled()
    with pytest.raises(RecordLocked):
        officer.store.save(make_catch("CT-9", place="Elsewhere"), uuid, today=TODAY)


def test_five_wrong_passwords_lock_the_account_until_the_time_is_up(qtbot, accounts_db, clock):
    with open_store(accounts_db, Actor("os", "ws-01"), clock) as store:
        dialog = LoginDialog(store, name="officer")
        qtbot.addWidget(dialog)
        log_in = dialog.findChild(QPushButton, "log_in")
        for _ in range(5):
            qtbot.keyClicks(dialog.password, "not my password")
            qtbot.mouseClick(log_in, Qt.MouseButton.LeftButton)
            assert dialog.message.text() == "The name or the password is wrong."
        qtbot.keyClicks(dialog.password, PW)
        qtbot.mouseClick(log_in, Qt.MouseButton.LeftButton)
        assert "locked" in dialog.message.text() and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.password.text() == ""  # never left in the field
        clock.now += dt.timedelta(minutes=15, seconds=1)
        qtbot.keyClicks(dialog.password, PW)
        qtbot.mouseClick(log_in, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_idle_lock_hides_the_records_and_unlocking_restores_a_half_typed_form(qtbot, open_as):
    window = open_as("officer")
    action(window, "new_catch").trigger()
    form = window.findChild(CatchForm)
    qtbot.keyClicks(form.place, "Dongxing, half typed")
    window.idle.timer.setInterval(50)
    window.idle.restart()
    qtbot.waitUntil(lambda: window.outer.currentWidget() is window.lock_screen, timeout=3000)
    assert not form.isVisible() and not window.menuBar().isEnabled()
    assert window.store.access.session_locked
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, "wrong password!")
    qtbot.mouseClick(screen.findChild(QPushButton, "unlock"), Qt.MouseButton.LeftButton)
    assert "wrong" in screen.message.text() and window.outer.currentWidget() is screen
    qtbot.keyClicks(screen.password, PW)
    qtbot.mouseClick(screen.findChild(QPushButton, "unlock"), Qt.MouseButton.LeftButton)
    assert window.outer.currentWidget() is window.splitter
    assert form.isVisible() and form.place.text() == "Dongxing, half typed" and form.dirty


def test_another_user_logs_in_only_after_the_forms_are_closed(qtbot, open_as, monkeypatch):
    window = open_as("officer")
    action(window, "new_catch").trigger()
    form = window.findChild(CatchForm)
    qtbot.keyClicks(form.place, "unsaved")
    window.lock()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    with qtbot.assertNotEmitted(window.user_switch_requested):
        qtbot.mouseClick(
            window.lock_screen.findChild(QPushButton, "switch_user"), Qt.MouseButton.LeftButton
        )
    assert "1 open forms of Officer Lam" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.user_switch_requested):
        qtbot.mouseClick(
            window.lock_screen.findChild(QPushButton, "switch_user"), Qt.MouseButton.LeftButton
        )
    assert not form.isVisible()


def test_the_administrator_manages_users_and_settings(qtbot, open_as, monkeypatch):
    from smugdesk.ui.users_view import UserDialog

    window = open_as("admin")
    users = window.users_view
    assert [a.name for a in users.model.accounts] == ["admin", "officer", "press", "supervisor"]
    dialogs = []
    monkeypatch.setattr(UserDialog, "exec", lambda self: dialogs.append(self) or 0)
    qtbot.mouseClick(users.findChild(QPushButton, "add_user"), Qt.MouseButton.LeftButton)
    dialog = dialogs[0]
    qtbot.keyClicks(dialog.name, "hk.officer")
    dialog.role.setCurrentIndex(dialog.role.findData("officer"))
    dialog.agency.setCurrentIndex(dialog.agency.findData("HKPF"))
    qtbot.keyClicks(dialog.password, PW)
    qtbot.keyClicks(dialog.again, PW)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    users.model.refresh()
    assert "hk.officer" in [a.name for a in users.model.accounts]
    users.settings["idle_minutes"].setValue(5)
    qtbot.mouseClick(users.findChild(QPushButton, "save_settings"), Qt.MouseButton.LeftButton)
    assert window.store.access.policy().idle_minutes == 5


def test_the_audit_view_filters_verifies_and_shows_a_records_history(qtbot, open_as):
    officer = open_as("officer")
    uuid = officer.store.save(make_catch("CT-5"), today=TODAY)
    officer.store.save(make_catch("CT-5", place="Dongxing"), uuid, today=TODAY)
    window = open_as("admin")
    audit = window.audit_view
    audit.apply_filter()
    audit.user.setCurrentIndex(audit.user.findData("officer"))
    assert {audit.model.entry(r).action for r in range(audit.model.count)} == {
        "login",
        "create",
        "change",
    }
    qtbot.mouseClick(audit.findChild(QPushButton, "verify"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Chain verified" in audit.chain.text(), timeout=5000)
    audit.record.setText("ct-5")
    audit.apply_filter()
    assert audit.model.count == 2
    audit.show_history(audit.model.index(0, 0))
    history = window.findChild(HistoryDialog)
    rows = {r[0]: r[1:] for r in history.change.rows}
    assert rows["place"] == ("", "Dongxing")
    names = [r[0] for r in history.change.rows]
    place = history.change.index(names.index("place"), 1)
    assert history.change.data(place, Qt.ItemDataRole.FontRole).bold()  # it stands out
    unchanged = history.change.index(names.index("agency"), 1)
    assert history.change.data(unchanged, Qt.ItemDataRole.FontRole) is None


def test_the_new_models_pass_the_model_tester(qtmodeltester, open_as):
    officer = open_as("officer")
    uuid = officer.store.save(make_catch("CT-7"), today=TODAY)
    officer.store.save(make_catch("CT-7", place="Dongxing"), uuid, today=TODAY)
    window = open_as("admin")
    qtmodeltester.check(window.users_view.model)
    qtmodeltester.check(window.audit_view.model)
    history = HistoryDialog(window.store, uuid, "CT-7", "en", window)
    qtmodeltester.check(history.entries)
    qtmodeltester.check(history.change)
