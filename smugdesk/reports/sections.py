"""The report's tables and charts as plain data, built once from the figures.

Both writers lay out the same sections, so the PDF and the workbook show the same
tables with the same columns; each only decides how they look (``pdf.py`` as headed
tables and drawn charts on A4 pages, ``excel.py`` as a sheet each with number formats
and native charts). Values stay raw: counts as ints, shares and changes as fractions,
dates as dates; the writers format them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from smugdesk.domain.countries import countries
from smugdesk.domain.labels import country_name, label
from smugdesk.domain.words import render, words
from smugdesk.reports.figures import MAINLAND, Compared, Figures
from smugdesk.reports.text import change, period_label, t

TEXT, COUNT, SHARE, CHANGE, DATE = "text", "count", "share", "change", "date"


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    holds: str = TEXT  # what its values are: text, count, share, change, date
    wide: bool = False  # long text: gets the room left over, wraps


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    values: int  # the column charted; the categories are column 0
    previous: int | None = None  # a second series, the comparison, drawn beside
    horizontal: bool = False
    legend: tuple[str, str] = ("", "")  # (previous, values) when there are two series


@dataclass(frozen=True, slots=True)
class Section:
    key: str  # stable: tests, sheet order and layout choices name it
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    charts: tuple[Chart, ...] = ()
    total: tuple[Any, ...] | None = None  # a closing row set apart (all jurisdictions)


def report_sections(f: Figures, lang: str) -> list[Section]:
    """Every section of the report after the headline figures and press sentences, in
    reading order; sections with no rows are left out."""
    built = [
        *_comparisons(f, lang),
        _agencies(f, lang),
        _nationalities(f, lang),
        _regions(f, lang),
        _months(f, lang),
        _roles(f, lang),
        _role_origins(f, lang),
        _cases(f, lang),
        _shares("destinations", t("destinations", lang), t("destination", lang), f, lang),
        _shares("reasons", t("reasons", lang), t("reason", lang), f, lang),
        notable_section(f, lang),
    ]
    return [s for s in built if s.rows]


def _compared_heads(f: Figures, lang: str) -> list[Column]:
    heads = [Column(t("this_period", lang), COUNT)]
    if f.matched != f.period:
        heads.append(Column(period_label(f.matched, lang), COUNT))
    heads.append(Column(period_label(f.comparison, lang), COUNT))
    return [*heads, Column(t("change", lang), CHANGE)]


def _compared(f: Figures, values: tuple[int, int, int]) -> tuple[Any, ...]:
    now, mid, old = values
    return (now, *((mid,) if f.matched != f.period else ()), old, change(mid, old))


def _triple(c: Compared, attr: str) -> tuple[int, int, int]:
    return getattr(c.current, attr), getattr(c.matched, attr), getattr(c.previous, attr)


def headline_section(f: Figures, lang: str) -> Section:
    """The headline figures, each beside its comparison."""
    rows = [
        (t(key, lang), *_compared(f, _triple(f.total, key)))
        for key in ("persons", "catches", "busts", "organizers", "cases_cracked")
    ]
    rows.append((t("gangs", lang), *_compared(f, f.gangs_smashed)))
    return Section(
        "headline",
        t("headline", lang),
        (Column(t("figure", lang), wide=True), *_compared_heads(f, lang)),
        tuple(rows),
    )


def _comparisons(f: Figures, lang: str) -> list[Section]:
    """Persons, organizers and cases cracked by jurisdiction, against the comparison."""
    out = []
    for key in ("persons", "organizers", "cases_cracked"):
        rows = tuple(
            (label(j.jurisdiction, lang), *_compared(f, _triple(j.counts, key)))
            for j in f.jurisdictions
        )
        charts: tuple[Chart, ...] = ()
        if key == "persons":
            matched = 2 if f.matched != f.period else 1
            charts = (
                Chart(
                    t("persons", lang),
                    values=matched,
                    previous=matched + 1,
                    legend=(period_label(f.comparison, lang), period_label(f.matched, lang)),
                ),
            )
        out.append(
            Section(
                f"comparison_{key}",
                f"{t('comparison_table', lang)}: {t(key, lang)}",
                (Column(t("jurisdiction", lang), wide=True), *_compared_heads(f, lang)),
                rows,
                charts,
                total=(t("total", lang), *_compared(f, _triple(f.total, key))),
            )
        )
    return out


def _agencies(f: Figures, lang: str) -> Section:
    rows = []
    for a in f.agencies:
        c = a.counts
        name = a.name_zh if lang != "en" and a.name_zh else a.name
        rows.append(
            (
                f"{a.code} {name}",
                label(a.jurisdiction, lang),
                c.current.persons,
                c.previous.persons,
                change(c.matched.persons, c.previous.persons),
                c.current.catches,
                c.current.assisted_catches,
                c.current.busts,
                c.current.organizers,
                c.current.cases_cracked,
            )
        )
    columns = (
        Column(t("agency", lang), wide=True),
        Column(t("jurisdiction", lang)),
        Column(t("persons", lang), COUNT),
        Column(f"{t('persons', lang)} {period_label(f.comparison, lang)}", COUNT),
        Column(t("change", lang), CHANGE),
        Column(t("catches", lang), COUNT),
        Column(t("assisted", lang), COUNT),
        Column(t("busts", lang), COUNT),
        Column(t("organizers", lang), COUNT),
        Column(t("cases_cracked", lang), COUNT),
    )
    return Section("by_agency", t("by_agency", lang), columns, tuple(rows))


def _nationalities(f: Figures, lang: str) -> Section:
    known = countries()
    rows = tuple(
        (
            f"{country_name(s.key, lang)} ({s.key})",
            label(known[s.key].region, lang) if s.key in known else "",
            s.persons,
            s.share,
        )
        for s in f.nationalities
    )
    columns = (
        Column(t("nationality", lang), wide=True),
        Column(t("region", lang), wide=True),
        Column(t("persons", lang), COUNT),
        Column(t("share", lang), SHARE),
    )
    return Section("by_nationality", t("by_nationality", lang), columns, rows)


def _regions(f: Figures, lang: str) -> Section:
    rows = tuple((label(s.key, lang), s.persons, s.share) for s in f.regions)
    columns = (
        Column(t("region", lang), wide=True),
        Column(t("persons", lang), COUNT),
        Column(t("share", lang), SHARE),
    )
    chart = Chart(t("persons", lang), values=1, horizontal=True)
    return Section("by_region", t("by_region", lang), columns, rows, (chart,))


MONTH_SHORT = words("month.short", "{month}/{yy}")


def month_label(month: str, lang: str) -> str:
    y, m = month.split("-")
    return render(MONTH_SHORT(month=int(m), yy=y[2:]), lang)


def _months(f: Figures, lang: str) -> Section:
    rows = tuple(
        (month_label(m.month, lang), m.persons, m.catches, m.busts, m.organizers) for m in f.months
    )
    columns = (
        Column(t("month", lang), wide=True),
        *(Column(t(k, lang), COUNT) for k in ("persons", "catches", "busts", "organizers")),
    )
    charts = (Chart(t("persons", lang), values=1), Chart(t("organizers", lang), values=4))
    return Section("by_month", t("by_month", lang), columns, rows, charts)


def _roles(f: Figures, lang: str) -> Section:
    rows = tuple(
        (
            label(r.role, lang),
            r.arrested,
            ", ".join(f"{country_name(o, lang)} {n:,}" for o, n in r.origins[:4]),
        )
        for r in f.roles
    )
    columns = (
        Column(t("role", lang)),
        Column(t("organizers", lang), COUNT),
        Column(t("main_origins", lang), wide=True),
    )
    chart = Chart(t("organizers", lang), values=1, horizontal=True)
    return Section("organizers_by_role", t("organizers_by_role", lang), columns, rows, (chart,))


def _role_origins(f: Figures, lang: str) -> Section:
    rows = tuple(
        (label(r.role, lang), f"{country_name(origin, lang)} ({origin})", n)
        for r in f.roles
        for origin, n in r.origins
    )
    columns = (
        Column(t("role", lang)),
        Column(t("origin", lang), wide=True),
        Column(t("organizers", lang), COUNT),
    )
    return Section("organizers_by_origin", t("organizers_by_origin", lang), columns, rows)


def _cases(f: Figures, lang: str) -> Section:
    rows = tuple(
        (
            label(c.category, lang),
            t("mainland_group", lang) if c.group == MAINLAND else label(c.group, lang),
            c.cases,
            c.persons,
            c.catches,
        )
        for c in f.cases
    )
    columns = (
        Column(t("category", lang), wide=True),
        Column(t("police_of", lang)),
        Column(t("cases_cracked", lang), COUNT),
        Column(t("persons_in_cases", lang), COUNT),
        Column(t("catches", lang), COUNT),
    )
    return Section("cases_by_category", t("cases_by_category", lang), columns, rows)


def _shares(key: str, title: str, head: str, f: Figures, lang: str) -> Section:
    shares = f.destinations if key == "destinations" else f.reasons
    rows = tuple((label(s.key, lang), s.persons, s.catches, s.share) for s in shares)
    columns = (
        Column(head, wide=True),
        Column(t("persons", lang), COUNT),
        Column(t("catches", lang), COUNT),
        Column(t("share", lang), SHARE),
    )
    return Section(key, title, columns, rows)


def notable_section(f: Figures, lang: str) -> Section:
    rows = tuple(
        (
            n.date,
            " / ".join(n.agencies),
            n.place,
            n.persons,
            n.organizers,
            n.press_note,
            ", ".join(n.refs),
        )
        for n in f.notable
    )
    columns = (
        Column(t("date", lang), DATE),
        Column(t("agencies", lang)),
        Column(t("place", lang)),
        Column(t("persons", lang), COUNT),
        Column(t("organizers", lang), COUNT),
        Column(t("what_happened", lang), wide=True),
        Column(t("refs", lang)),
    )
    return Section("notable", t("notable", lang), columns, rows)


def as_of(stamp: str | None) -> dt.datetime | None:
    """The audit's UTC time of the last change, as a datetime (None before any)."""
    if not stamp:
        return None
    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
