"""The Qt table model over a store's record list (``smugdesk.store.lists``): it turns
rows into cell text in the app's language and tells the view when they change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from smugdesk.domain.labels import label
from smugdesk.store.lists import PAGE, Filter, RecordList
from smugdesk.ui.failures import is_expected, plain_message

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """The live records of one kind, as the store's RecordList reads them.

    Row data: Qt.DisplayRole gives the cell text, Qt.UserRole the record's UUID.
    """

    # A page of rows could not be read (a damaged database): said once, after the view
    # has asked (never from inside its painting); the rows show blank.
    unreadable = Signal(str)

    def __init__(
        self, records: RecordList, lang: str = "en", headers: dict[str, str] | None = None
    ) -> None:
        super().__init__()
        self.records = records
        self.spec = records.spec
        self.lang = lang
        self.headers = headers or {}
        self._unreadable: set[int] = set()  # pages that failed, not asked for again

    @property
    def filter(self) -> Filter:
        return self.records.filter

    # -- what the view asks -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.records.count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.records.count:
            return None
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(
                (Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.UserRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        value = row[index.column() + 1]
        if value is None:
            return ""
        if column.numeric:
            return f"{value:,}"
        if column.vocabulary and value:
            return label(str(value), self.lang)
        return str(value)

    def _row(self, number: int) -> tuple[Any, ...] | None:
        page = number // PAGE
        if page in self._unreadable:
            return None
        try:
            return self.records.row(number)
        except Exception as exc:
            if not is_expected(exc):
                raise
            if not self._unreadable:
                self.unreadable.emit(plain_message(exc))
            self._unreadable.add(page)
            return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        key = self.spec.columns[section].key
        return self.headers.get(key, key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.records.sort(column, order == Qt.SortOrder.AscendingOrder)
        self.layoutChanged.emit()

    # -- what the window asks ---------------------------------------------------

    def set_filter(self, new: Filter) -> None:
        self.beginResetModel()
        self._unreadable.clear()
        self.records.set_filter(new)
        self.endResetModel()

    def refresh(self) -> None:
        """Read again after a save: counts and pages may have changed."""
        self.set_filter(self.records.filter)

    def uuid_at(self, row: int) -> str:
        return str(self.records.row(row)[0])

    def row_of(self, record_uuid: str) -> int | None:
        return self.records.row_of(record_uuid)
