"""The blank workbook other stations fill in: the standard's sheets and headers,
drop-down lists for every vocabulary, input checks, and a Help sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from smugdesk import __version__
from smugdesk.domain import vocab
from smugdesk.domain.agencies import DEFAULT_AGENCIES
from smugdesk.domain.countries import countries
from smugdesk.files import atomic_stream
from smugdesk.io.standard import SHEETS, Column

ROWS = 5000  # rows the checks cover; Excel extends them as rows are inserted
_HEADER_FILL = PatternFill("solid", fgColor="1F3B5A")
_REQUIRED_FILL = PatternFill("solid", fgColor="8B1E1E")
_HEADER_FONT = Font(bold=True, color="FFFFFF")


def _lists(book: Workbook) -> dict[str, str]:
    """A hidden sheet holding every drop-down list; returns list name -> range."""
    ws = book.create_sheet("Lists")
    ws.sheet_state = "hidden"
    lists: dict[str, list[str]] = {}
    for columns in SHEETS.values():
        for column in columns:
            if column.vocabulary:
                lists[column.name] = list(column.vocabulary)
    lists["agency"] = [a.code for a in DEFAULT_AGENCIES]
    lists["country"] = list(countries())
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(sorted(lists.items()), start=1):
        letter = get_column_letter(index)
        ws.cell(row=1, column=index, value=name)
        for row, value in enumerate(values, start=2):
            ws.cell(row=row, column=index, value=value)
        ranges[name] = f"{quote_sheetname('Lists')}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _check(ws: Worksheet, column: Column, letter: str, ranges: dict[str, str]) -> None:
    cells = f"{letter}2:{letter}{ROWS}"
    dv: DataValidation | None = None
    if column.holds == "vocab":
        dv = DataValidation(type="list", formula1=ranges[column.name], allow_blank=True)
        dv.error = f"{column.name}: choose one of the list"
    elif column.holds in ("agency", "country"):
        # Suggestions only: other agencies and country names are accepted too.
        source = ranges["agency" if column.holds == "agency" else "country"]
        dv = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=False)
    elif column.holds == "date":
        dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
        dv.error = f"{column.name}: type a date such as 2017-11-24"
    elif column.holds == "int":
        low, high = vocab.COUNT_LIMITS[column.name]
        if high is None:
            dv = DataValidation(
                type="whole", operator="greaterThanOrEqual", formula1=str(low), allow_blank=True
            )
            dv.error = f"{column.name}: a whole number, at least {low}"
        else:
            dv = DataValidation(
                type="whole",
                operator="between",
                formula1=str(low),
                formula2=str(high),
                allow_blank=True,
            )
            dv.error = f"{column.name}: a whole number from {low} to {high:,}"
    if dv is None:
        return
    dv.errorTitle = "smugdesk"
    dv.prompt = column.help or None
    dv.showInputMessage = bool(column.help)
    ws.add_data_validation(dv)
    dv.add(cells)


def _help(book: Workbook) -> None:
    ws = book.create_sheet("Help", 0)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["D"].width = 80
    ws.append(
        [
            f"smugdesk data standard v{vocab.STANDARD_VERSION} workbook "
            f"(template from smugdesk {__version__})"
        ]
    )
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(
        [
            "Fill in the sheets you need; leave the others empty. Dates as dates or "
            "2017-11-24. Codes and names match without regard to case."
        ]
    )
    ws.append(
        [
            "Catches: one row per catch and nationality; rows with the same ref are one "
            "catch. Gang busts: one row per bust, role and origin."
        ]
    )
    ws.append([])
    ws.append(["sheet", "column", "required", "values"])
    for cell in ws[5]:
        cell.font = Font(bold=True)
    for sheet, columns in SHEETS.items():
        for column in columns:
            values = column.help or {"date": "date", "int": "whole number", "text": "text"}.get(
                column.holds, ""
            )
            ws.append([sheet, column.name, "yes" if column.required else "no", values])
    for row in ws.iter_rows(min_row=6):
        row[3].alignment = Alignment(wrap_text=True)


def write_template(path: Path) -> None:
    """Write the blank workbook to ``path``."""
    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    _help(book)
    ranges = _lists(book)
    for sheet, columns in SHEETS.items():
        ws = book.create_sheet(sheet)
        ws.freeze_panes = "A2"
        for index, column in enumerate(columns, start=1):
            letter = get_column_letter(index)
            cell = ws.cell(row=1, column=index, value=column.name)
            cell.font = _HEADER_FONT
            cell.fill = _REQUIRED_FILL if column.required else _HEADER_FILL
            ws.column_dimensions[letter].width = max(12, len(column.name) + 4)
            _check(ws, column, letter, ranges)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
    book.active = 1
    with atomic_stream(path) as out:
        book.save(out)
