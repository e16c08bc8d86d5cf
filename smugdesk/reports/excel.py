"""The summary report as an Excel workbook (openpyxl), laid out from a Figures object.

Every figure is a number cell with a number format, every breakdown has its own sheet
with a native chart where one helps, and user text is always stored as text.
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
from smugdesk.domain.countries import countries
from smugdesk.domain.labels import country_name, label
from smugdesk.files import atomic_path
from smugdesk.io.cells import set_text
from smugdesk.reports.figures import MAINLAND, Compared, Figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.text import change, period_label, press_sentences, t

INT = "#,##0"
PCT = "0.0%"
CHANGE = "+0.0%;-0.0%;0.0%"
DATE = "yyyy-mm-dd"
_HEAD_FILL = PatternFill("solid", fgColor="1F3B5A")
_HEAD_FONT = Font(bold=True, color="FFFFFF")
_TITLE_FONT = Font(bold=True, size=14, color="1F3B5A")


def _width(value: Any) -> int:
    """Display width of a value: East Asian wide characters take two columns."""
    text = f"{value:,}" if isinstance(value, int) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _sheet_title(text: str) -> str:
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text[:31]


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


def _compared(c: Compared, attr: str, matched: bool) -> list[Any]:
    now, mid, old = (getattr(c.current, attr), getattr(c.matched, attr), getattr(c.previous, attr))
    return [now, *([mid] if matched else []), old, change(mid, old)]


def _as_of(stamp: str | None) -> dt.datetime | None:
    """The audit's UTC time as a naive datetime (Excel has no time zones)."""
    if not stamp:
        return None
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).replace(tzinfo=None)


def build_workbook(f: Figures, options: ReportOptions) -> Workbook:
    lang = options.lang
    show_matched = f.matched != f.period
    book = Workbook()
    title = options.title or t("title", lang)
    props = book.properties
    props.title = title
    props.subject = period_label(f.period, lang)
    props.creator = options.issuer or t("issuer", lang)
    props.description = f"smugdesk {__version__}"
    props.language = lang
    props.keywords = "smugdesk"
    props.created = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    # Summary: headline figures as numbers, the periods, the press sentences.
    ws = book.active
    assert ws is not None
    ws.title = _sheet_title(t("summary", lang))
    comp_heads = [t("this_period", lang)]
    if show_matched:
        comp_heads.append(period_label(f.matched, lang))
    comp_heads += [period_label(f.comparison, lang), t("change", lang)]
    fmt_row = [None, *[INT] * (len(comp_heads) - 1), CHANGE]
    rows: list[list[Any]] = []
    for key, attr in (
        ("persons", "persons"),
        ("catches", "catches"),
        ("busts", "busts"),
        ("organizers", "organizers"),
        ("cases_cracked", "cases_cracked"),
    ):
        rows.append([t(key, lang), *_compared(f.total, attr, show_matched)])
    g_now, g_mid, g_old = f.gangs_smashed
    rows.append(
        [t("gangs", lang), g_now, *([g_mid] if show_matched else []), g_old, change(g_mid, g_old)]
    )
    first, last = _table(ws, [t("figure", lang), *comp_heads], rows, fmt_row)
    _finish(ws, len(comp_heads) + 1, last)
    meta_row = last + 2
    meta = [
        (title, None),
        (t("period", lang), period_label(f.period, lang)),
        (t("comparison", lang), period_label(f.comparison, lang)),
        *([(t("compared_stretch", lang), period_label(f.matched, lang))] if show_matched else []),
        (t("issued_by", lang), options.issuer or t("issuer", lang)),
        (t("issued_on", lang), options.issued_on or dt.date.today()),
        (t("data_as_of", lang), _as_of(f.data_as_of) or t("no_data_yet", lang)),
    ]
    for i, (key, value) in enumerate(meta):
        set_text(ws.cell(row=meta_row + i, column=1), key)
        cell = ws.cell(row=meta_row + i, column=2)
        set_text(cell, value)
        if isinstance(value, dt.datetime):
            cell.number_format = 'yyyy-mm-dd hh:mm "UTC"'
            cell.alignment = Alignment(horizontal="left")
        elif isinstance(value, dt.date):
            cell.number_format = DATE
            cell.alignment = Alignment(horizontal="left")
    ws.cell(row=meta_row, column=1).font = _TITLE_FONT
    press_row = meta_row + len(meta) + 1
    set_text(ws.cell(row=press_row, column=1), t("press", lang))
    ws.cell(row=press_row, column=1).font = Font(bold=True, color="1F3B5A")
    for i, sentence in enumerate(press_sentences(f, lang), start=1):
        set_text(ws.cell(row=press_row + i, column=1), sentence)

    # By jurisdiction, with the comparison beside each figure.
    ws = book.create_sheet(_sheet_title(t("by_jurisdiction", lang)))
    attrs = ("persons", "catches", "busts", "organizers", "cases_cracked")
    header = [t("jurisdiction", lang)]
    formats: list[str | None] = [None]
    for attr in attrs:
        name = t("cases_cracked" if attr == "cases_cracked" else attr, lang)
        header += [
            name,
            *([f"{name} {period_label(f.matched, lang)}"] if show_matched else []),
            f"{name} {period_label(f.comparison, lang)}",
            f"{name} {t('change', lang)}",
        ]
        formats += [INT, *([INT] if show_matched else []), INT, CHANGE]
    rows = [
        [
            label(j.jurisdiction, lang),
            *[v for a in attrs for v in _compared(j.counts, a, show_matched)],
        ]
        for j in f.jurisdictions
    ]
    first, last = _table(ws, header, rows, formats)
    _finish(ws, len(header), last)
    _bar(ws, t("persons", lang), (2, 2), (first, last), f"A{last + 3}")

    # By agency.
    ws = book.create_sheet(_sheet_title(t("by_agency", lang)))
    header = [
        t("code", lang),
        t("agency", lang),
        t("jurisdiction", lang),
        t("persons", lang),
        f"{t('persons', lang)} {period_label(f.comparison, lang)}",
        t("change", lang),
        t("catches", lang),
        t("assisted", lang),
        t("busts", lang),
        t("organizers", lang),
        t("cases_cracked", lang),
    ]
    rows = []
    for a in f.agencies:
        c = a.counts
        rows.append(
            [
                a.code,
                a.name_zh if lang != "en" and a.name_zh else a.name,
                label(a.jurisdiction, lang),
                c.current.persons,
                c.previous.persons,
                change(c.matched.persons, c.previous.persons),
                c.current.catches,
                c.current.assisted_catches,
                c.current.busts,
                c.current.organizers,
                c.current.cases_cracked,
            ]
        )
    first, last = _table(
        ws, header, rows, [None, None, None, INT, INT, CHANGE, INT, INT, INT, INT, INT]
    )
    _finish(ws, len(header), last)

    # By nationality and region of origin.
    ws = book.create_sheet(_sheet_title(t("by_nationality", lang)))
    known = countries()
    rows = [
        [
            f"{country_name(s.key, lang)}",
            s.key,
            label(known[s.key].region, lang) if s.key in known else "",
            s.persons,
            s.share,
        ]
        for s in f.nationalities
    ]
    first, last = _table(
        ws,
        [t("nationality", lang), "ISO", t("region", lang), t("persons", lang), t("share", lang)],
        rows,
        [None, None, None, INT, PCT],
    )
    _finish(ws, 5, last)

    ws = book.create_sheet(_sheet_title(t("by_region", lang)))
    rows = [[label(s.key, lang), s.persons, s.share] for s in f.regions]
    first, last = _table(
        ws, [t("region", lang), t("persons", lang), t("share", lang)], rows, [None, INT, PCT]
    )
    _finish(ws, 3, last)
    if last > first:
        pie = PieChart()
        pie.title = t("by_region", lang)
        pie.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=True)
        pie.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=last))
        pie.dataLabels = DataLabelList()
        pie.dataLabels.showPercent = True
        pie.height, pie.width = 9, 14
        ws.add_chart(pie, "E2")

    # By month.
    ws = book.create_sheet(_sheet_title(t("by_month", lang)))
    rows = [[m.month, m.persons, m.catches, m.busts, m.organizers] for m in f.months]
    first, last = _table(
        ws,
        [
            t("month", lang),
            t("persons", lang),
            t("catches", lang),
            t("busts", lang),
            t("organizers", lang),
        ],
        rows,
        [None, INT, INT, INT, INT],
    )
    _finish(ws, 5, last)
    _bar(ws, t("persons", lang), (2, 2), (first, last), "G2")
    _bar(ws, t("organizers", lang), (5, 5), (first, last), "G22")

    # Organizers by role and origin (the chain).
    ws = book.create_sheet(_sheet_title(t("organizers", lang)))
    rows = [
        [label(r.role, lang), origin, country_name(origin, lang), n]
        for r in f.roles
        for origin, n in r.origins
    ]
    first, last = _table(
        ws,
        [t("role", lang), "ISO", t("origin", lang), t("organizers", lang)],
        rows,
        [None, None, None, INT],
    )
    _finish(ws, 4, last)
    role_row = last + 3
    r_first, r_last = _table(
        ws,
        [t("role", lang), t("organizers", lang)],
        [[label(r.role, lang), r.arrested] for r in f.roles],
        [None, INT],
        start_row=role_row,
    )
    _bar(ws, t("organizers_by_role", lang), (2, 2), (r_first, r_last), "G2", horizontal=True)

    # Cases cracked by category.
    ws = book.create_sheet(_sheet_title(t("cases_cracked", lang)))
    rows = [
        [
            label(c.category, lang),
            t("mainland_group", lang) if c.group == MAINLAND else label(c.group, lang),
            c.cases,
            c.persons,
            c.catches,
        ]
        for c in f.cases
    ]
    first, last = _table(
        ws,
        [
            t("category", lang),
            t("police_of", lang),
            t("cases_cracked", lang),
            t("persons_in_cases", lang),
            t("catches", lang),
        ],
        rows,
        [None, None, INT, INT, INT],
    )
    _finish(ws, 5, last)

    # Destinations and reasons.
    ws = book.create_sheet(_sheet_title(f"{t('destinations', lang)} {t('reasons', lang)}"))
    rows = [
        [t("destination", lang), label(s.key, lang), s.persons, s.catches, s.share]
        for s in f.destinations
    ]
    rows += [
        [t("reason", lang), label(s.key, lang), s.persons, s.catches, s.share] for s in f.reasons
    ]
    first, last = _table(
        ws,
        [
            "",
            t("destination", lang) + " / " + t("reason", lang),
            t("persons", lang),
            t("catches", lang),
            t("share", lang),
        ],
        rows,
        [None, None, INT, INT, PCT],
    )
    _finish(ws, 5, last)

    # Notable cases.
    ws = book.create_sheet(_sheet_title(t("notable", lang)))
    rows = [
        [
            n.date,
            " / ".join(n.agencies),
            n.place,
            n.persons,
            n.organizers,
            n.press_note,
            ", ".join(n.refs),
        ]
        for n in f.notable
    ]
    first, last = _table(
        ws,
        [
            t("date", lang),
            t("agencies", lang),
            t("place", lang),
            t("persons", lang),
            t("organizers", lang),
            t("what_happened", lang),
            t("refs", lang),
        ],
        rows,
        [DATE, None, None, INT, INT, None, None],
    )
    for row in ws.iter_rows(min_row=2, min_col=6, max_col=6):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["F"].width = 70
    _finish(ws, 7, last)
    return book


def write_workbook(f: Figures, path: Path | str, options: ReportOptions | None = None) -> None:
    """Lay the figures out as an .xlsx workbook at ``path`` (written whole or not at all)."""
    book = build_workbook(f, options or ReportOptions())
    with atomic_path(path) as tmp:
        book.save(tmp)
