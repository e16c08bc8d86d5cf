"""Conflicts between stations, for a person to decide: each conflict in a list, and the
values the selected one holds side by side with the station, user and time each came
from. Keeping a value (or typing a new one, for text) is a change like any other: it
travels in the next bundle and settles the conflict at the other stations too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smugdesk.domain.records import Invalid
from smugdesk.domain.words import message_of, render
from smugdesk.stations.changes import DELETED
from smugdesk.store import Store, StoreError
from smugdesk.store.accounts import shown_time
from smugdesk.store.merging import Conflict, Head, conflicts
from smugdesk.store.records import TYPED_ANEW
from smugdesk.ui.failures import plain_message
from smugdesk.ui.field_titles import field_titles, kind_titles
from smugdesk.ui.plain_text import text_label
from smugdesk.ui.tables import Index, TitledModel, row_table

_REASONS = {
    "field": lambda: QApplication.translate("conflicts", "changed at two stations at once"),
    "deleted": lambda: QApplication.translate(
        "conflicts", "deleted at one station while changed at another"
    ),
    "duplicate": lambda: QApplication.translate("conflicts", "another record has the same key"),
    "invalid": lambda: QApplication.translate("conflicts", "breaks a rule once merged"),
    "missing": lambda: QApplication.translate("conflicts", "refers to a record not received yet"),
}


class ConflictsModel(TitledModel):
    """The unresolved conflicts, by kind, key and field."""

    def __init__(self, store: Store) -> None:
        titles = [
            QApplication.translate("conflicts", "Record"),
            QApplication.translate("conflicts", "Field"),
            QApplication.translate("conflicts", "Conflict"),
        ]
        super().__init__(titles, lambda: len(self.rows))
        self.store = store
        self.fields, self.kinds = field_titles(), kind_titles()
        self.rows: list[Conflict] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = conflicts(self.store)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.rows[index.row()]
        field = self.fields.get(c.field, c.field)
        record = f"{self.kinds.get(c.kind, c.kind)} {c.key or c.record}"
        return (record, field, _REASONS[c.reason]())[index.column()]


class HeadsModel(TitledModel):
    """The values one conflict holds, side by side with where each came from."""

    def __init__(self, lang: str) -> None:
        titles = [
            QApplication.translate("conflicts", "Value"),
            QApplication.translate("conflicts", "Station"),
            QApplication.translate("conflicts", "User"),
            QApplication.translate("conflicts", "Workstation"),
            QApplication.translate("conflicts", "Time"),
            QApplication.translate("conflicts", "Standing now"),
        ]
        super().__init__(titles, lambda: len(self.heads))
        self.lang = lang
        self.conflict: Conflict | None = None
        self.heads: tuple[Head, ...] = ()

    def show(self, conflict: Conflict | None) -> None:
        self.beginResetModel()
        self.conflict = conflict
        self.heads = conflict.heads if conflict else ()
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        h = self.heads[index.row()]
        value = h.shown
        if self.conflict and self.conflict.field == DELETED and not isinstance(h.value, dict):
            value = (
                QApplication.translate("conflicts", "deleted")
                if h.value
                else QApplication.translate("conflicts", "not deleted")
            )
        standing = QApplication.translate("conflicts", "yes") if h.standing else ""
        return (
            value,
            h.station_name or h.station,
            h.user,
            h.workstation,
            shown_time(h.wall),
            standing,
        )[index.column()]


class ConflictsView(QWidget):
    """The conflicts merging left, and the decision on the selected one."""

    def __init__(self, store: Store, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_view")
        self.store = store
        self.lang = lang
        self.model = ConflictsModel(store)
        self.table = row_table("conflicts_table", self.model, fit=True)
        self.heads = HeadsModel(lang)
        self.values = row_table("conflict_values", self.heads, fit=True)
        self.explain = text_label()
        self.explain.setObjectName("conflict_explanation")
        self.explain.setWordWrap(True)
        self.keep = QPushButton(self.tr("Keep the selected value"))
        self.keep.setObjectName("keep_value")
        self.keep.clicked.connect(self.keep_selected)
        self.typed = QLineEdit()
        self.typed.setObjectName("typed_value")
        self.typed.setAccessibleName("typed_value")
        self.typed.setPlaceholderText(self.tr("or type a new value"))
        self.use_typed = QPushButton(self.tr("Use this value"))
        self.use_typed.setObjectName("use_typed_value")
        self.use_typed.clicked.connect(self.keep_typed)
        self.count = QLabel()
        self.count.setObjectName("conflict_count")
        decide = QHBoxLayout()
        decide.addWidget(self.keep)
        decide.addWidget(self.typed, 1)
        decide.addWidget(self.use_typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.explain)
        layout.addWidget(self.values, 1)
        layout.addLayout(decide)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selected())
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        n = len({c.record for c in self.model.rows})
        self.count.setText(
            self.tr("Records with conflicts to decide: {n}").format(n=n)
            if n
            else self.tr("No conflicts between stations.")
        )
        self.table.selectRow(0)
        self.selected()

    def records_changed(self, kinds: frozenset[str]) -> None:
        del kinds
        self.refresh()

    def current(self) -> Conflict | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def selected(self) -> None:
        conflict = self.current()
        self.heads.show(conflict)
        decidable = conflict is not None and conflict.reason in ("field", "deleted")
        self.keep.setEnabled(decidable and bool(conflict and conflict.heads))
        typed = decidable and conflict is not None and conflict.field in TYPED_ANEW
        self.typed.setEnabled(typed)
        self.use_typed.setEnabled(typed)
        self.explain.setText(self._explanation(conflict))
        if conflict and conflict.heads:
            self.values.selectRow(0)

    def _explanation(self, conflict: Conflict | None) -> str:
        if conflict is None:
            return ""
        if conflict.reason == "invalid" and conflict.detail:
            problem = render(message_of(conflict.detail), self.lang)
            return self.tr("{field}: {problem}. Open the record and correct it.").format(
                field=self.model.fields.get(conflict.field, conflict.field), problem=problem
            )
        if conflict.reason in ("duplicate", "missing"):
            return (
                _REASONS[conflict.reason]()
                + ". "
                + self.tr("Open the record to change its key, or wait for the next bundle.")
            )
        return self.tr("Choose the value to keep: the decision goes to the other stations.")

    def keep_selected(self) -> None:
        conflict, row = self.current(), self.values.currentIndex().row()
        if conflict is None or not 0 <= row < len(conflict.heads):
            return
        value = conflict.heads[row].value
        if conflict.field == DELETED and isinstance(value, dict):
            value = 0  # keeping an edit made while it was deleted brings it back
        self._decide(conflict, value)

    def keep_typed(self) -> None:
        conflict = self.current()
        if conflict is not None:
            self._decide(conflict, self.typed.text().strip())

    def _decide(self, conflict: Conflict, value: object) -> None:
        try:
            self.store.resolve(conflict.record, conflict.field, value)
        except Invalid as exc:
            QMessageBox.warning(
                self,
                self.tr("Not decided"),
                "\n".join(render(p.message, self.lang) for p in exc.problems),
            )
            return
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not decided"), plain_message(exc))
            return
        self.typed.clear()
        self.refresh()
