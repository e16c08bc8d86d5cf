"""What every record form shares: fields named for the data standard, problems shown
beside their fields, save with Ctrl+S, save-and-next with Ctrl+Shift+S, and a question
before unsaved changes are thrown away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smugdesk.domain.labels import label
from smugdesk.domain.records import Invalid, Problem, Record
from smugdesk.domain.words import render
from smugdesk.store import Store, StoreError
from smugdesk.ui.failures import plain_message
from smugdesk.ui.field_titles import field_titles
from smugdesk.ui.plain_text import text_label

ERROR_STYLE = "color: #B00020;"
LOCKED_STYLE = "color: #5d4037; background: #fff3c4; padding: 6px;"
W = TypeVar("W", bound=QWidget)


class RecordForm(QDialog):
    """A form for one record. Subclasses build fields, ``load`` a record and ``collect``
    one.

    Signals:
        saved: the record's UUID, emitted after it was saved.
    """

    saved = Signal(str)
    kind = ""

    def __init__(
        self,
        store: Store,
        record_uuid: str | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.record_uuid = record_uuid
        self.lang = lang
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._dirty = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.banner = text_label()
        self.banner.setObjectName("problems")
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.next_button = self.buttons.addButton(
            self.tr("Save and next"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.next_button.setObjectName("save_next")
        self.next_button.setToolTip(self.tr("Save and start the next (Ctrl+Shift+S)"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        self.save_button.clicked.connect(lambda: self.save(next_record=False))
        self.next_button.clicked.connect(lambda: self.save(next_record=True))
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.save(next_record=False))
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self.save(next_record=True))
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addLayout(self.form)
        self.extra = QVBoxLayout()
        outer.addLayout(self.extra)
        outer.addWidget(self.buttons)

    # -- building ------------------------------------------------------------------

    def add_field(self, name: str, text: str, widget: W) -> W:
        """Add a labelled field with a problem line under it; names it for tests and
        screen readers after its data-standard field."""
        widget.setObjectName(name)
        widget.setAccessibleName(name)
        error = text_label()
        error.setObjectName(f"{name}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        lay.addWidget(error)
        caption = QLabel(text)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self.fields[name] = widget
        self.errors[name] = error
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        signal = None
        if isinstance(widget, QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, QComboBox):
            signal = widget.currentTextChanged
        elif isinstance(widget, QDateEdit):
            signal = widget.dateChanged
        elif isinstance(widget, QCheckBox):
            signal = widget.toggled
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        if signal is not None:
            signal.connect(self.mark_dirty)

    def mark_dirty(self, *_args: Any) -> None:
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def discard(self) -> None:
        """Close without saving and without asking (another user takes over)."""
        self._dirty = False
        QDialog.reject(self)

    def date_edit(self) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMaximumDate(QDate.currentDate())
        return edit

    def combo(
        self, values: tuple[str, ...], blank: bool = False, editable: bool = False
    ) -> QComboBox:
        """A pick list; the stored value is the item's data, the text is translated.
        Typing the first letters picks (type-ahead)."""
        box = QComboBox()
        if blank:
            box.addItem("", "")
        for value in values:
            box.addItem(label(value, self.lang), value)
        box.setEditable(editable)
        if editable:
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = box.completer()
            if completer is not None:
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return box

    @staticmethod
    def combo_value(box: QComboBox) -> str:
        """The chosen value; for an editable box, typed text matching an item picks it."""
        text = box.currentText().strip()
        if box.isEditable():
            index = box.findText(text, Qt.MatchFlag.MatchFixedString)
            return str(box.itemData(index)) if index >= 0 else text
        return str(box.currentData() or "")

    @staticmethod
    def set_combo(box: QComboBox, value: str) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)
        elif box.isEditable():
            box.setEditText(value)

    # -- what subclasses provide ---------------------------------------------------
    # Every form defines ``load`` (fill the fields from a record) and ``collect`` (the
    # record from the fields, or the problems found reading them). Declared here, not
    # implemented: Qt's metaclass rules out ABCMeta.
    load: Callable[[Record], None]
    collect: Callable[[], tuple[Record | None, list[Problem]]]

    def fill(self) -> None:
        """Load the record being edited, or prepare a new one; nothing is unsaved yet.
        Each form calls this once its fields exist."""
        if self.record_uuid:
            existing = self.store.existing(self.kind, self.record_uuid)
            self.load(existing.record)
            if existing.approved_at:
                self.banner.setStyleSheet(LOCKED_STYLE)
                self.banner.setText(
                    self.tr(
                        "Approved by {by} on {on}: locked. A supervisor can unlock it "
                        "(Records > Unlock record) before it changes."
                    ).format(by=existing.approved_by, on=existing.approved_at[:10])
                )
                self.banner.show()
                self.save_button.setEnabled(False)
                self.next_button.setEnabled(False)
        else:
            self.prepare_new()
        self._dirty = False

    def prepare_new(self) -> None:
        """Defaults for a new record (a suggested reference, an empty grid row)."""

    def start_next(self) -> None:
        """After save-and-next: clear what the next record does not share."""
        self.record_uuid = None

    def describe(self, problem: Problem) -> str:
        return render(problem.message, self.lang)

    # -- saving --------------------------------------------------------------------

    def show_problems(self, problems: list[Problem]) -> None:
        for error in self.errors.values():
            error.hide()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(self.describe(problem))
        unplaced: list[str] = []
        titles = field_titles()
        for name, messages in by_field.items():
            label_ = self.errors.get(name)
            if label_ is None:  # a problem of no one field (the grid's, a rule's)
                unplaced += [f"{titles.get(name, name)}: {m}" for m in messages]
                continue
            label_.setText("\n".join(messages))
            label_.show()
        if problems:
            self.banner.setStyleSheet(ERROR_STYLE)
            self.banner.setText(
                self.tr("Not saved: fix the fields marked in red.")
                + ("\n" + "\n".join(unplaced) if unplaced else "")
            )
            self.banner.show()
            first = next((self.fields[p.field] for p in problems if p.field in self.fields), None)
            if first is not None:
                first.setFocus()
        else:
            self.banner.hide()

    def save(self, next_record: bool = False) -> bool:
        record, problems = self.collect()
        if record is None:
            self.show_problems(problems)
            return False
        try:
            record_uuid = self.store.save(record, self.record_uuid)
        except Invalid as invalid:
            self.show_problems(invalid.problems)
            return False
        except StoreError as exc:
            # The typed data stays in the form: nothing is lost.
            QMessageBox.warning(self, self.tr("Not saved"), plain_message(exc))
            return False
        self.show_problems([])
        self._dirty = False
        self.saved.emit(record_uuid)
        if next_record:
            self.start_next()
            self._dirty = False
        else:
            self.record_uuid = record_uuid
            self.accept()
        return True

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This form has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        self._dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            event.ignore()
            self.reject()
        else:
            super().closeEvent(event)
