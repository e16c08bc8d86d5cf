"""Validation of records: every problem at once, each naming its field in plain words."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Container, Iterable

from smugdesk.domain import vocab
from smugdesk.domain.countries import countries
from smugdesk.domain.records import (
    Agency,
    Bust,
    Case,
    Catch,
    HeadCount,
    Problem,
    Record,
    References,
)
from smugdesk.domain.words import words

# Longest text each field may hold. Excel cells hold 32,767 characters; ours are
# far shorter so that reports and lists stay readable.
MAX_LENGTH = {
    "station_name": 60,
    "code": 20,
    "name": 200,
    "name_zh": 200,
    "case_no": 40,
    "ref": 40,
    "place": 200,
    "gang": 200,
    "press_note": 500,
    "summary": 4000,
    "notes": 4000,
    "title": 200,  # a report's
    "issuer": 200,  # a report's
}
MULTILINE = frozenset({"summary", "notes"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


REQUIRED = words("required", "is required")
TOO_LONG = words("too_long", "is {length:,} characters long; at most {limit:,}")
CONTROL = words("control", "must not hold control characters (found {found})")
LINE_BREAK = words("line_break", "must not hold line breaks or control characters (found {found})")
NOT_ONE_OF = words("not_one_of", "{value!r} is not one of: {choices}")
FUTURE = words("future", "{day} is in the future")
UNKNOWN_AGENCY = words("unknown_agency", "{code!r} is not a known agency")
SELF_ASSIST = words("self_assist", "{code} made the record; it cannot also assist")
LISTED_TWICE = words("listed_twice", "{code} is listed twice")
UNKNOWN_CASE = words("unknown_case", "{case_no!r} is not a known case")
BELOW_MIN = words("below_min", "{value} is less than {minimum}")
ABOVE_MAX = words("above_max", "{value:,} is more than {maximum:,}")
CODE_SPACES = words("code_spaces", "{code!r} must not contain spaces")
BEFORE_OPENED = words("before_opened", "{day} is before the case was opened ({opened})")
NO_COUNTS = words("no_counts", "at least one nationality with its persons is required")
UNKNOWN_COUNTRY = words("unknown_country", "{code!r} is not a known country")
NATIONALITY_TWICE = words("nationality_twice", "{code} is listed twice in this catch")
SEXES_ABOVE = words(
    "sexes_above", "{female} female and {male} male is more than the {persons} persons on this row"
)
MINORS_ABOVE = words(
    "minors_above", "{minors} minors is more than the {persons} persons on this row"
)
NO_ARRESTS = words("no_arrests", "at least one row of arrests by role and origin is required")
ARREST_TWICE = words("arrest_twice", "{role}s from {origin} are listed twice")


def check_text(field: str, value: str, *, required: bool = False) -> list[Problem]:
    """Problems with a text field: missing, too long, or holding control characters."""
    if not value:
        return [Problem(field, REQUIRED())] if required else []
    problems = []
    limit = MAX_LENGTH[field]
    if len(value) > limit:
        problems.append(Problem(field, TOO_LONG(length=len(value), limit=limit)))
    if value.isprintable():  # the common case: no control character, no line break
        return problems
    pattern = _CONTROL if field in MULTILINE else _CONTROL_OR_NEWLINE
    bad = pattern.search(value)
    if bad:
        name = unicodedata.name(bad.group(), f"U+{ord(bad.group()):04X}")
        rule = CONTROL if field in MULTILINE else LINE_BREAK
        problems.append(Problem(field, rule(found=name.title())))
    return problems


def _check_vocab(
    field: str, value: str, choices: tuple[str, ...], *, required: bool = True
) -> list[Problem]:
    if not value:
        return [Problem(field, REQUIRED())] if required else []
    if value not in choices:
        return [Problem(field, NOT_ONE_OF(value=value, choices=", ".join(choices)))]
    return []


def _check_day(field: str, day: dt.date | None, today: dt.date) -> list[Problem]:
    if day is not None and day > today:
        return [Problem(field, FUTURE(day=day.isoformat()))]
    return []


def _check_agencies(agency: str, assisting: Iterable[str], refs: References) -> list[Problem]:
    problems = []
    if not agency:
        problems.append(Problem("agency", REQUIRED()))
    elif agency not in refs.agencies:
        problems.append(Problem("agency", UNKNOWN_AGENCY(code=agency)))
    seen: set[str] = set()
    for code in assisting:
        if code not in refs.agencies:
            problems.append(Problem("assisting_agencies", UNKNOWN_AGENCY(code=code)))
        elif code == agency:
            problems.append(Problem("assisting_agencies", SELF_ASSIST(code=code)))
        elif code in seen:
            problems.append(Problem("assisting_agencies", LISTED_TWICE(code=code)))
        seen.add(code)
    return problems


def _check_case_ref(case_no: str, refs: References) -> list[Problem]:
    if case_no and case_no not in refs.cases:
        return [Problem("case_no", UNKNOWN_CASE(case_no=case_no))]
    return []


def _check_count(field: str, value: int | None, line: int) -> list[Problem]:
    minimum, maximum = vocab.COUNT_LIMITS[field]
    if value is not None and value < minimum:
        return [Problem(field, BELOW_MIN(value=value, minimum=minimum), line)]
    if value is not None and maximum is not None and value > maximum:
        return [Problem(field, ABOVE_MAX(value=value, maximum=maximum), line)]
    return []


def validate_agency(agency: Agency) -> list[Problem]:
    problems = check_text("code", agency.code, required=True)
    if agency.code and any(ch.isspace() for ch in agency.code):
        problems.append(Problem("code", CODE_SPACES(code=agency.code)))
    problems += check_text("name", agency.name, required=True)
    problems += check_text("name_zh", agency.name_zh)
    problems += _check_vocab("jurisdiction", agency.jurisdiction, vocab.JURISDICTIONS)
    problems += _check_vocab("kind", agency.kind, vocab.AGENCY_KINDS, required=False)
    return problems


def validate_case(case: Case, refs: References, today: dt.date) -> list[Problem]:
    problems = check_text("case_no", case.case_no, required=True)
    problems += _check_day("opened_on", case.opened_on, today)
    problems += _check_day("cracked_on", case.cracked_on, today)
    if case.cracked_on is not None and case.cracked_on < case.opened_on:
        problems.append(
            Problem(
                "cracked_on",
                BEFORE_OPENED(day=case.cracked_on.isoformat(), opened=case.opened_on.isoformat()),
            )
        )
    problems += _check_vocab("category", case.category, vocab.CASE_CATEGORIES)
    problems += _check_agencies(case.agency, (), refs)
    problems += check_text("summary", case.summary)
    return problems


def _plain(field: str, value: str) -> bool:
    """A text that certainly passes check_text: short enough, no control character."""
    return len(value) <= MAX_LENGTH[field] and value.isprintable()


def _common_is_clean(record: Catch | Bust, refs: References, today: dt.date) -> bool:
    """True when the fields catches and busts share certainly pass every rule of
    _validate_common. A quick test for the usual clean record, so that a bulk import
    skips the detailed checks; whenever it says False, they run and give the messages."""
    return (
        bool(record.ref)
        and _plain("ref", record.ref)
        and record.date <= today
        and record.agency in refs.agencies
        and not record.assisting_agencies
        and record.province in vocab.PROVINCES
        and _plain("place", record.place)
        and (not record.case_no or record.case_no in refs.cases)
        and _plain("press_note", record.press_note)
        and _plain("notes", record.notes)
    )


def _count_is_clean(count: HeadCount, known: Container[str], seen: set[str]) -> bool:
    """True when a head count certainly passes every rule of validate_catch's loop
    (the same kind of quick test as _common_is_clean)."""
    male, female, minors = count.male, count.female, count.minors
    return (
        1 <= count.persons <= vocab.MAX_PERSONS
        and (male is None or male >= 0)
        and (female is None or female >= 0)
        and count.persons >= (male or 0) + (female or 0)
        and (minors is None or 0 <= minors <= count.persons)
        and count.nationality in known
        and count.nationality not in seen
    )


def _validate_common(record: Catch | Bust, refs: References, today: dt.date) -> list[Problem]:
    if _common_is_clean(record, refs, today):
        return []
    problems = check_text("ref", record.ref, required=True)
    problems += _check_day("date", record.date, today)
    problems += _check_agencies(record.agency, record.assisting_agencies, refs)
    problems += _check_vocab("province", record.province, vocab.PROVINCES)
    problems += check_text("place", record.place)
    problems += _check_case_ref(record.case_no, refs)
    problems += check_text("press_note", record.press_note)
    problems += check_text("notes", record.notes)
    return problems


def validate_catch(catch: Catch, refs: References, today: dt.date) -> list[Problem]:
    problems = _validate_common(catch, refs, today)
    problems += _check_vocab("destination", catch.destination, vocab.DESTINATIONS)
    problems += _check_vocab("reason", catch.reason, vocab.REASONS, required=False)
    if not catch.counts:
        problems.append(Problem("nationality", NO_COUNTS()))
    known = countries()
    seen: set[str] = set()
    for line, count in enumerate(catch.counts):
        if _count_is_clean(count, known, seen):
            seen.add(count.nationality)
            continue
        if not count.nationality:
            problems.append(Problem("nationality", REQUIRED(), line))
        elif count.nationality not in known:
            problems.append(Problem("nationality", UNKNOWN_COUNTRY(code=count.nationality), line))
        elif count.nationality in seen:
            problems.append(Problem("nationality", NATIONALITY_TWICE(code=count.nationality), line))
        seen.add(count.nationality)
        problems += _check_count("persons", count.persons, line)
        problems += _check_count("male", count.male, line)
        problems += _check_count("female", count.female, line)
        problems += _check_count("minors", count.minors, line)
        male, female = count.male or 0, count.female or 0
        if count.persons >= 1 and male >= 0 and female >= 0 and male + female > count.persons:
            problems.append(
                Problem(
                    "female", SEXES_ABOVE(female=female, male=male, persons=count.persons), line
                )
            )
        if count.persons >= 1 and count.minors is not None and count.minors > count.persons:
            problems.append(
                Problem("minors", MINORS_ABOVE(minors=count.minors, persons=count.persons), line)
            )
    return problems


def validate_bust(bust: Bust, refs: References, today: dt.date) -> list[Problem]:
    problems = _validate_common(bust, refs, today)
    problems += check_text("gang", bust.gang, required=True)
    if not bust.arrests:
        problems.append(Problem("role", NO_ARRESTS()))
    known = countries()
    seen: set[tuple[str, str]] = set()
    for line, arrest in enumerate(bust.arrests):
        problems += [
            Problem(p.field, p.message, line)
            for p in _check_vocab("role", arrest.role, vocab.ROLES)
        ]
        if not arrest.origin:
            problems.append(Problem("origin", REQUIRED(), line))
        elif arrest.origin not in known:
            problems.append(Problem("origin", UNKNOWN_COUNTRY(code=arrest.origin), line))
        elif (arrest.role, arrest.origin) in seen:
            problems.append(
                Problem("origin", ARREST_TWICE(role=arrest.role, origin=arrest.origin), line)
            )
        seen.add((arrest.role, arrest.origin))
        problems += _check_count("arrested", arrest.arrested, line)
    return problems


def validate(record: Record, refs: References, today: dt.date) -> list[Problem]:
    """The rules for any kind of record."""
    if isinstance(record, Agency):
        return validate_agency(record)
    if isinstance(record, Case):
        return validate_case(record, refs, today)
    if isinstance(record, Catch):
        return validate_catch(record, refs, today)
    if isinstance(record, Bust):
        return validate_bust(record, refs, today)
    raise TypeError(f"not a record: {record!r}")
