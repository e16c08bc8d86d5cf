"""The words of the reports in English, Simplified and Traditional Chinese, and the
press sentences built from the figures (the same for the PDF and the workbook)."""

from __future__ import annotations

import datetime as dt
import re

from smugdesk.domain.labels import country_name, label
from smugdesk.domain.words import Words, render, words
from smugdesk.reports.figures import MAINLAND, Figures
from smugdesk.reports.periods import Period

# The report's words, each a message of the catalogue (domain/words.py): the English
# here, the Chinese in domain/words_zh.py under "report.<key>".
_WORDS: dict[str, Words] = {
    "title": words("report.title", "Joint action against human smuggling: summary report"),
    "period": words("report.period", "Period"),
    "comparison": words("report.comparison", "Compared with"),
    "compared_stretch": words("report.compared_stretch", "Stretch compared"),
    "issued_by": words("report.issued_by", "Issued by"),
    "issuer": words("report.issuer", "Joint anti-smuggling operation office"),
    "issued_on": words("report.issued_on", "Date of issue"),
    "data_as_of": words("report.data_as_of", "Data as of"),
    "approval": words("report.approval", "Approval"),
    "all_approved": words("report.all_approved", "every record of this period is approved"),
    "approved_only": words(
        "report.approved_only",
        "approved records only: {catches:,} catches, {busts:,} gang busts and {cases:,} "
        "cracked cases of this period are not yet approved and are not counted",
    ),
    "with_unapproved": words(
        "report.with_unapproved",
        "includes records not yet approved: {catches:,} catches, {busts:,} gang busts and "
        "{cases:,} cracked cases",
    ),
    "disputed": words("report.disputed", "Conflicts"),
    "none_disputed": words(
        "report.none_disputed", "no record of this period holds a conflict between stations"
    ),
    "some_disputed": words(
        "report.some_disputed",
        "conflicts between stations not yet decided in {n:,} of this period's records; the "
        "values standing now are counted",
    ),
    "no_data_yet": words("report.no_data_yet", "no records yet"),
    "marking": words("report.marking", "RESTRICTED - for press conference preparation only"),
    "page": words("report.page", "Page {n} of {total}"),
    "headline": words("report.headline", "Headline figures"),
    "press": words("report.press", "Press sentences"),
    "persons": words("report.persons", "Persons caught"),
    "catches": words("report.catches", "Catches"),
    "assisted": words("report.assisted", "Catches assisted"),
    "busts": words("report.busts", "Gang busts"),
    "organizers": words("report.organizers", "Organizers arrested"),
    "gangs": words("report.gangs", "Gangs smashed"),
    "cases_cracked": words("report.cases_cracked", "Cases cracked"),
    "change": words("report.change", "Change"),
    "this_period": words("report.this_period", "This period"),
    "by_jurisdiction": words("report.by_jurisdiction", "By jurisdiction"),
    "by_agency": words("report.by_agency", "By agency"),
    "by_nationality": words("report.by_nationality", "By nationality"),
    "by_region": words("report.by_region", "By region of origin"),
    "by_month": words("report.by_month", "By month"),
    "organizers_by_role": words("report.organizers_by_role", "Organizers arrested by role"),
    "organizers_by_origin": words("report.organizers_by_origin", "Organizers arrested by origin"),
    "cases_by_category": words("report.cases_by_category", "Cases cracked by category"),
    "destinations": words("report.destinations", "Destinations"),
    "reasons": words("report.reasons", "Reasons"),
    "notable": words("report.notable", "Notable cases"),
    "comparison_table": words("report.comparison_table", "Comparison"),
    "jurisdiction": words("report.jurisdiction", "Jurisdiction"),
    "agency": words("report.agency", "Agency"),
    "code": words("report.code", "Code"),
    "nationality": words("report.nationality", "Nationality"),
    "region": words("report.region", "Region"),
    "month": words("report.month", "Month"),
    "role": words("report.role", "Role"),
    "origin": words("report.origin", "Origin"),
    "main_origins": words("report.main_origins", "Main origins"),
    "category": words("report.category", "Category"),
    "police_of": words("report.police_of", "Police"),
    "persons_in_cases": words("report.persons_in_cases", "Persons caught in these cases"),
    "destination": words("report.destination", "Destination"),
    "reason": words("report.reason", "Reason"),
    "share": words("report.share", "Share"),
    "date": words("report.date", "Date"),
    "what_happened": words("report.what_happened", "What happened"),
    "agencies": words("report.agencies", "Agencies"),
    "place": words("report.place", "Place"),
    "refs": words("report.refs", "Records"),
    "figure": words("report.figure", "Figure"),
    "summary": words("report.summary", "Summary"),
    "empty": words(
        "report.empty", "No catches, gang busts or cracked cases were recorded in this period."
    ),
    "no_notable": words("report.no_notable", "No record in this period is marked notable."),
    "total": words("report.total", "Total"),
    "change_against": words("report.change_against", "{change} against {period}: {old}"),
    "mainland_group": words("report.mainland_group", "mainland"),
}


def t(key: str, lang: str, **values: object) -> str:
    """A report word or phrase in ``lang``, through the one catalogue."""
    return render(_WORDS[key](**values), lang)


def approval_note(f: Figures, lang: str) -> str:
    """What the report says of the approval of its records."""
    catches, busts, cases = f.unapproved
    if not (catches or busts or cases):
        return t("all_approved", lang)
    key = "approved_only" if f.approved_only else "with_unapproved"
    return t(key, lang, catches=catches, busts=busts, cases=cases)


def disputed_note(f: Figures, lang: str) -> str:
    """What the report says of conflicts between stations in its period."""
    return t("some_disputed", lang, n=f.disputed) if f.disputed else t("none_disputed", lang)


def number(n: int) -> str:
    return f"{n:,}"


def percent(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:+.1%}" if value else "0.0%"


def change(current: int, previous: int) -> float | None:
    """Relative change, or None where there is nothing to compare with."""
    return (current - previous) / previous if previous else None


def _unit(n: int) -> int:
    """The place value below which a press figure is zeroed.

    The data standard says "three significant digits", but its examples (833 -> "more
    than 830", 53 exact) and the article ("more than 290 cases") keep two below 1,000:
    so do we, three from 1,000 up, and every figure under 100 exactly.
    """
    digits = len(str(abs(n)))
    if digits <= 2:
        return 1
    unit: int = 10 ** (digits - 2) if digits == 3 else 10 ** (digits - 3)
    return unit


def press_figure(n: int) -> tuple[int, bool]:
    """The press rule: the figure rounded down to its leading digits, and whether that
    is exact (67,642 -> (67,600, False); 53 -> (53, True))."""
    unit = _unit(n)
    rounded = n // unit * unit
    return rounded, rounded == n


# The press sentences' and dates' words (English here, Chinese in domain/words_zh.py).
_PRESS: dict[str, Words] = {
    "press.more_than": words("press.more_than", "more than {n}"),
    "press.fewer_than": words("press.fewer_than", "fewer than {n}"),
    "press.and": words("press.and", " and "),
    "press.comma": words("press.comma", ", "),
    "press.origin_mainly": words("press.origin_mainly", ", mainly from {regions},"),
    "press.origin": words("press.origin", " from {regions}"),
    "press.caught": words(
        "press.caught", "{figure} illegal immigrants{origin} were caught {when}."
    ),
    "press.cracked": words("press.cracked", "Mainland police cracked {cases} {cases_of}"),
    "press.seized": words("press.seized", " and seized {persons} illegal immigrants in them"),
    "press.while_hk": words("press.while_hk", ", while {n} were caught by Hong Kong police"),
    "press.stop": words("press.stop", "."),
    "press.hk_caught": words("press.hk_caught", "{n} were caught by Hong Kong police {when}."),
    "press.gangs": words(
        "press.gangs",
        "The police also smashed {gangs} gangs and arrested {organizers} organizers of the "
        "illegal activity.",
    ),
    "press.comparison": words(
        "press.comparison",
        "{before}, {police} caught {old} illegal immigrants; {after}, that number {trend} {new}.",
    ),
    "press.fell": words("press.fell", "fell to"),
    "press.rose": words("press.rose", "rose to"),
    "press.stayed": words("press.stayed", "stayed at"),
    "press.police.mainland": words("press.police.mainland", "mainland police"),
    "press.police.other": words("press.police.other", "other agencies"),
    "press.police.of": words("press.police.of", "{group} police"),
    "press.cases_of.smuggling into mainland": words(
        "press.cases_of.smuggling into mainland", "cases of smuggling people into the mainland"
    ),
    "press.cases_of.smuggling to Hong Kong": words(
        "press.cases_of.smuggling to Hong Kong", "cases of smuggling people to Hong Kong"
    ),
    "press.cases_of.smuggling to Macao": words(
        "press.cases_of.smuggling to Macao", "cases of smuggling people to Macao"
    ),
    "press.cases_of.other": words("press.cases_of.other", "other smuggling cases"),
    "date.day": words("date.day", "{day} {month} {year}", also=("month_n",)),
    "period.month": words("period.month", "in {month} {year}", also=("month_n",)),
    "period.months_in_year": words(
        "period.months_in_year", "between {first} and {last} {year}", also=("first_n", "last_n")
    ),
    "period.months": words(
        "period.months",
        "between {first} {start_year} and {last} {end_year}",
        also=("first_n", "last_n"),
    ),
    "period.day": words("period.day", "on {day}"),
    "period.days": words("period.days", "between {start} and {end}"),
    "period.label": words("period.label", "{start} - {end}"),
}


def _w(message_id: str, lang: str, **params: object) -> str:
    return render(_PRESS[message_id](**params), lang)


def press_number(n: int, lang: str) -> str:
    """'more than 67,600' / '超过67,600' or the exact figure."""
    rounded, exact = press_figure(n)
    return number(n) if exact else _w("press.more_than", lang, n=number(rounded))


def press_fewer(n: int, lang: str) -> str:
    """A figure that fell, the article's way: 396 -> 'fewer than 400' (or exact)."""
    unit = _unit(n)
    if n % unit == 0:
        return number(n)
    return _w("press.fewer_than", lang, n=number((n // unit + 1) * unit))


# English month names (the Chinese dates use the month's number).
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_text(day: dt.date, lang: str) -> str:
    """'24 November 2017' / '2017年11月24日'."""
    month = _MONTHS[day.month - 1]
    return _w("date.day", lang, day=day.day, month=month, month_n=day.month, year=day.year)


def period_text(p: Period, lang: str) -> str:
    """'between February 2016 and November 2017' / '2016年2月至2017年11月'."""
    s, e = p.start, p.end
    first, last = _MONTHS[s.month - 1], _MONTHS[e.month - 1]
    if p.whole_months and (s.year, s.month) == (e.year, e.month):
        return _w("period.month", lang, month=first, month_n=s.month, year=s.year)
    if p.whole_months and s.year == e.year:
        return _w(
            "period.months_in_year",
            lang,
            first=first,
            last=last,
            first_n=s.month,
            last_n=e.month,
            year=s.year,
        )
    if p.whole_months:
        return _w(
            "period.months",
            lang,
            first=first,
            last=last,
            first_n=s.month,
            last_n=e.month,
            start_year=s.year,
            end_year=e.year,
        )
    if s == e:
        return _w("period.day", lang, day=day_text(s, lang))
    return _w("period.days", lang, start=day_text(s, lang), end=day_text(e, lang))


def period_label(p: Period, lang: str) -> str:
    """The period as a heading: '1 February 2016 - 30 November 2017'."""
    if p.start == p.end:
        return day_text(p.start, lang)
    return _w("period.label", lang, start=day_text(p.start, lang), end=day_text(p.end, lang))


def _police(group: str, lang: str) -> str:
    if group == MAINLAND:
        return _w("press.police.mainland", lang)
    if group == "other":
        return _w("press.police.other", lang)
    return _w("press.police.of", lang, group=label(group, lang))


def _cases_of(category: str, lang: str) -> str:
    key = f"press.cases_of.{category}"
    return _w(key if key in _PRESS else "press.cases_of.other", lang)


def _join(items: list[str], lang: str) -> str:
    """'A, B and C' / 'A和B和C'."""
    if len(items) == 1:
        return items[0]
    return _w("press.comma", lang).join(items[:-1]) + _w("press.and", lang) + items[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def press_sentences(f: Figures, lang: str) -> list[str]:
    """Sentences in the article's style, every figure under the standard's press rule."""
    if f.empty:
        return [t("empty", lang)]
    out = _caught_sentences(f, lang)
    gangs, organizers = f.gangs_smashed[0], f.total.current.organizers
    if gangs or organizers:
        out.append(
            _w(
                "press.gangs",
                lang,
                gangs=press_number(gangs, lang),
                organizers=press_number(organizers, lang),
            )
        )
    out += _comparison_sentences(f, lang)
    return [_cap(sentence) for sentence in out]


def _caught_sentences(f: Figures, lang: str) -> list[str]:
    """Persons caught and where from; cases cracked by mainland police; Hong Kong's."""
    when = period_text(f.period, lang)
    now = f.total.current
    out: list[str] = []
    if now.persons:
        # The regions that together make up nine in ten of those caught (three at most).
        regions: list[str] = []
        covered = 0
        for share in f.regions:
            if covered >= 0.9 * now.persons or len(regions) == 3:
                break
            regions.append(label(share.key, lang))
            covered += share.persons
        origin_id = "press.origin_mainly" if covered < now.persons else "press.origin"
        origin = _w(origin_id, lang, regions=_join(regions, lang))
        figure = press_number(now.persons, lang)
        out.append(_w("press.caught", lang, figure=figure, origin=origin, when=when))
    hk_persons = f.group("Hong Kong").current.persons
    hk_said = False
    # Smuggling to Hong Kong first: the joint operation's own story.
    for row in sorted(f.cases, key=lambda r: r.category != "smuggling to Hong Kong"):
        if row.group != MAINLAND or not row.cases:
            continue
        sentence = _w(
            "press.cracked",
            lang,
            cases=press_number(row.cases, lang),
            cases_of=_cases_of(row.category, lang),
        )
        if row.persons:
            sentence += _w("press.seized", lang, persons=press_number(row.persons, lang))
        if row.category == "smuggling to Hong Kong" and hk_persons and not hk_said:
            sentence += _w("press.while_hk", lang, n=press_number(hk_persons, lang))
            hk_said = True
        out.append(sentence + _w("press.stop", lang))
    if hk_persons and not hk_said:
        out.append(_w("press.hk_caught", lang, n=press_number(hk_persons, lang), when=when))
    return out


def _comparison_sentences(f: Figures, lang: str) -> list[str]:
    out = []
    before, after = period_text(f.comparison, lang), period_text(f.matched, lang)
    for group in ("Hong Kong", MAINLAND, "Macao"):
        counts = f.group(group)
        old, new = counts.previous.persons, counts.matched.persons
        if not old and not new:
            continue
        # The earlier figure is quoted exactly, as the article quotes 1,444; the later
        # one by the press rule, "fewer than" when it fell.
        trend = "press.fell" if new < old else "press.rose" if new > old else "press.stayed"
        out.append(
            _w(
                "press.comparison",
                lang,
                before=before,
                after=after,
                police=_police(group, lang),
                old=number(old),
                trend=_w(trend, lang),
                new=press_fewer(new, lang) if new < old else press_number(new, lang),
            )
        )
    return out


# A published figure's path (reports.publishing.flat) read as the report names it:
# "agencies[GX-PSD].counts.current.persons" -> "By agency › GX-PSD › This period ›
# Persons caught". Parts not named here are shown as written.
_PATH_WORDS = {
    "total": "headline",
    "gangs_smashed": "gangs",
    "agencies": "by_agency",
    "jurisdictions": "by_jurisdiction",
    "nationalities": "by_nationality",
    "regions": "by_region",
    "months": "by_month",
    "roles": "organizers_by_role",
    "origins": "organizers_by_origin",
    "destinations": "destinations",
    "reasons": "reasons",
    "notable": "notable",
    "current": "this_period",
    "matched": "compared_stretch",
    "previous": "comparison",
    "persons": "persons",
    "catches": "catches",
    "assisted_catches": "assisted",
    "busts": "busts",
    "organizers": "organizers",
    "arrested": "organizers",
    "cases_cracked": "cases_cracked",
    "cases": "cases_cracked",
    "share": "share",
    "period": "period",
    "code": "code",
    "name": "agency",
    "jurisdiction": "jurisdiction",
    "category": "category",
    "month": "month",
    "role": "role",
}
_STRETCHES = ("this_period", "compared_stretch", "comparison")  # gangs_smashed[0..2]
_PATH_PART = re.compile(r"\[([^\]]*)\]|([^.\[\]]+)")


def figure_title(path: str, lang: str) -> str:
    """A published figure's path in the report's words, in ``lang``."""
    parts: list[str] = []
    table = ""  # the last list named: whose rows the bracketed names are
    for named, key in _PATH_PART.findall(path):
        if key == "counts":  # an agency's or jurisdiction's figures: no word of their own
            continue
        if key:
            table = key
            # "cases" heads the cases table, and inside a row is its count of cases
            word = "cases_by_category" if key == "cases" and not parts else _PATH_WORDS.get(key)
            parts.append(t(word, lang) if word else key)
        elif table == "gangs_smashed" and named in ("0", "1", "2"):
            parts.append(t(_STRETCHES[int(named)], lang))
        elif table == "origins" and named in ("0", "1"):  # (country, arrested)
            parts.append(t(("origin", "organizers")[int(named)], lang))
        elif table in ("nationalities", "origins"):
            parts.append(country_name(named, lang))
        else:
            parts.append(label(named, lang))
    return " › ".join(parts)
