"""What a refused import says: each problem at its sheet, row and column, in words
from the catalogue (``domain/words.py``), rendered in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass

from smugdesk.domain.words import Message, render, words

UNKNOWN_COLUMN = words("import.unknown_column", "is not a column of sheet {sheet}")
COLUMN_TWICE = words("import.column_twice", "appears twice in the header row")
COLUMN_MISSING = words("import.column_missing", "is a required column and is missing")
UNNAMED_COLUMN = words("import.unnamed_column", "holds a value but the column has no name in row 1")
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
        """ "Catches row 14, female: ..." in ``lang``."""
        return render(self.as_message(), lang)

    def as_message(self) -> Message:
        if not (self.sheet or self.column):
            return self.message
        where = (
            WHERE_SHEET(sheet=self.sheet)
            if self.row is None
            else WHERE_ROW(sheet=self.sheet, row=self.row)
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
