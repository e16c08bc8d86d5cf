import datetime as dt

from openpyxl import load_workbook

from smugdesk.io.exporter import export_workbook
from smugdesk.io.importer import import_workbook
from smugdesk.io.standard import SHEETS
from smugdesk.io.template import write_template
from tests.conftest import TODAY


def test_template_has_sheets_headers_lists_and_help(tmp_path):
    path = tmp_path / "t.xlsx"
    write_template(path)
    book = load_workbook(path)
    assert book.sheetnames == ["Help", "Lists", *SHEETS]
    assert book["Lists"].sheet_state == "hidden"
    for name, columns in SHEETS.items():
        ws = book[name]
        assert [c.value for c in ws[1]] == [c.name for c in columns]
        assert ws.freeze_panes == "A2"
        lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
        vocab_columns = [c for c in columns if c.vocabulary]
        assert len(lists) >= len(vocab_columns)
    help_text = " ".join(str(c.value) for row in book["Help"].iter_rows() for c in row if c.value)
    assert "rows with the same ref are one catch" in help_text


def test_fill_in_template_import_export_gives_back_what_was_typed(store, tmp_path):
    path = tmp_path / "t.xlsx"
    write_template(path)
    book = load_workbook(path)
    typed_case = [
        "K-2017-01",
        dt.datetime(2017, 3, 1),
        dt.datetime(2017, 11, 24),
        "smuggling to Hong Kong",
        "GD-PSD",
        "Ring using speedboats",
    ]
    book["Cases"].append(typed_case)
    typed_catches = [
        [
            "CT-9",
            dt.datetime(2017, 11, 24),
            "GD-PSD",
            "GX-PSD",
            "Guangdong",
            "Humen",
            "mainland",
            "work",
            "VNM",
            145,
            101,
            44,
            9,
            "K-2017-01",
            "yes",
            "145 Vietnamese caught.",
            "Joint operation",
        ],
        [
            "CT-9",
            dt.datetime(2017, 11, 24),
            "GD-PSD",
            "GX-PSD",
            "Guangdong",
            "Humen",
            "mainland",
            "work",
            "LAO",
            3,
            None,
            None,
            None,
            "K-2017-01",
            "yes",
            "145 Vietnamese caught.",
            "Joint operation",
        ],
    ]
    for row in typed_catches:
        book["Catches"].append(row)
    book.save(path)
    import_workbook(store, path, today=TODAY)
    out = tmp_path / "out.xlsx"
    export_workbook(store, out)
    exported = load_workbook(out)
    got = [[c.value for c in row] for row in exported["Catches"].iter_rows(min_row=2)]
    assert got == typed_catches
    assert [c.value for c in exported["Cases"][2]] == typed_case
    assert exported["Catches"]["B2"].number_format.startswith("yyyy-mm-dd")
