"""Turning a column of imported cells into record values: one converter per column,
applied to each distinct cell once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from smugdesk.domain import parse
from smugdesk.domain.countries import country_code
from smugdesk.domain.validation import NOT_ONE_OF, UNKNOWN_AGENCY, UNKNOWN_CASE
from smugdesk.domain.vocab import canonical
from smugdesk.domain.words import WordsError, words
from smugdesk.io.standard import Column

NOT_A_COUNTRY = words(
    "import.not_a_country", "{value!r} is not an ISO 3166-1 alpha-3 code or country name"
)


class Converters:
    """A cell converter per column."""

    def __init__(
        self, agency_codes: dict[str, str], agency_names: dict[str, str], cases: dict[str, str]
    ) -> None:
        self.agency_codes = agency_codes
        self.agency_names = agency_names
        self.cases = cases  # casefolded case number -> its spelling

    def for_column(self, column: Column) -> Callable[[object], object]:
        kind = column.holds
        if kind == "text":
            return _text
        if kind == "int":
            return _whole_or_none
        return self._converter(column)

    def _converter(self, column: Column) -> Callable[[object], object]:
        kind = column.holds
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


def convert_column(convert: Callable[[object], object], raw: Sequence[object]) -> list[Any]:
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
