"""Writing test workbooks the way a station would fill one in."""

import datetime as dt

from openpyxl import Workbook

from smugdesk.io.cells import set_text
from smugdesk.io.standard import SHEETS

CATCH_ROW = {
    "ref": "CT-1",
    "date": dt.date(2017, 11, 24),
    "agency": "GD-PSD",
    "province": "Guangdong",
    "destination": "mainland",
    "nationality": "VNM",
    "persons": 12,
    "male": 9,
    "female": 3,
}


def write_book(path, sheets):
    """sheets: {sheet name: list of row dicts}; the header is the union of their keys,
    in the standard's order when the sheet is a standard one."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        order = [c.name for c in SHEETS.get(name, ())]
        keys = []
        for row in rows:
            keys += [k for k in row if k not in keys]
        header = sorted(keys, key=lambda k: order.index(k) if k in order else len(order))
        ws.append(header)
        for r, row in enumerate(rows, start=2):
            for c, key in enumerate(header, start=1):
                set_text(ws.cell(row=r, column=c), row.get(key))
    book.save(path)
    return path


def catches(n, **changes):
    return [{**CATCH_ROW, "ref": f"CT-{i}", **changes} for i in range(1, n + 1)]


def dump(store):
    """Everything in the database, to compare before and after."""
    conn = store.db.conn
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    schema = [
        r[0]
        for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        )
    ]
    rows = sorted(
        f'INSERT INTO "{table}" VALUES{row!r}'
        for table in tables
        for row in conn.execute(f'SELECT * FROM "{table}"')
    )
    return schema + rows


def dump_records(store):
    """Everything but the audit (where an import that changed nothing is still noted)
    and the station's own rows (a conversion records a new file, a restore makes a new
    station)."""
    return [
        line
        for line in dump(store)
        if not line.startswith(('INSERT INTO "audit"', 'INSERT INTO "station'))
    ]
