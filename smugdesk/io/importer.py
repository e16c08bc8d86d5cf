"""Import of a data-standard workbook: all or nothing, every problem at once."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smugdesk.domain import parse
from smugdesk.domain.countries import country_code
from smugdesk.domain.records import (
    Agency,
    Arrest,
    Bust,
    Case,
    Catch,
    HeadCount,
    Record,
    References,
)
from smugdesk.domain.validation import NOT_ONE_OF, REQUIRED, UNKNOWN_AGENCY, UNKNOWN_CASE, validate
from smugdesk.domain.vocab import canonical
from smugdesk.domain.words import Message, WordsError, render, words
from smugdesk.io.standard import AGENCIES, BUSTS, CASES, CATCHES, SHEETS, Column
from smugdesk.io.workbook import Sheet, UnsafeWorkbook, read_sheets
from smugdesk.store.records import Store, WriteSummary

# Sheets a template carries besides the standard's; skipped without a word.
HELPER_SHEETS = {"help", "lists"}


UNKNOWN_COLUMN = words("import.unknown_column", "is not a column of sheet {sheet}")
COLUMN_TWICE = words("import.column_twice", "appears twice in the header row")
COLUMN_MISSING = words("import.column_missing", "is a required column and is missing")
UNNAMED_COLUMN = words(
    "import.unnamed_column", "holds a value but the column has no name in row 1"
)
NOT_A_COUNTRY = words(
    "import.not_a_country", "{value!r} is not an ISO 3166-1 alpha-3 code or country name"
)
ALREADY_ON_ROW = words("import.already_on_row", "{value!r} is already on row {row}")
ROWS_DIFFER = words(
    "import.rows_differ",
    "differs from row {row} of the same ref {ref!r}; rows of one record must agree "
    "outside the nationality/role columns",
)
SECOND_SHEET = words("import.second_sheet", "a second sheet named {name}")
NO_SHEETS = words("import.no_sheets", "{file} has none of the sheets {sheets}")
WHERE_SHEET = words("import.where_sheet", "{sheet}")
WHERE_ROW = words("import.where_row", "{sheet} row {row}")
WHERE_COLUMN = words("import.where_column", "{where}, {column}")
PROBLEM = words("import.problem", "{where}: {message}")
REFUSED = words("import.refused", "{file} was refused; nothing was imported. {n} problem(s):")


@dataclass(frozen=True, slots=True)
class ImportProblem:
    sheet: str
    row: int | None  # Excel's row number; None for the whole sheet or file
    column: str
    message: Message

    def render(self, lang: str) -> str:
        """"Catches row 14, female: ..." in ``lang``."""
        return render(self.as_message(), lang)

    def as_message(self) -> Message:
        if not (self.sheet or self.column):
            return self.message
        where = WHERE_SHEET(sheet=self.sheet) if self.row is None else WHERE_ROW(
            sheet=self.sheet, row=self.row
        )
        if self.column:
            where = WHERE_COLUMN(where=where, column=self.column)
        return PROBLEM(where=where, message=self.message)

    def __str__(self) -> str:
        return self.render("en")


class ImportRefused(ValueError):
    """The workbook was refused; nothing was written."""

    expected = True  # a refusal to show, not a bug (smugdesk.ui.failures)

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the workbook")
        self.problems = problems


@dataclass(slots=True)
class ImportResult:
    summary: WriteSummary
    rows: int
    skipped_sheets: list[str]


@dataclass(slots=True)
class _Table:
    """A sheet's converted cells, column by column. A position indexes every list."""

    numbers: list[int]  # Excel's row number at each position
    columns: dict[str, list[Any]]  # converted cells by column name
    refused: dict[int, list[str]]  # position -> columns whose cell was refused (reported)
    bad: set[int]  # positions no record may be built from (a problem is reported)

    def get(self, name: str, blank: object) -> list[Any]:
        """A column's cells; a column the sheet leaves out is blank on every row."""
        column = self.columns.get(name)
        return column if column is not None else [blank] * len(self.numbers)

    def cell(self, pos: int, name: str) -> Any:
        """A cell that converted, or None (column absent or cell refused)."""
        column = self.columns.get(name)
        if column is None or name in self.refused.get(pos, ()):
            return None
        return column[pos]

    def ok(self, positions: list[int]) -> bool:
        return not any(pos in self.bad for pos in positions)


class _Converters:
    """A cell converter per column."""

    def __init__(
        self, agency_codes: dict[str, str], agency_names: dict[str, str], cases: dict[str, str]
    ) -> None:
        self.agency_codes = agency_codes
        self.agency_names = agency_names
        self.cases = cases  # casefolded case number -> its spelling

    def for_column(self, column: Column) -> Callable[[object], object]:
        kind = column.kind
        if kind == "text":
            return _text
        if kind == "int":
            return _whole_or_none
        return self._converter(column)

    def _converter(self, column: Column) -> Callable[[object], object]:
        kind = column.kind
        if kind == "date":
            return lambda raw: None if parse.text(raw) == "" else parse.date(raw)
        if kind == "vocab" and column.vocabulary == ("yes", "no"):
            return lambda raw: "" if parse.text(raw) == "" else parse.yes_no(raw)
        if kind == "vocab":
            return lambda raw: self._word(parse.text(raw), column.vocabulary)
        if kind == "country":
            return lambda raw: self._country(parse.text(raw))
        if kind == "agency":
            return lambda raw: self.agency(parse.text(raw))
        if kind == "codes":
            return lambda raw: tuple(self.agency(c) for c in parse.code_list(raw))
        if kind == "case":
            return lambda raw: self._case(parse.text(raw))
        raise AssertionError(f"unknown column kind {kind}")

    @staticmethod
    def _word(text: str, words: tuple[str, ...]) -> str:
        if not text:
            return ""
        word = canonical(text, words)
        if word is None:
            raise WordsError(NOT_ONE_OF(value=text, choices=", ".join(words)))
        return word

    @staticmethod
    def _country(text: str) -> str:
        if not text:
            return ""
        code = country_code(text)
        if code is None:
            raise WordsError(NOT_A_COUNTRY(value=text))
        return code

    def _case(self, text: str) -> str:
        if text and text.casefold() not in self.cases:
            raise WordsError(UNKNOWN_CASE(case_no=text))
        return self.cases.get(text.casefold(), "")

    def agency(self, text: str) -> str:
        """The code of an agency given by code or English name ('' stays '')."""
        folded = " ".join(text.split()).casefold()
        code = self.agency_codes.get(folded) or self.agency_names.get(folded)
        if code is None and text:
            raise WordsError(UNKNOWN_AGENCY(code=text))
        return code or ""


def _convert_column(convert: Callable[[object], object], raw: Sequence[object]) -> list[Any]:
    """Every cell of a column converted. A campaign's columns repeat their values
    (dates, agencies, provinces, head counts), so each distinct cell is converted once
    and the column is then looked up in C. True, 1 and 1.0 are one key to a dict: a
    column mixing booleans with numbers is converted cell by cell instead.

    Raises:
        ValueError: a cell does not convert.
    """
    distinct = set(raw)
    if any(cell in (0, 1) for cell in distinct):  # a 0 or 1 may stand for a boolean too
        types = set(map(type, raw))
        if bool in types and (int in types or float in types):
            return list(map(convert, raw))
    memo = {cell: convert(cell) for cell in distinct}
    return list(map(memo.__getitem__, raw))


def _text(raw: object) -> str:
    if type(raw) is str:  # the common case
        return raw.strip()
    return parse.text(raw)


def _whole_or_none(raw: object) -> int | None:
    if type(raw) is float and raw.is_integer():  # the common case, from calamine
        return int(raw)
    if raw is None or raw == "":
        return None
    return parse.whole_number(raw)


class _Reader:
    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.problems: list[ImportProblem] = []

    def problem(self, sheet: str, row: int | None, column: str, message: Message) -> None:
        self.problems.append(ImportProblem(sheet, row, column, message))

    def table(self, sheet: Sheet, columns: Sequence[Column], conv: _Converters) -> _Table:
        """The sheet's cells converted column by column; blank rows skipped."""
        if not sheet.rows:
            return _Table([], {}, {}, set())
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
            if cells[0] not in _BLANK or cells.count("") + cells.count(None) != len(cells)
        ]  # blank rows skipped
        numbers = [number for number, _cells in kept]
        width = len(sheet.rows[0])
        rows = [
            cells if len(cells) == width else [*cells, *[""] * (width - len(cells))]
            for _n, cells in kept
        ]
        for index in unnamed:
            for number, cells in zip(numbers, rows, strict=True):
                if cells[index] not in _BLANK:
                    self.problem(
                        sheet.name,
                        number,
                        f"#{index + 1}",
                        UNNAMED_COLUMN(),
                    )
        # One C-level map per column while every cell is good; cell by cell, to
        # report each problem, only in a column that has one.
        table = _Table(numbers, {}, {}, set(range(len(numbers))) if missing else set())
        by_column = list(zip(*rows, strict=True)) if rows else []  # one C-level transpose
        for index, column in header:
            convert = conv.for_column(column)
            raw = by_column[index] if by_column else ()
            try:
                if column.kind == "text":  # free text seldom repeats
                    values = list(map(convert, raw))
                else:
                    values = _convert_column(convert, raw)
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

    def unique(self, sheet: str, table: _Table, key: str) -> None:
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

    def group(self, sheet: str, table: _Table, columns: Sequence[Column]) -> list[list[int]]:
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
        self, sheet: str, record: Record, table: _Table, positions: list[int], refs: References
    ) -> None:
        for p in validate(record, refs, self.today):
            line = p.line if p.line is not None and p.line < len(positions) else 0
            self.problem(sheet, table.numbers[positions[line]], p.field, p.message)


_BLANK = ("", None)

# Converted cells are "" (text, vocabularies, yes/no), None (dates, numbers) or ()
# (code lists) when blank. Each builder reads its table's columns once and returns a
# function that makes the record of one group of positions.


def _agencies(t: _Table) -> Callable[[list[int]], Agency]:
    code, name, jurisdiction = t.get("code", ""), t.get("name", ""), t.get("jurisdiction", "")
    name_zh, kind = t.get("name_zh", ""), t.get("kind", "")
    return lambda p: Agency(code[p[0]], name[p[0]], jurisdiction[p[0]], name_zh[p[0]], kind[p[0]])


def _cases(t: _Table) -> Callable[[list[int]], Case]:
    case_no, opened_on, category = (
        t.get("case_no", ""),
        t.get("opened_on", None),
        t.get("category", ""),
    )
    agency, cracked_on, summary = (
        t.get("agency", ""),
        t.get("cracked_on", None),
        t.get("summary", ""),
    )
    return lambda p: Case(
        case_no[p[0]],
        opened_on[p[0]],
        category[p[0]],
        agency[p[0]],
        cracked_on[p[0]],
        summary[p[0]],
    )


def _event_columns(t: _Table) -> tuple[list[Any], ...]:
    """The columns catches and gang busts share, in the records' field order."""
    return (
        t.get("ref", ""),
        t.get("date", None),
        t.get("agency", ""),
        t.get("province", ""),
        t.get("assisting_agencies", ()),
        t.get("place", ""),
        t.get("case_no", ""),
        t.get("notable", ""),
        t.get("press_note", ""),
        t.get("notes", ""),
    )


def _catches(t: _Table) -> Callable[[list[int]], Catch]:
    ref, date, agency, province, assisting, place, case_no, notable, press, notes = _event_columns(
        t
    )
    destination, reason = t.get("destination", ""), t.get("reason", "")
    nationality, persons = t.get("nationality", ""), t.get("persons", None)
    male, female, minors = t.get("male", None), t.get("female", None), t.get("minors", None)

    def build(positions: list[int]) -> Catch:
        i = positions[0]
        return Catch(
            ref[i],
            date[i],
            agency[i],
            province[i],
            destination[i],
            tuple(
                [
                    HeadCount(nationality[j], persons[j], male[j], female[j], minors[j])
                    for j in positions
                ]
            ),
            assisting[i],
            place[i],
            reason[i],
            case_no[i],
            notable[i] is True,
            press[i],
            notes[i],
        )

    return build


def _busts(t: _Table) -> Callable[[list[int]], Bust]:
    ref, date, agency, province, assisting, place, case_no, notable, press, notes = _event_columns(
        t
    )
    gang, broken_up = t.get("gang", ""), t.get("broken_up", "")
    role, origin, arrested = t.get("role", ""), t.get("origin", ""), t.get("arrested", None)

    def build(positions: list[int]) -> Bust:
        i = positions[0]
        return Bust(
            ref[i],
            date[i],
            agency[i],
            province[i],
            gang[i],
            broken_up[i] is True,
            tuple([Arrest(role[j], origin[j], arrested[j]) for j in positions]),
            assisting[i],
            place[i],
            case_no[i],
            notable[i] is True,
            press[i],
            notes[i],
        )

    return build


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
    conv = _Converters(
        {code.casefold(): code for code in refs.agencies},
        store.agency_names(),
        {no.casefold(): no for no in refs.cases},
    )
    total_rows = 0

    def table(name: str) -> _Table:
        nonlocal total_rows
        sheet = by_name.get(name)
        found = reader.table(sheet, SHEETS[name], conv) if sheet else _Table([], {}, {}, set())
        total_rows += len(found.numbers)
        return found

    def singles(name: str, key: str) -> tuple[_Table, list[list[int]]]:
        """An agency or case sheet, a record per row; a key given twice is reported."""
        found = table(name)
        reader.unique(name, found, key)
        return found, [[pos] for pos in range(len(found.numbers)) if pos not in found.bad]

    # Agencies first: the other sheets may name them by code or English name.
    agency_table, positions = singles(AGENCIES, "code")
    agencies = [(p, _agencies(agency_table)(p)) for p in positions]
    for _p, agency in agencies:
        conv.agency_codes[agency.code.casefold()] = agency.code
        conv.agency_names[agency.name.casefold()] = agency.code
    refs = References(refs.agencies | {a.code for _p, a in agencies}, refs.cases)
    for p, agency in agencies:
        reader.check(AGENCIES, agency, agency_table, p, refs)

    case_table, positions = singles(CASES, "case_no")
    cases = [(p, _cases(case_table)(p)) for p in positions]
    refs = References(refs.agencies, refs.cases | {c.case_no for _p, c in cases})
    for p, case in cases:
        reader.check(CASES, case, case_table, p, refs)
        conv.cases.setdefault(case.case_no.casefold(), case.case_no)

    events: list[Record] = []
    builders: tuple[tuple[str, Callable[[_Table], Callable[[list[int]], Record]]], ...] = (
        (CATCHES, _catches),
        (BUSTS, _busts),
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
    return ImportResult(summary, rows, parsed.skipped)


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
