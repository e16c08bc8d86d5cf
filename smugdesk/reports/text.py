"""The words of the reports in English, Simplified and Traditional Chinese, and the
press sentences built from the figures (the same for the PDF and the workbook)."""

from __future__ import annotations

import datetime as dt

from smugdesk.domain.labels import label
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


def press_number(n: int, lang: str) -> str:
    """'more than 67,600' / '超过67,600' or the exact figure."""
    rounded, exact = press_figure(n)
    if exact:
        return number(n)
    return {"en": "more than {}", "zh-Hans": "超过{}", "zh-Hant": "超過{}"}[lang].format(
        number(rounded)
    )


def press_fewer(n: int, lang: str) -> str:
    """A figure that fell, the article's way: 396 -> 'fewer than 400' (or exact)."""
    unit = _unit(n)
    if n % unit == 0:
        return number(n)
    ceiling = (n // unit + 1) * unit
    return {"en": "fewer than {}", "zh-Hans": "不到{}", "zh-Hant": "不到{}"}[lang].format(
        number(ceiling)
    )


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
    if lang == "en":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def period_text(p: Period, lang: str) -> str:
    """'between February 2016 and November 2017' / '2016年2月至2017年11月'."""
    s, e = p.start, p.end
    if lang != "en":
        if p.whole_months:
            if (s.year, s.month) == (e.year, e.month):
                return f"{s.year}年{s.month}月"
            if s.year == e.year:
                return f"{s.year}年{s.month}月至{e.month}月"
            return f"{s.year}年{s.month}月至{e.year}年{e.month}月"
        if s == e:
            return day_text(s, lang)
        return f"{day_text(s, lang)}至{day_text(e, lang)}"
    if p.whole_months:
        first, last = _MONTHS[s.month - 1], _MONTHS[e.month - 1]
        if (s.year, s.month) == (e.year, e.month):
            return f"in {first} {s.year}"
        if s.year == e.year:
            return f"between {first} and {last} {s.year}"
        return f"between {first} {s.year} and {last} {e.year}"
    if s == e:
        return f"on {day_text(s, lang)}"
    return f"between {day_text(s, lang)} and {day_text(e, lang)}"


def period_label(p: Period, lang: str) -> str:
    """The period as a heading: '1 February 2016 - 30 November 2017'."""
    if p.start == p.end:
        return day_text(p.start, lang)
    sep = " - " if lang == "en" else "至"
    return f"{day_text(p.start, lang)}{sep}{day_text(p.end, lang)}"


def _police(group: str, lang: str) -> str:
    if group == MAINLAND:
        return {"en": "mainland police", "zh-Hans": "内地警方", "zh-Hant": "內地警方"}[lang]
    if group == "other":
        return {"en": "other agencies", "zh-Hans": "其他单位", "zh-Hant": "其他單位"}[lang]
    if lang == "en":
        return f"{group} police"
    return label(group, lang) + "警方"


def _cases_of(category: str, lang: str) -> str:
    if lang == "en":
        return {
            "smuggling into mainland": "cases of smuggling people into the mainland",
            "smuggling to Hong Kong": "cases of smuggling people to Hong Kong",
            "smuggling to Macao": "cases of smuggling people to Macao",
        }.get(category, "other smuggling cases")
    return label(category, lang) + ("案件" if category != "other" else "偷渡案件")


def _join(items: list[str], lang: str) -> str:
    if lang != "en":
        return "和".join(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def press_sentences(f: Figures, lang: str) -> list[str]:
    """Sentences in the article's style, every figure under the standard's press rule."""
    when = period_text(f.period, lang)
    now = f.total.current
    if f.empty:
        return [t("empty", lang)]
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
        mainly = covered < now.persons
        n = press_number(now.persons, lang)
        if lang == "en":
            origin = (
                f", mainly from {_join(regions, lang)},"
                if mainly
                else (f" from {_join(regions, lang)}")
            )
            out.append(f"{_cap(n)} illegal immigrants{origin} were caught {when}.")
        else:
            origin = ("主要" if mainly else "") + f"来自{_join(regions, lang)}的"
            if lang == "zh-Hant":
                origin = origin.replace("来自", "來自")
            verb = "抓获" if lang == "zh-Hans" else "抓獲"
            out.append(f"{when}，共{verb}{origin}非法入境者{n}人。")
    hk_persons = f.group("Hong Kong").current.persons
    hk_said = False
    # Smuggling to Hong Kong first: the joint operation's own story.
    rows = sorted(f.cases, key=lambda r: r.category != "smuggling to Hong Kong")
    for row in rows:
        if row.group != MAINLAND or not row.cases:
            continue
        cases, persons = press_number(row.cases, lang), press_number(row.persons, lang)
        if lang == "en":
            sentence = f"Mainland police cracked {cases} {_cases_of(row.category, lang)}" + (
                f" and seized {persons} illegal immigrants in them" if row.persons else ""
            )
            if row.category == "smuggling to Hong Kong" and hk_persons and not hk_said:
                sentence += (
                    f", while {press_number(hk_persons, lang)} were caught by Hong Kong police"
                )
                hk_said = True
            out.append(sentence + ".")
        else:
            police, crack, seize = (
                ("内地警方", "破获", "查获") if lang == "zh-Hans" else ("內地警方", "破獲", "查獲")
            )
            sentence = f"{police}{crack}{_cases_of(row.category, lang)}{cases}宗"
            if row.persons:
                sentence += f"，{seize}非法入境者{persons}人"
            if row.category == "smuggling to Hong Kong" and hk_persons and not hk_said:
                caught = "抓获" if lang == "zh-Hans" else "抓獲"
                sentence += f"；香港警方{caught}{press_number(hk_persons, lang)}人"
                hk_said = True
            out.append(sentence + "。")
    if hk_persons and not hk_said:
        n = press_number(hk_persons, lang)
        out.append(
            f"{_cap(n)} were caught by Hong Kong police {when}."
            if lang == "en"
            else f"香港警方{'抓获' if lang == 'zh-Hans' else '抓獲'}非法入境者{n}人。"
        )
    gangs, organizers = f.gangs_smashed[0], now.organizers
    if gangs or organizers:
        g, o = press_number(gangs, lang), press_number(organizers, lang)
        if lang == "en":
            out.append(
                f"The police also smashed {g} gangs and arrested {o} organizers "
                "of the illegal activity."
            )
        elif lang == "zh-Hans":
            out.append(f"警方还打掉偷渡团伙{g}个，抓获组织者{o}人。")
        else:
            out.append(f"警方還打掉偷渡團夥{g}個，抓獲組織者{o}人。")
    out += _comparison_sentences(f, lang)
    return out


def _comparison_sentences(f: Figures, lang: str) -> list[str]:
    out = []
    before, after = period_text(f.comparison, lang), period_text(f.matched, lang)
    for group in ("Hong Kong", MAINLAND, "Macao"):
        counts = f.group(group)
        old, new = counts.previous.persons, counts.matched.persons
        if not old and not new:
            continue
        police = _police(group, lang)
        # The earlier figure is quoted exactly, as the article quotes 1,444; the later
        # one by the press rule, "fewer than" when it fell.
        o = number(old)
        n = press_fewer(new, lang) if new < old else press_number(new, lang)
        if lang == "en":
            trend = "fell to" if new < old else "rose to" if new > old else "stayed at"
            out.append(
                f"{_cap(before)}, {police} caught {o} illegal immigrants; "
                f"{after}, that number {trend} {n}."
            )
        else:
            caught = "抓获" if lang == "zh-Hans" else "抓獲"
            if new < old:
                trend = "降至"
            elif new > old:
                trend = "升至"
            else:
                trend = "持平，为" if lang == "zh-Hans" else "持平，為"
            number_word = "这一数字" if lang == "zh-Hans" else "這一數字"
            out.append(
                f"{before}，{police}{caught}非法入境者{o}人；{after}，{number_word}{trend}{n}人。"
            )
    return out
