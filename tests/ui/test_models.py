import datetime as dt

import pytest
from PySide6.QtCore import Qt

from smugdesk.demo import load_demo
from smugdesk.io.importer import ImportProblem
from smugdesk.ui import record_model
from smugdesk.ui.forms.grid import GridColumn, GridModel
from smugdesk.ui.record_model import PAGE, Filter, RecordTableModel
from smugdesk.ui.workbook_dialogs import ProblemsModel


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from smugdesk.store import Actor, open_store

    store = open_store(tmp_path_factory.mktemp("m") / "demo.sqlite", Actor("t", "t"))
    load_demo(store)
    yield store
    store.close()


@pytest.mark.parametrize("kind", ["catch", "bust", "case", "agency"])
def test_record_models_pass_the_model_tester(qtmodeltester, demo_store, kind):
    model = RecordTableModel(demo_store.db.conn, kind)
    qtmodeltester.check(model, force_py=True)


def test_record_model_reads_pages_and_jumps_to_the_end(demo_store):
    model = RecordTableModel(demo_store.db.conn, "catch")
    n = model.rowCount()
    assert n == demo_store.count("catch") > PAGE * 10
    first_date = model.data(model.index(0, 0))
    last_date = model.data(model.index(n - 1, 0))
    assert first_date >= last_date  # newest first by default
    assert len(model._pages) == 2  # only the two pages touched were read
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 0)) == last_date
    # A page read from the far end agrees with the same rows read from the start.
    middle = [model.uuid_at(r) for r in range(n - PAGE - 5, n)]
    model._pages.clear()
    model._count = n
    assert [model.uuid_at(r) for r in range(n - PAGE - 5, n)] == middle


def test_record_model_filters_in_sql(demo_store):
    model = RecordTableModel(demo_store.db.conn, "catch")
    model.set_filter(
        Filter(
            start=dt.date(2017, 11, 24), end=dt.date(2017, 11, 24), nationality="VNM", text="Humen"
        )
    )
    rows = [model.data(model.index(r, 6)) for r in range(model.rowCount())]
    assert "145" in rows
    model.set_filter(Filter(jurisdiction="Hong Kong"))
    agencies = {model.data(model.index(r, 2)) for r in range(min(model.rowCount(), 300))}
    assert agencies <= {"HKPF", "HKID"}


def test_grid_and_problem_models(qtmodeltester):
    grid = GridModel([GridColumn("nationality", "N"), GridColumn("persons", "P", True)])
    grid.add_row(["VNM", "5"])
    grid.add_row()
    qtmodeltester.check(grid, force_py=True)
    assert grid.total("persons") == 5
    problems = ProblemsModel(
        [ImportProblem("Catches", 14, "female", "too many")], ["Sheet", "Row", "Column", "Problem"]
    )
    qtmodeltester.check(problems, force_py=True)
    assert problems.as_text() == "Catches\t14\tfemale\ttoo many"


def _uuids(model):
    return [model.uuid_at(r) for r in range(model.rowCount())]


@pytest.mark.parametrize("text", ["humen", "Humen 145", "lorry", "CT-2017", "rubber NIGHT"])
def test_free_text_search_gives_the_same_rows_whether_hits_are_few_or_many(
    demo_store, monkeypatch, text
):
    model = RecordTableModel(demo_store.db.conn, "catch")
    model.set_filter(Filter(text=text))
    few = _uuids(model)
    monkeypatch.setattr(record_model, "FEW_HITS", 0)  # every search now has "many" hits
    model.set_filter(Filter(text=text))
    assert model._hits is None
    assert _uuids(model) == few
    # The same, straight from the records: every word, any case, in place, notes,
    # press note or ref.
    words = [w.casefold() for w in text.split()]
    expected = {
        uuid
        for uuid, *fields in demo_store.db.conn.execute(
            "SELECT uuid, ref, place, notes, press_note FROM catches WHERE deleted_at IS NULL"
        )
        if all(any(w in f.casefold() for f in fields) for w in words)
    }
    assert set(few) == expected and expected


def test_free_text_with_other_filters_and_wildcards_taken_literally(demo_store):
    model = RecordTableModel(demo_store.db.conn, "catch")
    model.set_filter(Filter(text="%"))
    assert model.rowCount() == 0  # no place or note holds a percent sign
    model.set_filter(Filter(text="_"))
    assert model.rowCount() == 0
    model.set_filter(Filter(text="Humen", nationality="VNM", agency="GD-PSD"))
    assert model.rowCount() >= 1
    assert {model.data(model.index(r, 2)) for r in range(model.rowCount())} == {"GD-PSD"}
    for kind, text in (("bust", "gang"), ("case", "fishing BOAT"), ("agency", "Police")):
        other = RecordTableModel(demo_store.db.conn, kind)
        other.set_filter(Filter(text=text))
        assert other.rowCount() >= 1, kind
