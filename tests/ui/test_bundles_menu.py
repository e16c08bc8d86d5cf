"""File > Write a bundle and Merge bundles, as a person uses them."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from smugdesk.store import Actor, open_store
from smugdesk.ui.main_window import MainWindow
from tests.conftest import TODAY, make_catch


def _result(qtbot, window):
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "bundle_result") is not None, timeout=20000
    )
    box = window.findChild(QMessageBox, "bundle_result")
    text = box.text()
    box.close()
    box.deleteLater()
    return text


def test_a_bundle_written_at_one_station_merges_at_another_from_the_menu(
    qtbot, tmp_path, settings, monkeypatch
):
    bundle = tmp_path / "north.smugbundle"
    with open_store(tmp_path / "north.sqlite", Actor("n", "ws-n")) as north:
        north.save(make_catch("CT-7", place="Ruili"), today=TODAY)
        north.name_station("NORTH")
        window = MainWindow(north, settings)
        qtbot.addWidget(window)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bundle), ""))
        window.findChild(type(window.menus["file"].actions()[0]), "write_bundle").trigger()
        assert "changes." in _result(qtbot, window)
        window.close()
    hq = open_store(tmp_path / "hq.sqlite", Actor("h", "ws-h"))
    window = MainWindow(hq, settings)
    qtbot.addWidget(window)
    spoilt = tmp_path / "spoilt.smugbundle"
    spoilt.write_bytes(b"not a bundle at all")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bundle), str(spoilt)], "")
    )
    window.findChild(type(window.menus["file"].actions()[0]), "merge_bundles").trigger()
    text = _result(qtbot, window)
    assert "new changes from station NORTH" in text and "is now pinned" in text
    assert "spoilt.smugbundle is refused" in text
    assert window.lists["catch"].model.rowCount() == 1  # the list shows the merged catch
    window.close()
    hq.close()
