"""The summary report as an Excel workbook (openpyxl): the summary sheet, then a sheet
for each of the report's sections (``sections.py``, the same the PDF lays out).

Every figure is a number cell with a number format, charts are native, and user text
is always stored as text.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from smugdesk import __version__
from smugdesk.files import atomic_stream
from smugdesk.io.cells import set_text
from smugdesk.reports.figures import Figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.sections import (
    CHANGE,
    COUNT,
    DATE,
    SHARE,
    TEXT,
    Section,
    as_of,
    headline_section,
    report_sections,
)
from smugdesk.reports.text import (
    approval_note,
    disputed_note,
    period_label,
    press_sentences,
    t,
)

INT = "#,##0"
PCT = "0.0%"
CHANGE_FORMAT = "+0.0%;-0.0%;0.0%"
DATE_FORMAT = "yyyy-mm-dd"
_FORMATS = {COUNT: INT, SHARE: PCT, CHANGE: CHANGE_FORMAT, DATE: DATE_FORMAT, TEXT: None}
_HEAD_FILL = PatternFill("solid", fgColor="1F3B5A")
_HEAD_FONT = Font(bold=True, color="FFFFFF")
_TITLE_FONT = Font(bold=True, size=14, color="1F3B5A")


def _width(value: Any) -> int:
    """Display width of a value: East Asian wide characters take two columns."""
    text = f"{value:,}" if isinstance(value, int) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _sheet_title(text: str) -> str:
    """A sheet name Excel accepts: none of []:*?/\\, at most 31 characters."""
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return " ".join(text.split())[:31]


def _table(
    ws: Worksheet,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    formats: Sequence[str | None],
    start_row: int = 1,
) -> tuple[int, int]:
    """Write a header and rows; number formats per column; returns (first, last) row."""
    for col, name in enumerate(header, start=1):
        cell = ws.cell(row=start_row, column=col)
        set_text(cell, name)
        cell.font = _HEAD_FONT
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r, row in enumerate(rows, start=start_row + 1):
        for col, (value, fmt) in enumerate(zip(row, formats, strict=True), start=1):
            cell = ws.cell(row=r, column=col)
            set_text(cell, value)
            if fmt and value is not None:
                cell.number_format = fmt
    widths: dict[int, int] = {}
    for row in [header, *rows]:
        for col, value in enumerate(row, start=1):
            if value is not None:
                widths[col] = max(widths.get(col, 0), min(_width(value), 60))
    for col, w in widths.items():
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, w + 3)
    return start_row, start_row + len(rows)


def _finish(ws: Worksheet, columns: int, last_row: int) -> None:
    """Frozen header, filter, and print set-up: landscape, fit to width, header repeated."""
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(last_row, 1)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"


def _bar(
    ws: Worksheet,
    title: str,
    data_cols: tuple[int, int],
    rows: tuple[int, int],
    anchor: str,
    horizontal: bool = False,
    y_title: str = "",
) -> None:
    first, last = rows
    if last <= first:
        return
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.style = 10
    chart.y_axis.title = y_title or None
    chart.y_axis.numFmt = INT
    chart.y_axis.majorGridlines = None if horizontal else chart.y_axis.majorGridlines
    data = Reference(ws, min_col=data_cols[0], max_col=data_cols[1], min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=last))
    chart.height = 9
    chart.width = 22
    if data_cols[0] == data_cols[1]:
        chart.legend = None
    ws.add_chart(chart, anchor)


def _section_table(ws: Worksheet, section: Section, start_row: int = 1) -> tuple[int, int]:
    """A section's header, rows and total row, numbers formatted by column kind."""
    rows = [*section.rows, *([section.total] if section.total else [])]
    first, last = _table(
        ws,
        [c.title for c in section.columns],
        rows,
        [_FORMATS[c.holds] for c in section.columns],
        start_row,
    )
    for index, column in enumerate(section.columns, start=1):
        if column.wide and section.key == "notable":  # the press notes: long, wrapped
            ws.column_dimensions[get_column_letter(index)].width = 70
            for (cell,) in ws.iter_rows(min_row=first + 1, min_col=index, max_col=index):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    return first, last


def _section_sheet(book: Workbook, section: Section, taken: set[str]) -> None:
    title = _sheet_title(section.title)
    while title in taken:
        title = _sheet_title(f"{section.title[:27]} {len(taken)}")
    taken.add(title)
    ws = book.create_sheet(title)
    first, last = _section_table(ws, section)
    _finish(ws, len(section.columns), last)
    # Charts stand beside the table, one under the other; the total row is left out.
    chart_last = last - (1 if section.total else 0)
    anchor_col = get_column_letter(len(section.columns) + 2)
    for n, chart in enumerate(section.charts):
        anchor = f"{anchor_col}{2 + 20 * n}"
        if section.key == "by_region":
            _pie(ws, chart.title, (first, chart_last), anchor)
            continue
        charted = sorted((chart.values, chart.values if chart.previous is None else chart.previous))
        columns = (charted[0] + 1, charted[-1] + 1)
        _bar(ws, chart.title, columns, (first, chart_last), anchor, chart.horizontal)


def _pie(ws: Worksheet, title: str, rows: tuple[int, int], anchor: str) -> None:
    first, last = rows
    if last <= first:
        return
    pie = PieChart()
    pie.title = title
    pie.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=True)
    pie.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=last))
    pie.dataLabels = DataLabelList()
    pie.dataLabels.showPercent = True
    pie.height, pie.width = 9, 14
    ws.add_chart(pie, anchor)


def _properties(book: Workbook, f: Figures, options: ReportOptions) -> None:
    lang = options.lang
    props = book.properties
    props.title = options.title or t("title", lang)
    props.subject = period_label(f.period, lang)
    props.creator = options.issuer or t("issuer", lang)
    props.description = f"smugdesk {__version__}"
    props.language = lang
    props.keywords = "smugdesk"
    props.created = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _summary_sheet(ws: Worksheet, f: Figures, options: ReportOptions) -> None:
    """The headline figures as numbers, then the periods and the press sentences."""
    lang = options.lang
    ws.title = _sheet_title(t("summary", lang))
    headline = headline_section(f, lang)
    _first, last = _section_table(ws, headline)
    _finish(ws, len(headline.columns), last)
    stamp = as_of(f.data_as_of)
    meta: list[tuple[str, Any]] = [
        (options.title or t("title", lang), None),
        (t("period", lang), period_label(f.period, lang)),
        (t("comparison", lang), period_label(f.comparison, lang)),
    ]
    if f.matched != f.period:
        meta.append((t("compared_stretch", lang), period_label(f.matched, lang)))
    meta += [
        (t("issued_by", lang), options.issuer or t("issuer", lang)),
        (t("issued_on", lang), options.issued_on or dt.date.today()),
        # Excel has no time zones: the UTC time, said so in the number format.
        (t("data_as_of", lang), stamp.replace(tzinfo=None) if stamp else t("no_data_yet", lang)),
        (t("approval", lang), approval_note(f, lang)),
        (t("disputed", lang), disputed_note(f, lang)),
    ]
    meta_row = last + 2
    for i, (key, value) in enumerate(meta):
        set_text(ws.cell(row=meta_row + i, column=1), key)
        cell = ws.cell(row=meta_row + i, column=2)
        set_text(cell, value)
        if isinstance(value, dt.datetime):
            cell.number_format = 'yyyy-mm-dd hh:mm "UTC"'
            cell.alignment = Alignment(horizontal="left")
        elif isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(horizontal="left")
    ws.cell(row=meta_row, column=1).font = _TITLE_FONT
    press_row = meta_row + len(meta) + 1
    set_text(ws.cell(row=press_row, column=1), t("press", lang))
    ws.cell(row=press_row, column=1).font = Font(bold=True, color="1F3B5A")
    for i, sentence in enumerate(press_sentences(f, lang), start=1):
        set_text(ws.cell(row=press_row + i, column=1), sentence)


def build_workbook(f: Figures, options: ReportOptions) -> Workbook:
    """The summary sheet, then a sheet for each of the report's sections."""
    book = Workbook()
    _properties(book, f, options)
    ws = book.active
    assert ws is not None
    _summary_sheet(ws, f, options)
    taken = {ws.title}
    for section in report_sections(f, options.lang):
        _section_sheet(book, section, taken)
    return book


def write_workbook(f: Figures, path: Path | str, options: ReportOptions | None = None) -> None:
    """Lay the figures out as an .xlsx workbook at ``path`` (written whole or not at all)."""
    book = build_workbook(f, options or ReportOptions())
    with atomic_stream(path) as out:
        book.save(out)
