import datetime as dt

import pytest
from PySide6.QtCore import Qt

from smugdesk.domain.validation import SEXES_ABOVE
from smugdesk.io.importer import ImportProblem
from smugdesk.store.lists import Filter
from smugdesk.ui.forms.grid import GridColumn, GridModel
from smugdesk.ui.record_model import RecordTableModel
from smugdesk.ui.workbook_dialogs import ProblemsModel


@pytest.mark.parametrize("kind", ["catch", "bust", "case", "agency"])
def test_record_models_pass_the_model_tester(qtmodeltester, demo_store, kind):
    model = RecordTableModel(demo_store.record_list(kind))
    qtmodeltester.check(model, force_py=True)


def test_the_model_shows_cells_in_the_apps_language_and_sorts_through_the_list(demo_store):
    model = RecordTableModel(demo_store.record_list("catch"), "zh-Hans")
    model.set_filter(Filter(start=dt.date(2017, 11, 24), end=dt.date(2017, 11, 24), text="Humen"))
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 6)) == "145")
    assert model.data(model.index(row, 4)) == "广东"  # province, a vocabulary word
    assert model.data(model.index(row, 0), Qt.ItemDataRole.UserRole) == model.uuid_at(row)
    n = model.rowCount()
    newest = model.data(model.index(0, 0))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(n - 1, 0)) == newest


def test_grid_and_problem_models(qtmodeltester):
    grid = GridModel([GridColumn("nationality", "N"), GridColumn("persons", "P", True)])
    grid.add_row(["VNM", "5"])
    grid.add_row()
    qtmodeltester.check(grid, force_py=True)
    assert grid.total("persons") == 5
    problems = ProblemsModel(
        [ImportProblem("Catches", 14, "female", SEXES_ABOVE(female=9, male=7, persons=12))],
        ["Sheet", "Row", "Column", "Problem"],
    )
    qtmodeltester.check(problems, force_py=True)
    assert problems.as_text() == (
        "Catches\t14\tfemale\t9 female and 7 male is more than the 12 persons on this row"
    )


def test_a_page_that_cannot_be_read_shows_blank_and_is_said_once(qtbot, demo_store, monkeypatch):
    """A damaged database under a list: the page shows blank, the person is told once
    (not at every cell the view paints, each in a window of its own)."""
    from smugdesk.store import engine
    from smugdesk.store.lists import PAGE

    records = demo_store.record_list("catch")
    real = records._fetch

    def fetch(number):
        if number == 1:
            raise engine.DatabaseError("database disk image is malformed")
        return real(number)

    monkeypatch.setattr(records, "_fetch", fetch)
    model = RecordTableModel(records)
    said = []
    model.unreadable.connect(said.append)
    for row in range(0, 3 * PAGE):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    assert len(said) == 1 and "is damaged (database disk image is malformed)" in said[0]
    assert model.data(model.index(PAGE, 1)) is None and model.data(model.index(0, 1))
    model.refresh()  # asked again after a refresh: read again, said again
    model.data(model.index(PAGE, 1))
    assert len(said) == 2
