"""The demo campaign's report prints the article's figures; documents are sound."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from smugdesk.cli import main
from smugdesk.demo import load_demo
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.periods import Period
from smugdesk.reports.report import make_report
from smugdesk.store import Actor, open_store
from tests.conftest import TODAY, make_catch

D = dt.date
ARTICLE = Period(D(2016, 2, 1), D(2017, 11, 30))
AS_ARTICLE = Period(D(2015, 1, 1), D(2015, 11, 30))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_store(path, Actor("t", "t")) as store:
        load_demo(store)
    return path


def pdf_text(path):
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def squash(text):
    return " ".join(text.split())


def test_article_figures_in_the_english_pdf(demo_db, tmp_path):
    pdf = tmp_path / "r.pdf"
    assert (
        main(
            [
                "report",
                "--db",
                str(demo_db),
                "--from",
                "2016-02-01",
                "--to",
                "2017-11-30",
                "--compare-from",
                "2015-01-01",
                "--compare-to",
                "2015-11-30",
                "--pdf",
                str(pdf),
            ]
        )
        == 0
    )
    text = squash(pdf_text(pdf))
    for phrase in (
        "More than 67,600 illegal immigrants",
        "South-eastern Asia and Southern Asia",
        "smashed 53 gangs",
        "more than 1,060 organizers",
        "cracked more than 290 cases of smuggling people to Hong Kong",
        "seized more than 3,470 illegal immigrants",
        "more than 830 were caught by Hong Kong police",
        "Hong Kong police caught 1,444 illegal immigrants",
        "that number fell to fewer than 400",
        "24 November 2017",
        "caught 145 Vietnamese illegal immigrants and 17 organizers",
        "Page 1 of",
        "RESTRICTED",
    ):
        assert phrase in text, phrase
    assert "67,642" in text  # tables show exact figures


@pytest.mark.parametrize(
    "lang,phrases",
    [
        (
            "zh-Hans",
            [
                "超过67,600",
                "东南亚和南亚",
                "偷渡团伙53个",
                "超过1,060",
                "超过290宗",
                "超过3,470",
                "1,444",
                "不到400",
                "2017年11月24日",
            ],
        ),
        (
            "zh-Hant",
            [
                "超過67,600",
                "東南亞和南亞",
                "偷渡團夥53個",
                "超過1,060",
                "超過290宗",
                "超過3,470",
                "1,444",
                "不到400",
                "2017年11月24日",
            ],
        ),
    ],
)
def test_chinese_pdfs_hold_chinese_text_in_an_embedded_font(demo_db, tmp_path, lang, phrases):
    pdf = tmp_path / f"{lang}.pdf"
    with open_store(demo_db) as store:
        make_report(store.figures(), ARTICLE, AS_ARTICLE, ReportOptions(lang=lang), pdf=pdf)
    text = pdf_text(pdf).replace("\n", "").replace(" ", "")
    for phrase in phrases:
        assert phrase in text, phrase
    assert embedded_fonts(pdf) == {"WenQuanYiMicroHei"}


def embedded_fonts(pdf):
    """The families of the fonts the PDF uses, each checked to be embedded."""
    families = set()
    for page in PdfReader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]  # the TrueType program
            families.add(str(font["/BaseFont"]).split("+")[-1].split("-")[0])
    return families


def test_the_english_pdf_uses_only_the_embedded_font(demo_db, tmp_path):
    """No page refers to a font it does not carry (reportlab's default is Helvetica)."""
    pdf = tmp_path / "en.pdf"
    with open_store(demo_db) as store:
        make_report(store.figures(), ARTICLE, AS_ARTICLE, ReportOptions(lang="en"), pdf=pdf)
    assert embedded_fonts(pdf) == {"WenQuanYiMicroHei"}


def test_workbook_figures_are_numbers_with_formats(demo_db, tmp_path):
    xlsx = tmp_path / "r.xlsx"
    with open_store(demo_db) as store:
        make_report(store.figures(), ARTICLE, AS_ARTICLE, xlsx=xlsx)
    book = load_workbook(xlsx)
    ws = book["Summary"]
    assert ws["A2"].value == "Persons caught"
    assert ws["B2"].value == 67_642 and ws["B2"].data_type == "n"
    assert ws["B2"].number_format == "#,##0"
    assert ws["E2"].data_type == "n" and "%" in ws["E2"].number_format
    assert ws.freeze_panes == "A2" and ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$1:$1" or ws.print_title_rows == "1:1"
    assert book["By month"]._charts and book["By region of origin"]._charts
    press = [c.value for c in ws["A"] if isinstance(c.value, str) and "67,600" in c.value]
    assert press == [
        "More than 67,600 illegal immigrants, mainly from South-eastern Asia and "
        "Southern Asia, were caught between February 2016 and November 2017."
    ]
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
    assert book.properties.title and book.properties.creator


def test_user_markup_prints_literally_and_never_becomes_a_formula(store, tmp_path):
    note = "<b>Not bold</b> & <i>co</i> =SUM(A1:A9)"
    store.save(
        make_catch("A", notable=True, press_note=note, place="<font size=40>Big"), today=TODAY
    )
    store.save(
        make_catch("B", notable=True, press_note='=HYPERLINK("x")', date=D(2017, 11, 25)),
        today=TODAY,
    )
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    make_report(store.figures(), Period(D(2017, 11, 1), D(2017, 11, 30)), pdf=pdf, xlsx=xlsx)
    text = pdf_text(pdf)
    assert note in text and "<font size=40>Big" in text
    ws = load_workbook(xlsx)["Notable cases"]
    notes = {
        ws.cell(row=r, column=6).value: ws.cell(row=r, column=6).data_type
        for r in range(2, ws.max_row + 1)
    }
    assert notes == {note: "s", '=HYPERLINK("x")': "s"}


def test_empty_period_gives_a_valid_report_that_says_so(store, tmp_path):
    pdf, xlsx = tmp_path / "e.pdf", tmp_path / "e.xlsx"
    for lang in ("en", "zh-Hant"):
        make_report(
            store.figures(),
            Period(D(2030, 1, 1), D(2030, 3, 31)),
            options=ReportOptions(lang=lang),
            pdf=pdf,
            xlsx=xlsx,
        )
    assert "沒有查獲" in pdf_text(pdf).replace("\n", "")
    assert load_workbook(xlsx)["摘要"]["B2"].value == 0


def test_report_command_errors(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite")
    assert (
        main(
            [
                "report",
                "--db",
                db,
                "--from",
                "2017-12-01",
                "--to",
                "2017-11-01",
                "--pdf",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert "ends (2017-11-01) before it starts (2017-12-01)" in capsys.readouterr().err
    # Days no report period covers, and a period with nothing before it to compare with:
    # plain refusals (they ended in OverflowError and ValueError tracebacks).
    pdf = str(tmp_path / "x.pdf")
    for dates, said in (
        (["0001-01-01", "9999-12-31"], "lies between 1900-01-01 and 2999-12-31; 0001-01-01"),
        (["2017-01-01", "9999-12-31"], "lies between 1900-01-01 and 2999-12-31; 9999-12-31"),
        (["1900-01-01", "2017-12-31"], "no period before 1900-01-01 can be compared with it"),
    ):
        argv = ["report", "--db", db, "--from", dates[0], "--to", dates[1], "--pdf", pdf]
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert said in err and "Traceback" not in err
    # A title no workbook cell can hold (an IllegalCharacterError traceback once).
    title = ["--title", "a\x01b", "--xlsx", str(tmp_path / "x.xlsx")]
    assert main(["report", "--db", db, "--from", "2017-01-01", "--to", "2017-12-31", *title]) == 2
    assert "title: must not hold line breaks or control characters" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()
    with pytest.raises(SystemExit) as info:
        main(["report", "--db", db, "--from", "yesterday", "--to", "2017-11-01"])
    assert info.value.code == 2
    assert "'yesterday' is not a date" in capsys.readouterr().err
    assert main(["report", "--db", db, "--from", "2017-01-01", "--to", "2017-11-01"]) == 2
    assert (
        main(
            [
                "report",
                "--db",
                db,
                "--from",
                "2017-01-01",
                "--to",
                "2017-11-01",
                "--compare-from",
                "2016-01-01",
                "--pdf",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert not (tmp_path / "x.pdf").exists()
