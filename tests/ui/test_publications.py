"""The Publications page: published figures checked against the records, and a merge
that revises them says so, as a person sees it."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from smugdesk.domain.records import HeadCount
from smugdesk.reports.figures import compute_figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.periods import Period
from smugdesk.reports.publishing import publish_report
from smugdesk.store import Actor, open_store
from smugdesk.store.bundles import merge_bundle, write_bundle
from smugdesk.ui.main_window import MainWindow
from tests.conftest import TODAY, make_catch

YEAR = Period(dt.date(2017, 1, 1), dt.date(2017, 12, 31))


def _page(qtbot, window, title):
    row = next(i for i in range(window.nav.count()) if window.nav.item(i).text() == title)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentIndex() == row


def test_a_merge_that_revises_published_figures_says_so_and_the_page_shows_how(
    qtbot, tmp_path, settings, monkeypatch
):
    hq = open_store(tmp_path / "hq.sqlite", Actor("hq", "ws-hq"))
    hq.save(make_catch("CT-1"), today=TODAY)  # 12 persons, 2017-11-24
    start = tmp_path / "start.smugbundle"
    write_bundle(hq, start)
    publish_report(hq, compute_figures(hq.figures(), YEAR), ReportOptions(), False, (None, None))
    late = tmp_path / "late.smugbundle"
    with open_store(tmp_path / "north.sqlite", Actor("north", "ws-n")) as north:
        merge_bundle(north, start)
        north.save(make_catch("CT-9", counts=(HeadCount("LAO", 5),)), today=TODAY)
        write_bundle(north, late)
    window = MainWindow(hq, settings)
    qtbot.addWidget(window)
    window.show()
    view = window.publications_view
    _page(qtbot, window, "Publications")
    qtbot.waitUntil(lambda: "still give" in view.summary.text(), timeout=20_000)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "2017-01-01 to 2017-12-31"
    assert view.model.index(0, 4).data() == "the same as published"
    assert not view.changed.isVisibleTo(view)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(late)], ""))
    window.findChild(type(window.menus["file"].actions()[0]), "merge_bundles").trigger()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "bundle_result") is not None, timeout=20_000
    )
    box = window.findChild(QMessageBox, "bundle_result")
    assert "The figures published for 2017-01-01 to 2017-12-31 are revised" in box.text()
    box.close()

    qtbot.waitUntil(
        lambda: "Revised since publication: 1 of 1" in view.summary.text(), timeout=20_000
    )
    assert view.model.index(0, 4).data().startswith("revised:")
    rows = {
        view.figures.index(r, 0).data(): tuple(view.figures.index(r, c).data() for c in (1, 2, 3))
        for r in range(view.figures.rowCount())
    }
    assert rows["Headline figures › This period › Persons caught"] == ("12", "17", "+5")
    assert view.changed.isVisibleTo(view)
    assert view.through.text() == "Through the records: CT-9"
    window.grab().save(str(tmp_path / "publications.png"))
    window.close()
    hq.close()


def test_the_page_says_when_nothing_was_published(qtbot, window):
    _page(qtbot, window, "Publications")
    view = window.publications_view
    assert "Nothing published yet" in view.summary.text()
    assert view.model.rowCount() == 0
