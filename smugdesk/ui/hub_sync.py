"""Syncing with a PostgreSQL hub from the app: in the background every minute (and soon
after a local save) once a hub is chosen, its outcome in the status bar; File > Hub
chooses the hub's connection file, syncs now, or stops syncing. The app keeps working
while the hub is away: the changes wait and go with the next sync that reaches it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smugdesk.accounts.roles import Can
from smugdesk.domain.words import render
from smugdesk.hub.connection import target
from smugdesk.hub.sync import Synced, address_of, sync
from smugdesk.reports.publishing import Revision, revised_by
from smugdesk.store import Store
from smugdesk.store.hubs import HubState, forget_hub, hubs
from smugdesk.store.mapping import KINDS
from smugdesk.ui.background import run_in_background
from smugdesk.ui.failures import app_language, plain_message
from smugdesk.ui.publications_view import revised_line

Finished = Callable[[Synced | None, Exception | None], None]
SYNC_MS = 60_000  # a sync a minute while a hub is chosen
AFTER_SAVE_MS = 5_000  # and one soon after a local save
FIRST_MS = 2_000  # and one just after the window opens


def _local_time(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _short_time(iso: str) -> str:
    """The time only, today; the date too, before."""
    try:
        at = dt.datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return at.strftime("%H:%M" if at.date() == dt.date.today() else "%Y-%m-%d %H:%M")


class HubSync(QObject):
    """The hub syncing of one window's database.

    Signals:
        state_changed: after a sync succeeded or failed, or the hub changed.
    """

    state_changed = Signal()

    def __init__(
        self,
        store: Store,
        status: QLabel,
        announce: Callable[[frozenset[str]], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.status = status
        self.announce = announce
        self.window = parent
        self.running = False
        self.pulling = False  # announcing what a sync pulled (not a save here)
        self.stopped = False  # the window closed
        self.last_failure = ""  # the last attempt's failure, when the hub was not reached
        self.revised: dict[str, Revision] = {}  # publications pulls revised, until looked at
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_MS)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.timeout.connect(self.sync_now)
        self.show_state()
        if self.state() is not None:
            self.timer.start()
            self.soon.start(FIRST_MS)

    def state(self) -> HubState | None:
        if not self.store.access.may(Can.READ_RECORDS):
            return None
        found = hubs(self.store)
        return found[0] if found else None

    def show_state(self) -> None:
        """Short in the status bar; the details in its tooltip."""
        state = self.state()
        self.status.setVisible(state is not None)
        if state is None:
            return
        failure = self.failure(state)
        when = _short_time(state.synced_at) if state.synced_at else self.tr("never")
        if failure:
            text = self.tr("Hub away")
            tip = self.tr("{why}\nLast synced: {when}").format(why=failure, when=when)
        else:
            text = self.tr("Hub: synced {when}").format(when=when)
            tip = state.address
        if state.waiting:
            text += self.tr(", {n} waiting").format(n=f"{state.waiting:,}")
        if self.revised:
            text += self.tr(", publications revised: {n}").format(n=len(self.revised))
            tip = "\n".join([tip, *(revised_line(r) for r in self.revised.values())])
        self.status.setText(text)
        self.status.setToolTip(tip)

    def failure(self, state: HubState | None) -> str:
        """Why the last attempt failed (this session's, or the one remembered), in the
        app's language; '' when it did not."""
        if self.last_failure:
            return self.last_failure
        return render(state.failure, app_language()) if state and state.failure else ""

    def publications_seen(self) -> None:
        """The Publications page was looked at: the pulls' revisions are known."""
        if self.revised:
            self.revised.clear()
            self.show_state()

    def local_change(self, _kinds: object = None) -> None:
        """A save here: it waits (shown), and goes soon (saves in a row make one sync)."""
        if self.state() is not None and not self.running and not self.pulling:
            self.show_state()
            self.soon.start(AFTER_SAVE_MS)

    def sync_now(self, address: str = "", on_done: Finished | None = None) -> None:
        """Sync in the background with ``address`` or the chosen hub."""
        if self.running or self.stopped:
            return
        state = self.state()
        address = address or (state.address if state else "")
        if not address:
            return
        self.running = True
        reopen = self.store.reopen()

        def work(_report: object) -> tuple[Synced, list[Revision]]:
            with reopen() as store:
                synced = sync(store, target(address), address)
                return synced, revised_by(store, synced.touched)

        def done(outcome: tuple[Synced, list[Revision]]) -> None:
            self.running = False
            if self.stopped:
                return
            result, revised = outcome
            self.revised.update((r.publication.uuid, r) for r in revised)
            self.last_failure = ""
            if not self.timer.isActive():
                self.timer.start()
            self.show_state()
            if result.pulled:
                self.pulling = True
                try:
                    self.announce(frozenset(KINDS))
                finally:
                    self.pulling = False
            self.state_changed.emit()
            if on_done is not None:
                on_done(result, None)

        def failed(exc: Exception) -> None:
            self.running = False
            if self.stopped:
                return
            self.last_failure = plain_message(exc)
            self.show_state()
            self.state_changed.emit()
            if on_done is not None:
                on_done(None, exc)

        run_in_background(work, done, failed)

    def stop(self) -> None:
        """The window closes: no more syncs from it (one running finishes on its own
        connection)."""
        self.stopped = True
        self.timer.stop()
        self.soon.stop()

    def forget(self) -> None:
        state = self.state()
        if state is not None:
            forget_hub(self.store, state.id)
        self.timer.stop()
        self.last_failure = ""
        self.show_state()
        self.state_changed.emit()


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    widget.setAccessibleName(name)
    return widget


class HubDialog(QDialog):
    """File > Hub: which hub this station syncs with, how it went, and the choices."""

    def __init__(self, hub: HubSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setObjectName("hub_dialog")
        self.setWindowTitle(self.tr("Hub"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.address = _named(QLabel(), "hub_address")
        self.address.setWordWrap(True)
        self.synced = _named(QLabel(), "hub_synced")
        self.waiting = _named(QLabel(), "hub_waiting")
        self.problem = _named(QLabel(), "hub_problem")
        self.problem.setWordWrap(True)
        form.addRow(self.tr("Connection"), self.address)
        form.addRow(self.tr("Last synced"), self.synced)
        form.addRow(self.tr("Waiting to go"), self.waiting)
        form.addRow(self.tr("Last attempt"), self.problem)
        self.choose = _named(QPushButton(self.tr("Choose connection file...")), "hub_choose")
        self.sync_button = _named(QPushButton(self.tr("Sync now")), "hub_sync_now")
        self.stop = _named(QPushButton(self.tr("Stop syncing")), "hub_stop")
        manage = hub.store.access.may(Can.MANAGE)
        self.choose.setEnabled(manage)
        self.stop.setEnabled(manage)
        self.choose.clicked.connect(self.choose_file)
        self.sync_button.clicked.connect(lambda: self.hub.sync_now(on_done=self.finished_sync))
        self.stop.clicked.connect(self.stop_syncing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.choose, self.sync_button, self.stop):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        hub.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = self.hub.state()
        none = self.tr("No hub chosen: this station shares by bundles only.")
        self.address.setText(state.address if state else none)
        self.synced.setText(
            _local_time(state.synced_at) if state and state.synced_at else self.tr("never")
        )
        self.waiting.setText(
            self.tr("{n} of this station's changes").format(n=f"{state.waiting:,}") if state else ""
        )
        failure = self.hub.failure(state)
        self.problem.setText(failure or (self.tr("succeeded") if state and state.synced_at else ""))
        self.sync_button.setEnabled(state is not None and not self.hub.running)
        self.stop.setEnabled(state is not None and self.hub.store.access.may(Can.MANAGE))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Hub connection file"),
            str(Path.home()),
            self.tr("smugdesk hub connections (*.smughub);;All files (*)"),
        )
        if path:
            self.sync_button.setEnabled(False)
            self.hub.sync_now(address_of(path), on_done=self.finished_sync)

    def finished_sync(self, result: Synced | None, exc: Exception | None) -> None:
        self.refresh()
        if exc is not None:
            QMessageBox.warning(self, self.tr("Not synced"), plain_message(exc))
        elif result is not None:
            self.problem.setText(
                self.tr("{pushed} changes pushed, {pulled} pulled").format(
                    pushed=f"{result.pushed:,}", pulled=f"{result.pulled:,}"
                )
            )

    def stop_syncing(self) -> None:
        self.hub.forget()
        self.refresh()
