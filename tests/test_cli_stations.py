"""Headquarters and three stations on the command line: each starts from a bundle of
headquarters' data, edits, and they exchange bundles until all four agree."""

from openpyxl import load_workbook

from smugdesk.cli import main
from smugdesk.domain.records import HeadCount
from smugdesk.store import open_store
from tests.conftest import TODAY, make_catch
from tests.io.helpers import dump


def sd(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cells(path):
    book = load_workbook(path, read_only=True)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in book}


def test_headquarters_and_three_stations_exchange_bundles_and_agree(tmp_path, capsys):
    names = ["hq", "north", "south", "east"]
    db = {n: str(tmp_path / f"{n}.sqlite") for n in names}
    with open_store(db["hq"]) as hq:
        shared = hq.save(make_catch("CT-1", place="Border"), today=TODAY)
        doomed = hq.save(make_catch("CT-2"), today=TODAY)
    for n in names:
        assert sd(capsys, "station", "--db", db[n], "--name", n.upper())[0] == 0
    start = str(tmp_path / "hq-start.smugbundle")
    assert sd(capsys, "bundle", "--db", db["hq"], start)[0] == 0
    for n in names[1:]:
        code, out, _ = sd(capsys, "merge", "--db", db[n], start)
        assert code == 0 and "its key" in out and "pinned" in out
    # The same field at two stations, a delete against an edit, a new catch.
    with open_store(db["north"]) as s:
        s.save(make_catch("CT-1", place="North bank"), shared, today=TODAY)
        s.delete("catch", doomed)
    with open_store(db["south"]) as s:
        s.save(make_catch("CT-1", place="South bank"), shared, today=TODAY)
        s.save(make_catch("CT-2", notes="more found"), doomed, today=TODAY)
    with open_store(db["east"]) as s:
        s.save(make_catch("CT-3"), today=TODAY)
    # Each station sends headquarters what it lacks; headquarters sends everything back.
    for n in names[1:]:
        out_file = str(tmp_path / f"{n}.smugbundle")
        assert sd(capsys, "bundle", "--db", db[n], out_file, "--for", "HQ")[0] == 0
        assert sd(capsys, "merge", "--db", db["hq"], out_file)[0] == 0
    back = str(tmp_path / "hq-all.smugbundle")
    assert sd(capsys, "bundle", "--db", db["hq"], back, "--all")[0] == 0
    for n in names[1:]:
        assert sd(capsys, "merge", "--db", db[n], back)[0] == 0
    exports = []
    for n in names:
        out_file = tmp_path / f"{n}.xlsx"
        assert sd(capsys, "export", "--db", db[n], str(out_file))[0] == 0
        exports.append(cells(out_file))
    assert all(e == exports[0] for e in exports[1:])
    listed = []
    for n in names:
        code, out, _ = sd(capsys, "conflicts", "--db", db[n])
        assert code == 0
        listed.append(out)
    assert all(out == listed[0] for out in listed[1:])
    lines = listed[0].splitlines()
    assert [line for line in lines if not line.startswith(" ")] == [
        "catch CT-1 place: changed concurrently to different values",
        "catch CT-2 _deleted: deleted at one station while changed at another",
    ]
    assert sum("North bank" in line for line in lines) == 1
    assert sum("South bank" in line for line in lines) == 1
    assert sum("stands until decided" in line for line in lines) == 2  # one each


def test_a_spoilt_bundle_exits_2_and_changes_nothing(tmp_path, capsys):
    a, b = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    with open_store(a) as s:
        s.save(make_catch(), today=TODAY)
    bundle = tmp_path / "a.smugbundle"
    assert sd(capsys, "bundle", "--db", a, str(bundle))[0] == 0
    raw = bytearray(bundle.read_bytes())
    spoilt = tmp_path / "spoilt.smugbundle"
    at = raw.rfind(b"Guangdong")
    raw[at : at + 9] = b"Guangxi!!"
    spoilt.write_bytes(bytes(raw))
    open_store(b).close()
    with open_store(b) as s:
        before = dump(s)
    code, _, err = sd(capsys, "merge", "--db", b, str(spoilt))
    assert code == 2 and "is refused" in err and "Traceback" not in err
    with open_store(b) as s:
        assert dump(s) == before
    code, _, err = sd(capsys, "merge", "--db", b, str(tmp_path / "missing.smugbundle"))
    assert code == 2 and "is refused" in err


def test_published_figures_travel_and_say_when_a_merge_revises_them(tmp_path, capsys):
    hq, north = str(tmp_path / "hq.sqlite"), str(tmp_path / "north.sqlite")
    with open_store(hq) as s:
        s.save(make_catch("CT-1"), today=TODAY)  # 12 persons, 2017-11-24
    start = str(tmp_path / "start.smugbundle")
    assert sd(capsys, "bundle", "--db", hq, start)[0] == 0
    assert sd(capsys, "merge", "--db", north, start)[0] == 0
    year = ["--from", "2017-01-01", "--to", "2017-12-31"]
    pdf = str(tmp_path / "r.pdf")
    code, out, _ = sd(capsys, "report", "--db", hq, *year, "--pdf", pdf, "--publish")
    assert code == 0 and "Published as" in out
    code, out, _ = sd(capsys, "publications", "--db", hq)
    assert "the records still give the same figures" in out
    # A station's catch of the same year arrives a week late: the publication is revised.
    with open_store(north) as s:
        s.save(make_catch("CT-9", counts=(HeadCount("LAO", 5),)), today=TODAY)
    late = str(tmp_path / "late.smugbundle")
    assert sd(capsys, "bundle", "--db", north, late)[0] == 0
    code, out, _ = sd(capsys, "merge", "--db", hq, late)
    assert code == 0 and "is revised by what was merged" in out
    code, out, _ = sd(capsys, "publications", "--db", hq)
    assert "revised since publication:" in out
    assert "total.current.persons: 12 -> 17 (+5)" in out
    assert "through records: CT-9" in out
    # Publishing the same period again warns of the earlier, different figures.
    code, out, err = sd(capsys, "report", "--db", hq, *year, "--pdf", pdf, "--publish")
    assert code == 0 and "gave other figures" in err
    # The publications travel in bundles.
    back = str(tmp_path / "back.smugbundle")
    assert sd(capsys, "bundle", "--db", hq, back)[0] == 0
    assert sd(capsys, "merge", "--db", north, back)[0] == 0
    code, out, _ = sd(capsys, "publications", "--db", north)
    assert out.count("published 20") == 2
