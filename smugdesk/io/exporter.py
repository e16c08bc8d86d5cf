"""Export of every live record in the data standard's workbook format."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from smugdesk.files import atomic_path
from smugdesk.io.cells import FORMULA_START, text_cell
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


def _assists(table: str, parent: str, alias: str) -> str:
    return (
        f"(SELECT group_concat(code, ';') FROM (SELECT a.code FROM {table} x "
        f"JOIN agencies a ON a.id = x.agency_id WHERE x.{parent} = {alias}.id ORDER BY x.line))"
    )


# Each query gives the sheet's columns in the standard's order, blanks as NULL, so that
# Python only has to turn ISO dates into dates.
_QUERIES = {
    AGENCIES: """
        SELECT code, name, NULLIF(name_zh, ''), jurisdiction, NULLIF(kind, '') FROM agencies
        WHERE deleted_at IS NULL ORDER BY code""",
    CASES: """
        SELECT c.case_no, c.opened_on, c.cracked_on, c.category, a.code, NULLIF(c.summary, '')
        FROM cases c JOIN agencies a ON a.id = c.agency_id
        WHERE c.deleted_at IS NULL ORDER BY c.opened_on, c.case_no""",
    CATCHES: f"""
        SELECT c.ref, c.date, a.code, {_assists("catch_assists", "catch_id", "c")},
               c.province, NULLIF(c.place, ''), c.destination, NULLIF(c.reason, ''),
               n.nationality, n.persons, n.male, n.female, n.minors, k.case_no,
               CASE WHEN c.notable THEN 'yes' ELSE 'no' END,
               NULLIF(c.press_note, ''), NULLIF(c.notes, '')
        FROM catches c
        JOIN catch_counts n ON n.catch_id = c.id
        JOIN agencies a ON a.id = c.agency_id
        LEFT JOIN cases k ON k.id = c.case_id
        WHERE c.deleted_at IS NULL ORDER BY c.date, c.id, n.line""",
    BUSTS: f"""
        SELECT b.ref, b.date, a.code, {_assists("bust_assists", "bust_id", "b")},
               b.province, NULLIF(b.place, ''), b.gang,
               CASE WHEN b.broken_up THEN 'yes' ELSE 'no' END,
               r.role, r.origin, r.arrested, k.case_no,
               CASE WHEN b.notable THEN 'yes' ELSE 'no' END,
               NULLIF(b.press_note, ''), NULLIF(b.notes, '')
        FROM busts b
        JOIN bust_arrests r ON r.bust_id = b.id
        JOIN agencies a ON a.id = b.agency_id
        LEFT JOIN cases k ON k.id = b.case_id
        WHERE b.deleted_at IS NULL ORDER BY b.date, b.id, r.line""",
}
# Columns whose text is the user's own: the only ones that could start with "=".
_FREE_TEXT = ("text", "case", "codes")


def _rows(store: Store, sheet: str, as_text: Callable[[str], Any] = str) -> Iterator[list[Any]]:
    """The sheet's rows in the standard's column order; blanks as None, dates as dates,
    and free text that starts like a formula passed through ``as_text``."""
    columns = SHEETS[sheet]
    dates = [i for i, c in enumerate(columns) if c.kind == "date"]
    texts = [i for i, c in enumerate(columns) if c.kind in _FREE_TEXT]
    days: dict[str, dt.date] = {}
    for values in store.db.conn.execute(_QUERIES[sheet]):
        row = list(values)
        for i in dates:
            iso = row[i]
            if iso:
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
    return {
        sheet: int(store.db.conn.execute(f"SELECT count(*) FROM ({query})").fetchone()[0])
        for sheet, query in _QUERIES.items()
    }


def export_workbook(
    store: Store, path: Path, *, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Write every live record to ``path``; return the rows written per sheet.

    The file is written beside the target and moved into place at the end, so a
    failed export never leaves half a workbook under the chosen name.
    """
    book = Workbook(write_only=True)
    counts: dict[str, int] = {}
    for sheet, columns in SHEETS.items():
        ws = book.create_sheet(sheet)
        ws.freeze_panes = "A2"
        for index, column in enumerate(columns):
            ws.column_dimensions[get_column_letter(index + 1)].width = _WIDTHS.get(column.name, 12)
        ws.append([c.name for c in columns])
        n = 0
        for n, row in enumerate(_rows(store, sheet, partial(text_cell, ws)), start=1):
            ws.append(row)
            if progress and n % 10_000 == 0:
                progress(sheet, n)
        counts[sheet] = n
        if progress:
            progress(sheet, n)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return counts
