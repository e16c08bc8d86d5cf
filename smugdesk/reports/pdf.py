"""The summary report as an A4 PDF (reportlab platypus): a front page (periods,
headline figures, press sentences), then the report's sections (``sections.py``, the
same the workbook lays out), each as a heading, its charts and its table.

Every string goes through one font, WenQuanYi Micro Hei (TrueType, shipped under
resources/fonts/, embedded and subset), so Chinese never shows as boxes or blanks in
any viewer. reportlab's built-in CID fonts are not embedded, and it cannot read the
CFF outlines of Noto Sans CJK: hence a TrueType face. User text is escaped before it
reaches Paragraph markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from smugdesk import __version__
from smugdesk.files import atomic_stream
from smugdesk.reports.figures import Figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.sections import (
    CHANGE,
    COUNT,
    DATE,
    SHARE,
    TEXT,
    Chart,
    Section,
    as_of,
    headline_section,
    report_sections,
)
from smugdesk.reports.text import (
    approval_note,
    day_text,
    disputed_note,
    number,
    percent,
    period_label,
    press_sentences,
    t,
)
from smugdesk.shipped import resource

FONT = "WenQuanYi"
INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#1F3B5A")
MUTED = colors.HexColor("#6B7785")
RULE = colors.HexColor("#C9D1DA")
STRIPE = colors.HexColor("#F2F5F8")
BAR = colors.HexColor("#2F6690")
BAR_OLD = colors.HexColor("#A9BCD0")


@cache
def register_font() -> str:
    """Register the CJK TrueType font once; every style uses it (bold included)."""
    path = resource("fonts", "wqy-microhei.ttc")
    pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


class _Styles:
    def __init__(self, lang: str) -> None:
        font = register_font()
        # Chinese text breaks between any two characters.
        wrap = "CJK" if lang != "en" else None
        base = ParagraphStyle(
            "base",
            fontName=font,
            bulletFontName=font,  # the default, Helvetica, is never embedded
            fontSize=9.5,
            leading=13.5,
            textColor=INK,
            alignment=TA_LEFT,
            wordWrap=wrap,
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11)
        self.title = ParagraphStyle(
            "title", parent=base, fontSize=17, leading=22, textColor=ACCENT, spaceAfter=4
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontSize=12,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.bullet = ParagraphStyle(
            "bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=3
        )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: markup characters print as typed."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: _Styles,
    numeric: Sequence[bool],
    total: bool = False,
    compact: bool = False,
) -> Table:
    """A striped table; the first row is the header (wrapping, white on blue), numeric
    columns are right-aligned, and a total row (``total``) closes it, set apart.
    ``compact``: smaller type and padding, for tables with many columns."""
    size, pad = (7.5, 2.5) if compact else (8.5, 6)
    cell_style = ParagraphStyle("c", parent=styles.cell, fontSize=size, leading=size + 2.5)
    head_left = ParagraphStyle(
        "head", parent=cell_style, textColor=colors.white, fontSize=size - 0.5
    )
    head_right = ParagraphStyle("head_r", parent=head_left, alignment=TA_RIGHT)

    def cell(value: Any, column: int, header: bool) -> Any:
        if isinstance(value, Paragraph | Table):
            return value
        if header:
            return _p(str(value), head_right if numeric[column] else head_left)
        return str(value) if numeric[column] else _p(str(value), cell_style)

    data = [[cell(v, i, r == 0) for i, v in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i, right in enumerate(numeric) if right]
    for r in range(2, len(data), 2):
        commands.append(("BACKGROUND", (0, r), (-1, r), STRIPE))
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
    table.setStyle(TableStyle(commands))
    return table


def _bar_chart(
    title: str,
    labels: list[str],
    values: list[int],
    styles: _Styles,
    horizontal: bool = False,
    width: float = 170 * mm,
    height: float = 62 * mm,
    previous: list[int] | None = None,
    legend: tuple[str, str] | None = None,
) -> Drawing:
    drawing = Drawing(width, height + 14)
    # The renderer reads this (StateTracker) and would start in Helvetica, never embedded;
    # the type stubs do not list it.
    drawing.initialFontName = FONT  # type: ignore[attr-defined]
    drawing.add(String(0, height + 4, title, fontName=FONT, fontSize=9.5, fillColor=ACCENT))
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 70 * mm if horizontal else 14 * mm
    rotated = not horizontal and len(labels) > 12  # slanted labels need room below
    bottom = 6 if horizontal else (34 if rotated else 14)
    chart.x, chart.y = left, bottom
    chart.width, chart.height = width - left - 6 * mm, height - bottom - 8
    chart.data = [values] if previous is None else [previous, values]
    chart.bars[0].fillColor = BAR if previous is None else BAR_OLD
    if previous is not None:
        chart.bars[1].fillColor = BAR
    chart.bars.strokeColor = None
    axis = chart.categoryAxis
    axis.categoryNames = labels
    axis.labels.fontName = FONT
    axis.labels.fontSize = 7
    if rotated:
        axis.labels.angle = 60
        axis.labels.boxAnchor = "ne"
        axis.labels.dy = -2
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}"
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    if not any(values) and not any(previous or []):
        chart.valueAxis.valueMax = 1
    drawing.add(chart)
    if legend:
        x = width - 6 * mm
        for text, colour in reversed(list(zip(legend, (BAR_OLD, BAR), strict=True))):
            x -= pdfmetrics.stringWidth(text, FONT, 7.5) + 4 * mm
            swatch = Rect(x, height + 4, 2.5 * mm, 2.5 * mm)
            swatch.fillColor, swatch.strokeColor = colour, None
            drawing.add(swatch)
            drawing.add(
                String(x + 3.5 * mm, height + 4.5, text, fontName=FONT, fontSize=7.5, fillColor=INK)
            )
            x -= 3 * mm
    return drawing


def _numbered_canvas(
    header: str, marking: str, footer_note: str, page_text: Callable[[int, int], str]
) -> type[Canvas]:
    """A canvas that draws 'Page n of N' and the handling marking once the total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # reportlab's own "page n of N" recipe: keep each page, draw them all at save.
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w, h = A4
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#8B1E1E"))
            self.drawCentredString(w / 2, h - 10 * mm, marking)
            self.setFillColor(MUTED)
            self.drawString(18 * mm, h - 14.5 * mm, header)
            self.setStrokeColor(RULE)
            self.line(18 * mm, h - 16 * mm, w - 18 * mm, h - 16 * mm)
            self.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
            self.drawString(18 * mm, 10 * mm, footer_note)
            self.drawRightString(w - 18 * mm, 10 * mm, page_text(self.getPageNumber(), total))
            self.setFillColor(colors.HexColor("#8B1E1E"))
            self.drawCentredString(w / 2, 6 * mm, marking)
            self.restoreState()

    return NumberedCanvas


# Widths by column kind; wide text columns share what is left of the line.
_WIDTH = {COUNT: 19 * mm, SHARE: 15 * mm, CHANGE: 17 * mm, DATE: 24 * mm, TEXT: 28 * mm}
_MIN_WIDE = 34 * mm
_SHORT = 15  # rows


def _cell(value: Any, kind: str, lang: str) -> Any:
    if value is None:
        return ""
    if kind == COUNT:
        return number(value)
    if kind == SHARE:
        return f"{value:.1%}"
    if kind == CHANGE:
        return percent(value)
    if kind == DATE:
        return day_text(value, lang)
    return str(value)


def _section_table(section: Section, styles: _Styles, width: float, lang: str) -> Table:
    kinds = [c.holds for c in section.columns]
    fixed = sum(_WIDTH[c.holds] for c in section.columns if not c.wide)
    wide = [c for c in section.columns if c.wide]
    # A wide section (the agency table has ten columns) narrows its fixed columns so
    # that each text column keeps room for a name.
    scale = min(1.0, (width - _MIN_WIDE * len(wide)) / fixed) if fixed else 1.0
    share = (width - fixed * scale) / len(wide) if wide else 0
    widths = [share if c.wide else _WIDTH[c.holds] * scale for c in section.columns]
    body = [*section.rows, *([section.total] if section.total else [])]
    rows = [[c.title for c in section.columns]]
    rows += [[_cell(v, k, lang) for v, k in zip(row, kinds, strict=True)] for row in body]
    return _table(
        rows,
        widths,
        styles,
        [k != TEXT for k in kinds],
        total=section.total is not None,
        compact=len(kinds) > 6,
    )


def _section_chart(section: Section, chart: Chart, styles: _Styles, width: float) -> Drawing:
    rows = section.rows
    if chart.horizontal:  # the largest at the top, at most eight bars
        rows = tuple(reversed(rows[:8]))
    return _bar_chart(
        chart.title,
        [str(r[0]) for r in rows],
        [int(r[chart.values]) for r in rows],
        styles,
        horizontal=chart.horizontal,
        width=width,
        height=max(30 * mm, 9 * mm * len(rows)) if chart.horizontal else 62 * mm,
        previous=None if chart.previous is None else [int(r[chart.previous]) for r in rows],
        legend=chart.legend if chart.previous is not None else None,
    )


def _notable(section: Section, styles: _Styles, lang: str) -> list[Any]:
    """The notable cases as short paragraphs (the section's rows told as text): when,
    who, where, how many, then what happened."""
    out: list[Any] = []
    for day, agencies, place, persons, organizers, note, refs in section.rows:
        figures = []
        if persons:
            figures.append(f"{t('persons', lang)} {number(persons)}")
        if organizers:
            figures.append(f"{t('organizers', lang)} {number(organizers)}")
        line = f"{day_text(day, lang)} · {agencies}"
        if place:
            line += f" · {place}"
        if figures:
            line += " · " + ", ".join(figures)
        out.append(
            KeepTogether(
                [
                    _p(
                        line,
                        ParagraphStyle("n", parent=styles.small, textColor=MUTED, spaceBefore=4),
                    ),
                    _p(note or refs, styles.body),
                ]
            )
        )
    return out


def _front(f: Figures, options: ReportOptions, styles: _Styles, width: float) -> list[Any]:
    """Title, the periods and who issued the report, the headline figures, the press
    sentences."""
    lang = options.lang
    meta = [
        (t("period", lang), period_label(f.period, lang)),
        (t("comparison", lang), period_label(f.comparison, lang)),
    ]
    if f.matched != f.period:
        meta.append((t("compared_stretch", lang), period_label(f.matched, lang)))
    meta += [
        (t("issued_by", lang), options.issuer or t("issuer", lang)),
        (t("issued_on", lang), day_text(options.issued_on or dt.date.today(), lang)),
        (t("data_as_of", lang), _as_of(f.data_as_of, lang)),
        (t("approval", lang), approval_note(f, lang)),
        (t("disputed", lang), disputed_note(f, lang)),
    ]
    block = Table(
        [[_p(k, styles.small), _p(v, styles.body)] for k, v in meta],
        colWidths=[38 * mm, width - 38 * mm],
        hAlign="LEFT",
    )
    block.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # a cell's default is Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, ACCENT),
            ]
        )
    )
    headline = headline_section(f, lang)
    story: list[Any] = [
        _p(options.title or t("title", lang), styles.title),
        block,
        Spacer(1, 4 * mm),
        _p(headline.title, styles.h2),
        _section_table(headline, styles, width, lang),
        _p(t("press", lang), styles.h2),
    ]
    for sentence in press_sentences(f, lang):
        story.append(Paragraph(escape(sentence), styles.bullet, bulletText="•"))
    return story


def build_story(f: Figures, options: ReportOptions, styles: _Styles) -> list[Any]:
    """The front page, then each of the report's sections: its heading, its charts and
    its table (the notable cases as paragraphs)."""
    lang = options.lang
    width = A4[0] - 36 * mm
    story = _front(f, options, styles, width)
    if f.empty:
        return story
    sections = report_sections(f, lang)
    for section in sections:
        heading = _p(section.title, styles.h2)
        if section.key == "notable":
            first, *rest = _notable(section, styles, lang)
            story += [KeepTogether([heading, first]), *rest]
            continue
        charts = [_section_chart(section, c, styles, width) for c in section.charts]
        table = _section_table(section, styles, width, lang)
        if len(section.rows) <= _SHORT:  # a short section is never split across pages
            story.append(KeepTogether([heading, *charts, table]))
        else:
            story += [KeepTogether([heading, *charts]), table]
    if not any(s.key == "notable" for s in sections):
        story += [_p(t("notable", lang), styles.h2), _p(t("no_notable", lang), styles.body)]
    return story


def _as_of(stamp: str | None, lang: str) -> str:
    moment = as_of(stamp)
    if moment is None:
        return t("no_data_yet", lang)
    return f"{day_text(moment.date(), lang)} {moment:%H:%M} UTC"


def write_pdf(f: Figures, path: Path | str, options: ReportOptions | None = None) -> None:
    """Lay the figures out as an A4 PDF at ``path`` (written whole or not at all)."""
    options = options or ReportOptions()
    styles = _Styles(options.lang)
    story = build_story(f, options, styles)
    title = options.title or t("title", options.lang)
    header = f"{title} · {period_label(f.period, options.lang)}"
    note = (
        f"smugdesk {__version__} · {t('data_as_of', options.lang)} "
        f"{_as_of(f.data_as_of, options.lang)}"
    )
    canvas = _numbered_canvas(
        header,
        t("marking", options.lang),
        note,
        lambda n, total: t("page", options.lang, n=n, total=total),
    )
    with atomic_stream(path) as out:
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title=title,
            author=options.issuer or t("issuer", options.lang),
            subject=period_label(f.period, options.lang),
            creator=f"smugdesk {__version__}",
            lang=options.lang,
            # Every page starts in the embedded font: the canvas's default, Helvetica,
            # would be referenced without being embedded (PDF/A and some printers refuse).
            initialFontName=register_font(),
        )
        doc.build(story, canvasmaker=canvas)
