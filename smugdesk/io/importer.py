"""Import of a data-standard workbook: all or nothing, every problem at once.

The file is parsed first (``parse_workbook``); then, in one write transaction, the
rows are converted (``import_cells``), built into records (``import_rows``), checked
against the database and written. What a refusal says is in ``import_problems``.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from smugdesk.domain import parse
from smugdesk.domain.records import (
    Record,
    References,
)
from smugdesk.domain.validation import REQUIRED, validate
from smugdesk.domain.words import Message, WordsError
from smugdesk.io.import_cells import Converters, convert_column
from smugdesk.io.import_problems import (
    ALREADY_ON_ROW,
    COLUMN_MISSING,
    COLUMN_TWICE,
    NO_SHEETS,
    REFUSED,
    ROWS_DIFFER,
    SECOND_SHEET,
    UNKNOWN_COLUMN,
    UNNAMED_COLUMN,
    ImportProblem,
    ImportRefused,
)
from smugdesk.io.import_rows import (
    BLANK,
    Table,
    agency_builder,
    bust_builder,
    case_builder,
    catch_builder,
)
from smugdesk.io.standard import AGENCIES, BUSTS, CASES, CATCHES, SHEETS, Column
from smugdesk.io.workbook import Sheet, UnsafeWorkbook, read_sheets
from smugdesk.store.records import Store, WriteSummary

__all__ = ["REFUSED", "ImportProblem", "ImportRefused", "ImportResult", "import_workbook"]

# Sheets a template carries besides the standard's; skipped without a word.
HELPER_SHEETS = {"help", "lists"}


@dataclass(slots=True)
class ImportResult:
    summary: WriteSummary
    rows: int
    skipped_sheets: list[str]


class _Reader:
    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.problems: list[ImportProblem] = []

    def problem(self, sheet: str, row: int | None, column: str, message: Message) -> None:
        self.problems.append(ImportProblem(sheet, row, column, message))

    def table(self, sheet: Sheet, columns: Sequence[Column], conv: Converters) -> Table:
        """The sheet's cells converted column by column; blank rows skipped."""
        if not sheet.rows:
            return Table([], {}, {}, set())
        by_name = {c.name: c for c in columns}
        header: list[tuple[int, Column]] = []
        seen: set[str] = set()
        for index, cell in enumerate(sheet.rows[0]):
            name = parse.text(cell)
            if not name:
                continue
            column = by_name.get(name.casefold()) or by_name.get(name.strip().lower())
            if column is None:
                self.problem(sheet.name, 1, name, UNKNOWN_COLUMN(sheet=sheet.name))
            elif column.name in seen:
                self.problem(sheet.name, 1, name, COLUMN_TWICE())
            else:
                seen.add(column.name)
                header.append((index, column))
        missing = [c.name for c in columns if c.required and c.name not in seen]
        for name in missing:
            self.problem(sheet.name, 1, name, COLUMN_MISSING())
        unnamed = [i for i, cell in enumerate(sheet.rows[0]) if parse.text(cell) == ""]
        kept = [
            (number, cells)
            for number, cells in enumerate(sheet.rows[1:], start=2)
            if not _blank(cells[0]) or not all(map(_blank, cells))
        ]  # blank rows skipped (a stray space is blank too)
        numbers = [number for number, _cells in kept]
        width = len(sheet.rows[0])
        rows = [
            cells if len(cells) == width else [*cells, *[""] * (width - len(cells))]
            for _n, cells in kept
        ]
        for index in unnamed:
            for number, cells in zip(numbers, rows, strict=True):
                if not _blank(cells[index]):
                    self.problem(
                        sheet.name,
                        number,
                        f"#{index + 1}",
                        UNNAMED_COLUMN(),
                    )
        # One C-level map per column while every cell is good; cell by cell, to
        # report each problem, only in a column that has one.
        table = Table(numbers, {}, {}, set(range(len(numbers))) if missing else set())
        by_column = list(zip(*rows, strict=True)) if rows else []  # one C-level transpose
        for index, column in header:
            convert = conv.for_column(column)
            raw = by_column[index] if by_column else ()
            try:
                if column.holds == "text":  # free text seldom repeats
                    values = list(map(convert, raw))
                else:
                    values = convert_column(convert, raw)
            except ValueError:
                values = []
                for pos, cell in enumerate(raw):
                    try:
                        values.append(convert(cell))
                    except WordsError as exc:
                        self.problem(sheet.name, numbers[pos], column.name, exc.message)
                        values.append(None)
                        table.refused.setdefault(pos, []).append(column.name)
            if column.required and (None in values or "" in values):
                for pos, value in enumerate(values):
                    if (value is None or value == "") and column.name not in table.refused.get(
                        pos, ()
                    ):
                        self.problem(sheet.name, numbers[pos], column.name, REQUIRED())
                        table.refused.setdefault(pos, []).append(column.name)
            table.columns[column.name] = values
        table.bad.update(table.refused)
        return table

    def unique(self, sheet: str, table: Table, key: str) -> None:
        """Report a key given on two rows; the later row is left out."""
        first: dict[str, int] = {}
        for pos, value in enumerate(table.get(key, "")):
            if isinstance(value, str) and value and pos not in table.bad:
                folded = value.casefold()
                if folded in first:
                    number = table.numbers[pos]
                    self.problem(sheet, number, key, ALREADY_ON_ROW(value=value, row=first[folded]))
                    table.bad.add(pos)
                else:
                    first[folded] = table.numbers[pos]

    def group(self, sheet: str, table: Table, columns: Sequence[Column]) -> list[list[int]]:
        """Positions with the same ref, in first-seen order; such rows must agree
        outside the line columns."""
        groups: dict[str, list[int]] = {}
        shared = [
            (c.name, table.columns[c.name])
            for c in columns
            if not c.line and c.name != "ref" and c.name in table.columns
        ]
        for pos, ref in enumerate(table.get("ref", "")):
            if not isinstance(ref, str) or not ref:
                continue
            group = groups.setdefault(ref.casefold(), [])
            if group:
                first = group[0]
                for name, values in shared:
                    if values[first] == values[pos]:
                        continue
                    if table.cell(first, name) is None or table.cell(pos, name) is None:
                        continue  # a bad cell, already reported
                    self.problem(
                        sheet,
                        table.numbers[pos],
                        name,
                        ROWS_DIFFER(row=table.numbers[first], ref=ref),
                    )
            group.append(pos)
        return list(groups.values())

    def check(
        self, sheet: str, record: Record, table: Table, positions: list[int], refs: References
    ) -> None:
        for p in validate(record, refs, self.today):
            line = p.line if p.line is not None and p.line < len(positions) else 0
            self.problem(sheet, table.numbers[positions[line]], p.field, p.message)


@dataclass(slots=True)
class ParsedWorkbook:
    """A workbook's standard sheets, read from the file; nothing checked against the
    database yet. ``reader`` holds the problems found so far."""

    path: Path
    sheets: dict[str, Sheet]
    skipped: list[str]
    reader: _Reader


def parse_workbook(path: Path, today: dt.date | None = None) -> ParsedWorkbook:
    """Read the standard's sheets from the file (the slow part: no database involved).

    Raises:
        ImportRefused: the file is not a workbook we can read, or has no standard sheet.
    """
    reader = _Reader(today or dt.date.today())
    try:
        sheets = read_sheets(path)
    except UnsafeWorkbook as exc:
        raise ImportRefused([ImportProblem("", None, "", exc.message)]) from None
    by_name: dict[str, Sheet] = {}
    skipped: list[str] = []
    standard = {name.casefold(): name for name in SHEETS}
    for sheet in sheets:
        name = standard.get(sheet.name.strip().casefold())
        if name is None:
            if sheet.name.strip().casefold() not in HELPER_SHEETS:
                skipped.append(sheet.name)
        elif name in by_name:
            reader.problem(sheet.name, None, "", SECOND_SHEET(name=name))
        else:
            by_name[name] = Sheet(name, sheet.rows)
    if not by_name:
        raise ImportRefused(
            [ImportProblem("", None, "", NO_SHEETS(file=path.name, sheets=", ".join(SHEETS)))]
        )
    return ParsedWorkbook(path, by_name, skipped, reader)


def read_workbook(
    store: Store, path: Path, *, today: dt.date | None = None
) -> tuple[list[Record], int, list[str]]:
    """Read and validate a workbook against the store. Nothing is written.

    Returns:
        The records, the number of data rows read, and the sheets skipped.

    Raises:
        ImportRefused: with every problem found.
    """
    parsed = parse_workbook(path, today)
    records, rows = check_workbook(store, parsed)
    return records, rows, parsed.skipped


def check_workbook(store: Store, parsed: ParsedWorkbook) -> tuple[list[Record], int]:
    """Build the records of a parsed workbook and validate them against the store's
    agencies and cases (an import does this inside its write transaction).

    Raises:
        ImportRefused: with every problem found.
    """
    reader, by_name = parsed.reader, parsed.sheets
    refs = store.references()
    conv = Converters(
        {code.casefold(): code for code in refs.agencies},
        store.agency_names(),
        {no.casefold(): no for no in refs.cases},
    )
    total_rows = 0

    def table(name: str) -> Table:
        nonlocal total_rows
        sheet = by_name.get(name)
        found = reader.table(sheet, SHEETS[name], conv) if sheet else Table([], {}, {}, set())
        total_rows += len(found.numbers)
        return found

    def singles(name: str, key: str) -> tuple[Table, list[list[int]]]:
        """An agency or case sheet, a record per row; a key given twice is reported."""
        found = table(name)
        reader.unique(name, found, key)
        return found, [[pos] for pos in range(len(found.numbers)) if pos not in found.bad]

    # Agencies first: the other sheets may name them by code or English name.
    agency_table, positions = singles(AGENCIES, "code")
    agencies = [(p, agency_builder(agency_table)(p)) for p in positions]
    for _p, agency in agencies:
        conv.agency_codes[agency.code.casefold()] = agency.code
        conv.agency_names[agency.name.casefold()] = agency.code
    refs = References(refs.agencies | {a.code for _p, a in agencies}, refs.cases)
    for p, agency in agencies:
        reader.check(AGENCIES, agency, agency_table, p, refs)

    case_table, positions = singles(CASES, "case_no")
    cases = [(p, case_builder(case_table)(p)) for p in positions]
    refs = References(refs.agencies, refs.cases | {c.case_no for _p, c in cases})
    for p, case in cases:
        reader.check(CASES, case, case_table, p, refs)
        conv.cases.setdefault(case.case_no.casefold(), case.case_no)

    events: list[Record] = []
    builders: tuple[tuple[str, Callable[[Table], Callable[[list[int]], Record]]], ...] = (
        (CATCHES, catch_builder),
        (BUSTS, bust_builder),
    )
    for sheet_name, builder in builders:
        event_table = table(sheet_name)
        build = builder(event_table)
        for group in reader.group(sheet_name, event_table, SHEETS[sheet_name]):
            if event_table.ok(group):
                record = build(group)
                reader.check(sheet_name, record, event_table, group, refs)
                events.append(record)

    if reader.problems:
        order = {name: i for i, name in enumerate(SHEETS)}
        raise ImportRefused(
            sorted(reader.problems, key=lambda p: (order.get(p.sheet, -1), p.row or 0))
        )
    records: list[Record] = [a for _p, a in agencies]
    records += [c for _p, c in cases]
    records += events
    return records, total_rows


def import_workbook(
    store: Store,
    path: Path,
    *,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> ImportResult:
    """Import a workbook into the store, all or nothing.

    Raises:
        ImportRefused: every problem found; the database is unchanged.
    """
    with gc_paused():
        if progress:
            progress("reading")
        parsed = parse_workbook(path, today)
        # The references the rows are checked against cannot change before they are
        # written: another program deleting an agency waits for this transaction.
        with store.transaction():
            records, rows = check_workbook(store, parsed)
            if progress:
                progress("writing")
            summary = store.write_batch(records, progress=progress)
            store.note("import", {"file": str(path), "rows": rows, **_counts(summary)})
    return ImportResult(summary, rows, parsed.skipped)


def _counts(summary: WriteSummary) -> dict[str, dict[str, int]]:
    return {
        "added": dict(summary.added),
        "changed": dict(summary.changed),
        "unchanged": dict(summary.unchanged),
    }


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk job.

    An import makes a few hundred thousand small objects that all live to the end;
    each automatic collection rescans every one of them, which costs about a third
    of the import. Nothing they form is cyclic, so pausing loses nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _blank(cell: object) -> bool:
    """An empty cell, or one holding only spaces (a stray one, typed or pasted)."""
    return cell in BLANK or (isinstance(cell, str) and not cell.strip())
