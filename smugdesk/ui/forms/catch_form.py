"""The catch form: where, when, who, and a grid of head counts by nationality."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QWidget,
)

from smugdesk.domain import parse, vocab
from smugdesk.domain.countries import country_code
from smugdesk.domain.records import Catch, HeadCount, Problem, Record
from smugdesk.domain.validation import REQUIRED, UNKNOWN_COUNTRY
from smugdesk.domain.words import WordsError
from smugdesk.store import Store
from smugdesk.ui.forms.event import EventForm
from smugdesk.ui.forms.grid import GridColumn, GridModel, LineGrid, country_choices


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
        self.lines = LineGrid(
            "counts",
            "count",
            [
                GridColumn(
                    "nationality", self.tr("Nationality"), choices=country_choices(self.lang)
                ),
                GridColumn("persons", self.tr("Persons"), numeric=True),
                GridColumn("male", self.tr("Male"), numeric=True),
                GridColumn("female", self.tr("Female"), numeric=True),
                GridColumn("minors", self.tr("Minors"), numeric=True),
            ],
            {
                "heading": self.tr("Head counts by nationality (code or name)"),
                "add": self.tr("Add nationality"),
                "remove": self.tr("Remove row"),
            },
            self._total_text,
        )
        self.counts, self.grid, self.total = self.lines.model, self.lines.view, self.lines.total
        self.counts_error = self.lines.error
        self.lines.totals_changed.connect(self.mark_dirty)
        self.extra.addWidget(self.lines)
        self.counts.add_row()

    def _total_text(self, counts: GridModel) -> str:
        return self.tr(
            "Total: {persons} persons, {male} male, {female} female, {minors} minors"
        ).format(
            persons=counts.total("persons"),
            male=counts.total("male"),
            female=counts.total("female"),
            minors=counts.total("minors"),
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
        self.lines.show_problems([p for p in problems if p.line is not None], self.describe)
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
        self.lines.show_problems([p for p in problems if p.line is not None], self.describe)
        if problems and not self.banner.isVisible():
            self.banner.setText(self.tr("Not saved: fix the fields marked in red."))
            self.banner.show()

    def start_next(self) -> None:
        """Keep the date, agency and place; clear the rest."""
        super().start_next()
        self.counts.set_rows([[""] * 5])
        self.ref.setText(self.next_ref())
        self.show_problems([])
        self.grid.setFocus()
