"""Writing cells that can never become formulas."""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

# openpyxl stores any string that starts with "=" as a formula. A cell typed as a
# string is written as text instead, whatever it starts with.
FORMULA_START = "="


def safe_row(ws: Worksheet, values: list[Any]) -> list[Any]:
    """The row with every formula-looking string wrapped as a plain text cell."""
    for i, value in enumerate(values):
        if isinstance(value, str) and value.startswith(FORMULA_START):
            values[i] = text_cell(ws, value)
    return values


def text_cell(ws: Worksheet, value: str) -> Any:
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"
    return cell


def set_text(cell: Any, value: Any) -> None:
    """Set a cell (normal mode) so that a string is always stored as text."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
