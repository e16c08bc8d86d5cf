"""Which publications a merge may revise: those whose periods the merged records count
on, by their days before and after the merge; every one when an agency changed (every
report names agencies); and those received. Only they are computed again."""

import dataclasses
import datetime as dt

from smugdesk.domain.records import HeadCount
from smugdesk.reports.figures import compute_figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.periods import Period
from smugdesk.reports.publishing import publish_report, revised_by
from smugdesk.store import Actor, open_store
from smugdesk.store.bundles import merge_bundle, write_bundle
from smugdesk.store.publications import Touched, touched_by
from tests.conftest import TODAY, make_catch


def _year(y):
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31))


def _publish(store, year):
    figures = compute_figures(store.figures(), _year(year))
    return publish_report(store, figures, ReportOptions(), False, (None, None))


def _pair(tmp_path):
    hq = open_store(tmp_path / "hq.sqlite", Actor("hq", "ws-hq"))
    north = open_store(tmp_path / "north.sqlite", Actor("north", "ws-n"))
    return hq, north


def _send(tmp_path, source, target, name):
    path = tmp_path / f"{name}.smugbundle"
    write_bundle(source, path)
    return merge_bundle(target, path)


def test_a_merge_touches_the_days_of_its_records_before_and_after(tmp_path):
    hq, north = _pair(tmp_path)
    uuid = hq.save(make_catch("CT-1", date=dt.date(2016, 5, 1)), today=TODAY)
    _send(tmp_path, hq, north, "start")
    by_year = {y: _publish(hq, y) for y in (2015, 2016, 2017, 2018)}
    # North moves the catch to 2017 and adds persons: 2016 loses it, 2017 gains it.
    moved = make_catch("CT-1", date=dt.date(2017, 3, 1), counts=(HeadCount("LAO", 20),))
    north.save(moved, uuid, today=TODAY)
    merged = _send(tmp_path, north, hq, "moved")
    assert merged.touched.days == {"2016-05-01", "2017-03-01"}
    assert not merged.touched.every
    # 2015 and 2018 compare with 2014 and 2017: 2018's comparison is touched, 2015's not.
    touched = {p.uuid for p in touched_by(hq, merged.touched)}
    assert touched == {by_year[y].uuid for y in (2016, 2017, 2018)}
    revised = {r.publication.uuid: r for r in revised_by(hq, merged.touched)}
    assert set(revised) == touched  # each of them changed: the catch left or came
    assert ("total.current.persons", 12, 0) in revised[by_year[2016].uuid].figures
    assert revised[by_year[2016].uuid].records == ("CT-1",)
    hq.close(), north.close()


def test_an_agency_touches_every_publication_and_received_ones_are_checked(tmp_path):
    hq, north = _pair(tmp_path)
    hq.save(make_catch("CT-1"), today=TODAY)
    _send(tmp_path, hq, north, "start")
    pub = _publish(hq, 2010)  # a year without records
    uuid, code = north.db.conn.execute(
        "SELECT uuid, code FROM agencies WHERE code = 'GD-PSD'"
    ).fetchone()
    agency = north.get("agency", uuid)
    north.save(dataclasses.replace(agency, name="Guangdong Border Police"), uuid, today=TODAY)
    merged = _send(tmp_path, north, hq, "agency")
    assert merged.touched.every and code == "GD-PSD"
    assert [p.uuid for p in touched_by(hq, merged.touched)] == [pub.uuid]
    assert revised_by(hq, merged.touched) == []  # no figure of 2010 names it
    # Back at north, hq's publication arrives: received, so it is checked.
    back = _send(tmp_path, hq, north, "back")
    assert back.touched.received == {pub.uuid}
    assert [p.uuid for p in touched_by(north, back.touched)] == [pub.uuid]
    hq.close(), north.close()


def test_nothing_touched_checks_nothing(tmp_path):
    hq, north = _pair(tmp_path)
    hq.save(make_catch("CT-1"), today=TODAY)
    _publish(hq, 2017)
    first = _send(tmp_path, hq, north, "start")
    again = _send(tmp_path, hq, north, "start")  # the same bundle twice: nothing new
    # North held no publication before: what it received is checked whole, no day
    # needs remembering.
    assert first.touched.received and first.touched.days == frozenset()
    assert again.touched == Touched()
    assert touched_by(north, again.touched) == []
    hq.close(), north.close()
