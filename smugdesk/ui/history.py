"""A record's history: every audit entry of it, and for the one chosen, each field
before and after side by side, the changed ones marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smugdesk.accounts.actions import action_text
from smugdesk.domain.labels import label
from smugdesk.store import Store
from smugdesk.store.accounts import shown_time
from smugdesk.store.audit import Entry
from smugdesk.store.merging import Origin, provenance
from smugdesk.ui.field_titles import field_titles
from smugdesk.ui.tables import Index, TitledModel, row_table

CHANGED = QBrush(QColor("#fff3c4"))


def value_text(value: Any, lang: str = "en") -> str:
    """A field's value as one line in ``lang``: vocabulary words translated, lists of
    rows (head counts, arrests) joined by ";"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return label(value, lang)
    if isinstance(value, bool):
        return (
            QApplication.translate("history", "yes")
            if value
            else QApplication.translate("history", "no")
        )
    if isinstance(value, list):
        return "; ".join(
            " ".join(value_text(v, lang) for v in item.values() if v is not None)
            if isinstance(item, dict)
            else value_text(item, lang)
            for item in value
        )
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(v, lang)}" for k, v in value.items())
    return f"{value:,}" if isinstance(value, int) and value >= 10_000 else str(value)


class EntriesModel(TitledModel):
    """The record's entries, oldest first: when, who, what."""

    def __init__(self, entries: list[Entry], lang: str) -> None:
        titles = [
            QApplication.translate("history", "Time"),
            QApplication.translate("history", "User"),
            QApplication.translate("history", "Action"),
        ]
        super().__init__(titles, lambda: len(self.entries))
        self.entries = entries
        self.lang = lang

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.entries[index.row()]
        return (shown_time(e.at), e.user, action_text(e.action, self.lang))[index.column()]


class ChangeModel(TitledModel):
    """One entry's fields: name, before, after; the changed rows marked."""

    def __init__(self, lang: str = "en", labels: dict[str, str] | None = None) -> None:
        titles = [
            QApplication.translate("history", "Field"),
            QApplication.translate("history", "Before"),
            QApplication.translate("history", "After"),
        ]
        super().__init__(titles, lambda: len(self.rows))
        self.lang = lang
        self.labels = labels or {}
        self.rows: list[tuple[str, str, str]] = []
        self.compare = False  # a change (both images), not a creation or a deletion

    def show(self, entry: Entry | None) -> None:
        self.beginResetModel()
        self.rows = []
        self.compare = entry is not None and entry.before is not None and entry.after is not None
        if entry is not None:
            before, after = entry.before or {}, entry.after or {}
            for name in dict.fromkeys([*before, *after]):
                old, new = before.get(name), after.get(name)
                self.rows.append((name, value_text(old, self.lang), value_text(new, self.lang)))
            for name, value in entry.detail.items():
                self.rows.append((name, "", value_text(value, self.lang)))
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        name, before, after = self.rows[index.row()]
        changed = self.compare and before != after
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.labels.get(name, name), before, after)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and changed:
            return CHANGED
        if role == Qt.ItemDataRole.FontRole and changed:
            font = QFont()
            font.setBold(True)
            return font
        return None


class OriginsModel(TitledModel):
    """Where each value of the record came from: the station, user and time of the
    change that set it, written here or received by merge."""

    def __init__(self, origins: list[Origin], labels: dict[str, str]) -> None:
        titles = [
            QApplication.translate("history", "Field"),
            QApplication.translate("history", "Value"),
            QApplication.translate("history", "Station"),
            QApplication.translate("history", "User"),
            QApplication.translate("history", "Workstation"),
            QApplication.translate("history", "Time"),
        ]
        super().__init__(titles, lambda: len(self.origins))
        self.origins = origins
        self.labels = labels

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        o = self.origins[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = o.shown
            if o.disputed:
                value += "  " + QApplication.translate("history", "(in conflict)")
            return (
                self.labels.get(o.field, o.field),
                value,
                o.station_name or o.station,
                o.user,
                o.workstation,
                shown_time(o.wall),
            )[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and o.disputed:
            return CHANGED
        return None


class HistoryDialog(QDialog):
    """Every audit entry of one record; choosing one shows its change side by side."""

    def __init__(
        self,
        store: Store,
        record_uuid: str,
        key: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History of {key}").format(key=key))
        self.entries = EntriesModel(store.history(record_uuid), lang)
        labels = field_titles()
        self.change = ChangeModel(lang, labels)
        self.list = row_table("history_entries", self.entries, fit=True)
        self.side_by_side = row_table("history_change", self.change)
        self.side_by_side.setWordWrap(True)
        header = self.side_by_side.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.change.show(
                self.entries.entries[current.row()] if current.isValid() else None
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.side_by_side)
        splitter.setSizes([330, 700])
        self.origins = OriginsModel(provenance(store, record_uuid), labels)
        self.origin_table = row_table("history_origins", self.origins, fit=True)
        tabs = QTabWidget()
        tabs.setObjectName("history_tabs")
        tabs.addTab(splitter, self.tr("Changes"))
        tabs.addTab(self.origin_table, self.tr("Where each value came from"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(1100, 560)
        if self.entries.entries:  # the latest change first
            self.list.selectRow(len(self.entries.entries) - 1)
