"""The summary report as an A4 PDF (reportlab platypus), laid out from a Figures object.

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
from smugdesk.domain.countries import countries
from smugdesk.domain.labels import country_name, label
from smugdesk.files import atomic_path
from smugdesk.reports.figures import MAINLAND, Compared, Figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.text import (
    change,
    day_text,
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
    rows: Sequence[Sequence[Any]], widths: Sequence[float], styles: _Styles, numeric_from: int = 1
) -> Table:
    """A striped table; the first row is the header (wrapping, white on blue), columns
    from ``numeric_from`` on are right-aligned numbers."""
    head_left = ParagraphStyle("head", parent=styles.cell, textColor=colors.white)
    head_right = ParagraphStyle("head_r", parent=head_left, alignment=TA_RIGHT)

    def cell(value: Any, column: int, header: bool) -> Any:
        if isinstance(value, Paragraph | Table):
            return value
        if header:
            return _p(str(value), head_right if column >= numeric_from else head_left)
        return _p(str(value), styles.cell) if column < numeric_from else str(value)

    data = [[cell(v, i, r == 0) for i, v in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(2, len(data), 2):
        commands.append(("BACKGROUND", (0, r), (-1, r), STRIPE))
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
    chart.x, chart.y = left, 14 if not horizontal else 6
    chart.width, chart.height = width - left - 6 * mm, height - 22
    chart.data = [values] if previous is None else [previous, values]
    chart.bars[0].fillColor = BAR if previous is None else BAR_OLD
    if previous is not None:
        chart.bars[1].fillColor = BAR
    chart.bars.strokeColor = None
    axis = chart.categoryAxis
    axis.categoryNames = labels
    axis.labels.fontName = FONT
    axis.labels.fontSize = 7
    if not horizontal and len(labels) > 12:
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


def _compared_row(label_text: str, c: Compared, attr: str, show_matched: bool) -> list[str]:
    now, mid, old = (getattr(c.current, attr), getattr(c.matched, attr), getattr(c.previous, attr))
    row = [label_text, number(now)]
    if show_matched:
        row.append(number(mid))
    return [*row, number(old), percent(change(mid, old))]


def build_story(f: Figures, options: ReportOptions, styles: _Styles) -> list[Any]:
    lang = options.lang
    story: list[Any] = []
    width = A4[0] - 36 * mm
    show_matched = f.matched != f.period
    issued = options.issued_on or dt.date.today()

    story.append(_p(options.title or t("title", lang), styles.title))
    meta = [
        (t("period", lang), period_label(f.period, lang)),
        (t("comparison", lang), period_label(f.comparison, lang)),
    ]
    if show_matched:
        meta.append((t("compared_stretch", lang), period_label(f.matched, lang)))
    meta += [
        (t("issued_by", lang), options.issuer or t("issuer", lang)),
        (t("issued_on", lang), day_text(issued, lang)),
        (t("data_as_of", lang), _as_of(f.data_as_of, lang)),
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
    story += [block, Spacer(1, 4 * mm)]

    # Headline figures, with the comparison beside each.
    head = [t("figure", lang), t("this_period", lang)]
    if show_matched:
        head.append(period_label(f.matched, lang))
    head += [period_label(f.comparison, lang), t("change", lang)]
    rows = [head]
    for key, attr in (
        ("persons", "persons"),
        ("catches", "catches"),
        ("busts", "busts"),
        ("organizers", "organizers"),
        ("cases_cracked", "cases_cracked"),
    ):
        rows.append(_compared_row(t(key, lang), f.total, attr, show_matched))
    g_now, g_mid, g_old = f.gangs_smashed
    gang_row = [t("gangs", lang), number(g_now)] + ([number(g_mid)] if show_matched else [])
    rows.append([*gang_row, number(g_old), percent(change(g_mid, g_old))])
    n = len(head) - 1
    story += [
        _p(t("headline", lang), styles.h2),
        _table(rows, [width - n * 30 * mm] + [30 * mm] * n, styles),
    ]

    story.append(_p(t("press", lang), styles.h2))
    for sentence in press_sentences(f, lang):
        story.append(Paragraph(escape(sentence), styles.bullet, bulletText="•"))
    if f.empty:
        return story

    story += _charts(f, lang, styles, width)
    story += _tables(f, lang, styles, width, show_matched)
    return story


def _as_of(stamp: str | None, lang: str) -> str:
    if not stamp:
        return t("no_data_yet", lang)
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return f"{day_text(moment.date(), lang)} {moment:%H:%M} UTC"


def _month_label(month: str, lang: str) -> str:
    y, m = month.split("-")
    return f"{int(m)}/{y[2:]}" if lang == "en" else f"{y[2:]}年{int(m)}月"


def _charts(f: Figures, lang: str, styles: _Styles, width: float) -> list[Any]:
    out: list[Any] = [_p(t("by_month", lang), styles.h2)]
    out.append(
        _bar_chart(
            t("persons", lang),
            [_month_label(m.month, lang) for m in f.months],
            [m.persons for m in f.months],
            styles,
            width=width,
        )
    )
    regions = f.regions[:8]
    out.append(
        KeepTogether(
            [
                _p(t("by_region", lang), styles.h2),
                _bar_chart(
                    t("persons", lang),
                    [label(r.key, lang) for r in reversed(regions)],
                    [r.persons for r in reversed(regions)],
                    styles,
                    horizontal=True,
                    width=width,
                    height=max(30 * mm, 9 * mm * len(regions)),
                ),
            ]
        )
    )
    juris = [j for j in f.jurisdictions if j.counts.matched.persons or j.counts.previous.persons]
    out.append(
        KeepTogether(
            [
                _p(t("by_jurisdiction", lang), styles.h2),
                _bar_chart(
                    t("persons", lang),
                    [label(j.jurisdiction, lang) for j in juris],
                    [j.counts.matched.persons for j in juris],
                    styles,
                    width=width,
                    previous=[j.counts.previous.persons for j in juris],
                    legend=(period_label(f.comparison, lang), period_label(f.matched, lang)),
                ),
            ]
        )
    )
    if f.roles:
        out.append(
            KeepTogether(
                [
                    _p(t("organizers_by_role", lang), styles.h2),
                    _bar_chart(
                        t("organizers", lang),
                        [label(r.role, lang) for r in reversed(f.roles)],
                        [r.arrested for r in reversed(f.roles)],
                        styles,
                        horizontal=True,
                        width=width,
                        height=max(30 * mm, 9 * mm * len(f.roles)),
                    ),
                ]
            )
        )
    return out


def _tables(f: Figures, lang: str, styles: _Styles, width: float, show_matched: bool) -> list[Any]:
    out: list[Any] = []
    comp = [period_label(f.matched, lang)] if show_matched else []
    head = [
        t("jurisdiction", lang),
        t("this_period", lang),
        *comp,
        period_label(f.comparison, lang),
        t("change", lang),
    ]
    n = len(head) - 1
    for key, attr in (
        ("persons", "persons"),
        ("organizers", "organizers"),
        ("cases_cracked", "cases_cracked"),
    ):
        rows: list[list[Any]] = [[f"{t('comparison_table', lang)}: {t(key, lang)}", *head[1:]]]
        for j in f.jurisdictions:
            rows.append(_compared_row(label(j.jurisdiction, lang), j.counts, attr, show_matched))
        rows.append(_compared_row(t("total", lang), f.total, attr, show_matched))
        out += [Spacer(1, 3 * mm), _table(rows, [width - n * 30 * mm] + [30 * mm] * n, styles)]
    out.insert(0, _p(t("comparison_table", lang), styles.h2))

    rows = [
        [
            t("agency", lang),
            t("persons", lang),
            t("catches", lang),
            t("assisted", lang),
            t("busts", lang),
            t("organizers", lang),
            t("cases_cracked", lang),
        ]
    ]
    for a in f.agencies:
        c = a.counts.current
        name = a.name_zh if lang != "en" and a.name_zh else a.name
        rows.append(
            [
                f"{a.code} {name}",
                number(c.persons),
                number(c.catches),
                number(c.assisted_catches),
                number(c.busts),
                number(c.organizers),
                number(c.cases_cracked),
            ]
        )
    out += [
        _p(t("by_agency", lang), styles.h2),
        _table(rows, [width - 6 * 19 * mm] + [19 * mm] * 6, styles),
    ]

    rows = [[t("nationality", lang), t("region", lang), t("persons", lang), t("share", lang)]]
    for s in f.nationalities:
        region = countries()[s.key].region if s.key in countries() else ""
        rows.append(
            [
                f"{country_name(s.key, lang)} ({s.key})",
                label(region, lang),
                number(s.persons),
                f"{s.share:.1%}",
            ]
        )
    out += [
        _p(t("by_nationality", lang), styles.h2),
        _table(rows, [width - 80 * mm, 44 * mm, 18 * mm, 18 * mm], styles, numeric_from=2),
    ]

    rows = [
        [
            t("month", lang),
            t("persons", lang),
            t("catches", lang),
            t("busts", lang),
            t("organizers", lang),
        ]
    ]
    for m in f.months:
        rows.append(
            [
                _month_label(m.month, lang),
                number(m.persons),
                number(m.catches),
                number(m.busts),
                number(m.organizers),
            ]
        )
    out += [
        _p(t("by_month", lang), styles.h2),
        _table(rows, [width - 4 * 30 * mm] + [30 * mm] * 4, styles),
    ]

    if f.roles:
        rows = [[t("role", lang), t("organizers", lang), t("main_origins", lang)]]
        for r in f.roles:
            origins = ", ".join(f"{country_name(o, lang)} {number(n)}" for o, n in r.origins[:4])
            rows.append([label(r.role, lang), number(r.arrested), _p(origins, styles.cell)])
        out += [
            _p(t("organizers_by_role", lang), styles.h2),
            _table(rows, [35 * mm, 30 * mm, width - 65 * mm], styles),
        ]

    if f.cases:
        rows = [
            [
                t("category", lang),
                t("police_of", lang),
                t("cases_cracked", lang),
                t("persons_in_cases", lang),
            ]
        ]
        for case_row in f.cases:
            group = (
                t("mainland_group", lang)
                if case_row.group == MAINLAND
                else label(case_row.group, lang)
            )
            rows.append(
                [
                    label(case_row.category, lang),
                    group,
                    number(case_row.cases),
                    number(case_row.persons),
                ]
            )
        out += [
            _p(t("cases_by_category", lang), styles.h2),
            _table(rows, [width - 100 * mm, 30 * mm, 30 * mm, 40 * mm], styles, numeric_from=2),
        ]

    rows = [[t("destination", lang), t("persons", lang), t("catches", lang), t("share", lang)]]
    rows += [
        [label(s.key, lang), number(s.persons), number(s.catches), f"{s.share:.1%}"]
        for s in f.destinations
    ]
    rows2 = [[t("reason", lang), t("persons", lang), t("catches", lang), t("share", lang)]]
    rows2 += [
        [label(s.key, lang), number(s.persons), number(s.catches), f"{s.share:.1%}"]
        for s in f.reasons
    ]
    half = (width - 6 * mm) / 2
    cols = [half - 48 * mm, 18 * mm, 16 * mm, 14 * mm]
    pair = Table(
        [[_table(rows, cols, styles), _table(rows2, cols, styles)]],
        colWidths=[half + 3 * mm, half + 3 * mm],
        hAlign="LEFT",
    )
    pair.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # a cell's default is Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out += [_p(f"{t('destinations', lang)} / {t('reasons', lang)}", styles.h2), pair]

    out.append(_p(t("notable", lang), styles.h2))
    if not f.notable:
        out.append(_p(t("no_notable", lang), styles.body))
    for item in f.notable:
        figures = []
        if item.persons:
            figures.append(f"{t('persons', lang)} {number(item.persons)}")
        if item.organizers:
            figures.append(f"{t('organizers', lang)} {number(item.organizers)}")
        line = f"{day_text(item.date, lang)} · {' / '.join(item.agencies)}"
        if item.place:
            line += f" · {item.place}"
        if figures:
            line += " · " + ", ".join(figures)
        out.append(
            KeepTogether(
                [
                    _p(
                        line,
                        ParagraphStyle("n", parent=styles.small, textColor=MUTED, spaceBefore=4),
                    ),
                    _p(item.press_note or ", ".join(item.refs), styles.body),
                ]
            )
        )
    return out


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
    with atomic_path(path) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
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
