"""Backups from the app: File > Back up now, a folder chosen in File > Backup folder
(default beside the database), the last good backup in the status bar, and an automatic
one when the app closes or, while it runs, once a day."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from smugdesk.accounts.roles import Can
from smugdesk.domain.words import render
from smugdesk.store import Store, StoreError
from smugdesk.store.backups import Backup, backup, default_folder, last_backup, restore
from smugdesk.ui.background import (
    Report,
    Work,
    run_and_wait,
    run_in_background,
    waiting_window,
)
from smugdesk.ui.failures import app_language, plain_message

log = logging.getLogger("smugdesk")
DAY = dt.timedelta(days=1)
CHECK_MS = 60 * 60 * 1000  # while the app runs, look once an hour whether one is due


def backup_folder(settings: QSettings, db: Path) -> Path:
    """Where the database's backups go: the folder chosen in the settings, or beside it."""
    chosen = str(settings.value("backup/folder", "") or "")
    return Path(chosen) if chosen else default_folder(db)


def restore_unreadable(path: Path, problem: StoreError, settings: QSettings) -> bool:
    """At start, the database cannot be read (damaged): say why, and offer a backup in
    its place, chosen in the backup folder and verified; the damaged file is kept beside
    it. Nobody's right to restore can be asked of a file that cannot be read. True: a
    backup is in place now."""
    box = QMessageBox(QMessageBox.Icon.Critical, "smugdesk", plain_message(problem))
    box.setObjectName("unreadable_database")
    box.setInformativeText(
        QApplication.translate(
            "AutoBackup",
            "A backup can take its place: the damaged file is kept beside it, never deleted.",
        )
    )
    chosen = box.addButton(
        QApplication.translate("AutoBackup", "Restore from a backup..."),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not chosen:
        return False
    name, _filter = QFileDialog.getOpenFileName(
        None,
        QApplication.translate("AutoBackup", "Restore from a backup"),
        str(backup_folder(settings, path)),
        QApplication.translate("AutoBackup", "smugdesk backups (*.sqlite)"),
    )
    if not name:
        return False
    shown = waiting_window(
        "restoring",
        QApplication.translate("AutoBackup", "Restoring {file}...").format(file=path.name),
    )
    try:
        aside = run_and_wait(lambda _report: restore(path, Path(name), dt.datetime.now()))
    except Exception as exc:
        QMessageBox.warning(None, "smugdesk", plain_message(exc))
        return False
    finally:
        shown.close()
        shown.deleteLater()
    QMessageBox.information(
        None,
        "smugdesk",
        QApplication.translate(
            "AutoBackup", "Restored {db} from {backup}. The damaged database is kept as {aside}."
        ).format(db=path.name, backup=Path(name).name, aside=aside.name),
    )
    return True


class AutoBackup(QObject):
    """The backups of one window's database."""

    def __init__(self, store: Store, settings: QSettings, status: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.status = status
        self.window = parent
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start()
        self.show_last()

    @property
    def allowed(self) -> bool:
        return self.store.access.may(Can.READ_RECORDS)

    def folder(self) -> Path:
        return backup_folder(self.settings, Path(self.store.path))

    def last(self) -> dt.datetime | None:
        return last_backup(Path(self.store.path), self.folder())

    def due(self) -> bool:
        last = self.last()
        now = self.store.access.clock().astimezone().replace(tzinfo=None)
        return self.allowed and (last is None or now - last >= DAY)

    def show_last(self) -> None:
        last = self.last()
        self.status.setText(
            self.tr("Last backup: {when}").format(when=last.strftime("%Y-%m-%d %H:%M"))
            if last
            else self.tr("No backup yet")
        )

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Backup folder"), str(self.folder())
        )
        if chosen:
            self.settings.setValue("backup/folder", chosen)
            self.show_last()

    def choose_backup(self) -> Path | None:
        """A backup to restore, chosen (in the backup folder first) and confirmed."""
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a backup"),
            str(self.folder()),
            self.tr("smugdesk backups (*.sqlite)"),
        )
        if not name:
            return None
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "Put the backup {backup} in place of {db}? The database as it is now is "
                "kept beside it under another name, never deleted. What was saved after "
                "the backup was made is not in it."
            ).format(backup=Path(name).name, db=Path(self.store.path).name),
        )
        return Path(name) if answer == QMessageBox.StandardButton.Yes else None

    def back_up_if_due(self) -> None:
        if self.due() and not self.running:
            self.back_up_now()

    def back_up_now(self) -> None:
        """A backup in the background; its outcome in the status bar (or a box). One
        at a time: asked again while one runs, the status bar already says how far."""
        if self.running:
            return
        self.running = True
        self.status.setText(self.tr("Backing up..."))

        def progress(stage: str, fraction: float | None) -> None:
            said = stage if fraction is None else f"{stage} {fraction:.0%}"
            self.status.setText(self.tr("Backing up: {stage}").format(stage=said))

        def failed(exc: Exception) -> None:
            self.running = False
            self.show_last()
            QMessageBox.warning(self.window, self.tr("Not backed up"), plain_message(exc))

        def done(_result: Backup) -> None:
            self.running = False
            self.show_last()

        run_in_background(self._work(), done, failed, progress)

    def on_quit(self) -> None:
        """When the app closes: a backup if none was made today. The window has gone by
        then: a small one says how far the backup got while the app waits for it."""
        if not self.due() or self.running:
            return
        shown = waiting_window("closing_backup", self.tr("Backing up before closing..."))
        shown.setRange(0, 100)
        shown.setValue(0)

        def progress(stage: str, fraction: float | None) -> None:
            shown.setLabelText(self.tr("Backing up before closing: {stage}").format(stage=stage))
            if fraction is None:
                shown.setRange(0, 0)  # the check of the copy: busy, no measure
            else:
                shown.setValue(round(fraction * 100))

        try:
            run_and_wait(self._work(), progress)
        except Exception as exc:  # closing goes on; the next start retries
            log.warning("the backup on closing failed: %s", plain_message(exc))
        finally:
            shown.close()

    def _work(self) -> Work:
        """A backup to the folder on a connection of its own, its stages reported in
        the app's language."""
        folder, reopen, lang = self.folder(), self.store.reopen(), app_language()

        def work(report: Report) -> Backup:
            folder.mkdir(parents=True, exist_ok=True)  # a read-only medium: told as a failure
            with reopen() as store:
                return backup(
                    store, folder, progress=lambda stage, f: report(render(stage, lang), f)
                )

        return work
