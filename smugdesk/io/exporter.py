"""Export of every live record in the data standard's workbook format."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from smugdesk.io.cells import safe_row
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

_QUERIES = {
    AGENCIES: """
        SELECT code, name, name_zh, jurisdiction, kind FROM agencies
        WHERE deleted_at IS NULL ORDER BY code""",
    CASES: """
        SELECT c.case_no, c.opened_on, c.cracked_on, c.category, a.code, c.summary
        FROM cases c JOIN agencies a ON a.id = c.agency_id
        WHERE c.deleted_at IS NULL ORDER BY c.opened_on, c.case_no""",
    CATCHES: """
        SELECT c.id, c.ref, c.date, a.code, c.province, c.place, c.destination, c.reason,
               n.nationality, n.persons, n.male, n.female, n.minors, k.case_no,
               c.notable, c.press_note, c.notes
        FROM catches c
        JOIN catch_counts n ON n.catch_id = c.id
        JOIN agencies a ON a.id = c.agency_id
        LEFT JOIN cases k ON k.id = c.case_id
        WHERE c.deleted_at IS NULL ORDER BY c.date, c.id, n.line""",
    BUSTS: """
        SELECT b.id, b.ref, b.date, a.code, b.province, b.place, b.gang, b.broken_up,
               r.role, r.origin, r.arrested, k.case_no, b.notable, b.press_note, b.notes
        FROM busts b
        JOIN bust_arrests r ON r.bust_id = b.id
        JOIN agencies a ON a.id = b.agency_id
        LEFT JOIN cases k ON k.id = b.case_id
        WHERE b.deleted_at IS NULL ORDER BY b.date, b.id, r.line""",
}


def _assists(store: Store, table: str, parent: str) -> dict[int, str]:
    out: dict[int, list[str]] = {}
    for pid, code in store.db.conn.execute(
        f"SELECT x.{parent}, a.code FROM {table} x JOIN agencies a ON a.id = x.agency_id "
        f"ORDER BY x.{parent}, x.line"
    ):
        out.setdefault(pid, []).append(code)
    return {pid: ";".join(codes) for pid, codes in out.items()}


def _rows(store: Store, sheet: str) -> Iterator[list[Any]]:
    """The sheet's rows in the standard's column order; blanks as None."""
    days: dict[str, dt.date] = {}

    def day(iso: str | None) -> dt.date | None:
        if not iso:
            return None
        d = days.get(iso)
        if d is None:
            d = days[iso] = dt.date.fromisoformat(iso)
        return d

    def blank(value: Any) -> Any:
        return None if value == "" else value

    cursor = store.db.conn.execute(_QUERIES[sheet])
    if sheet == AGENCIES:
        for code, name, name_zh, jurisdiction, kind in cursor:
            yield [code, name, blank(name_zh), jurisdiction, blank(kind)]
    elif sheet == CASES:
        for case_no, opened, cracked, category, agency, summary in cursor:
            yield [case_no, day(opened), day(cracked), category, agency, blank(summary)]
    elif sheet == CATCHES:
        assists = _assists(store, "catch_assists", "catch_id")
        for (
            cid,
            ref,
            date,
            agency,
            province,
            place,
            destination,
            reason,
            nationality,
            persons,
            male,
            female,
            minors,
            case_no,
            notable,
            press_note,
            notes,
        ) in cursor:
            yield [
                ref,
                day(date),
                agency,
                assists.get(cid),
                province,
                blank(place),
                destination,
                blank(reason),
                nationality,
                persons,
                male,
                female,
                minors,
                case_no,
                "yes" if notable else "no",
                blank(press_note),
                blank(notes),
            ]
    else:
        assists = _assists(store, "bust_assists", "bust_id")
        for (
            bid,
            ref,
            date,
            agency,
            province,
            place,
            gang,
            broken_up,
            role,
            origin,
            arrested,
            case_no,
            notable,
            press_note,
            notes,
        ) in cursor:
            yield [
                ref,
                day(date),
                agency,
                assists.get(bid),
                province,
                blank(place),
                gang,
                "yes" if broken_up else "no",
                role,
                origin,
                arrested,
                case_no,
                "yes" if notable else "no",
                blank(press_note),
                blank(notes),
            ]


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
        for n, row in enumerate(_rows(store, sheet), start=1):
            ws.append(safe_row(ws, row))
            if progress and n % 10_000 == 0:
                progress(sheet, n)
        counts[sheet] = n
        if progress:
            progress(sheet, n)
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".smugdesk-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return counts
