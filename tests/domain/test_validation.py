import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smugdesk.domain import validation
from smugdesk.domain.records import Agency, Arrest, HeadCount, References
from smugdesk.domain.validation import (
    validate_agency,
    validate_bust,
    validate_case,
    validate_catch,
)
from tests.conftest import TODAY, make_bust, make_case, make_catch

REFS = References(frozenset({"GD-PSD", "GX-PSD", "HKPF"}), frozenset({"K-1"}))


def fields(problems):
    return [(p.field, p.line) for p in problems]


def messages(problems):
    return [str(p) for p in problems]


def test_valid_records_have_no_problems():
    assert validate_catch(make_catch(), REFS, TODAY) == []
    assert validate_bust(make_bust(), REFS, TODAY) == []
    assert validate_case(make_case(), REFS, TODAY) == []
    assert validate_agency(Agency("X-1", "X unit", "other")) == []


def test_male_and_female_more_than_persons_names_the_row_and_says_why():
    catch = make_catch(counts=(HeadCount("VNM", 3), HeadCount("LAO", 12, 9, 7)))
    [problem] = validate_catch(catch, REFS, TODAY)
    assert (problem.field, problem.line) == ("female", 1)
    assert str(problem.message) == "7 female and 9 male is more than the 12 persons on this row"


def test_minors_more_than_persons():
    [p] = validate_catch(make_catch(counts=(HeadCount("VNM", 4, minors=5),)), REFS, TODAY)
    assert (p.field, str(p.message)) == (
        "minors",
        "5 minors is more than the 4 persons on this row",
    )


@pytest.mark.parametrize(
    "field,value", [("persons", 0), ("male", -1), ("female", -2), ("minors", -1)]
)
def test_counts_below_their_minimum(field, value):
    count = {"nationality": "VNM", "persons": 5, field: value}
    problems = validate_catch(make_catch(counts=(HeadCount(**count),)), REFS, TODAY)
    assert (field, 0) in fields(problems)
    assert any("is less than" in m for m in messages(problems))


@pytest.mark.parametrize("persons", [5_001, 10**18])
def test_persons_above_the_standards_limit_are_refused(persons):
    [p] = validate_catch(make_catch(counts=(HeadCount("VNM", persons),)), REFS, TODAY)
    assert (p.field, p.line, str(p.message)) == ("persons", 0, f"{persons:,} is more than 5,000")
    assert validate_catch(make_catch(counts=(HeadCount("VNM", 5_000),)), REFS, TODAY) == []


def test_arrested_above_the_standards_limit_is_refused():
    bust = make_bust(arrests=(Arrest("director", "HKG", 1_001), Arrest("other", "CHN", 1_000)))
    [p] = validate_bust(bust, REFS, TODAY)
    assert (p.field, p.line, str(p.message)) == ("arrested", 0, "1,001 is more than 1,000")


def test_every_problem_at_once():
    catch = make_catch(
        ref="",
        date=TODAY + dt.timedelta(days=1),
        agency="NOPE",
        province="Mars",
        destination="",
        reason="boredom",
        counts=(HeadCount("XXX", 1), HeadCount("", 1)),
        case_no="K-404",
        place="x" * 201,
        press_note="two\nlines",
        notes="bell\x07",
    )
    got = {f for f, _ in fields(validate_catch(catch, REFS, TODAY))}
    assert got == {
        "ref",
        "date",
        "agency",
        "province",
        "destination",
        "reason",
        "nationality",
        "case_no",
        "place",
        "press_note",
        "notes",
    }


def test_future_date_is_refused_today_is_fine():
    assert validate_catch(make_catch(date=TODAY), REFS, TODAY) == []
    [p] = validate_catch(make_catch(date=TODAY + dt.timedelta(days=1)), REFS, TODAY)
    assert p.field == "date" and "in the future" in str(p.message)


def test_no_head_counts():
    [p] = validate_catch(make_catch(counts=()), REFS, TODAY)
    assert p.field == "nationality" and "at least one" in str(p.message)


def test_nationality_listed_twice():
    catch = make_catch(counts=(HeadCount("VNM", 1), HeadCount("VNM", 2)))
    [p] = validate_catch(catch, REFS, TODAY)
    assert (p.field, p.line) == ("nationality", 1) and "twice" in str(p.message)


def test_assisting_agencies_rules():
    catch = make_catch(assisting_agencies=("GD-PSD", "HKPF", "HKPF", "ZZZ"))
    msgs = messages(validate_catch(catch, REFS, TODAY))
    assert msgs == [
        "assisting_agencies: GD-PSD made the record; it cannot also assist",
        "assisting_agencies: HKPF is listed twice",
        "assisting_agencies: 'ZZZ' is not a known agency",
    ]


def test_unknown_case():
    [p] = validate_catch(make_catch(case_no="K-2"), REFS, TODAY)
    assert str(p) == "case_no: 'K-2' is not a known case"


@pytest.mark.parametrize(
    "field,value,words",
    [
        ("place", "x" * 201, "at most 200"),
        ("press_note", "line\nbreak", "line breaks"),
        ("notes", "nul\x00", "control characters"),
        ("notes", "y" * 4001, "at most 4,000"),
        ("place", "tab\there", "line breaks or control characters"),
    ],
)
def test_text_limits_and_control_characters(field, value, words):
    [p] = validate_catch(make_catch(**{field: value}), REFS, TODAY)
    assert p.field == field and words in str(p.message)


def test_notes_may_span_lines():
    assert validate_catch(make_catch(notes="first\nsecond\ttabbed"), REFS, TODAY) == []


def test_bust_rules():
    bust = make_bust(
        gang="",
        arrests=(
            Arrest("boss", "HKG", 1),
            Arrest("director", "", 1),
            Arrest("recruiter", "ZZZ", -1),
            Arrest("transporter", "CHN", 1),
            Arrest("transporter", "CHN", 2),
        ),
    )
    assert fields(validate_bust(bust, REFS, TODAY)) == [
        ("gang", None),
        ("role", 0),
        ("origin", 1),
        ("origin", 2),
        ("arrested", 2),
        ("origin", 4),
    ]
    [p] = validate_bust(make_bust(arrests=()), REFS, TODAY)
    assert p.field == "role"


def test_zero_arrested_is_allowed():
    assert validate_bust(make_bust(arrests=(Arrest("other", "CHN", 0),)), REFS, TODAY) == []


def test_case_rules():
    case = make_case(
        case_no="", cracked_on=dt.date(2017, 2, 1), category="theft", agency="", summary="\x01"
    )
    assert {p.field for p in validate_case(case, REFS, TODAY)} == {
        "case_no",
        "cracked_on",
        "category",
        "agency",
        "summary",
    }
    [p] = validate_case(make_case(cracked_on=dt.date(2017, 2, 28)), REFS, TODAY)
    assert str(p.message) == "2017-02-28 is before the case was opened (2017-03-01)"
    future = TODAY + dt.timedelta(days=3)
    assert {p.field for p in validate_case(make_case(opened_on=future), REFS, TODAY)} == {
        "opened_on"
    }


def test_agency_rules():
    problems = validate_agency(Agency("GD PSD", "", "Mars", "", "army"))
    assert messages(problems) == [
        "code: 'GD PSD' must not contain spaces",
        "name: is required",
        "jurisdiction: 'Mars' is not one of: Guangdong, Guangxi, Yunnan, Hong Kong, Macao, "
        "national, other",
        "kind: 'army' is not one of: public security, police, immigration, customs, other",
    ]
    assert fields(validate_agency(Agency("", "n", "other"))) == [("code", None)]
    assert fields(validate_agency(Agency("X" * 21, "n", "other"))) == [("code", None)]


# The quick tests for clean records must never hide a problem: with them switched
# off, the detailed rules give exactly the same answer. Each example is a clean catch
# with up to two fields spoilt, so that a lone bad value is tried for every field.
_LONG = {"ref": 41, "place": 201, "press_note": 501, "notes": 4001}
_SPOILT = [
    *((f, v) for f in ("ref", "place", "press_note", "notes") for v in ("x\x07", "a\nb")),
    *((f, "x" * n) for f, n in _LONG.items()),
    ("ref", ""),
    ("date", TODAY + dt.timedelta(days=1)),
    ("agency", ""),
    ("agency", "ZZZ"),
    ("assisting_agencies", ("HKPF",)),
    ("assisting_agencies", ("GD-PSD",)),
    ("assisting_agencies", ("ZZZ", "ZZZ")),
    ("province", ""),
    ("province", "Mars"),
    ("case_no", "K-9"),
    ("case_no", "K-1"),
    ("destination", ""),
    ("reason", "bored"),
]
_MAYBE = st.none() | st.integers(-1, 14)
_COUNT = st.builds(
    HeadCount,
    st.sampled_from(["VNM", "LAO", "", "XXX"]),
    st.integers(-1, 14),
    _MAYBE,
    _MAYBE,
    _MAYBE,
)


@settings(max_examples=300)
@given(spoilt=st.lists(st.sampled_from(_SPOILT), max_size=2), counts=st.lists(_COUNT, max_size=3))
def test_quick_clean_tests_agree_with_the_detailed_rules(spoilt, counts):
    catch = make_catch(counts=tuple(counts), **dict(spoilt))
    quick = validate_catch(catch, REFS, TODAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(validation, "_common_is_clean", lambda *a: False)
        patch.setattr(validation, "_count_is_clean", lambda *a: False)
        detailed = validate_catch(catch, REFS, TODAY)
    assert quick == detailed


@pytest.mark.parametrize("field, value", _SPOILT)
def test_every_spoilt_field_is_found_on_an_otherwise_clean_catch(field, value):
    catch = make_catch(**{field: value})
    problems = validate_catch(catch, REFS, TODAY)
    ok = (field, value) in {
        ("notes", "a\nb"),
        ("case_no", "K-1"),
        ("assisting_agencies", ("HKPF",)),
    }
    assert (problems == []) == ok, problems
