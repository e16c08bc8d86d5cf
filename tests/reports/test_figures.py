import dataclasses
import datetime as dt

import orjson
import pytest

from smugdesk.domain.records import Agency, Arrest, HeadCount
from smugdesk.reports.figures import (
    MAINLAND,
    AgencyRow,
    CaseRow,
    Counts,
    Figures,
    JurisdictionRow,
    Month,
    RoleRow,
    Share,
    compute_figures,
)
from smugdesk.reports.periods import Period, default_comparison, matched_stretch
from smugdesk.reports.publishing import flat, frozen
from smugdesk.reports.text import (
    figure_title,
    press_fewer,
    press_figure,
    press_number,
    press_sentences,
)
from tests.conftest import TODAY, make_bust, make_case, make_catch

D = dt.date


def figures(store, start, end, compare=None):
    return compute_figures(store.figures(), Period(start, end), compare)


def test_first_and_last_days_are_in_the_period(store):
    for ref, day, n in (
        ("A", D(2017, 1, 1), 1),
        ("B", D(2017, 1, 31), 2),
        ("C", D(2016, 12, 31), 40),
        ("D", D(2017, 2, 1), 80),
    ):
        store.save(make_catch(ref, date=day, counts=(HeadCount("VNM", n),)), today=TODAY)
    f = figures(store, D(2017, 1, 1), D(2017, 1, 31))
    assert (f.total.current.persons, f.total.current.catches) == (3, 2)
    assert [(m.month, m.persons) for m in f.months] == [("2017-01", 3)]


def test_29_february_compares_with_28_february(store):
    store.save(make_catch("A", date=D(2016, 2, 29), counts=(HeadCount("VNM", 5),)), today=TODAY)
    store.save(make_catch("B", date=D(2015, 2, 28), counts=(HeadCount("VNM", 7),)), today=TODAY)
    store.save(make_catch("C", date=D(2015, 2, 27), counts=(HeadCount("VNM", 100),)), today=TODAY)
    f = figures(store, D(2016, 2, 29), D(2016, 2, 29))
    assert f.comparison == Period(D(2015, 2, 28), D(2015, 2, 28))
    assert (f.total.current.persons, f.total.previous.persons) == (5, 7)


def test_joint_catch_counted_once_and_credited_to_its_recorder(store):
    store.save(
        make_catch("A", counts=(HeadCount("VNM", 145),), assisting_agencies=("GX-PSD", "HKPF")),
        today=TODAY,
    )
    f = figures(store, D(2017, 1, 1), D(2017, 12, 31))
    assert f.total.current.persons == 145
    rows = {a.code: a.counts.current for a in f.agencies}
    assert rows["GD-PSD"].persons == 145 and rows["GD-PSD"].catches == 1
    assert rows["GX-PSD"].persons == 0 and rows["GX-PSD"].assisted_catches == 1
    assert rows["HKPF"].assisted_catches == 1
    assert f.jurisdiction("Guangdong").current.persons == 145
    assert f.jurisdiction("Hong Kong").current.persons == 0


def test_gangs_smashed_only_when_broken_up_and_each_gang_once(store):
    store.save(make_bust("A", gang="Red River", broken_up=True), today=TODAY)
    store.save(make_bust("B", gang=" red  river ", broken_up=True), today=TODAY)
    store.save(make_bust("C", gang="Night boat", broken_up=False), today=TODAY)
    store.save(make_bust("D", gang="Mekong", broken_up=True, date=D(2016, 5, 1)), today=TODAY)
    f = figures(store, D(2017, 1, 1), D(2017, 12, 31))
    assert f.gangs_smashed[0] == 1
    assert f.total.current.busts == 3
    assert f.total.current.organizers == 21  # 7 arrested in each of the three busts
    assert [(r.role, r.arrested, r.origins) for r in f.roles] == [
        ("director", 6, (("HKG", 6),)),
        ("transporter", 15, (("CHN", 15),)),
    ]


def test_persons_are_counted_on_catches_never_on_busts(store):
    store.save(make_bust("A", arrests=(Arrest("director", "HKG", 4),)), today=TODAY)
    f = figures(store, D(2017, 1, 1), D(2017, 12, 31))
    assert f.total.current.persons == 0 and f.total.current.organizers == 4


def test_deleted_records_are_left_out(store):
    store.save(make_case("K-1", cracked_on=D(2017, 11, 24)), today=TODAY)
    store.save(make_case("K-2", cracked_on=D(2017, 11, 24)), today=TODAY)
    keep = store.save(make_catch("A", case_no="K-1"), today=TODAY)
    gone = store.save(
        make_catch("B", counts=(HeadCount("LAO", 50),), notable=True, press_note="Gone"),
        today=TODAY,
    )
    bust = store.save(make_bust("X"), today=TODAY)
    store.delete("catch", gone)
    store.delete("bust", bust)
    store.delete("case", store.find("case", ["K-2"])["k-2"].uuid)
    f = figures(store, D(2017, 1, 1), D(2017, 12, 31))
    assert keep
    assert (f.total.current.persons, f.total.current.catches) == (12, 1)
    assert (f.total.current.busts, f.gangs_smashed[0], f.total.current.cases_cracked) == (0, 0, 1)
    assert [s.key for s in f.nationalities] == ["VNM"]
    assert f.notable == ()


def test_cases_cracked_by_category_with_persons_in_their_catches(store):
    store.save(Agency("SZ-PSB", "Shenzhen PSB", "Guangdong"), today=TODAY)
    store.save(make_case("K-1", cracked_on=D(2017, 6, 1), agency="SZ-PSB"), today=TODAY)
    store.save(make_case("K-2", cracked_on=D(2017, 7, 1), agency="HKPF"), today=TODAY)
    store.save(make_case("K-3", cracked_on=None), today=TODAY)
    store.save(make_case("K-4", cracked_on=D(2018, 1, 2), opened_on=D(2017, 12, 1)), today=TODAY)
    store.save(make_catch("A", case_no="K-1", counts=(HeadCount("VNM", 30),)), today=TODAY)
    store.save(make_catch("B", case_no="K-1", date=D(2016, 12, 1)), today=TODAY)
    store.save(make_catch("C", case_no="K-3", counts=(HeadCount("VNM", 99),)), today=TODAY)
    f = figures(store, D(2017, 1, 1), D(2017, 12, 31))
    assert [(c.category, c.group, c.cases, c.persons, c.catches) for c in f.cases] == [
        ("smuggling to Hong Kong", "Hong Kong", 1, 0, 0),
        ("smuggling to Hong Kong", MAINLAND, 1, 42, 2),
    ]
    assert f.total.current.cases_cracked == 2


def test_breakdowns_and_shares(store):
    store.save(
        make_catch(
            "A",
            counts=(HeadCount("VNM", 6), HeadCount("BGD", 2)),
            destination="Hong Kong",
            reason="work",
        ),
        today=TODAY,
    )
    store.save(make_catch("B", counts=(HeadCount("MMR", 2),), reason=""), today=TODAY)
    f = figures(store, D(2017, 11, 1), D(2017, 11, 30))
    assert [(s.key, s.persons, s.share) for s in f.regions] == [
        ("South-eastern Asia", 8, 0.8),
        ("Southern Asia", 2, 0.2),
    ]
    assert [(s.key, s.persons, s.catches) for s in f.destinations] == [
        ("Hong Kong", 8, 1),
        ("mainland", 2, 1),
    ]
    assert [(s.key, s.persons) for s in f.reasons] == [("work", 8), ("unknown", 2)]


def test_empty_period(store):
    f = figures(store, D(2030, 1, 1), D(2030, 12, 31))
    assert f.empty and f.total.current.persons == 0 and f.months[0].persons == 0
    assert len(f.months) == 12 and f.nationalities == () and f.notable == ()
    assert press_sentences(f, "en") == [
        "No catches, gang busts or cracked cases were recorded in this period."
    ]


def test_comparison_default_and_named(store):
    year = Period(D(2017, 1, 1), D(2017, 11, 30))
    assert default_comparison(year) == Period(D(2016, 1, 1), D(2016, 11, 30))
    leap = Period(D(2016, 2, 29), D(2016, 2, 29))
    assert default_comparison(leap) == Period(D(2015, 2, 28), D(2015, 2, 28))
    # v2: longer than a year, the year-earlier dates would overlap the period; the
    # default is the stretch of the same length that ends the day before it starts.
    p = Period(D(2016, 2, 1), D(2017, 11, 30))
    assert default_comparison(p) == Period(D(2014, 4, 3), D(2016, 1, 31))  # 669 days each
    long = Period(D(2016, 1, 1), D(2026, 11, 28))
    before = default_comparison(long)
    assert before.end == D(2015, 12, 31)
    assert (before.end - before.start) == (long.end - long.start)
    exactly_a_year = Period(D(2016, 1, 1), D(2016, 12, 31))
    assert default_comparison(exactly_a_year) == Period(D(2015, 1, 1), D(2015, 12, 31))
    assert matched_stretch(p, default_comparison(p)) == p
    assert matched_stretch(p, Period(D(2015, 1, 1), D(2015, 11, 30))) == Period(
        D(2017, 1, 1), D(2017, 11, 30)
    )
    # A comparison that cannot be laid on the period is set against all of it.
    assert matched_stretch(p, Period(D(2014, 12, 1), D(2015, 12, 31))) == p
    with pytest.raises(ValueError, match=r"ends .* before it starts"):
        Period(D(2017, 1, 2), D(2017, 1, 1))


@pytest.mark.parametrize(
    "n,text",
    [
        (67_642, "more than 67,600"),
        (1_061, "more than 1,060"),
        (833, "more than 830"),
        (53, "53"),
        (293, "more than 290"),
        (3_474, "more than 3,470"),
        (1_000, "1,000"),
        (100, "100"),
        (7, "7"),
    ],
)
def test_press_figures(n, text):
    assert press_number(n, "en") == text


def test_press_figure_rule_and_fewer_than():
    assert press_figure(67_642) == (67_600, False)
    assert press_fewer(396, "en") == "fewer than 400"
    assert press_fewer(390, "en") == "390"
    assert press_number(67_642, "zh-Hans") == "超过67,600"
    assert press_fewer(396, "zh-Hant") == "不到400"


def test_every_published_figure_is_named_in_the_report_words(store):
    """What the Publications page shows of a changed figure: the report's words in the
    reader's language, never a field name of the figures."""
    store.save(make_catch("A", counts=(HeadCount("VNM", 6), HeadCount("BGD", 2))), today=TODAY)
    store.save(make_bust("B", broken_up=True, arrests=(Arrest("director", "CHN", 2),)), today=TODAY)
    f = figures(store, D(2017, 1, 1), D(2017, 12, 31))
    fields = {
        field.name
        for kind in (Counts, AgencyRow, JurisdictionRow, Share, Month, RoleRow, CaseRow, Figures)
        for field in dataclasses.fields(kind)
    }
    numbers = {
        path: value
        for path, value in flat(orjson.loads(frozen(f))).items()
        if isinstance(value, int | float) and not isinstance(value, bool)
    }
    assert "origins[CHN][1]" in numbers and "gangs_smashed[0]" in numbers
    for path in numbers:
        for lang in ("en", "zh-Hans"):
            assert not set(figure_title(path, lang).split(" › ")) & fields, (path, lang)
    assert figure_title("roles[director].origins[CHN][1]", "en") == (
        "Organizers arrested by role › director › Organizers arrested by origin › China › "
        "Organizers arrested"
    )
    assert figure_title("nationalities[VNM].persons", "zh-Hans") == "按国籍 › 越南 › 抓获人数"
