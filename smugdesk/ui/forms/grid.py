"""An editable grid model for a form's repeated lines: head counts by nationality in a
catch, arrests by role and origin in a bust."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class GridColumn:
    key: str  # data-standard field name
    title: str
    numeric: bool = False


class GridModel(QAbstractTableModel):
    """Rows of text cells, edited in place.

    Signals:
        totals_changed: emitted after any cell, insertion or removal changed the rows.
    """

    totals_changed = Signal()

    def __init__(self, columns: list[GridColumn]) -> None:
        super().__init__()
        self.columns = columns
        self.rows: list[list[str]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][index.column()] = str(value).strip()
        self.dataChanged.emit(index, index, [role])
        self.totals_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return section + 1

    def add_row(self, values: list[str] | None = None) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(values or [""] * len(self.columns))
        self.endInsertRows()
        self.totals_changed.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.totals_changed.emit()

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.endResetModel()
        self.totals_changed.emit()

    def filled_rows(self) -> list[tuple[int, dict[str, str]]]:
        """(row index, {key: text}) of the rows that are not blank."""
        return [
            (i, {c.key: v for c, v in zip(self.columns, row, strict=True)})
            for i, row in enumerate(self.rows)
            if any(v for v in row)
        ]

    def total(self, key: str) -> int:
        col = [c.key for c in self.columns].index(key)
        total = 0
        for row in self.rows:
            with contextlib.suppress(ValueError):  # a typo is reported on save
                total += int(row[col])
        return total
