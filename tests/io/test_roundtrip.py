"""records -> workbook -> records gives back the same records, and no cell is a formula."""

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from smugdesk.domain import vocab
from smugdesk.domain.records import Arrest, Bust, Case, Catch, HeadCount
from smugdesk.io.exporter import export_workbook
from smugdesk.io.importer import import_workbook
from smugdesk.store import Actor, open_store
from tests.conftest import TODAY

AGENCIES = ("GD-PSD", "GX-PSD", "HKPF", "HKID", "MPS-BCB")
NATIONS = ("VNM", "MMR", "LAO", "BGD", "PAK", "HKG", "CHN", "NGA")
# Text as officers type it, including what must never become a formula or markup.
ALPHABET = st.sampled_from(list("abcXYZ019 -=+@<>&;'\"/\\越南偷渡éß"))


def line(max_size=40):
    return st.text(ALPHABET, min_size=1, max_size=max_size).map(str.strip).filter(bool)


optional_line = st.one_of(st.just(""), line())
# The standard sets no first day; days before 1900, which Excel's calendar does not
# hold, travel as ISO text.
days = st.one_of(st.dates(dt.date(2015, 1, 1), TODAY), st.dates(max_value=dt.date(1900, 3, 1)))


@st.composite
def head_counts(draw):
    nations = draw(st.lists(st.sampled_from(NATIONS), min_size=1, max_size=3, unique=True))
    out = []
    for code in nations:
        persons = draw(st.integers(1, 300))
        male = draw(st.one_of(st.none(), st.integers(0, persons)))
        female = draw(st.one_of(st.none(), st.integers(0, persons - (male or 0))))
        minors = draw(st.one_of(st.none(), st.integers(0, persons)))
        out.append(HeadCount(code, persons, male, female, minors))
    return tuple(out)


def assisting(agency):
    return st.lists(
        st.sampled_from([a for a in AGENCIES if a != agency]), max_size=2, unique=True
    ).map(tuple)


@st.composite
def campaigns(draw):
    cases = draw(
        st.lists(
            st.builds(
                lambda no, opened, extra, cat, agency, summary: Case(
                    no,
                    opened,
                    cat,
                    agency,
                    (opened + dt.timedelta(days=extra))
                    if extra is not None and opened + dt.timedelta(days=extra) <= TODAY
                    else None,
                    summary,
                ),
                line(20),
                days,
                st.one_of(st.none(), st.integers(0, 400)),
                st.sampled_from(vocab.CASE_CATEGORIES),
                st.sampled_from(AGENCIES),
                st.one_of(
                    st.just(""), st.text(ALPHABET | st.just("\n"), max_size=60).map(str.strip)
                ),
            ),
            max_size=3,
            unique_by=lambda c: c.case_no.casefold(),
        )
    )
    case_nos = st.sampled_from(["", *[c.case_no for c in cases]])
    records = list(cases)
    refs = draw(st.lists(line(20), max_size=6, unique_by=str.casefold))
    for i, ref in enumerate(refs):
        agency = draw(st.sampled_from(AGENCIES))
        common = dict(
            ref=ref,
            date=draw(days),
            agency=agency,
            province=draw(st.sampled_from(vocab.PROVINCES)),
            assisting_agencies=draw(assisting(agency)),
            place=draw(optional_line),
            case_no=draw(case_nos),
            notable=draw(st.booleans()),
            press_note=draw(optional_line),
            notes=draw(optional_line),
        )
        if i % 2:
            arrests = draw(
                st.lists(
                    st.builds(
                        Arrest,
                        st.sampled_from(vocab.ROLES),
                        st.sampled_from(NATIONS),
                        st.integers(0, 50),
                    ),
                    min_size=1,
                    max_size=3,
                    unique_by=lambda a: (a.role, a.origin),
                )
            )
            records.append(
                Bust(
                    gang=draw(line()),
                    broken_up=draw(st.booleans()),
                    arrests=tuple(arrests),
                    **common,
                )
            )
        else:
            records.append(
                Catch(
                    destination=draw(st.sampled_from(vocab.DESTINATIONS)),
                    reason=draw(st.sampled_from(("", *vocab.REASONS))),
                    counts=draw(head_counts()),
                    **common,
                )
            )
    return records


def contents(store):
    return {
        kind: sorted(map(repr, (e.record for e in store.all(kind))))
        for kind in ("agency", "case", "catch", "bust")
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_records_workbook_records(records):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        actor = Actor("t", "t")
        with open_store(tmp / "a.sqlite", actor) as a, open_store(tmp / "b.sqlite", actor) as b:
            a.write_batch(records)
            export_workbook(a, tmp / "out.xlsx")
            import_workbook(b, tmp / "out.xlsx", today=TODAY)
            assert contents(b) == contents(a)
        book = load_workbook(tmp / "out.xlsx")
        for ws in book.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
