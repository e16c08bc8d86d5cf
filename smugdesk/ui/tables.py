"""What the small read-only tables share: a model with fixed column titles, and a
view that selects whole rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class TitledModel(QAbstractTableModel):
    """Rows under fixed column titles; ``count`` says how many rows there are now."""

    def __init__(
        self, titles: Sequence[str], count: Callable[[], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.titles = list(titles)
        self._count = count

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None


def row_table(name: str, model: QAbstractTableModel, fit: bool = False) -> QTableView:
    """A table that selects one whole row at a time, its last column stretched (``fit``:
    the others as wide as their contents)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents if fit else QHeaderView.ResizeMode.Interactive
    )
    header.setStretchLastSection(True)
    return table
