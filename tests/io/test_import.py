import datetime as dt
import io
import zipfile

import pytest
from openpyxl import Workbook

from smugdesk.io.importer import ImportRefused, import_workbook
from smugdesk.store.audit import AuditFilter
from tests.conftest import TODAY
from tests.io.helpers import CATCH_ROW, catches, dump, dump_records, write_book


def refused(store, path):
    with pytest.raises(ImportRefused) as info:
        import_workbook(store, path, today=TODAY)
    return [str(p) for p in info.value.problems]


def test_impossible_row_is_refused_by_sheet_row_and_column(store, tmp_path):
    rows = catches(12)
    rows.append({**CATCH_ROW, "ref": "CT-13", "persons": 12, "male": 9, "female": 7})
    path = write_book(tmp_path / "bad.xlsx", {"Catches": rows})
    before = dump(store)
    assert refused(store, path) == [
        "Catches row 14, female: 7 female and 9 male is more than the 12 persons on this row"
    ]
    assert dump(store) == before


def test_every_problem_is_reported_at_once(store, tmp_path):
    rows = [
        {**CATCH_ROW, "ref": "A", "persons": "twelve"},
        {**CATCH_ROW, "ref": "B", "date": "24/11/2017", "agency": "Nowhere Police"},
        {**CATCH_ROW, "ref": "C", "nationality": "Atlantis", "province": "Mars"},
        {**CATCH_ROW, "ref": "D", "date": TODAY + dt.timedelta(days=1)},
        {**CATCH_ROW, "ref": "", "persons": 1, "male": None, "female": None},
    ]
    problems = refused(store, write_book(tmp_path / "bad.xlsx", {"Catches": rows}))
    assert problems == [
        "Catches row 2, persons: 'twelve' is not a whole number",
        "Catches row 3, date: '24/11/2017' is not a date; write it as 2017-11-24",
        "Catches row 3, agency: 'Nowhere Police' is not a known agency",
        "Catches row 4, province: 'Mars' is not one of: Guangdong, Guangxi, Yunnan, Hong Kong, "
        "Macao, other",
        "Catches row 4, nationality: 'Atlantis' is not an ISO 3166-1 alpha-3 code or country name",
        "Catches row 5, date: 2026-11-28 is in the future",
        "Catches row 6, ref: is required",
    ]
    assert store.count("catch") == 0


def test_header_problems(store, tmp_path):
    rows = [{**CATCH_ROW, "colour": "red"}]
    del rows[0]["destination"]
    problems = refused(store, write_book(tmp_path / "h.xlsx", {"Catches": rows}))
    assert problems == [
        "Catches row 1, colour: is not a column of sheet Catches",
        "Catches row 1, destination: is a required column and is missing",
    ]


def test_rows_of_one_catch_must_agree(store, tmp_path):
    rows = [
        CATCH_ROW,
        {
            **CATCH_ROW,
            "nationality": "LAO",
            "persons": 2,
            "male": None,
            "female": None,
            "place": "Dongxing",
        },
    ]
    problems = refused(store, write_book(tmp_path / "a.xlsx", {"Catches": rows}))
    assert problems == [
        "Catches row 3, place: differs from row 2 of the same ref 'CT-1'; rows of one record "
        "must agree outside the nationality/role columns"
    ]


def test_codes_names_and_vocabularies_match_without_case(store, tmp_path):
    rows = [
        {
            **CATCH_ROW,
            "agency": " hong kong police force ",
            "province": "HONG KONG",
            "destination": "hong kong",
            "nationality": "Viet Nam",
            "notable": "YES",
            "assisting_agencies": "gd-psd; gx-psd",
        },
        {
            **CATCH_ROW,
            "agency": " hong kong police force ",
            "province": "HONG KONG",
            "destination": "hong kong",
            "nationality": "pakistan",
            "persons": 2,
            "male": 2,
            "female": 0,
            "notable": "YES",
            "assisting_agencies": "gd-psd; gx-psd",
        },
    ]
    result = import_workbook(
        store, write_book(tmp_path / "ok.xlsx", {"Catches": rows}), today=TODAY
    )
    assert result.summary.added["catch"] == 1
    [catch] = [e.record for e in store.all("catch")]
    assert catch.agency == "HKPF" and catch.province == "Hong Kong" and catch.notable
    assert catch.assisting_agencies == ("GD-PSD", "GX-PSD")
    assert [(c.nationality, c.persons) for c in catch.counts] == [("VNM", 12), ("PAK", 2)]


def test_dates_as_excel_dates_or_iso_text(store, tmp_path):
    rows = [
        {**CATCH_ROW, "ref": "A", "date": dt.date(2017, 1, 2)},
        {**CATCH_ROW, "ref": "B", "date": "2017-01-03"},
    ]
    import_workbook(store, write_book(tmp_path / "d.xlsx", {"Catches": rows}), today=TODAY)
    assert sorted(e.record.date.day for e in store.all("catch")) == [2, 3]


def test_whole_workbook_with_agencies_cases_busts(store, tmp_path):
    path = write_book(
        tmp_path / "all.xlsx",
        {
            "Agencies": [
                {
                    "code": "SZ-PSB",
                    "name": "Shenzhen PSB",
                    "jurisdiction": "guangdong",
                    "kind": "public security",
                },
                {
                    "code": "hkpf",
                    "name": "Hong Kong Police Force",
                    "name_zh": "香港警务处",
                    "jurisdiction": "Hong Kong",
                    "kind": "police",
                },
            ],
            "Cases": [
                {
                    "case_no": "K-9",
                    "opened_on": "2017-03-01",
                    "cracked_on": "2017-11-24",
                    "category": "smuggling to Hong Kong",
                    "agency": "Shenzhen PSB",
                }
            ],
            "Catches": [{**CATCH_ROW, "agency": "sz-psb", "case_no": "k-9"}],
            "Gang busts": [
                {
                    "ref": "GB-1",
                    "date": "2017-11-24",
                    "agency": "SZ-PSB",
                    "province": "Guangdong",
                    "gang": "Red River",
                    "broken_up": "yes",
                    "role": "director",
                    "origin": "HKG",
                    "arrested": 2,
                    "case_no": "K-9",
                },
                {
                    "ref": "GB-1",
                    "date": "2017-11-24",
                    "agency": "SZ-PSB",
                    "province": "Guangdong",
                    "gang": "Red River",
                    "broken_up": "yes",
                    "role": "recruiter",
                    "origin": "Viet Nam",
                    "arrested": 5,
                    "case_no": "K-9",
                },
            ],
            "Help": [{"anything": "ignored"}],
        },
    )
    result = import_workbook(store, path, today=TODAY)
    s = result.summary
    assert (
        s.added["agency"],
        s.changed["agency"],
        s.added["case"],
        s.added["catch"],
        s.added["bust"],
    ) == (1, 1, 1, 1, 1)
    [bust] = [e.record for e in store.all("bust")]
    assert bust.arrested == 7 and bust.case_no == "K-9"
    assert store.find("agency", ["HKPF"])["hkpf"].record.name_zh == "香港警务处"
    assert store.all("catch")[0].record.case_no == "K-9"


def test_importing_twice_changes_nothing_the_second_time(store, tmp_path):
    path = write_book(tmp_path / "w.xlsx", {"Catches": catches(5)})
    import_workbook(store, path, today=TODAY)
    before = dump_records(store)
    result = import_workbook(store, path, today=TODAY)
    assert result.summary.unchanged["catch"] == 5 and not result.summary.changed
    assert dump_records(store) == before
    imports = store.audit.entries(AuditFilter(action="import"))
    assert [e.detail["unchanged"] for e in imports] == [{"catch": 5}, {}]


def test_changed_rows_update_the_same_record(store, tmp_path):
    import_workbook(store, write_book(tmp_path / "1.xlsx", {"Catches": catches(2)}), today=TODAY)
    uuids = {e.record.ref: e.uuid for e in store.all("catch")}
    rows = catches(2)
    rows[1]["place"] = "Tai O"
    result = import_workbook(store, write_book(tmp_path / "2.xlsx", {"Catches": rows}), today=TODAY)
    assert (result.summary.changed["catch"], result.summary.unchanged["catch"]) == (1, 1)
    assert {e.record.ref: e.uuid for e in store.all("catch")} == uuids
    assert store.find("catch", ["CT-2"])["ct-2"].record.place == "Tai O"


def test_one_bad_row_among_many_writes_nothing(store, tmp_path):
    rows = catches(50)
    rows[30]["persons"] = 0
    before = dump(store)
    assert refused(store, write_book(tmp_path / "b.xlsx", {"Catches": rows})) == [
        "Catches row 32, persons: 0 is less than 1"
    ]
    assert dump(store) == before


def test_repeated_case_numbers_and_unknown_case(store, tmp_path):
    case = {"case_no": "K-1", "opened_on": "2017-01-01", "category": "other", "agency": "GD-PSD"}
    problems = refused(
        store,
        write_book(
            tmp_path / "c.xlsx",
            {
                "Cases": [case, {**case, "case_no": "k-1"}],
                "Catches": [{**CATCH_ROW, "case_no": "K-2"}],
            },
        ),
    )
    assert problems == [
        "Cases row 3, case_no: 'k-1' is already on row 2",
        "Catches row 2, case_no: 'K-2' is not a known case",
    ]


def test_text_rules_line_breaks_and_length(store, tmp_path):
    rows = [{**CATCH_ROW, "place": "two\nlines", "press_note": "x" * 501}]
    problems = refused(store, write_book(tmp_path / "t.xlsx", {"Catches": rows}))
    assert problems == [
        "Catches row 2, place: must not hold line breaks or control characters (found U+000A)",
        "Catches row 2, press_note: is 501 characters long; at most 500",
    ]


def test_formula_text_is_stored_as_text(store, tmp_path):
    note = '=HYPERLINK("http://x","click")'
    path = write_book(tmp_path / "f.xlsx", {"Catches": [{**CATCH_ROW, "notes": note}]})
    import_workbook(store, path, today=TODAY)
    assert store.all("catch")[0].record.notes == note


def test_not_a_workbook(store, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("hello")
    [problem] = refused(store, path)
    assert "is not an .xlsx workbook" in problem


def test_rows_and_cells_holding_only_spaces_are_blank(store, tmp_path):
    """A stray space left in a row below the records, or beside them past the last
    named column, refused the whole workbook ("ref: is required", "#18: holds a value")."""
    from openpyxl import load_workbook

    path = write_book(tmp_path / "w.xlsx", {"Catches": catches(3)})
    book = load_workbook(path)
    sheet = book["Catches"]
    width = sheet.max_column
    sheet.cell(row=9, column=2).value = "   "
    sheet.cell(row=2, column=width + 1).value = " "
    book.save(path)
    result = import_workbook(store, path, today=TODAY)
    assert result.rows == 3 and store.count("catch") == 3


def test_an_old_or_password_protected_workbook_says_how_to_save_it(store, tmp_path):
    """Both are OLE compound files (an .xls; an .xlsx that Excel encrypted): the person
    is told what to do in Excel, not that the file is no zip."""
    path = tmp_path / "campaign.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    [problem] = refused(store, path)
    assert "Excel 97-2003 workbook (.xls) or one protected by a password" in problem
    assert "save it as an Excel workbook (.xlsx) without a password" in problem


def test_zip_bomb_is_refused_without_expanding(store, tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 << 20))
    [problem] = refused(store, path)
    assert "zip bomb" in problem


def test_xml_bomb_is_refused(store, tmp_path):
    good = tmp_path / "good.xlsx"
    write_book(good, {"Catches": [CATCH_ROW]})
    bomb = tmp_path / "bomb.xlsx"
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{"&lol%s;" % (i - 1 if i else "") * 10}">' for i in range(1, 10)
        )
        + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>&lol9;</t></si></sst>"
    )
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = lol.encode()
            dst.writestr(item, data)
    [problem] = refused(store, bomb)
    assert "declares a DTD" in problem


def test_workbook_without_standard_sheets(store, tmp_path):
    book = Workbook()
    book.active.title = "Data"
    buf = io.BytesIO()
    book.save(buf)
    path = tmp_path / "other.xlsx"
    path.write_bytes(buf.getvalue())
    [problem] = refused(store, path)
    assert "has none of the sheets" in problem


@pytest.mark.parametrize("order", ["number first", "boolean first"])
def test_a_boolean_among_numbers_is_refused_wherever_it_stands(store, tmp_path, order):
    # True, 1 and 1.0 are one key to a dict: repeated cells must not borrow the
    # conversion of an equal cell of another type.
    rows = [
        {**CATCH_ROW, "ref": "A", "persons": 1, "male": None, "female": None, "minors": None},
        {**CATCH_ROW, "ref": "B", "persons": True, "male": None, "female": None, "minors": None},
    ]
    if order == "boolean first":
        rows.reverse()
    problems = refused(store, write_book(tmp_path / "b.xlsx", {"Catches": rows}))
    row = 3 if order == "number first" else 2
    assert problems == [f"Catches row {row}, persons: True is not a whole number"]
