"""The sheets and columns of the data standard's workbook (``vocab.STANDARD_VERSION``):
one table that the importer, the exporter and the template all read."""

from __future__ import annotations

from dataclasses import dataclass

from smugdesk.domain import vocab


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    required: bool
    holds: str  # what a cell holds: text, date, int, yesno, codes, country, agency, case, vocab
    vocabulary: tuple[str, ...] = ()
    help: str = ""
    line: bool = False  # one value per nationality/role row rather than per record


def _v(name: str, required: bool, words: tuple[str, ...], *, line: bool = False) -> Column:
    return Column(name, required, "vocab", words, "one of: " + ", ".join(words), line)


AGENCIES = "Agencies"
CASES = "Cases"
CATCHES = "Catches"
BUSTS = "Gang busts"

SHEETS: dict[str, tuple[Column, ...]] = {
    AGENCIES: (
        Column("code", True, "text", help="unique, no spaces (GD-PSD, HKPF)"),
        Column("name", True, "text", help="English name"),
        Column("name_zh", False, "text", help="Chinese name"),
        _v("jurisdiction", True, vocab.JURISDICTIONS),
        _v("kind", False, vocab.AGENCY_KINDS),
    ),
    CASES: (
        Column("case_no", True, "text", help="unique"),
        Column("opened_on", True, "date"),
        Column("cracked_on", False, "date", help="not before opened_on"),
        _v("category", True, vocab.CASE_CATEGORIES),
        Column("agency", True, "agency", help="agency code or English name"),
        Column("summary", False, "text"),
    ),
    CATCHES: (
        Column("ref", True, "text", help="unique per catch; rows with the same ref are one catch"),
        Column("date", True, "date", help="not in the future"),
        Column("agency", True, "agency", help="agency code or English name"),
        Column("assisting_agencies", False, "codes", help="agency codes separated by ;"),
        _v("province", True, vocab.PROVINCES),
        Column("place", False, "text"),
        _v("destination", True, vocab.DESTINATIONS),
        _v("reason", False, vocab.REASONS),
        Column(
            "nationality",
            True,
            "country",
            help="ISO 3166-1 alpha-3 code or English name",
            line=True,
        ),
        Column("persons", True, "int", help="whole number, 1 to 5,000", line=True),
        Column("male", False, "int", line=True),
        Column("female", False, "int", help="male + female never more than persons", line=True),
        Column("minors", False, "int", help="not more than persons", line=True),
        Column("case_no", False, "case", help="a case in sheet Cases or already in the database"),
        _v("notable", False, vocab.YES_NO),
        Column("press_note", False, "text", help="one sentence for the report's notable cases"),
        Column("notes", False, "text"),
    ),
    BUSTS: (
        Column("ref", True, "text", help="unique per bust; rows with the same ref are one bust"),
        Column("date", True, "date", help="not in the future"),
        Column("agency", True, "agency", help="agency code or English name"),
        Column("assisting_agencies", False, "codes", help="agency codes separated by ;"),
        _v("province", True, vocab.PROVINCES),
        Column("place", False, "text"),
        Column("gang", True, "text", help="the gang's name or file code"),
        _v("broken_up", True, vocab.YES_NO),
        _v("role", True, vocab.ROLES, line=True),
        Column(
            "origin", True, "country", help="ISO 3166-1 alpha-3 code or English name", line=True
        ),
        Column("arrested", True, "int", help="whole number, 0 to 1,000", line=True),
        Column("case_no", False, "case", help="as for catches"),
        _v("notable", False, vocab.YES_NO),
        Column("press_note", False, "text", help="as for catches"),
        Column("notes", False, "text"),
    ),
}
