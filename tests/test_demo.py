"""The demo campaign reproduces the press article's figures under the counting rules."""

import datetime as dt

import pytest

from smugdesk.demo import build_demo, load_demo
from smugdesk.domain.records import References
from smugdesk.domain.validation import validate
from smugdesk.store import Actor, open_store
from tests.conftest import TODAY

P = ("2016-02-01", "2017-11-30")
MAINLAND = "('Guangdong', 'Guangxi', 'Yunnan', 'national')"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite", Actor("t", "t"))
    load_demo(store)
    yield store
    store.close()


def one(store, sql, params=P):
    return store.db.conn.execute(sql, params).fetchone()[0]


def test_is_deterministic():
    assert build_demo() == build_demo()


def test_every_record_is_valid():
    records = build_demo()
    refs = References(
        frozenset(
            {"GD-PSD", "GX-PSD", "YN-PSD", "MPS-BCB", "HKPF", "HKID", "MOPSP"}
            | {r.code for r in records if hasattr(r, "code")}
        ),
        frozenset(r.case_no for r in records if type(r).__name__ == "Case"),
    )
    assert [p for r in records for p in validate(r, refs, TODAY)] == []


def test_article_figures(demo):
    assert one(demo, "SELECT sum(persons) FROM catches WHERE date BETWEEN ? AND ?") == 67_642
    assert (
        one(
            demo,
            "SELECT sum(c.persons) FROM catches c JOIN agencies a ON a.id = c.agency_id "
            "WHERE a.jurisdiction = 'Hong Kong' AND date BETWEEN ? AND ?",
        )
        == 836
    )
    for period, expected in (
        (("2015-01-01", "2015-11-30"), 1444),
        (("2017-01-01", "2017-11-30"), 396),
    ):
        assert (
            one(
                demo,
                "SELECT sum(c.persons) FROM catches c JOIN agencies a "
                "ON a.id = c.agency_id WHERE a.jurisdiction = 'Hong Kong' "
                "AND date BETWEEN ? AND ?",
                period,
            )
            == expected
        )
    cracked = (
        f"SELECT k.id FROM cases k JOIN agencies a ON a.id = k.agency_id "
        f"WHERE a.jurisdiction IN {MAINLAND} AND k.category = 'smuggling to Hong Kong' "
        "AND k.cracked_on BETWEEN ? AND ?"
    )
    assert one(demo, f"SELECT count(*) FROM ({cracked})") == 293
    assert one(demo, f"SELECT sum(persons) FROM catches WHERE case_id IN ({cracked})") == 3474
    assert (
        one(
            demo,
            "SELECT count(DISTINCT lower(gang)) FROM busts WHERE broken_up "
            "AND date BETWEEN ? AND ?",
        )
        == 53
    )
    assert one(demo, "SELECT sum(arrested) FROM busts WHERE date BETWEEN ? AND ?") == 1061


def test_mainly_south_east_and_south_asian(demo):
    from smugdesk.domain.countries import region_of

    rows = demo.db.conn.execute(
        "SELECT n.nationality, sum(n.persons) FROM catch_counts n JOIN catches c "
        "ON c.id = n.catch_id WHERE c.date BETWEEN ? AND ? GROUP BY 1",
        P,
    ).fetchall()
    total = sum(n for _c, n in rows)
    asian = sum(n for c, n in rows if region_of(c) in ("South-eastern Asia", "Southern Asia"))
    assert asian / total > 0.95


def test_the_case_of_24_november_2017(demo):
    catch = [
        e.record
        for e in demo.all("catch")
        if e.record.date == dt.date(2017, 11, 24) and e.record.persons == 145
    ]
    [c] = catch
    assert c.agency == "GD-PSD" and c.assisting_agencies == ("GX-PSD",)
    assert [(h.nationality, h.persons) for h in c.counts] == [("VNM", 145)]
    assert c.notable and "145 Vietnamese" in c.press_note
    [bust] = [e.record for e in demo.all("bust") if e.record.case_no == c.case_no]
    assert bust.arrested == 17 and bust.broken_up and bust.date == c.date
