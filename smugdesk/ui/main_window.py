"""The main window: a view per record kind and the dashboard, menus, a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from smugdesk.domain.records import Invalid
from smugdesk.domain.words import render
from smugdesk.places import log_path
from smugdesk.store import Store
from smugdesk.ui.changes import ChangeHub
from smugdesk.ui.dashboard import Dashboard
from smugdesk.ui.forms.base import RecordForm
from smugdesk.ui.forms.other_forms import FORMS
from smugdesk.ui.record_list import RecordListView
from smugdesk.ui.workbook_dialogs import ExportDialog, ImportDialog, write_template_to

KINDS = ("catch", "bust", "case", "agency")


class MainWindow(QMainWindow):
    """Signals:
        database_chosen: the path of a database to work in instead of this one.
        language_chosen: the code of the language to show instead of this one.
    The session (smugdesk.ui.app.Session) answers both with a new window.
    """

    database_chosen = Signal(str)
    language_chosen = Signal(str)

    def __init__(
        self, store: Store, settings: QSettings, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.lang = lang
        self.setWindowTitle(self.tr("smugdesk — {path}").format(path=store.path))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.changes = ChangeHub(self)
        self._stop_listening = store.on_change(self.changes.announce)
        self.dashboard = Dashboard(store, lang)
        self.changes.records_changed.connect(self.dashboard.records_changed)
        self.changes.records_changed.connect(self.records_changed)
        self.lists: dict[str, RecordListView] = {}
        headers = self.column_titles()
        titles = {
            "catch": self.tr("Catches"),
            "bust": self.tr("Gang busts"),
            "case": self.tr("Cases"),
            "agency": self.tr("Agencies"),
        }
        self.nav.addItem(self.tr("Dashboard"))
        self.stack.addWidget(self.dashboard)
        for kind in KINDS:
            view = RecordListView(store, kind, lang, headers)
            view.open_record.connect(self.open_record)
            view.new_record.connect(lambda k: self.open_record(k, None))
            self.changes.records_changed.connect(view.records_changed)
            self.lists[kind] = view
            self.nav.addItem(titles[kind])
            self.stack.addWidget(view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setMaximumWidth(180)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.statusBar().addWidget(self.status, 1)
        self._menus()
        self.update_status()
        self.restore()

    def column_titles(self) -> dict[str, str]:
        return {
            "date": self.tr("Date"),
            "ref": self.tr("Reference"),
            "agency": self.tr("Agency"),
            "assisting_agencies": self.tr("Assisting"),
            "province": self.tr("Province"),
            "place": self.tr("Place"),
            "persons": self.tr("Persons"),
            "nationality": self.tr("Nationalities"),
            "destination": self.tr("Destination"),
            "case_no": self.tr("Case"),
            "notable": self.tr("Notable"),
            "gang": self.tr("Gang"),
            "broken_up": self.tr("Broken up"),
            "arrested": self.tr("Arrested"),
            "opened_on": self.tr("Opened"),
            "cracked_on": self.tr("Cracked"),
            "category": self.tr("Category"),
            "summary": self.tr("Summary"),
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "name_zh": self.tr("Chinese name"),
            "jurisdiction": self.tr("Jurisdiction"),
            "kind": self.tr("Kind"),
            "approved": self.tr("Approved"),
        }

    def _menus(self) -> None:
        bar = self.menuBar()

        def action(
            menu_name: str, text: str, slot: object, shortcut: str = "", name: str = ""
        ) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.setObjectName(name or text)
            act.triggered.connect(slot)
            menus[menu_name].addAction(act)
            return act

        menus = {
            "file": bar.addMenu(self.tr("&File")),
            "records": bar.addMenu(self.tr("&Records")),
            "reports": bar.addMenu(self.tr("Re&ports")),
            "help": bar.addMenu(self.tr("&Help")),
        }
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
        )
        action(
            "file", self.tr("Export workbook..."), self.export_workbook, "Ctrl+E", "export_workbook"
        )
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
        action(
            "records",
            self.tr("New catch"),
            lambda: self.open_record("catch", None),
            "Ctrl+N",
            "new_catch",
        )
        action(
            "records",
            self.tr("New gang bust"),
            lambda: self.open_record("bust", None),
            "Ctrl+B",
            "new_bust",
        )
        action(
            "records", self.tr("New case"), lambda: self.open_record("case", None), name="new_case"
        )
        action(
            "records",
            self.tr("New agency"),
            lambda: self.open_record("agency", None),
            name="new_agency",
        )
        menus["records"].addSeparator()
        action(
            "records",
            self.tr("Delete selected record"),
            self.delete_selected,
            "Del",
            "delete_record",
        )
        action(
            "reports", self.tr("Summary report..."), self.open_report, "Ctrl+R", "summary_report"
        )
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

    def delete_selected(self) -> None:
        index = self.stack.currentIndex()
        if index == 0:
            return
        view = self.lists[KINDS[index - 1]]
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
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([160, max(self.width() - 160, 400)])
        self.nav.setCurrentRow(int(str(self.settings.value("window/view", 0))))

    def save_state(self) -> None:
        """Size, splitter and view, for the next window (restore reads them)."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/view", self.nav.currentRow())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self._stop_listening()  # the store may outlive this window (a language switch)
        super().closeEvent(event)
