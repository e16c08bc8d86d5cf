"""The report's sections are built once and both documents lay out every one of them."""

import pytest
from openpyxl import load_workbook

from smugdesk.reports.report import make_report
from smugdesk.reports.sections import COUNT, report_sections
from smugdesk.reports.text import percent
from smugdesk.store import open_store
from tests.reports.test_documents import ARTICLE, AS_ARTICLE, demo_db, pdf_text, squash  # noqa: F401


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_the_pdf_and_the_workbook_show_the_same_sections(demo_db, tmp_path, lang):  # noqa: F811
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    from smugdesk.reports.options import ReportOptions

    with open_store(demo_db) as store:
        figures = make_report(
            store.figures(), ARTICLE, AS_ARTICLE, ReportOptions(lang=lang), pdf=pdf, xlsx=xlsx
        )
    sections = report_sections(figures, lang)
    assert {s.key for s in sections} >= {"by_agency", "by_month", "notable", "comparison_persons"}
    text = squash(pdf_text(pdf)).replace(" ", "")
    book = load_workbook(xlsx)
    sheets = book.worksheets[1:]  # after the summary, a sheet per section, in order
    assert len(sheets) == len(sections)
    for section, sheet in zip(sections, sheets, strict=True):
        assert section.title.replace(" ", "") in text, section.key
        header = [c.value for c in sheet[1]]
        assert header == [c.title for c in section.columns], section.key
        for r, row in enumerate(section.rows, start=2):
            for column, value, cell in zip(section.columns, row, sheet[r], strict=True):
                if column.holds == COUNT:
                    assert cell.value == value and cell.number_format == "#,##0"
    # The agency table carries its comparison in both documents (it was the workbook's only).
    agencies = next(s for s in sections if s.key == "by_agency")
    for row in agencies.rows[:3]:
        assert f"{row[3]:,}{percent(row[4])}{row[5]:,}" in text  # earlier, change, catches
