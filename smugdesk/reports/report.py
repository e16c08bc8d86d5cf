"""One call from the records to the documents: figures once, then each layout."""

from __future__ import annotations

from pathlib import Path

from smugdesk.reports.excel import write_workbook
from smugdesk.reports.figures import Figures, compute_figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.pdf import write_pdf
from smugdesk.reports.periods import Period
from smugdesk.reports.source import FigureSource


def make_report(
    source: FigureSource,
    period: Period,
    comparison: Period | None = None,
    options: ReportOptions | None = None,
    *,
    pdf: Path | None = None,
    xlsx: Path | None = None,
) -> Figures:
    """Compute the figures and write the PDF and/or the workbook from that one object,
    so that the two documents can never disagree."""
    options = options or ReportOptions()
    figures = compute_figures(source, period, comparison)
    if pdf is not None:
        write_pdf(figures, pdf, options)
    if xlsx is not None:
        write_workbook(figures, xlsx, options)
    return figures


def audit_detail(
    period: Period,
    comparison: Period | None,
    options: ReportOptions,
    files: list[Path],
    figures_approved_only: bool = False,
) -> dict[str, object]:
    """What the audit keeps of a report made: its periods, language and where it went."""
    return {
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "compare": [comparison.start.isoformat(), comparison.end.isoformat()]
        if comparison
        else None,
        "lang": options.lang,
        "approved_only": figures_approved_only,
        "files": [str(f.resolve()) for f in files],
    }
