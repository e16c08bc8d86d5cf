"""Writing cells that can never become formulas.

openpyxl stores any string that starts with "=" as a formula. A cell typed as a string
is written as text instead, whatever it starts with.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_START = "="


def text_cell(ws: Worksheet, value: str) -> Any:
    """A write-only cell that holds ``value`` as text."""
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"
    return cell


def set_text(cell: Any, value: Any) -> None:
    """Set a cell (normal mode) so that a string is always stored as text."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
