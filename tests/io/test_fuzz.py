"""No file given to import crashes smugdesk: mutations of a valid workbook (flipped
bytes, truncation, members removed or broken, hostile cell values) end in exit 0 with
the records, or exit 2 with a plain message and the database as it was."""

import contextlib
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smugdesk.cli import main
from smugdesk.store import open_store
from tests.io.helpers import CATCH_ROW, catches, dump, write_book

FUZZ = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    return write_book(tmp_path_factory.mktemp("fuzz") / "good.xlsx", {"Catches": catches(4)})


def _import(db, path):
    """The import command's exit code and what it printed on stderr."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["import", "--db", str(db), str(path)])
    return code, err.getvalue()


def _check(db, path):
    with open_store(db) as store:
        before = dump(store)
    code, err = _import(db, path)
    assert code in (0, 2), err
    assert "Traceback" not in err and "unexpectedly" not in err
    if code == 2:
        with open_store(db) as store:
            assert dump(store) == before


def _members(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(i.filename, archive.read(i)) for i in archive.infolist()]


def _zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


mutations = st.one_of(
    st.tuples(
        st.just("flip"),
        st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=40),
    ),
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("remove"), st.integers(0, 50)),
    st.tuples(
        st.just("break"),
        st.tuples(st.integers(0, 50), st.integers(0, 10**5), st.binary(min_size=1, max_size=30)),
    ),
)


@FUZZ
@given(mutation=mutations)
def test_a_damaged_workbook_is_refused_in_plain_words(tmp_path, good, mutation):
    data = bytearray(good.read_bytes())
    kind, how = mutation
    if kind == "flip":
        for position, value in how:
            data[position % len(data)] = value
    elif kind == "truncate":
        data = data[: int(len(data) * how)]
    else:
        members = _members(bytes(data))
        index = how if kind == "remove" else how[0]
        name, content = members[index % len(members)]
        if kind == "remove":
            members.remove((name, content))
        else:
            at = how[1] % (len(content) + 1)
            members[index % len(members)] = (name, content[:at] + how[2] + content[at:])
        data = bytearray(_zip(members))
    path = tmp_path / "mutated.xlsx"
    path.write_bytes(bytes(data))
    _check(tmp_path / "d.sqlite", path)


# What a spreadsheet cell can hold (openpyxl refuses the other control characters).
CELL_TEXT = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n\r"],
)
hostile = st.one_of(
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=CELL_TEXT, max_size=300),
    st.text(alphabet="=+-@\t\r\n", min_size=1, max_size=20),
    st.booleans(),
    st.dates(),
)


@FUZZ
@given(values=st.dictionaries(st.sampled_from(sorted(CATCH_ROW)), hostile, min_size=1))
def test_hostile_values_are_refused_or_taken_never_crash(tmp_path, values):
    path = write_book(tmp_path / "hostile.xlsx", {"Catches": [{**CATCH_ROW, **values}]})
    _check(tmp_path / "d.sqlite", path)
