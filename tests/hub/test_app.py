"""The app and the hub, as a person uses them: File > Hub chooses the connection file,
the station syncs in the background and shows how it went, records from the other
stations appear in the lists, and a hub that is away stops nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from smugdesk.hub.connection import target
from smugdesk.hub.sync import sync
from smugdesk.reports.figures import compute_figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.periods import Period
from smugdesk.reports.publishing import publish_report
from smugdesk.store import Actor, open_store
from smugdesk.ui.hub_sync import HubDialog
from smugdesk.ui.main_window import MainWindow
from tests.conftest import TODAY, make_catch


def test_a_station_chooses_its_hub_syncs_and_keeps_working_when_it_is_away(
    qtbot, hub, tmp_path, monkeypatch
):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gz_file, hk_file = hub.add("gz"), hub.add("hk", "HKPF")
    with open_store(tmp_path / "hk.sqlite", Actor("u-hk", "ws-hk")) as hk:
        hk.save(make_catch("CT-HK-1", place="Tuen Mun"), today=TODAY)
        sync(hk, target(str(hk_file)), str(hk_file))
    gz = open_store(tmp_path / "gz.sqlite", Actor("u-gz", "ws-gz"))
    window = MainWindow(gz, settings)
    qtbot.addWidget(window)
    window.show()
    status = window.findChild(QLabel, "hub_status")
    assert not status.isVisible()  # no hub yet: bundles only
    window.findChild(type(window.menus["file"].actions()[0]), "hub").trigger()
    dialog = window.findChild(HubDialog)
    assert "bundles only" in dialog.address.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(gz_file), ""))
    qtbot.mouseClick(dialog.findChild(QPushButton, "hub_choose"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changes pushed" in dialog.problem.text(), timeout=30000)
    assert dialog.address.text() == str(gz_file)
    assert status.isVisible() and "Hub: synced" in status.text()
    assert window.lists["catch"].model.rowCount() == 1  # the other station's catch
    dialog.grab().save(str(tmp_path / "hub-dialog.png"))

    # A save here goes to the hub with the next sync.
    gz.save(make_catch("CT-GZ-1", place="Dongxing"), today=TODAY)
    assert status.text().endswith(", 1 waiting")
    with qtbot.waitSignal(window.hub.state_changed, timeout=30000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "hub_sync_now"), Qt.MouseButton.LeftButton)
    assert "waiting" not in status.text()
    with open_store(tmp_path / "hk.sqlite", Actor("u-hk", "ws-hk")) as hk:
        sync(hk, target(str(hk_file)), str(hk_file))
        assert hk.find("catch", ["CT-GZ-1"])

    # The hub goes away: the station keeps saving, and says what waits.
    away = gz_file.read_text().replace(f"port={hub.server.port}", "port=1")
    gz_file.write_text(away)
    gz.save(make_catch("CT-GZ-2"), today=TODAY)
    with qtbot.waitSignal(window.hub.state_changed, timeout=30000):
        window.hub.sync_now()
    assert "Hub away" in status.text()
    assert status.text() == "Hub away, 1 waiting" and "could not connect" in status.toolTip()
    window.grab().save(str(tmp_path / "hub-away.png"))
    dialog.close()
    window.close()
    gz.close()


def test_a_pull_that_revises_published_figures_says_so_until_they_are_looked_at(
    qtbot, hub, tmp_path
):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gz_file, hk_file = hub.add("gz"), hub.add("hk", "HKPF")
    gz = open_store(tmp_path / "gz.sqlite", Actor("u-gz", "ws-gz"))
    gz.save(make_catch("CT-GZ-1"), today=TODAY)  # 12 persons in 2017
    sync(gz, target(str(gz_file)), str(gz_file))
    year = Period(dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    publish_report(gz, compute_figures(gz.figures(), year), ReportOptions(), False, (None, None))
    window = MainWindow(gz, settings)
    qtbot.addWidget(window)
    window.show()
    status = window.findChild(QLabel, "hub_status")
    with qtbot.waitSignal(window.hub.state_changed, timeout=30000):
        window.hub.sync_now()
    assert "revised" not in status.text()
    with open_store(tmp_path / "hk.sqlite", Actor("u-hk", "ws-hk")) as hk:
        hk.save(make_catch("CT-HK-1", agency="HKPF", place="Tuen Mun"), today=TODAY)
        sync(hk, target(str(hk_file)), str(hk_file))
    with qtbot.waitSignal(window.hub.state_changed, timeout=30000):
        window.hub.sync_now()
    assert status.text().endswith(", publications revised: 1")
    assert "The figures published for 2017-01-01 to 2017-12-31 are revised" in status.toolTip()
    page = window.stack.indexOf(window.publications_view)
    window.nav.setCurrentRow(page)  # looked at: known now
    assert "revised" not in status.text()
    qtbot.waitUntil(
        lambda: "Revised since publication: 1 of 1" in window.publications_view.summary.text(),
        timeout=20000,
    )
    window.close()
    gz.close()
