"""The Conflicts view: a person sees both values with where they came from, keeps one
(or types a new one), and the decision reaches the other stations by bundle."""

from PySide6.QtCore import Qt

from smugdesk.store.bundles import merge_bundle
from smugdesk.store.merging import conflicts
from smugdesk.ui.main_window import MainWindow
from tests.store.test_merging import _two_places


def _open(qtbot, store, settings):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("Conflicts"))
    view = window.conflicts_view
    assert window.stack.currentWidget() is view
    return window, view


def _click_row(qtbot, table, row):
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_keeping_a_value_in_the_view_settles_it_here_and_at_the_other_stations(
    qtbot, tmp_path, settings
):
    net, uuid = _two_places(tmp_path)
    hq, a, b = net.stores
    window, view = _open(qtbot, hq, settings)
    assert view.model.rowCount() == 1
    assert view.count.text() == "Records with conflicts to decide: 1"
    assert [view.model.index(0, c).data() for c in (0, 1)] == ["Catch CT-1", "Place"]
    values = [view.heads.index(r, 0).data() for r in range(view.heads.rowCount())]
    assert sorted(values) == ["Dongxing", "Ruili"]
    stations = {view.heads.index(r, 1).data() for r in range(2)}
    assert len(stations) == 2
    standing = [view.heads.index(r, 5).data() for r in range(2)]
    assert sorted(standing) == ["", "yes"]
    loser = standing.index("")
    _click_row(qtbot, view.values, loser)
    qtbot.mouseClick(view.keep, Qt.MouseButton.LeftButton)
    assert conflicts(hq) == [] and view.model.rowCount() == 0
    assert view.count.text() == "No conflicts between stations."
    kept = values[loser]
    assert hq.get("catch", uuid).place == kept
    grab = tmp_path / "conflicts.png"
    window.grab().save(str(grab))
    decided = net.bundle(0)
    for other in (a, b):
        for bundle in (net.bundles[1], net.bundles[2], decided):
            merge_bundle(other, bundle)
        assert conflicts(other) == [] and other.get("catch", uuid).place == kept
    window.close()
    net.close()


def test_a_new_value_can_be_typed_for_a_text_field(qtbot, tmp_path, settings):
    net, uuid = _two_places(tmp_path)
    hq = net.stores[0]
    window, view = _open(qtbot, hq, settings)
    assert view.typed.isEnabled()
    qtbot.keyClicks(view.typed, "Ruili, near the river")
    qtbot.mouseClick(view.use_typed, Qt.MouseButton.LeftButton)
    assert conflicts(hq) == []
    assert hq.get("catch", uuid).place == "Ruili, near the river"
    window.close()
    net.close()


def test_a_records_history_shows_where_each_value_came_from(qtbot, tmp_path):
    from smugdesk.ui.history import HistoryDialog

    net, uuid = _two_places(tmp_path)
    hq = net.stores[0]
    dialog = HistoryDialog(hq, uuid, "CT-1", "en")
    qtbot.addWidget(dialog)
    rows = {
        dialog.origins.index(r, 0).data(): [dialog.origins.index(r, c).data() for c in range(6)]
        for r in range(dialog.origins.rowCount())
    }
    assert rows["Place"][1].endswith("(in conflict)") and rows["Place"][3] in ("user1", "user2")
    assert rows["Reference"][1:4:2] == ["CT-1", "user0"]
    dialog.close()
    net.close()


def test_publishing_from_the_report_dialog_warns_of_other_figures_before(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from smugdesk.store import open_store
    from smugdesk.store.publications import publications
    from smugdesk.ui.report_dialog import ReportDialog
    from tests.conftest import TODAY, make_catch

    store = open_store(tmp_path / "p.sqlite")
    store.save(make_catch("CT-1"), today=TODAY)

    def report():
        dialog = ReportDialog(store.reopen(), "en")
        qtbot.addWidget(dialog)
        dialog.start.setDate(QDate(2017, 1, 1))
        dialog.end.setDate(QDate(2017, 12, 31))
        qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.publish.isEnabled(), timeout=20_000)
        return dialog

    first = report()
    qtbot.mouseClick(first.publish, Qt.MouseButton.LeftButton)
    assert first.message.text().startswith("Published as ")
    assert not first.publish.isEnabled()
    first.done(0)
    store.save(make_catch("CT-2"), today=TODAY)  # the figures of 2017 change
    asked = []

    def answer(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    second = report()
    qtbot.mouseClick(second.publish, Qt.MouseButton.LeftButton)
    assert "This period was published before." in asked[0]
    assert "total.current.persons: 12 -> 24" in asked[0]
    assert len(publications(store)) == 1  # declined: nothing published
    second.done(0)
    store.close()
