"""A report says how many of its records are not yet approved, and can count the
approved ones only, from the same daily totals."""

import datetime as dt

from pypdf import PdfReader

from smugdesk.accounts.roles import Can
from smugdesk.cli import main
from smugdesk.domain.records import HeadCount
from smugdesk.reports.figures import compute_figures
from smugdesk.reports.periods import Period
from smugdesk.reports.text import approval_note
from tests.conftest import TODAY, make_bust, make_case, make_catch

YEAR = Period(dt.date(2017, 1, 1), dt.date(2017, 12, 31))


def _records(store):
    store.save(make_case(cracked_on=dt.date(2017, 5, 1)), today=TODAY)
    approved = store.save(
        make_catch("A", counts=(HeadCount("VNM", 10),), case_no="K-1"), today=TODAY
    )
    store.save(make_catch("B", counts=(HeadCount("LAO", 3),)), today=TODAY)
    store.save(make_bust(), today=TODAY)
    store.approve("catch", [approved])
    return approved


def test_every_record_counts_and_the_report_says_how_many_wait_for_approval(store):
    _records(store)
    f = compute_figures(store.figures(Can.REPORT), YEAR)
    assert f.total.current.persons == 13 and f.total.current.catches == 2
    assert f.unapproved == (1, 1, 1) and not f.approved_only
    assert approval_note(f, "en") == (
        "includes records not yet approved: 1 catches, 1 gang busts and 1 cracked cases"
    )


def test_approved_only_counts_the_approved_records_alone(store):
    _records(store)
    f = compute_figures(store.figures(Can.REPORT, approved_only=True), YEAR)
    c = f.total.current
    assert (c.persons, c.catches, c.busts, c.cases_cracked) == (10, 1, 0, 0)
    assert [(s.key, s.persons) for s in f.nationalities] == [("VNM", 10)]
    assert "are not yet approved and are not counted" in approval_note(f, "en")
    assert "未计入" in approval_note(f, "zh-Hans")


def test_unlocking_returns_a_catch_to_the_unapproved(store):
    approved = _records(store)
    store.unlock("catch", approved, "recount")
    f = compute_figures(store.figures(Can.REPORT, approved_only=True), YEAR)
    assert f.total.current.persons == 0 and f.unapproved[0] == 2


def test_the_pdf_and_the_command_line_say_it(db_path, tmp_path, capsys):
    from smugdesk.store import open_store

    with open_store(db_path) as store:
        _records(store)
    pdf = tmp_path / "r.pdf"
    code = main(
        [
            "report",
            "--db",
            str(db_path),
            "--from",
            "2017-01-01",
            "--to",
            "2017-12-31",
            "--approved-only",
            "--pdf",
            str(pdf),
        ]
    )
    assert code == 0 and "10 persons caught in 1 catches" in capsys.readouterr().out
    text = PdfReader(pdf).pages[0].extract_text()
    assert "approved records only" in text.replace("\n", " ")
