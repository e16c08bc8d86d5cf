"""Writing cells that can never become formulas.

openpyxl stores any string that starts with "=" as a formula. A cell typed as a string
is written as text instead, whatever it starts with.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from openpyxl import Workbook
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


@contextlib.contextmanager
def write_only_book() -> Iterator[Workbook]:
    """A write-only workbook whose sheets are closed when the block fails half-way (a
    database that cannot be read to the end): openpyxl leaves each sheet's XML writer
    waiting, to print its complaints on the terminal when Python throws it away."""
    book = Workbook(write_only=True)
    try:
        yield book
    except BaseException:
        for ws in book.worksheets:
            if not ws.closed:
                with contextlib.suppress(Exception):
                    ws.close()
        raise
