"""Reports from the hub: the same figures as a station's database holding the same
changes, for the demo campaign and after stations' edits."""

from __future__ import annotations

import dataclasses
import datetime as dt

import psycopg
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


def test_a_report_from_the_hub_is_kept_in_the_hubs_audit(stations, hub, tmp_path, capsys):
    """Each report made from the hub is kept on the hub, in the name of the account that
    made it, and nobody rewrites or forges an entry: the database refuses it."""
    (gz, gz_file), _hk, (_hq, hq_file) = stations
    gz.save(make_catch("CT-1"), today=TODAY)
    _sync(gz, gz_file)
    book = tmp_path / "hub.xlsx"
    for file in (hq_file, gz_file):
        code, _, err = sd(
            capsys, "report", "--hub", str(file), "--from", "2017-01-01", "--to", "2017-12-31",
            "--xlsx", str(book),
        )  # fmt: skip
        assert code == 0, err
    kept = hub.sql('SELECT role, "user", action, detail FROM hub.audit ORDER BY id')
    assert [(role.rsplit("_", 1)[-1], action) for role, _user, action, _d in kept] == [
        ("hq", "report"),
        ("gz", "report"),
    ]
    assert kept[0][3]["from"] == "2017-01-01" and kept[0][3]["files"] == [str(book.resolve())]
    with connect(target(str(gz_file))) as conn:
        assert conn.execute("SELECT count(*) FROM hub.audit").fetchone()[0] == 1  # its own
        for statement in (
            "UPDATE hub.audit SET detail = '{}'",
            "DELETE FROM hub.audit",
            'INSERT INTO hub.audit (role, workstation, "user", action, detail) '
            "VALUES ('someone', 'w', 'u', 'report', '{}')",
            'INSERT INTO hub.audit (at, workstation, "user", action, detail) '
            "VALUES ('2001-01-01', 'w', 'u', 'report', '{}')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                conn.execute(statement)
    with connect(target(str(hq_file))) as conn:
        assert conn.execute("SELECT count(*) FROM hub.audit").fetchone()[0] == 2
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
        hub.sql("DELETE FROM hub.audit")


def test_the_hubs_audit_is_read_from_the_command_line_as_each_account_may(
    stations, hub, tmp_path, capsys
):
    """`audit show --hub` lists what the account may read (its own entries; headquarters
    all), filters by day and user, and writes a workbook, which is kept in the audit."""
    from openpyxl import load_workbook

    (gz, gz_file), _hk, (_hq, hq_file) = stations
    gz.save(make_catch("CT-1"), today=TODAY)
    _sync(gz, gz_file)
    for file in (hq_file, gz_file):
        code, _, err = sd(
            capsys, "report", "--hub", str(file), "--from", "2017-01-01", "--to", "2017-12-31",
            "--xlsx", str(tmp_path / "r.xlsx"),
        )  # fmt: skip
        assert code == 0, err
    code, out, err = sd(capsys, "audit", "show", "--hub", str(gz_file))
    assert code == 0, err
    *lines, total = out.splitlines()
    assert len(lines) == 1 and "made a report" in lines[0] and "_gz" in lines[0]
    assert total == "1 entries"
    code, out, _ = sd(capsys, "audit", "show", "--hub", str(hq_file))
    assert [("_hq" in line, "_gz" in line) for line in out.splitlines()[:-1]] == [
        (False, True),
        (True, False),
    ]  # newest first
    today = dt.datetime.now(dt.UTC).date()
    for extra, shown in (
        (["--from", str(today + dt.timedelta(days=1))], 0),
        (["--to", str(today - dt.timedelta(days=1))], 0),
        (["--from", str(today), "--to", str(today)], 2),
        (["--user", "nobody-at-all"], 0),
    ):
        code, out, _ = sd(capsys, "audit", "show", "--hub", str(hq_file), *extra)
        assert code == 0 and out.splitlines()[-1] == f"{shown} entries", extra
    code, _, err = sd(capsys, "audit", "show", "--hub", str(hq_file), "--record", "CT-1")
    assert code == 2 and "--record" in err
    book = tmp_path / "hub-audit.xlsx"
    code, _, err = sd(capsys, "audit", "show", "--hub", str(hq_file), "--xlsx", str(book))
    assert code == 0, err
    rows = list(load_workbook(book).active.iter_rows(min_row=2, values_only=True))
    assert [row[4] for row in rows] == ["report", "report"]
    assert '"account"' in rows[0][11] and '"from":"2017-01-01"' in rows[0][11]
    kept = hub.sql('SELECT action, detail FROM hub.audit ORDER BY id')
    assert kept[-1][0] == "audit_export" and kept[-1][1]["entries"] == 2
    from smugdesk.hub.audit import entries
    from smugdesk.store.audit import AuditFilter

    with connect(target(str(hq_file))) as conn:
        [export] = entries(conn, AuditFilter(action="audit_export"))
    assert export.detail["file"] == str(book.resolve()) and export.detail["account"].endswith("hq")
