"""The main window: a view per record kind and the dashboard, menus, a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from smugdesk.accounts.roles import ROLE_WORDS, Can
from smugdesk.domain.records import Invalid
from smugdesk.domain.words import render
from smugdesk.places import log_path
from smugdesk.store import Store, StoreError
from smugdesk.store.encryption import new_recovery
from smugdesk.ui.account_actions import add_account_actions, add_approval_actions
from smugdesk.ui.audit_view import AuditView
from smugdesk.ui.backups import AutoBackup
from smugdesk.ui.bundles import merge_bundles_into, write_bundle_from
from smugdesk.ui.changes import ChangeHub
from smugdesk.ui.conflicts_view import ConflictsView
from smugdesk.ui.dashboard import Dashboard
from smugdesk.ui.encryption import EncryptDialog, RecoveryKeyDialog
from smugdesk.ui.failures import plain_message
from smugdesk.ui.field_titles import field_titles
from smugdesk.ui.forms.base import RecordForm
from smugdesk.ui.forms.other_forms import FORMS
from smugdesk.ui.hub_sync import HubDialog, HubSync
from smugdesk.ui.idle import IdleWatch
from smugdesk.ui.login import LockScreen
from smugdesk.ui.plain_text import text_label
from smugdesk.ui.publications_view import PublicationsView
from smugdesk.ui.record_list import RecordListView
from smugdesk.ui.users_view import UsersView
from smugdesk.ui.workbook_dialogs import ExportDialog, ImportDialog, write_template_to

KINDS = ("catch", "bust", "case", "agency")


class MainWindow(QMainWindow):
    """Signals:
        database_chosen: the path of a database to work in instead of this one.
        language_chosen: the code of the language to show instead of this one.
        user_switch_requested: someone else logs in (the open forms are closed).
        accounts_switched_on: the first administrator was created and is logged in.
        encryption_requested: the Secret that will open the file once it is encrypted
            (asked for and checked; the open forms are closed).
        decryption_requested: the file is to be decrypted (the open forms are closed).
        restore_requested: the Path of a backup to put in the database's place (chosen
            and confirmed; the open forms are closed).
    The session (smugdesk.ui.app.Session) answers each with a new window.
    """

    database_chosen = Signal(str)
    language_chosen = Signal(str)
    user_switch_requested = Signal()
    accounts_switched_on = Signal()
    encryption_requested = Signal(object)
    decryption_requested = Signal()
    restore_requested = Signal(object)

    def __init__(
        self, store: Store, settings: QSettings, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.lang = lang
        self.setWindowTitle(self._title())
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.changes = ChangeHub(self)
        self._stop_listening = store.on_change(self.changes.announce)
        self.dashboard = Dashboard(store, lang)
        self.changes.records_changed.connect(self.dashboard.records_changed)
        self.changes.records_changed.connect(self.records_changed)
        self.lists: dict[str, RecordListView] = {}
        headers = field_titles()
        titles = {
            "catch": self.tr("Catches"),
            "bust": self.tr("Gang busts"),
            "case": self.tr("Cases"),
            "agency": self.tr("Agencies"),
        }
        self.add_page(self.tr("Dashboard"), self.dashboard)
        may = store.access.may
        for kind in KINDS if may(Can.READ_RECORDS) else ():
            view = RecordListView(store, kind, lang, headers)
            view.open_record.connect(self.open_record)
            view.new_record.connect(lambda k: self.open_record(k, None))
            self.changes.records_changed.connect(view.records_changed)
            self.lists[kind] = view
            self.add_page(titles[kind], view)
        self.conflicts_view: ConflictsView | None = None
        if may(Can.READ_RECORDS):
            self.conflicts_view = ConflictsView(store, lang)
            self.changes.records_changed.connect(self.conflicts_view.records_changed)
            self.add_page(self.tr("Conflicts"), self.conflicts_view)
        self.publications_view: PublicationsView | None = None
        if may(Can.REPORT):
            self.publications_view = PublicationsView(store)
            self.changes.records_changed.connect(self.publications_view.records_changed)
            self.add_page(self.tr("Publications"), self.publications_view)
        self.users_view: UsersView | None = None
        self.audit_view: AuditView | None = None
        if store.access.accounts_on and may(Can.MANAGE):
            self.users_view = UsersView(store, lang)
            self.add_page(self.tr("Users"), self.users_view)
        if store.access.accounts_on and may(Can.VIEW_AUDIT):
            self.audit_view = AuditView(store, lang)
            self.changes.records_changed.connect(self.audit_view.records_changed)
            self.add_page(self.tr("Audit"), self.audit_view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setMaximumWidth(220)
        # As wide as its longest title (in any language), so none is cut off.
        self.nav.setMinimumWidth(
            min(220, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12)
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.lock_screen = LockScreen(store)
        self.lock_screen.unlocked.connect(self.unlocked)
        self.lock_screen.switch_user.connect(self.switch_user)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.splitter)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)
        self.hidden: list[QWidget] = []  # what the lock hid, shown again on unlock
        self.idle: IdleWatch | None = None
        if store.access.user is not None:
            self.idle = IdleWatch(store.access.policy().idle_minutes * 60_000, self)
            self.idle.idle.connect(self.lock)
        self.status = text_label()
        self.status.setObjectName("status")
        self.statusBar().addWidget(self.status, 1)
        backup_status = text_label()
        backup_status.setObjectName("backup_status")
        self.statusBar().addPermanentWidget(backup_status)
        self.backups = AutoBackup(store, settings, backup_status, self)
        hub_status = text_label()
        hub_status.setObjectName("hub_status")
        self.statusBar().addPermanentWidget(hub_status)
        self.hub = HubSync(store, hub_status, self.changes.announce, self)
        self.changes.records_changed.connect(self.hub.local_change)
        if self.publications_view is not None:
            self.publications_view.seen.connect(self.hub.publications_seen)
        self._menus()
        self.update_status()
        self.restore()

    def _title(self) -> str:
        user = self.store.access.user
        if user is None:
            return self.tr("smugdesk — {path}").format(path=self.store.path)
        role = render(ROLE_WORDS[user.role](), self.lang)
        return self.tr("smugdesk — {path} — {user} ({role})").format(
            path=self.store.path, user=user.shown, role=role
        )

    def add_page(self, title: str, page: QWidget) -> None:
        self.nav.addItem(title)
        self.stack.addWidget(page)

    def _menus(self) -> None:
        bar = self.menuBar()
        self.menus = {
            "file": bar.addMenu(self.tr("&File")),
            "records": bar.addMenu(self.tr("&Records")),
            "reports": bar.addMenu(self.tr("Re&ports")),
            "account": bar.addMenu(self.tr("&Account")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        self._file_menu()
        self._records_menu()

    def _action(
        self, menu_name: str, text: str, slot: object, shortcut: str = "", name: str = ""
    ) -> QAction:
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.setObjectName(name or text)
        act.triggered.connect(slot)
        self.menus[menu_name].addAction(act)
        return act

    def _file_menu(self) -> None:
        action, menus, may = self._action, self.menus, self.store.access.may
        action(
            "file",
            self.tr("New database..."),
            lambda: self.switch_database(new=True),
            name="new_database",
        )
        action(
            "file",
            self.tr("Open database..."),
            lambda: self.switch_database(new=False),
            "Ctrl+O",
            "open_database",
        )
        menus["file"].addSeparator()
        action(
            "file", self.tr("Import workbook..."), self.import_workbook, "Ctrl+I", "import_workbook"
        ).setEnabled(may(Can.WRITE_RECORDS))
        action(
            "file", self.tr("Export workbook..."), self.export_workbook, "Ctrl+E", "export_workbook"
        ).setEnabled(may(Can.READ_RECORDS))
        menus["file"].addSeparator()
        action(
            "file",
            self.tr("Write a bundle..."),
            lambda: write_bundle_from(self, self.store.reopen()),
            name="write_bundle",
        ).setEnabled(may(Can.READ_RECORDS))
        action(
            "file",
            self.tr("Merge bundles..."),
            lambda: merge_bundles_into(self, self.store.reopen(), self.changes.announce),
            name="merge_bundles",
        ).setEnabled(may(Can.MANAGE))
        action("file", self.tr("Hub..."), self.show_hub, name="hub").setEnabled(
            may(Can.READ_RECORDS)
        )
        menus["file"].addSeparator()
        action(
            "file",
            self.tr("Back up now"),
            lambda: self.backups.back_up_now(),
            "Ctrl+Shift+B",
            "back_up_now",
        ).setEnabled(self.backups.allowed)
        action(
            "file",
            self.tr("Backup folder..."),
            lambda: self.backups.choose_folder(),
            name="backup_folder",
        ).setEnabled(self.backups.allowed)
        encrypted, manage = self.store.keys.key is not None, may(Can.MANAGE)
        action(
            "file", self.tr("Restore from a backup..."), self.ask_restore, name="restore_backup"
        ).setEnabled(manage)
        action(
            "file", self.tr("Encrypt database..."), self.ask_encrypt, name="encrypt_database"
        ).setEnabled(manage and not encrypted)
        action(
            "file", self.tr("Decrypt database..."), self.ask_decrypt, name="decrypt_database"
        ).setEnabled(manage and encrypted)
        action(
            "file", self.tr("New recovery key..."), self.new_recovery_key, name="new_recovery_key"
        ).setEnabled(manage and encrypted)
        action(
            "file",
            self.tr("Blank template..."),
            lambda: write_template_to(self),
            name="blank_template",
        )
        language = menus["file"].addMenu(self.tr("Language"))
        for code, text in (("en", "English"), ("zh-Hans", "简体中文"), ("zh-Hant", "繁體中文")):
            act = language.addAction(text)
            act.setObjectName(f"language_{code}")
            act.setCheckable(True)
            act.setChecked(code == self.lang)
            act.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
        menus["file"].addSeparator()
        action("file", self.tr("Quit"), self.close, "Ctrl+Q", "quit")

    def _records_menu(self) -> None:
        action, menus, may = self._action, self.menus, self.store.access.may
        writes = [
            action(
                "records",
                self.tr("New catch"),
                lambda: self.open_record("catch", None),
                "Ctrl+N",
                "new_catch",
            ),
            action(
                "records",
                self.tr("New gang bust"),
                lambda: self.open_record("bust", None),
                "Ctrl+B",
                "new_bust",
            ),
            action(
                "records",
                self.tr("New case"),
                lambda: self.open_record("case", None),
                name="new_case",
            ),
        ]
        action(
            "records",
            self.tr("New agency"),
            lambda: self.open_record("agency", None),
            name="new_agency",
        ).setEnabled(may(Can.MANAGE))
        menus["records"].addSeparator()
        writes.append(
            action(
                "records",
                self.tr("Delete selected record"),
                self.delete_selected,
                "Del",
                "delete_record",
            )
        )
        for act in writes:
            act.setEnabled(may(Can.WRITE_RECORDS))
        add_approval_actions(self, menus["records"])
        action(
            "reports", self.tr("Summary report..."), self.open_report, "Ctrl+R", "summary_report"
        ).setEnabled(may(Can.REPORT))
        add_account_actions(self, menus["account"])
        action("help", self.tr("About smugdesk"), self.about, name="about")
        action("help", self.tr("The data standard"), self.data_standard, name="data_standard")

    # -- records ---------------------------------------------------------------------

    def open_record(self, kind: str, record_uuid: str | None) -> RecordForm:
        form = FORMS[kind](self.store, record_uuid, self.lang, self)
        form.open()
        return form

    def records_changed(self, kinds: frozenset[str]) -> None:
        """Any committed write (``ChangeHub``): the counts in the status bar."""
        del kinds
        self.update_status()

    def current_list(self) -> RecordListView | None:
        view = self.stack.currentWidget()
        return view if isinstance(view, RecordListView) else None

    def delete_selected(self) -> None:
        view = self.current_list()
        if view is None:
            return
        current = view.table.currentIndex()
        if not current.isValid():
            return
        record_uuid = view.model.uuid_at(current.row())
        answer = QMessageBox.question(
            self,
            self.tr("Delete record"),
            self.tr(
                "Delete this record? It leaves every list and figure; the audit trail keeps it."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete(view.kind, record_uuid)
        except Invalid as invalid:
            QMessageBox.warning(
                self,
                self.tr("Not deleted"),
                "\n".join(render(p.message, self.lang) for p in invalid.problems),
            )
            return
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), plain_message(exc))
            return

    # -- workbooks, reports ------------------------------------------------------------

    def import_workbook(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import workbook"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            dialog = ImportDialog(
                self.store.reopen(), Path(path), self.changes.announce, self, self.lang
            )
            dialog.open()
            dialog.start()

    def export_workbook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export workbook"), "smugdesk.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            dialog = ExportDialog(self.store.reopen(), Path(path), self)
            dialog.open()
            dialog.start()

    def open_report(self) -> None:
        from smugdesk.ui.report_dialog import ReportDialog

        ReportDialog(self.store.reopen(), self.lang, self).open()

    def switch_database(self, new: bool) -> None:
        """Ask for a database file; the session opens it in place of this one."""
        kinds = self.tr("smugdesk databases (*.sqlite)")
        if new:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("New database"),
                "smugdesk.sqlite",
                kinds,
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if path and Path(path).suffix == "":
                path += ".sqlite"
            if path and Path(path).exists():
                QMessageBox.warning(
                    self,
                    self.tr("New database"),
                    self.tr("{path} already exists. Use Open database to work in it.").format(
                        path=path
                    ),
                )
                return
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), "", kinds)
        if path:
            self.database_chosen.emit(path)

    def choose_language(self, code: str) -> None:
        for act in self.findChildren(QAction):
            if act.objectName().startswith("language_"):
                act.setChecked(act.objectName() == f"language_{self.lang}")
        if code != self.lang:
            self.language_chosen.emit(code)

    def release(self) -> bool:
        """Close the open forms (each asks about unsaved changes) before this window
        gives way to another. False: the person kept a form open, or a job still runs."""
        for form in self.findChildren(RecordForm):
            if form.isVisible():
                form.close()  # a form with unsaved changes asks: save, discard or stay
                if form.isVisible():
                    return False
        busy = [d for d in self.findChildren(QDialog) if d.isVisible()]
        if busy:
            QMessageBox.information(
                self, "smugdesk", self.tr("Close the open dialogs first, then try again.")
            )
            return False
        return True

    def about(self) -> None:
        from smugdesk.ui.about_dialog import AboutDialog

        places = {
            "database": Path(self.store.path),
            "backups": self.backups.folder(),
            "settings": Path(self.settings.fileName()),
            "logs": log_path(),
        }
        AboutDialog(places, self).exec()

    def data_standard(self) -> None:
        """The workbook format, from the same table the importer reads."""
        from smugdesk.domain.vocab import STANDARD_VERSION
        from smugdesk.io.standard import SHEETS

        lines = [
            self.tr(
                "Data standard v{version}: one sheet per record kind; the first row holds "
                "the column names. Required columns are marked *."
            ).format(version=STANDARD_VERSION)
        ]
        for sheet, columns in SHEETS.items():
            lines.append(f"\n{sheet}")
            lines += [f"  {c.name}{' *' if c.required else ''}  {c.help}" for c in columns]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("The data standard"))
        box.setText(lines[0])
        box.setDetailedText("\n".join(lines[1:]))
        box.open()

    # -- state ---------------------------------------------------------------------------

    def update_status(self) -> None:
        counts = {k: self.store.count(k) for k in KINDS}
        self.status.setText(
            self.tr(
                "{path} · {catch} catches · {bust} gang busts · {case} cases · {agency} agencies"
            ).format(path=self.store.path, **{k: f"{n:,}" for k, n in counts.items()})
        )

    def restore(self) -> None:
        # The settings file may hold anything (edited by hand, damaged): what is not what
        # this window saved is ignored.
        geometry = self.settings.value("window/geometry")
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        splitter = self.settings.value("window/splitter")
        if not isinstance(splitter, QByteArray) or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([160, max(self.width() - 160, 400)])
        view = str(self.settings.value("window/view", 0))
        self.nav.setCurrentRow(int(view) if view.isdigit() and int(view) < self.nav.count() else 0)

    def save_state(self) -> None:
        """Size, splitter and view, for the next window (restore reads them)."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/view", self.nav.currentRow())

    # -- the session lock ----------------------------------------------------------------

    def lock(self) -> None:
        """Hide every record (the window's pages, open forms and dialogs) behind the lock
        screen; the same user's password brings them back as they were."""
        if self.store.access.user is None or self.store.access.session_locked:
            return
        self.store.access.lock_session()
        self.hidden = [w for w in self.findChildren(QDialog) if w.isVisible()]
        for widget in self.hidden:
            widget.hide()
        self.menuBar().setEnabled(False)
        self.statusBar().hide()
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_for(self.store.access.user)

    def unlocked(self) -> None:
        self.outer.setCurrentWidget(self.splitter)
        self.menuBar().setEnabled(True)
        self.statusBar().show()
        for widget in self.hidden:
            widget.show()
        self.hidden = []
        if self.idle is not None:
            self.idle.restart()

    def ask_encrypt(self) -> None:
        dialog = EncryptDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.release():
            self.encryption_requested.emit(dialog.secret())

    def ask_restore(self) -> None:
        chosen = self.backups.choose_backup()
        if chosen is not None and self.release():
            self.restore_requested.emit(chosen)

    def ask_decrypt(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Decrypt database"),
            self.tr(
                "Decrypt {path}? It becomes a plain SQLite file that anyone with the file "
                "can read, and its key file is removed."
            ).format(path=self.store.path),
        )
        if answer == QMessageBox.StandardButton.Yes and self.release():
            self.decryption_requested.emit()

    def new_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New recovery key"),
            self.tr("Make a new recovery key? The old one will no longer open the database."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            key = new_recovery(self.store)
        except StoreError as exc:
            QMessageBox.warning(self, "smugdesk", plain_message(exc))
            return
        RecoveryKeyDialog(key, self).exec()

    def log_out(self) -> None:
        """Log in as someone else, once the open forms are closed (each asks)."""
        if self.release():
            self.user_switch_requested.emit()

    def show_hub(self) -> None:
        dialog = HubDialog(self.hub, self)
        dialog.open()

    def switch_user(self) -> None:
        """Another person logs in: the open forms close first (their unsaved changes
        asked about, without showing them), then the session asks for a login."""
        forms = [w for w in self.hidden if isinstance(w, RecordForm)]
        unsaved = [f for f in forms if f.dirty]
        if unsaved:
            answer = QMessageBox.question(
                self,
                self.tr("Log in as someone else"),
                self.tr(
                    "{n} open forms of {user} have changes that are not saved. Discard "
                    "them and log in as someone else?"
                ).format(
                    n=len(unsaved),
                    user=self.store.access.user.shown if self.store.access.user else "",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        for form in forms:
            form.discard()
        for widget in self.hidden:
            if widget not in forms:
                widget.close()
        self.hidden = []
        self.user_switch_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.idle is not None:
            self.idle.stop()
        self.save_state()
        self.hub.stop()
        self._stop_listening()  # the store may outlive this window (a language switch)
        super().closeEvent(event)
