"""Reports from the hub: the same figures as a station's database holding the same
changes, for the demo campaign and after stations' edits."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from smugdesk.accounts.roles import Can
from smugdesk.demo import load_demo
from smugdesk.hub.connection import connect, target
from smugdesk.hub.figures import HubFigures
from smugdesk.hub.merged import settled
from smugdesk.reports.figures import compute_figures
from smugdesk.reports.periods import Period
from smugdesk.reports.publishing import frozen
from tests.conftest import TODAY, make_catch
from tests.hub.test_sync import _sync
from tests.test_cli_stations import sd

PERIODS = [
    Period(dt.date(2016, 2, 1), dt.date(2017, 11, 30)),
    Period(dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
    Period(dt.date(2017, 11, 24), dt.date(2017, 11, 24)),
]


def _same(store, conn):
    settled(conn)
    for approved_only in (False, True):
        for period in PERIODS:
            on_db = compute_figures(store.figures(Can.REPORT, approved_only), period)
            on_hub = compute_figures(HubFigures(conn, approved_only), period)
            assert frozen(on_hub) == frozen(on_db), (period, approved_only)


def test_the_hub_reports_the_demo_campaign_as_a_station_does(stations, hub, tmp_path, capsys):
    (gz, gz_file), (hk, hk_file), (hq, hq_file) = stations
    load_demo(gz)
    _sync(gz, gz_file)
    hk.save(make_catch("CT-HK-1", date=dt.date(2017, 11, 24), agency="HKPF"), today=TODAY)
    _sync(hk, hk_file)
    _sync(gz, gz_file)
    # Two stations change the same catch at once.
    some = gz.find("catch", ["CT-HK-1"])["ct-hk-1"]
    for store, place in ((gz, "Ruili"), (hk, "Tuen Mun")):
        found = store.find("catch", ["CT-HK-1"])["ct-hk-1"]
        store.save(
            dataclasses.replace(found.record, place=place, notable=True), some.uuid, today=TODAY
        )
    for store, file in ((gz, gz_file), (hk, hk_file), (hq, hq_file), (gz, gz_file), (hk, hk_file)):
        _sync(store, file)
    with connect(target(str(hq_file))) as conn:
        _same(hq, conn)
    pdf_db, pdf_hub = tmp_path / "db.xlsx", tmp_path / "hub.xlsx"
    args = ["--from", "2016-02-01", "--to", "2017-11-30"]
    code, on_db, err = sd(capsys, "report", "--db", str(hq.path), *args, "--xlsx", str(pdf_db))
    assert code == 0, err
    code, on_hub, err = sd(capsys, "report", "--hub", str(hq_file), *args, "--xlsx", str(pdf_hub))
    assert code == 0, err
    assert on_hub.replace(str(pdf_hub), "F") == on_db.replace(str(pdf_db), "F")
    code, _, err = sd(
        capsys, "report", "--hub", str(hq_file), *args, "--xlsx", str(pdf_hub), "--publish"
    )
    assert code == 2 and "give --db, not --hub" in err


@pytest.mark.parametrize("seed", range(3))
def test_the_hub_reports_random_histories_as_the_stations_do(stations, hub, seed):
    import random

    from tests.hub.test_sync import random_history

    stores = random_history(stations, random.Random(300 + seed))
    with connect(target(hub.url)) as conn:
        for store in stores:
            _same(store, conn)
