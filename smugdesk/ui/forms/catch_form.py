"""The catch form: where, when, who, and a grid of head counts by nationality."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from smugdesk.domain import parse, vocab
from smugdesk.domain.countries import country_code
from smugdesk.domain.records import Catch, HeadCount, Problem, Record
from smugdesk.domain.validation import REQUIRED, UNKNOWN_COUNTRY
from smugdesk.domain.words import WordsError
from smugdesk.store import Store
from smugdesk.ui.forms.event import EventForm
from smugdesk.ui.forms.grid import ChoiceDelegate, GridColumn, GridModel, country_choices


def parse_count(
    text: str, field: str, line: int, problems: list[Problem], required: bool = False
) -> int | None:
    if not text:
        if required:
            problems.append(Problem(field, REQUIRED(), line))
        return None
    try:
        return parse.whole_number(text)
    except WordsError as exc:
        problems.append(Problem(field, exc.message, line))
        return None


class CatchForm(EventForm):
    kind = "catch"
    ref_prefix = "CT"

    def __init__(
        self,
        store: Store,
        record_uuid: str | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, record_uuid, lang, parent)
        self.setWindowTitle(self.tr("Catch"))
        self.add_event_head()
        self.destination = self.add_field(
            "destination", self.tr("Destination"), self.combo(vocab.DESTINATIONS)
        )
        self.reason = self.add_field(
            "reason", self.tr("Reason"), self.combo(vocab.REASONS, blank=True)
        )
        self.add_event_tail()
        self._grid()
        self.fill()
        self.resize(640, 760)

    def _grid(self) -> None:
        self.counts = GridModel(
            [
                GridColumn(
                    "nationality", self.tr("Nationality"), choices=country_choices(self.lang)
                ),
                GridColumn("persons", self.tr("Persons"), numeric=True),
                GridColumn("male", self.tr("Male"), numeric=True),
                GridColumn("female", self.tr("Female"), numeric=True),
                GridColumn("minors", self.tr("Minors"), numeric=True),
            ]
        )
        self.grid = QTableView()
        self.grid.setObjectName("counts")
        self.grid.setAccessibleName("counts")
        self.grid.setModel(self.counts)
        self.grid.setItemDelegate(ChoiceDelegate(self.counts.columns, self.grid))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setTabKeyNavigation(True)
        self.grid.setMinimumHeight(150)
        self.counts.totals_changed.connect(self._update_total)
        self.counts.totals_changed.connect(self.mark_dirty)
        add = QPushButton(self.tr("Add nationality"))
        add.setObjectName("add_count")
        remove = QPushButton(self.tr("Remove row"))
        remove.setObjectName("remove_count")
        add.clicked.connect(self.add_count_row)
        remove.clicked.connect(lambda: self.counts.remove_row(self.grid.currentIndex().row()))
        self.total = QLabel()
        self.total.setObjectName("total")
        self.counts_error = QLabel()
        self.counts_error.setObjectName("counts_error")
        self.counts_error.setStyleSheet("color: #B00020;")
        self.counts_error.setWordWrap(True)
        self.counts_error.hide()
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        bar.addWidget(self.total)
        self.extra.addWidget(QLabel(self.tr("Head counts by nationality (code or name)")))
        self.extra.addWidget(self.grid)
        self.extra.addLayout(bar)
        self.extra.addWidget(self.counts_error)
        self.counts.add_row()
        self._update_total()

    def add_count_row(self) -> None:
        row = self.counts.add_row()
        index = self.counts.index(row, 0)
        self.grid.setCurrentIndex(index)
        self.grid.edit(index)

    def _update_total(self) -> None:
        self.total.setText(
            self.tr(
                "Total: {persons} persons, {male} male, {female} female, {minors} minors"
            ).format(
                persons=self.counts.total("persons"),
                male=self.counts.total("male"),
                female=self.counts.total("female"),
                minors=self.counts.total("minors"),
            )
        )

    def load(self, record: Record) -> None:
        assert isinstance(record, Catch)
        self.load_event(record)
        self.set_combo(self.destination, record.destination)
        self.set_combo(self.reason, record.reason)
        self.counts.set_rows(
            [
                [
                    c.nationality,
                    str(c.persons),
                    "" if c.male is None else str(c.male),
                    "" if c.female is None else str(c.female),
                    "" if c.minors is None else str(c.minors),
                ]
                for c in record.counts
            ]
        )

    def collect(self) -> tuple[Record | None, list[Problem]]:
        problems: list[Problem] = []
        counts = []
        for line, (row, cells) in enumerate(self.counts.filled_rows()):
            del row
            code = country_code(cells["nationality"]) if cells["nationality"] else ""
            if cells["nationality"] and code is None:
                problems.append(
                    Problem("nationality", UNKNOWN_COUNTRY(code=cells["nationality"]), line)
                )
            persons = parse_count(cells["persons"], "persons", line, problems, required=True)
            male = parse_count(cells["male"], "male", line, problems)
            female = parse_count(cells["female"], "female", line, problems)
            minors = parse_count(cells["minors"], "minors", line, problems)
            counts.append(HeadCount(code or "", persons or 0, male, female, minors))
        self._show_grid_problems([p for p in problems if p.line is not None])
        if problems:
            return None, problems
        record = Catch(
            destination=self.combo_value(self.destination),
            counts=tuple(counts),
            reason=self.combo_value(self.reason),
            **self.event_values(),
        )
        return record, []

    def show_problems(self, problems: list[Problem]) -> None:
        # Problems of a grid line are shown under the grid, not in the banner.
        super().show_problems([p for p in problems if p.line is None])
        self._show_grid_problems([p for p in problems if p.line is not None])
        if problems and not self.banner.isVisible():
            self.banner.setText(self.tr("Not saved: fix the fields marked in red."))
            self.banner.show()

    def column_title(self, field: str) -> str:
        titles = {c.key: c.title for c in self.counts.columns}
        return titles.get(field, field)

    def _show_grid_problems(self, problems: list[Problem]) -> None:
        if not problems:
            self.counts_error.hide()
            return
        self.counts_error.setText(
            "\n".join(
                self.tr("Row {row}, {field}: {message}").format(
                    row=p.line + 1 if p.line is not None else "",
                    field=self.column_title(p.field),
                    message=self.describe(p),
                )
                for p in problems
            )
        )
        self.counts_error.show()

    def start_next(self) -> None:
        """Keep the date, agency and place; clear the rest."""
        super().start_next()
        self.counts.set_rows([[""] * 5])
        self.ref.setText(self.next_ref())
        self.show_problems([])
        self.grid.setFocus()
