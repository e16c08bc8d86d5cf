"""Import of a data-standard workbook: all or nothing, every problem at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
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
    values: dict[str, Any]


class _Converters:
    """Cell converters per column kind, memoised: a campaign's cells repeat a lot."""

    def __init__(
        self, agency_codes: dict[str, str], agency_names: dict[str, str], cases: dict[str, str]
    ) -> None:
        self.agency_codes = agency_codes
        self.agency_names = agency_names
        self.cases = cases  # casefolded case number -> its spelling
        self._memo: dict[tuple[str, object], object] = {}

    def convert(self, column: Column, raw: object) -> object:
        kind = column.kind
        if kind == "text":
            return parse.text(raw)
        if kind == "int":
            if raw is None or raw == "":
                return None
            return parse.whole_number(raw)
        key = (column.name, raw if not isinstance(raw, str) else raw.strip())
        try:
            return self._memo[key]
        except KeyError:
            value = self._convert(column, raw)
            self._memo[key] = value
            return value
        except TypeError:  # unhashable: never from calamine, but be safe
            return self._convert(column, raw)

    def forget(self) -> None:
        self._memo.clear()

    def _convert(self, column: Column, raw: object) -> object:
        kind = column.kind
        if kind == "date":
            return None if parse.text(raw) == "" else parse.date(raw)
        raw_text = parse.text(raw)
        if kind == "vocab":
            if not raw_text:
                return ""
            if column.vocabulary == ("yes", "no"):
                return parse.yes_no(raw_text)
            word = canonical(raw_text, column.vocabulary)
            if word is None:
                raise ValueError(f"{raw_text!r} is not one of: {', '.join(column.vocabulary)}")
            return word
        if kind == "country":
            if not raw_text:
                return ""
            code = country_code(raw_text)
            if code is None:
                raise ValueError(f"{raw_text!r} is not an ISO 3166-1 alpha-3 code or country name")
            return code
        if kind == "agency":
            return self.agency(raw_text)
        if kind == "codes":
            return tuple(self.agency(code) for code in parse.code_list(raw_text))
        if kind == "case":
            if raw_text and raw_text.casefold() not in self.cases:
                raise ValueError(f"{raw_text!r} is not a known case")
            return self.cases.get(raw_text.casefold(), "")
        raise AssertionError(f"unknown column kind {kind}")

    def agency(self, text: str) -> str:
        """The code of an agency given by code or English name ('' stays '')."""
        folded = " ".join(text.split()).casefold()
        code = self.agency_codes.get(folded) or self.agency_names.get(folded)
        if code is None and text:
            raise ValueError(f"{text!r} is not a known agency")
        return code or ""


class _Reader:
    def __init__(self, store: Store, today: dt.date) -> None:
        self.store = store
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
        out: list[_Row] = []
        width = len(sheet.rows[0])
        for number, cells in enumerate(sheet.rows[1:], start=2):
            if all(c is None or c == "" for c in cells):
                continue
            for extra in range(width, len(cells)):
                if cells[extra] not in (None, ""):
                    self.problem(
                        sheet.name,
                        number,
                        f"column {extra + 1}",
                        "holds a value but has no column name",
                    )
            values: dict[str, Any] = {}
            for index, column in header:
                raw = cells[index] if index < len(cells) else None
                try:
                    value = conv.convert(column, raw)
                except ValueError as exc:
                    self.problem(sheet.name, number, column.name, str(exc))
                    value = _BAD
                if column.required and (value is None or value == "") and value is not _BAD:
                    self.problem(sheet.name, number, column.name, "is required")
                    value = _BAD
                values[column.name] = value
            for name in missing:  # reported once on the header; no record is built
                values[name] = _BAD
            out.append(_Row(number, values))
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
                    a, b = first.values.get(name), row.values.get(name)
                    if a is not _BAD and b is not _BAD and a != b:
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


_BAD: Any = object()  # a cell that could not be converted (already reported)


def _ok(rows: list[_Row]) -> bool:
    return all(v is not _BAD for row in rows for v in row.values.values())


def _opt(values: dict[str, Any], name: str, default: Any = "") -> Any:
    value = values.get(name)
    return default if value is None or value == "" else value


def _agency(v: dict[str, Any]) -> Agency:
    return Agency(v["code"], v["name"], v["jurisdiction"], _opt(v, "name_zh"), _opt(v, "kind"))


def _case(v: dict[str, Any]) -> Case:
    return Case(
        v["case_no"],
        v["opened_on"],
        v["category"],
        v["agency"],
        _opt(v, "cracked_on", None),
        _opt(v, "summary"),
    )


def _event(v: dict[str, Any]) -> dict[str, Any]:
    return {
        "ref": v["ref"],
        "date": v["date"],
        "agency": v["agency"],
        "province": v["province"],
        "assisting_agencies": _opt(v, "assisting_agencies", ()),
        "place": _opt(v, "place"),
        "case_no": _opt(v, "case_no"),
        "notable": _opt(v, "notable", False),
        "press_note": _opt(v, "press_note"),
        "notes": _opt(v, "notes"),
    }


def _catch(rows: list[_Row]) -> Catch:
    v = rows[0].values
    return Catch(
        destination=v["destination"],
        reason=_opt(v, "reason"),
        counts=tuple(
            HeadCount(
                r.values["nationality"],
                r.values["persons"],
                r.values.get("male"),
                r.values.get("female"),
                r.values.get("minors"),
            )
            for r in rows
        ),
        **_event(v),
    )


def _bust(rows: list[_Row]) -> Bust:
    v = rows[0].values
    return Bust(
        gang=v["gang"],
        broken_up=v["broken_up"],
        arrests=tuple(
            Arrest(r.values["role"], r.values["origin"], r.values["arrested"]) for r in rows
        ),
        **_event(v),
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
    reader = _Reader(store, today or dt.date.today())
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
    conv.forget()  # agency cells may now resolve to the workbook's agencies
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
    if progress:
        progress("reading")
    records, rows, skipped = read_workbook(store, path, today=today)
    if progress:
        progress("writing")
    summary = store.write_batch(records, progress=progress)
    return ImportResult(summary, rows, skipped)
