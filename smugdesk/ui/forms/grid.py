"""A form's repeated lines: head counts by nationality in a catch, arrests by role and
origin in a bust. ``GridModel`` holds them; ``LineGrid`` is the one widget both forms
show them in (grid, add and remove buttons, running total, each line's problems)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smugdesk.domain.countries import countries
from smugdesk.domain.labels import country_name, label
from smugdesk.domain.records import Problem
from smugdesk.ui.plain_text import text_label

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class GridColumn:
    key: str  # data-standard field name
    title: str
    numeric: bool = False
    # (value, label) pairs offered as a type-ahead pick list; the cell keeps the value
    # (a country code, a role) and shows its label. Other text may still be typed.
    choices: tuple[tuple[str, str], ...] = ()


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a column with choices by typing: the start of a label completes in place
    ("VN" -> "VNM · Viet Nam"), and on leaving the cell a code, a whole label or a part
    of one label only ("viet", "越南") becomes that choice's value. Anything else is
    kept as typed, for the form to check. (A pop-up list inside a cell editor crashes
    Qt when Return closes the editor, so the completion is inline.)"""

    def __init__(self, columns: list[GridColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        column = self.columns[index.column()]
        if column.choices and isinstance(editor, QLineEdit):
            editor.setObjectName(f"{column.key}_editor")
            editor.setAccessibleName(column.key)
            completer = QCompleter([text for _value, text in column.choices], editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            editor.setCompleter(completer)
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        column = self.columns[index.column()]
        if column.choices and isinstance(editor, QLineEdit):
            model.setData(index, choose(column.choices, editor.text()))
        else:
            super().setModelData(editor, model, index)


def choose(choices: tuple[tuple[str, str], ...], typed: str) -> str:
    """The value that ``typed`` names: a value or a label (any case), or a part of one
    label only; else ``typed`` itself."""
    text = typed.strip()
    folded = text.casefold()
    if not folded:
        return ""
    for value, label_text in choices:
        if folded in (value.casefold(), label_text.casefold()):
            return value
    hits = [value for value, label_text in choices if folded in label_text.casefold()]
    return hits[0] if len(hits) == 1 else text


def country_choices(lang: str) -> tuple[tuple[str, str], ...]:
    """Every country as (code, "VNM · Viet Nam"); in Chinese with the English name too,
    so that either can be typed."""
    out = []
    for code, c in countries().items():
        name = country_name(code, lang)
        out.append((code, f"{code} · {name}" if lang == "en" else f"{code} · {name} · {c.name}"))
    return tuple(out)


def word_choices(words: tuple[str, ...], lang: str) -> tuple[tuple[str, str], ...]:
    """Vocabulary words as (word, label); in Chinese the word follows its label."""
    return tuple((w, w if lang == "en" else f"{label(w, lang)} ({w})") for w in words)


class GridModel(QAbstractTableModel):
    """Rows of text cells, edited in place.

    Signals:
        totals_changed: emitted after any cell, insertion or removal changed the rows.
    """

    totals_changed = Signal()

    def __init__(self, columns: list[GridColumn]) -> None:
        super().__init__()
        self.columns = columns
        self._labels = [dict(c.choices) for c in columns]  # value -> label, once
        self.rows: list[list[str]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.EditRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return self._labels[index.column()].get(value, value)
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


class LineGrid(QWidget):
    """The lines of a catch or a gang bust, edited in a grid named for its data-standard
    field (``counts``, ``arrests``), with add/remove buttons (``add_<line>``,
    ``remove_<line>``), a running total and the problems of each line under it, each
    named by its column's own title.

    Signals:
        totals_changed: the lines changed (any cell, a line added or removed).
    """

    totals_changed = Signal()

    def __init__(
        self,
        name: str,
        line: str,
        columns: list[GridColumn],
        texts: dict[str, str],
        total: Callable[[GridModel], str],
        parent: QWidget | None = None,
    ) -> None:
        """``texts``: the translated "heading", "add" and "remove" button texts."""
        super().__init__(parent)
        self.model = GridModel(columns)
        self._total_text = total
        self.view = QTableView()
        self.view.setObjectName(name)
        self.view.setAccessibleName(name)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(columns, self.view))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setTabKeyNavigation(True)
        self.view.setMinimumHeight(140)
        self.total = QLabel()
        self.total.setObjectName("total")
        self.error = text_label()
        self.error.setObjectName(f"{name}_error")
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        add = QPushButton(texts["add"])
        add.setObjectName(f"add_{line}")
        add.clicked.connect(self.add_line)
        remove = QPushButton(texts["remove"])
        remove.setObjectName(f"remove_{line}")
        remove.clicked.connect(lambda: self.model.remove_row(self.view.currentIndex().row()))
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(add)
        self.buttons.addWidget(remove)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(texts["heading"], wordWrap=True))
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)
        layout.addWidget(self.error)
        self.model.totals_changed.connect(self._update_total)
        self.model.totals_changed.connect(self.totals_changed)
        self._update_total()

    def add_button(self, button: QPushButton) -> None:
        """A button of the form's own beside add and remove (before the total)."""
        self.buttons.insertWidget(2, button)

    def add_line(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def show_problems(self, problems: list[Problem], describe: Callable[[Problem], str]) -> None:
        """Each line's problems under the grid: "Row 2, Persons: ...", in the form's
        language (``describe`` renders a problem's message)."""
        titles = {c.key: c.title for c in self.model.columns}
        self.error.setText(
            "\n".join(
                self.tr("Row {row}, {field}: {message}").format(
                    row=(p.line or 0) + 1,
                    field=titles.get(p.field, p.field),
                    message=describe(p),
                )
                for p in problems
            )
        )
        self.error.setVisible(bool(problems))

    def _update_total(self) -> None:
        self.total.setText(self._total_text(self.model))
