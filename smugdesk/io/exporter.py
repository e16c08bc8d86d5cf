"""Export of every live record in the data standard's workbook format."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from smugdesk.accounts.roles import Can
from smugdesk.files import atomic_stream
from smugdesk.io.cells import FORMULA_START, text_cell, write_only_book
from smugdesk.io.standard import AGENCIES, BUSTS, CASES, CATCHES, SHEETS
from smugdesk.store.records import Store

_WIDTHS = {
    "ref": 16,
    "date": 12,
    "agency": 12,
    "assisting_agencies": 18,
    "place": 24,
    "notes": 40,
    "press_note": 40,
    "summary": 40,
    "name": 40,
    "gang": 24,
    "case_no": 16,
    "opened_on": 12,
    "cracked_on": 12,
    "category": 24,
}


# Excel's calendar begins on 1 January 1900: an earlier day written as a date comes back
# as a time of day. The standard lets dates be ISO text, and such days stay so.
EXCEL_FIRST_DAY = "1900-01-01"
# The record kind each sheet holds; the store gives its rows in the sheet's columns.
_KINDS = {AGENCIES: "agency", CASES: "case", CATCHES: "catch", BUSTS: "bust"}
# Columns whose text is the user's own: the only ones that could start with "=".
_FREE_TEXT = ("text", "case", "codes")


def _rows(store: Store, sheet: str, as_text: Callable[[str], Any] = str) -> Iterator[list[Any]]:
    """The sheet's rows in the standard's column order; blanks as None, dates as dates
    (before 1900 as ISO text), and free text that starts like a formula passed through
    ``as_text``."""
    columns = SHEETS[sheet]
    dates = [i for i, c in enumerate(columns) if c.holds == "date"]
    texts = [i for i, c in enumerate(columns) if c.holds in _FREE_TEXT]
    days: dict[str, dt.date] = {}
    for values in store.flat_rows(_KINDS[sheet]):
        row = list(values)
        for i in dates:
            iso = row[i]
            if iso and iso >= EXCEL_FIRST_DAY:
                day = days.get(iso)
                if day is None:
                    day = days[iso] = dt.date.fromisoformat(iso)
                row[i] = day
        for i in texts:
            text = row[i]
            if text and text[0] == FORMULA_START:
                row[i] = as_text(text)
        yield row


def row_counts(store: Store) -> dict[str, int]:
    """The rows each sheet of an export will hold (for a progress bar)."""
    return {sheet: store.flat_row_count(kind) for sheet, kind in _KINDS.items()}


def export_workbook(
    store: Store, path: Path, *, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Write every live record to ``path``; return the rows written per sheet.

    The file is written beside the target and moved into place at the end, so a
    failed export never leaves half a workbook under the chosen name.

    Raises:
        NotAllowed: the user may not see record details; nothing was written.
    """
    store.access.require(Can.READ_RECORDS)  # before a half-made workbook is left behind
    counts: dict[str, int] = {}
    with write_only_book() as book:
        for sheet, columns in SHEETS.items():
            ws = book.create_sheet(sheet)
            ws.freeze_panes = "A2"
            for index, column in enumerate(columns):
                width = _WIDTHS.get(column.name, 12)
                ws.column_dimensions[get_column_letter(index + 1)].width = width
            ws.append([c.name for c in columns])
            n = 0
            for n, row in enumerate(_rows(store, sheet, partial(text_cell, ws)), start=1):
                ws.append(row)
                if progress and n % 10_000 == 0:
                    progress(sheet, n)
            counts[sheet] = n
            if progress:
                progress(sheet, n)
        with atomic_stream(path) as out:
            book.save(out)
    store.note("export", {"file": str(path), "rows": counts})
    return counts
