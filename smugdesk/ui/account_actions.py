"""The window's menu actions for approval (Records) and for the account (Account):
approving, unlocking, a record's history; changing one's password, locking the
session, logging in as someone else, setting accounts up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from smugdesk.accounts.roles import Can
from smugdesk.domain.records import Invalid
from smugdesk.domain.words import render
from smugdesk.store import StoreError
from smugdesk.ui.failures import plain_message
from smugdesk.ui.login import FirstAdminDialog, PasswordDialog

if TYPE_CHECKING:
    from smugdesk.ui.main_window import MainWindow


def _add(
    window: MainWindow, menu: QMenu, name: str, text: str, slot: object, shortcut: str = ""
) -> QAction:
    act = QAction(text, window)
    act.setObjectName(name)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(slot)
    menu.addAction(act)
    return act


def add_approval_actions(window: MainWindow, menu: QMenu) -> None:
    may = window.store.access.may
    menu.addSeparator()
    for name, text, slot, shortcut in (
        (
            "approve_selected",
            window.tr("Approve selected records"),
            lambda: approve(window, every=False),
            "Ctrl+Shift+A",
        ),
        (
            "approve_shown",
            window.tr("Approve every record shown..."),
            lambda: approve(window, every=True),
            "",
        ),
        ("unlock_record", window.tr("Unlock record..."), lambda: unlock(window), ""),
    ):
        _add(window, menu, name, text, slot, shortcut).setEnabled(may(Can.APPROVE))
    history = _add(
        window,
        menu,
        "record_history",
        window.tr("Record history..."),
        lambda: history_of_selected(window),
        "Ctrl+H",
    )
    history.setEnabled(window.store.access.accounts_on and may(Can.VIEW_AUDIT))


def _refused(window: MainWindow, title: str, exc: Exception) -> None:
    if isinstance(exc, Invalid):
        text = "\n".join(render(p.message, window.lang) for p in exc.problems)
    else:
        text = plain_message(exc)
    QMessageBox.warning(window, title, text)


def approve(window: MainWindow, every: bool) -> int:
    """Approve the selected records, or every record the list's filter shows."""
    view = window.current_list()
    if view is None or view.kind == "agency":
        return 0
    try:
        if every:
            count = view.model.rowCount()
            answer = QMessageBox.question(
                window,
                window.tr("Approve records"),
                window.tr(
                    "Approve every record the list shows ({n})? Approved records are "
                    "locked until a supervisor unlocks them."
                ).format(n=f"{count:,}"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
            done = window.store.approve_matching(view.kind, view.current_filter())
        else:
            done = window.store.approve(view.kind, view.selected_uuids())
    except (StoreError, Invalid) as exc:
        _refused(window, window.tr("Not approved"), exc)
        return 0
    window.statusBar().showMessage(window.tr("{n} records approved.").format(n=f"{done:,}"), 8000)
    return done


def unlock(window: MainWindow) -> None:
    view = window.current_list()
    if view is None or view.kind == "agency":
        return
    uuids = view.selected_uuids()
    if len(uuids) != 1:
        return
    reason, ok = QInputDialog.getText(
        window,
        window.tr("Unlock record"),
        window.tr("Why must this approved record change? The reason is kept in the audit."),
    )
    if not ok:
        return
    try:
        window.store.unlock(view.kind, uuids[0], reason)
    except (StoreError, Invalid) as exc:
        _refused(window, window.tr("Not unlocked"), exc)


def history_of_selected(window: MainWindow) -> None:
    from smugdesk.ui.history import HistoryDialog

    view = window.current_list()
    if view is None:
        return
    uuids = view.selected_uuids()
    if len(uuids) != 1:
        return
    key = window.store.record_keys(uuids).get(uuids[0], "")
    HistoryDialog(window.store, uuids[0], key, window.lang, window).open()


def add_account_actions(window: MainWindow, menu: QMenu) -> None:
    access = window.store.access
    if not access.accounts_on:
        _add(
            window,
            menu,
            "setup_accounts",
            window.tr("Set up user accounts..."),
            lambda: setup_accounts(window),
        )
        return
    _add(
        window,
        menu,
        "change_password",
        window.tr("Change password..."),
        lambda: PasswordDialog(window.store, window).exec(),
    )
    _add(window, menu, "lock_session", window.tr("Lock now"), window.lock, "Ctrl+L")
    _add(window, menu, "log_out", window.tr("Log in as someone else..."), window.log_out)


def setup_accounts(window: MainWindow) -> None:
    if FirstAdminDialog(window.store, window).exec():
        window.accounts_switched_on.emit()  # a new window, as the administrator
