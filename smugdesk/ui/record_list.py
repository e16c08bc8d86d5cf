"""A list of records of one kind: a filter bar over a windowed table model."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smugdesk.domain import vocab
from smugdesk.domain.countries import countries
from smugdesk.domain.labels import label
from smugdesk.store import Store
from smugdesk.store.lists import Filter
from smugdesk.ui.dates import date_edit, day_of
from smugdesk.ui.record_model import RecordTableModel

# Kinds whose changes a list shows: its own, and those whose codes, numbers or totals
# appear in its columns.
SHOWS = {
    "catch": {"catch", "agency", "case"},
    "bust": {"bust", "agency", "case"},
    "case": {"case", "agency", "catch"},
    "agency": {"agency"},
}


class RecordListView(QWidget):
    """Signals:
    open_record: (kind, uuid) when a row is double-clicked or Enter is pressed.
    new_record: (kind) when the New button is pressed.
    """

    open_record = Signal(str, str)
    new_record = Signal(str)

    def __init__(
        self,
        store: Store,
        kind: str,
        lang: str = "en",
        headers: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.store = store
        self.model = RecordTableModel(store.record_list(kind), lang, headers)
        self.model.unreadable.connect(self._unreadable, Qt.ConnectionType.QueuedConnection)
        self.table = self._table()
        bar = self._filter_bar(lang)
        self._connect_filters()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._show_count()

    def current_filter(self) -> Filter:
        period = self.use_period.isChecked()
        return Filter(
            start=day_of(self.start) if period else None,
            end=day_of(self.end) if period else None,
            agency=str(self.agency.currentData() or ""),
            jurisdiction=str(self.jurisdiction.currentData() or ""),
            nationality=str(self.nationality.currentData() or ""),
            text=self.text.text(),
            unapproved=self.unapproved.isChecked(),
        )

    def selected_uuids(self) -> list[str]:
        """The records of the selected rows, in list order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.uuid_at(r) for r in rows]

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"{self.kind}_table")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        records = self.model.records
        order = Qt.SortOrder.AscendingOrder if records.ascending else Qt.SortOrder.DescendingOrder
        table.sortByColumn(records.sort_column, order)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(self._open)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            table,
            lambda: self._open(table.currentIndex()),
        )

        wide = {
            "place": 190,
            "notes": 260,
            "summary": 320,
            "name": 320,
            "gang": 190,
            "case_no": 150,
            "ref": 130,
            "nationality": 130,
            "assisting_agencies": 110,
            "category": 170,
        }
        for i, column in enumerate(self.model.spec.columns):
            table.setColumnWidth(i, wide.get(column.key, 100))
        return table

    def _filter_bar(self, lang: str) -> QHBoxLayout:
        """Period, agency, jurisdiction, nationality, free text, the count, New."""
        bar = QHBoxLayout()
        self.use_period = QCheckBox(self.tr("Period"))
        self.use_period.setObjectName("use_period")
        today = dt.date.today()
        self.start = date_edit("start", today.replace(month=1, day=1), "filter_start")
        self.end = date_edit("end", today, "filter_end")
        self.agency = QComboBox()
        self.agency.setObjectName("filter_agency")
        self.agency.setAccessibleName("agency")
        self.agency.addItem(self.tr("All agencies"), "")
        self._fill_agencies()
        self.jurisdiction = QComboBox()
        self.jurisdiction.setObjectName("filter_jurisdiction")
        self.jurisdiction.setAccessibleName("jurisdiction")
        self.jurisdiction.addItem(self.tr("All jurisdictions"), "")
        for j in vocab.JURISDICTIONS:
            self.jurisdiction.addItem(label(j, lang), j)
        self.nationality = QComboBox()
        self.nationality.setObjectName("filter_nationality")
        self.nationality.setAccessibleName("nationality")
        self.nationality.setMaximumWidth(220)
        self.nationality.addItem(self.tr("All nationalities"), "")
        for c in countries().values():
            self.nationality.addItem(f"{c.code} {c.name}", c.code)
        self.text = QLineEdit()
        self.text.setObjectName("filter_text")
        self.text.setAccessibleName("text")
        self.text.setPlaceholderText(self.tr("Search place, notes, press notes"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(220)
        new = QPushButton(self.tr("New"))
        new.setObjectName("new")
        new.clicked.connect(lambda: self.new_record.emit(self.kind))
        self.unapproved = QCheckBox(self.tr("Not yet approved"))
        self.unapproved.setObjectName("filter_unapproved")
        self.count = QLabel()
        self.count.setObjectName("count")
        for widget in (
            self.use_period,
            self.start,
            self.end,
            self.agency,
            self.jurisdiction,
            self.nationality,
        ):
            if self.kind == "agency" and widget not in (self.jurisdiction,):
                widget.hide()
            bar.addWidget(widget)
        if self.kind not in ("catch", "bust"):
            self.nationality.hide()
        bar.addWidget(self.text, 1)
        bar.addWidget(self.unapproved)
        if self.kind == "agency":
            self.unapproved.hide()
        bar.addWidget(self.count)
        bar.addWidget(new)
        return bar

    def _connect_filters(self) -> None:
        # Typing waits a moment before filtering; the other controls filter at once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._debounce.start)
        for box in (self.agency, self.jurisdiction, self.nationality):
            box.currentIndexChanged.connect(self.apply_filter)
        self.use_period.toggled.connect(self.apply_filter)
        self.unapproved.toggled.connect(self.apply_filter)
        self.start.dateChanged.connect(self.apply_filter)
        self.end.dateChanged.connect(self.apply_filter)

    def _unreadable(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not shown"), message)

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())
        self._show_count()

    def refresh(self) -> None:
        self.model.refresh()
        self._show_count()

    def records_changed(self, kinds: frozenset[str]) -> None:
        """A write committed (``ChangeHub.records_changed``): refresh what it touched."""
        if "agency" in kinds:
            self._fill_agencies()
        if kinds & SHOWS[self.kind]:
            self.refresh()

    def _fill_agencies(self) -> None:
        """The agency filter's choices, the current one kept where it still exists."""
        current = self.agency.currentData()
        self.agency.blockSignals(True)
        while self.agency.count() > 1:
            self.agency.removeItem(1)
        for code in self.store.agency_codes():
            self.agency.addItem(code, code)
        self.agency.setCurrentIndex(max(0, self.agency.findData(current)))
        self.agency.blockSignals(False)

    def _show_count(self) -> None:
        self.count.setText(self.tr("{n} records").format(n=f"{self.model.rowCount():,}"))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record.emit(self.kind, self.model.uuid_at(index.row()))
