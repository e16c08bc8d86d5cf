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
from smugdesk.domain.vocab import canonical
from smugdesk.io.standard import AGENCIES, BUSTS, CASES, CATCHES, SHEETS, Column
from smugdesk.io.workbook import Sheet, UnsafeWorkbook, read_sheets
from smugdesk.store.records import Store, WriteSummary, validate

# Sheets a template carries besides the standard's; skipped without a word.
HELPER_SHEETS = {"help", "lists"}


@dataclass(frozen=True, slots=True)
class ImportProblem:
    sheet: str
    row: int | None  # Excel's row number; None for the whole sheet or file
    column: str
    message: str

    def __str__(self) -> str:
        where = self.sheet if self.row is None else f"{self.sheet} row {self.row}"
        if self.column:
            where += f", {self.column}"
        return f"{where}: {self.message}" if where else self.message


class ImportRefused(ValueError):
    """The workbook was refused; nothing was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the workbook")
        self.problems = problems


@dataclass(slots=True)
class ImportResult:
    summary: WriteSummary
    rows: int
    skipped_sheets: list[str]


@dataclass(slots=True)
class _Row:
    number: int
    values: dict[str, Any]  # cells that converted; a bad one is reported and left out
    bad: bool = False


class _Converters:
    """A cell converter per column. Vocabulary, country, agency, case and date cells
    repeat a lot in a campaign, so their conversions are memoised per column."""

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
        memo: dict[object, object] = {}
        convert = self._converter(column)

        def memoised(raw: object) -> object:
            try:
                return memo[raw]
            except KeyError:
                value = memo[raw] = convert(raw)
                return value

        return memoised

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
            raise ValueError(f"{text!r} is not one of: {', '.join(words)}")
        return word

    @staticmethod
    def _country(text: str) -> str:
        if not text:
            return ""
        code = country_code(text)
        if code is None:
            raise ValueError(f"{text!r} is not an ISO 3166-1 alpha-3 code or country name")
        return code

    def _case(self, text: str) -> str:
        if text and text.casefold() not in self.cases:
            raise ValueError(f"{text!r} is not a known case")
        return self.cases.get(text.casefold(), "")

    def agency(self, text: str) -> str:
        """The code of an agency given by code or English name ('' stays '')."""
        folded = " ".join(text.split()).casefold()
        code = self.agency_codes.get(folded) or self.agency_names.get(folded)
        if code is None and text:
            raise ValueError(f"{text!r} is not a known agency")
        return code or ""


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

    def problem(self, sheet: str, row: int | None, column: str, message: str) -> None:
        self.problems.append(ImportProblem(sheet, row, column, message))

    def rows(self, sheet: Sheet, columns: Sequence[Column], conv: _Converters) -> list[_Row]:
        """The sheet's rows as converted values by column name; blank rows skipped."""
        if not sheet.rows:
            return []
        by_name = {c.name: c for c in columns}
        header: list[tuple[int, Column]] = []
        seen: set[str] = set()
        for index, cell in enumerate(sheet.rows[0]):
            name = parse.text(cell)
            if not name:
                continue
            column = by_name.get(name.casefold()) or by_name.get(name.strip().lower())
            if column is None:
                self.problem(sheet.name, 1, name, f"is not a column of sheet {sheet.name}")
            elif column.name in seen:
                self.problem(sheet.name, 1, name, "appears twice in the header row")
            else:
                seen.add(column.name)
                header.append((index, column))
        missing = [c.name for c in columns if c.required and c.name not in seen]
        for name in missing:
            self.problem(sheet.name, 1, name, "is a required column and is missing")
        unnamed = [i for i, cell in enumerate(sheet.rows[0]) if parse.text(cell) == ""]
        kept = [
            (number, cells)
            for number, cells in enumerate(sheet.rows[1:], start=2)
            if cells.count("") + cells.count(None) != len(cells)
        ]  # blank rows skipped
        numbers = [number for number, _cells in kept]
        width = len(sheet.rows[0])
        rows = [
            cells if len(cells) == width else [*cells, *[""] * (width - len(cells))]
            for _n, cells in kept
        ]
        for index in unnamed:
            for number, cells in zip(numbers, rows, strict=True):
                if cells[index] not in (None, ""):
                    self.problem(
                        sheet.name,
                        number,
                        f"column {index + 1}",
                        "holds a value but the column has no name in row 1",
                    )
        # Column by column: one C-level map per column while every cell is good; cell by
        # cell, to report each problem, only in a column that has one.
        names: list[str] = []
        converted: list[list[Any]] = []
        bad: dict[int, list[str]] = {}  # row position -> columns whose cell was refused
        by_column = list(zip(*rows, strict=True)) if rows else []  # one C-level transpose
        for index, column in header:
            convert = conv.for_column(column)
            raw = by_column[index] if by_column else ()
            try:
                values = list(map(convert, raw))
            except ValueError:
                values = []
                for pos, cell in enumerate(raw):
                    try:
                        values.append(convert(cell))
                    except ValueError as exc:
                        self.problem(sheet.name, numbers[pos], column.name, str(exc))
                        values.append(None)
                        bad.setdefault(pos, []).append(column.name)
            if column.required and (None in values or "" in values):
                for pos, value in enumerate(values):
                    if (value is None or value == "") and column.name not in bad.get(pos, ()):
                        self.problem(sheet.name, numbers[pos], column.name, "is required")
                        bad.setdefault(pos, []).append(column.name)
            names.append(column.name)
            converted.append(values)
        out = [
            _Row(number, dict(zip(names, values, strict=True)), bool(missing))
            for number, values in zip(numbers, zip(*converted, strict=True), strict=True)
        ]
        if not converted:
            out = [_Row(number, {}, True) for number in numbers]
        for pos, refused in bad.items():
            out[pos].bad = True
            for name in refused:  # reported; left out so that no record is built from it
                del out[pos].values[name]
        return out

    def group(self, sheet: str, rows: list[_Row], columns: Sequence[Column]) -> list[list[_Row]]:
        """Rows with the same ref, in first-seen order; they must agree outside line columns."""
        groups: dict[str, list[_Row]] = {}
        shared = [c.name for c in columns if not c.line and c.name != "ref"]
        for row in rows:
            ref = row.values.get("ref")
            if not isinstance(ref, str) or not ref:
                continue
            group = groups.setdefault(ref.casefold(), [])
            if group:
                first = group[0]
                for name in shared:
                    if name not in first.values or name not in row.values:
                        continue  # a bad cell, already reported
                    a, b = first.values[name], row.values[name]
                    if a != b:
                        self.problem(
                            sheet,
                            row.number,
                            name,
                            f"differs from row {first.number} of the same ref {ref!r}; "
                            "rows of one record must agree outside the "
                            "nationality/role columns",
                        )
            group.append(row)
        return list(groups.values())

    def check(self, sheet: str, record: Record, rows: list[_Row], refs: References) -> None:
        for p in validate(record, refs, self.today):
            row = rows[p.line] if p.line is not None and p.line < len(rows) else rows[0]
            self.problem(sheet, row.number, p.field, p.message)


def _ok(rows: list[_Row]) -> bool:
    return not any(row.bad for row in rows)


# Converted cells are "" (text, vocabularies), None (dates, numbers) or () (code lists)
# when blank, so ``v.get(name) or default`` gives each field its blank value.


def _agency(v: dict[str, Any]) -> Agency:
    return Agency(
        v["code"], v["name"], v["jurisdiction"], v.get("name_zh") or "", v.get("kind") or ""
    )


def _case(v: dict[str, Any]) -> Case:
    return Case(
        v["case_no"],
        v["opened_on"],
        v["category"],
        v["agency"],
        v.get("cracked_on"),
        v.get("summary") or "",
    )


def _catch(rows: list[_Row]) -> Catch:
    v = rows[0].values
    get = v.get
    return Catch(
        v["ref"],
        v["date"],
        v["agency"],
        v["province"],
        v["destination"],
        tuple(
            [
                HeadCount(
                    r.values["nationality"],
                    r.values["persons"],
                    r.values.get("male"),
                    r.values.get("female"),
                    r.values.get("minors"),
                )
                for r in rows
            ]
        ),
        get("assisting_agencies") or (),
        get("place") or "",
        get("reason") or "",
        get("case_no") or "",
        get("notable") or False,
        get("press_note") or "",
        get("notes") or "",
    )


def _bust(rows: list[_Row]) -> Bust:
    v = rows[0].values
    get = v.get
    return Bust(
        v["ref"],
        v["date"],
        v["agency"],
        v["province"],
        v["gang"],
        v["broken_up"],
        tuple([Arrest(r.values["role"], r.values["origin"], r.values["arrested"]) for r in rows]),
        get("assisting_agencies") or (),
        get("place") or "",
        get("case_no") or "",
        get("notable") or False,
        get("press_note") or "",
        get("notes") or "",
    )


def read_workbook(
    store: Store, path: Path, *, today: dt.date | None = None
) -> tuple[list[Record], int, list[str]]:
    """Read and validate a workbook against the store. Nothing is written.

    Returns:
        The records, the number of data rows read, and the sheets skipped.

    Raises:
        ImportRefused: with every problem found.
    """
    reader = _Reader(today or dt.date.today())
    try:
        sheets = read_sheets(path)
    except UnsafeWorkbook as exc:
        raise ImportRefused([ImportProblem("", None, "", str(exc))]) from None
    by_name: dict[str, Sheet] = {}
    skipped: list[str] = []
    standard = {name.casefold(): name for name in SHEETS}
    for sheet in sheets:
        name = standard.get(sheet.name.strip().casefold())
        if name is None:
            if sheet.name.strip().casefold() not in HELPER_SHEETS:
                skipped.append(sheet.name)
        elif name in by_name:
            reader.problem(sheet.name, None, "", f"a second sheet named {name}")
        else:
            by_name[name] = Sheet(name, sheet.rows)
    if not by_name:
        raise ImportRefused(
            [ImportProblem("", None, "", f"{path.name} has none of the sheets {', '.join(SHEETS)}")]
        )

    refs = store.references()
    conv = _Converters(
        {code.casefold(): code for code in refs.agencies},
        store.agency_names(),
        {no.casefold(): no for no in refs.cases},
    )
    total_rows = 0

    def sheet_rows(name: str, key: str) -> list[_Row]:
        """The sheet's rows; for agencies and cases, repeated keys are reported and dropped."""
        nonlocal total_rows
        sheet = by_name.get(name)
        rows = reader.rows(sheet, SHEETS[name], conv) if sheet else []
        total_rows += len(rows)
        if key == "ref":
            return rows
        first: dict[str, int] = {}
        out = []
        for row in rows:
            value = row.values.get(key)
            if isinstance(value, str) and value:
                if value.casefold() in first:
                    reader.problem(
                        name,
                        row.number,
                        key,
                        f"{value!r} is already on row {first[value.casefold()]}",
                    )
                    continue
                first[value.casefold()] = row.number
            out.append(row)
        return out

    # Agencies first: the other sheets may name them by code or English name.
    agencies = [(row, _agency(row.values)) for row in sheet_rows(AGENCIES, "code") if _ok([row])]
    for _row, agency in agencies:
        conv.agency_codes[agency.code.casefold()] = agency.code
        conv.agency_names[agency.name.casefold()] = agency.code
    refs = References(refs.agencies | {a.code for _r, a in agencies}, refs.cases)
    for row, agency in agencies:
        reader.check(AGENCIES, agency, [row], refs)

    cases = [(row, _case(row.values)) for row in sheet_rows(CASES, "case_no") if _ok([row])]
    refs = References(refs.agencies, refs.cases | {c.case_no for _r, c in cases})
    for row, case in cases:
        reader.check(CASES, case, [row], refs)
        conv.cases.setdefault(case.case_no.casefold(), case.case_no)

    events: list[tuple[str, list[_Row], Record]] = []
    builders: tuple[tuple[str, Callable[[list[_Row]], Record]], ...] = (
        (CATCHES, _catch),
        (BUSTS, _bust),
    )
    for sheet_name, build in builders:
        groups = reader.group(sheet_name, sheet_rows(sheet_name, "ref"), SHEETS[sheet_name])
        for rows in groups:
            if not _ok(rows):
                continue
            record = build(rows)
            reader.check(sheet_name, record, rows, refs)
            events.append((sheet_name, rows, record))

    if reader.problems:
        order = {name: i for i, name in enumerate(SHEETS)}
        raise ImportRefused(
            sorted(reader.problems, key=lambda p: (order.get(p.sheet, -1), p.row or 0))
        )
    records: list[Record] = [a for _r, a in agencies]
    records += [c for _r, c in cases]
    records += [record for _s, _rows, record in events]
    return records, total_rows, skipped


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
        records, rows, skipped = read_workbook(store, path, today=today)
        if progress:
            progress("writing")
        summary = store.write_batch(records, progress=progress)
    return ImportResult(summary, rows, skipped)


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
