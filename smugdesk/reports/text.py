"""The words of the reports in English, Simplified and Traditional Chinese, and the
press sentences built from the figures (the same for the PDF and the workbook)."""

from __future__ import annotations

import datetime as dt

from smugdesk.domain.labels import label
from smugdesk.reports.figures import MAINLAND, Figures
from smugdesk.reports.periods import Period

# key -> (English, Simplified, Traditional)
_TEXT: dict[str, tuple[str, str, str]] = {
    "title": (
        "Joint action against human smuggling: summary report",
        "打击偷渡联合行动情况汇总报告",
        "打擊偷渡聯合行動情況匯總報告",
    ),
    "period": ("Period", "统计期间", "統計期間"),
    "comparison": ("Compared with", "对比期间", "對比期間"),
    "compared_stretch": ("Stretch compared", "对比本期时段", "對比本期時段"),
    "issued_by": ("Issued by", "发布单位", "發佈單位"),
    "issuer": (
        "Joint anti-smuggling operation office",
        "打击偷渡联合行动办公室",
        "打擊偷渡聯合行動辦公室",
    ),
    "issued_on": ("Date of issue", "发布日期", "發佈日期"),
    "data_as_of": ("Data as of", "数据截至", "數據截至"),
    "no_data_yet": ("no records yet", "尚无记录", "尚無記錄"),
    "marking": (
        "RESTRICTED - for press conference preparation only",
        "内部资料 仅供新闻发布会准备使用",
        "內部資料 僅供新聞發佈會準備使用",
    ),
    "page": ("Page {n} of {total}", "第{n}页 共{total}页", "第{n}頁 共{total}頁"),
    "headline": ("Headline figures", "主要数据", "主要數據"),
    "press": ("Press sentences", "新闻稿用语", "新聞稿用語"),
    "persons": ("Persons caught", "抓获人数", "抓獲人數"),
    "catches": ("Catches", "查获起数", "查獲起數"),
    "assisted": ("Catches assisted", "协助查获", "協助查獲"),
    "busts": ("Gang busts", "打击团伙行动", "打擊團夥行動"),
    "organizers": ("Organizers arrested", "抓获组织者", "抓獲組織者"),
    "gangs": ("Gangs smashed", "打掉团伙", "打掉團夥"),
    "cases_cracked": ("Cases cracked", "破获案件", "破獲案件"),
    "change": ("Change", "变化", "變化"),
    "this_period": ("This period", "本期", "本期"),
    "by_jurisdiction": ("By jurisdiction", "按辖区", "按轄區"),
    "by_agency": ("By agency", "按单位", "按單位"),
    "by_nationality": ("By nationality", "按国籍", "按國籍"),
    "by_region": ("By region of origin", "按来源地区", "按來源地區"),
    "by_month": ("By month", "按月份", "按月份"),
    "organizers_by_role": (
        "Organizers arrested by role",
        "按角色统计抓获组织者",
        "按角色統計抓獲組織者",
    ),
    "organizers_by_origin": (
        "Organizers arrested by origin",
        "按来源统计抓获组织者",
        "按來源統計抓獲組織者",
    ),
    "cases_by_category": ("Cases cracked by category", "按类别统计破获案件", "按類別統計破獲案件"),
    "destinations": ("Destinations", "偷渡目的地", "偷渡目的地"),
    "reasons": ("Reasons", "偷渡原因", "偷渡原因"),
    "notable": ("Notable cases", "典型案例", "典型案例"),
    "comparison_table": ("Comparison", "同比情况", "同比情況"),
    "jurisdiction": ("Jurisdiction", "辖区", "轄區"),
    "agency": ("Agency", "单位", "單位"),
    "code": ("Code", "代码", "代碼"),
    "nationality": ("Nationality", "国籍", "國籍"),
    "region": ("Region", "地区", "地區"),
    "month": ("Month", "月份", "月份"),
    "role": ("Role", "角色", "角色"),
    "origin": ("Origin", "来源", "來源"),
    "main_origins": ("Main origins", "主要来源", "主要來源"),
    "category": ("Category", "类别", "類別"),
    "police_of": ("Police", "警方", "警方"),
    "persons_in_cases": ("Persons caught in these cases", "案件中查获人数", "案件中查獲人數"),
    "destination": ("Destination", "目的地", "目的地"),
    "reason": ("Reason", "原因", "原因"),
    "share": ("Share", "占比", "佔比"),
    "date": ("Date", "日期", "日期"),
    "what_happened": ("What happened", "案情", "案情"),
    "agencies": ("Agencies", "参与单位", "參與單位"),
    "place": ("Place", "地点", "地點"),
    "refs": ("Records", "记录编号", "記錄編號"),
    "figure": ("Figure", "项目", "項目"),
    "summary": ("Summary", "摘要", "摘要"),
    "empty": (
        "No catches, gang busts or cracked cases were recorded in this period.",
        "本期间没有查获、打击团伙或破案记录。",
        "本期間沒有查獲、打擊團夥或破案記錄。",
    ),
    "no_notable": (
        "No record in this period is marked notable.",
        "本期间没有标记为典型的记录。",
        "本期間沒有標記為典型的記錄。",
    ),
    "total": ("Total", "合计", "合計"),
    "mainland_group": ("mainland", "内地", "內地"),
}
_LANG_INDEX = {"en": 0, "zh-Hans": 1, "zh-Hant": 2}


def t(key: str, lang: str, **values: object) -> str:
    text = _TEXT[key][_LANG_INDEX[lang]]
    return text.format(**values) if values else text


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
