"""The gang bust, case and agency forms."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from smugdesk.domain import vocab
from smugdesk.domain.countries import country_code
from smugdesk.domain.records import Agency, Arrest, Bust, Case, Problem, Record
from smugdesk.domain.validation import UNKNOWN_COUNTRY
from smugdesk.store import Store
from smugdesk.ui.dates import day_of, set_day
from smugdesk.ui.forms.base import RecordForm
from smugdesk.ui.forms.catch_form import CatchForm, parse_count
from smugdesk.ui.forms.event import EventForm
from smugdesk.ui.forms.grid import (
    GridColumn,
    LineGrid,
    country_choices,
    word_choices,
)


class BustForm(EventForm):
    """A gang bust with its arrests by role and origin. "Persons found" opens a catch
    linked to the same case, since persons are counted on catches only."""

    kind = "bust"
    ref_prefix = "GB"

    def prepare_new(self) -> None:
        super().prepare_new()
        self.arrests.add_row()

    def __init__(
        self,
        store: Store,
        record_uuid: str | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, record_uuid, lang, parent)
        self.setWindowTitle(self.tr("Gang bust"))
        self.add_event_head()
        self.gang = self.add_field("gang", self.tr("Gang"), QLineEdit())
        self.broken_up = self.add_field("broken_up", self.tr("Broken up"), QCheckBox())
        self.add_event_tail()
        self.lines = LineGrid(
            "arrests",
            "arrest",
            [
                GridColumn("role", self.tr("Role"), choices=word_choices(vocab.ROLES, self.lang)),
                GridColumn("origin", self.tr("Origin"), choices=country_choices(self.lang)),
                GridColumn("arrested", self.tr("Arrested"), numeric=True),
            ],
            {
                "heading": self.tr(
                    "Organizers arrested by role (director, recruiter, "
                    "transporter, harbourer, forger, other) and origin"
                ),
                "add": self.tr("Add row"),
                "remove": self.tr("Remove row"),
            },
            lambda arrests: self.tr("Total arrested: {n}").format(n=arrests.total("arrested")),
        )
        self.arrests, self.grid = self.lines.model, self.lines.view
        self.lines.totals_changed.connect(self.mark_dirty)
        found = QPushButton(self.tr("Persons found in this operation..."))
        found.setObjectName("persons_found")
        found.clicked.connect(self.record_persons_found)
        self.lines.add_button(found)
        self.extra.addWidget(self.lines)
        self.fill()
        self.resize(640, 760)

    def load(self, record: Record) -> None:
        assert isinstance(record, Bust)
        self.load_event(record)
        self.gang.setText(record.gang)
        self.broken_up.setChecked(record.broken_up)
        self.arrests.set_rows([[a.role, a.origin, str(a.arrested)] for a in record.arrests])

    def collect(self) -> tuple[Record | None, list[Problem]]:
        problems: list[Problem] = []
        arrests = []
        for line, (_row, cells) in enumerate(self.arrests.filled_rows()):
            role = cells["role"].strip().lower()
            origin = country_code(cells["origin"]) if cells["origin"] else ""
            if cells["origin"] and origin is None:
                problems.append(Problem("origin", UNKNOWN_COUNTRY(code=cells["origin"]), line))
            n = parse_count(cells["arrested"], "arrested", line, problems, required=True)
            arrests.append(Arrest(role, origin or "", n or 0))
        self.lines.show_problems(problems, self.describe)
        if problems:
            return None, problems
        bust = Bust(
            gang=self.gang.text().strip(),
            broken_up=self.broken_up.isChecked(),
            arrests=tuple(arrests),
            **self.event_values(),
        )
        return bust, []

    def show_problems(self, problems: list[Problem]) -> None:
        super().show_problems([p for p in problems if p.line is None])
        self.lines.show_problems([p for p in problems if p.line is not None], self.describe)
        if problems and not self.banner.isVisible():
            self.banner.setText(self.tr("Not saved: fix the fields marked in red."))
            self.banner.show()

    def record_persons_found(self) -> None:
        """Open a catch with this operation's date, agency, place and case."""
        form = CatchForm(self.store, lang=self.lang, parent=self)
        set_day(form.date, day_of(self.date))
        form.set_combo(form.agency, self.combo_value(self.agency))
        form.set_combo(form.province, self.combo_value(self.province))
        form.place.setText(self.place.text())
        form.case_no.setText(self.case_no.text())
        form.assisting.setText(self.assisting.text())
        form.open()


class CaseForm(RecordForm):
    kind = "case"

    def __init__(
        self,
        store: Store,
        record_uuid: str | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, record_uuid, lang, parent)
        self.setWindowTitle(self.tr("Case"))
        self.next_button.hide()
        self.case_no = self.add_field("case_no", self.tr("Case number"), QLineEdit())
        self.opened_on = self.add_field("opened_on", self.tr("Opened on"), self.date_edit())
        self.is_cracked = QCheckBox(self.tr("Cracked"))
        self.is_cracked.setObjectName("is_cracked")
        self.cracked_on = self.add_field("cracked_on", self.tr("Cracked on"), self.date_edit())
        self.form.insertRow(2, "", self.is_cracked)
        self.is_cracked.toggled.connect(self.cracked_on.setEnabled)
        self.is_cracked.toggled.connect(self.mark_dirty)
        self.cracked_on.setEnabled(False)
        self.category = self.add_field(
            "category", self.tr("Category"), self.combo(vocab.CASE_CATEGORIES)
        )
        self.agency = self.add_field(
            "agency",
            self.tr("Agency"),
            self.combo(tuple(sorted(store.references().agencies)), editable=True),
        )
        self.summary = self.add_field("summary", self.tr("Summary"), QPlainTextEdit())
        self.summary.setTabChangesFocus(True)
        self.fill()

    def load(self, record: Record) -> None:
        assert isinstance(record, Case)
        self.case_no.setText(record.case_no)
        set_day(self.opened_on, record.opened_on)
        self.is_cracked.setChecked(record.cracked_on is not None)
        if record.cracked_on:
            set_day(self.cracked_on, record.cracked_on)
        self.set_combo(self.category, record.category)
        self.set_combo(self.agency, record.agency)
        self.summary.setPlainText(record.summary)

    def collect(self) -> tuple[Record | None, list[Problem]]:
        return Case(
            self.case_no.text().strip(),
            day_of(self.opened_on),
            self.combo_value(self.category),
            self.combo_value(self.agency),
            day_of(self.cracked_on) if self.is_cracked.isChecked() else None,
            self.summary.toPlainText().strip(),
        ), []


class AgencyForm(RecordForm):
    kind = "agency"

    def __init__(
        self,
        store: Store,
        record_uuid: str | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, record_uuid, lang, parent)
        self.setWindowTitle(self.tr("Agency"))
        self.next_button.hide()
        self.code = self.add_field("code", self.tr("Code"), QLineEdit())
        self.name = self.add_field("name", self.tr("English name"), QLineEdit())
        self.name_zh = self.add_field("name_zh", self.tr("Chinese name"), QLineEdit())
        self.jurisdiction = self.add_field(
            "jurisdiction", self.tr("Jurisdiction"), self.combo(vocab.JURISDICTIONS)
        )
        self.agency_kind = self.add_field(
            "kind", self.tr("Kind"), self.combo(vocab.AGENCY_KINDS, blank=True)
        )
        self.fill()

    def load(self, record: Record) -> None:
        assert isinstance(record, Agency)
        self.code.setText(record.code)
        self.name.setText(record.name)
        self.name_zh.setText(record.name_zh)
        self.set_combo(self.jurisdiction, record.jurisdiction)
        self.set_combo(self.agency_kind, record.kind)

    def collect(self) -> tuple[Record | None, list[Problem]]:
        return Agency(
            self.code.text().strip(),
            self.name.text().strip(),
            self.combo_value(self.jurisdiction),
            self.name_zh.text().strip(),
            self.combo_value(self.agency_kind),
        ), []


FORMS: dict[str, type[RecordForm]] = {
    "catch": CatchForm,
    "bust": BustForm,
    "case": CaseForm,
    "agency": AgencyForm,
}
