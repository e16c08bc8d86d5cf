"""The fields catches and gang busts share: where, when, who, the case, the press note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QLineEdit, QPlainTextEdit

from smugdesk.domain import parse, vocab
from smugdesk.domain.records import Bust, Catch
from smugdesk.store import Store
from smugdesk.ui.dates import day_of, set_day
from smugdesk.ui.forms.base import RecordForm


class EventForm(RecordForm):
    """A record form for an operation (a catch or a gang bust)."""

    def add_event_head(self) -> None:
        """Reference, date, agency, assisting agencies, province, place."""
        self.ref = self.add_field("ref", self.tr("Reference"), QLineEdit())
        self.date = self.add_field("date", self.tr("Date"), self.date_edit())
        self.agency = self.add_field(
            "agency", self.tr("Agency"), self.combo(tuple(self.store.agency_codes()), editable=True)
        )
        self.assisting = self.add_field(
            "assisting_agencies", self.tr("Assisting agencies"), QLineEdit()
        )
        self.assisting.setPlaceholderText(self.tr("agency codes separated by ;"))
        self.province = self.add_field("province", self.tr("Province"), self.combo(vocab.PROVINCES))
        self.place = self.add_field("place", self.tr("Place"), QLineEdit())

    def add_event_tail(self) -> None:
        """Case, notable, press note, notes."""
        self.case_no = self.add_field("case_no", self.tr("Case"), case_field(self.store))
        self.notable = self.add_field("notable", self.tr("Notable"), QCheckBox())
        self.press_note = self.add_field("press_note", self.tr("Press note"), QLineEdit())
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

    ref_prefix = ""  # "CT" for catches, "GB" for gang busts

    def next_ref(self) -> str:
        """A free reference for a new record: prefix, year of its date, number."""
        return self.store.next_ref(self.kind, self.ref_prefix, day_of(self.date).year)

    def prepare_new(self) -> None:
        self.ref.setText(self.next_ref())
        # No agency until one is chosen: a silently pre-selected one could be saved unseen.
        self.agency.setCurrentIndex(-1)

    def load_event(self, record: Catch | Bust) -> None:
        self.ref.setText(record.ref)
        set_day(self.date, record.date)
        self.set_combo(self.agency, record.agency)
        self.assisting.setText("; ".join(record.assisting_agencies))
        self.set_combo(self.province, record.province)
        self.place.setText(record.place)
        self.case_no.setText(record.case_no)
        self.notable.setChecked(record.notable)
        self.press_note.setText(record.press_note)
        self.notes.setPlainText(record.notes)
        for edit in (self.ref, self.assisting, self.place, self.press_note):
            edit.setCursorPosition(0)  # show the start of long text, not its end

    def event_values(self) -> dict[str, Any]:
        """The shared fields as keyword arguments of Catch and Bust."""
        return {
            "ref": self.ref.text().strip(),
            "date": day_of(self.date),
            "agency": self.combo_value(self.agency),
            "province": self.combo_value(self.province),
            "assisting_agencies": tuple(c.upper() for c in parse.code_list(self.assisting.text())),
            "place": self.place.text().strip(),
            "case_no": self.case_no.text().strip(),
            "notable": self.notable.isChecked(),
            "press_note": self.press_note.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def start_next(self) -> None:
        """Keep the date, agency, province and place; clear what the next one does not share."""
        super().start_next()
        self.assisting.clear()
        self.press_note.clear()
        self.notes.clear()
        self.notable.setChecked(False)


def case_field(store: Store) -> QLineEdit:
    """A case number, typed; the store offers the numbers holding what is typed (a
    campaign has tens of thousands of cases: a pick list of them all would load every
    one each time a form opens)."""
    edit = QLineEdit()
    model = QStringListModel(edit)
    completer = QCompleter(model, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    edit.setCompleter(completer)

    def offer(text: str) -> None:
        # The completer has already filtered its old list for this keystroke: give it
        # the store's numbers for the text, then let it show them.
        model.setStringList(store.case_numbers(text) if text.strip() else [])
        if text.strip():
            completer.complete()

    edit.textEdited.connect(offer)
    return edit
