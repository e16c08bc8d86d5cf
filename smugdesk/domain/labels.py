"""How vocabulary values, regions and countries read in each language.

The stored values stay the data standard's English words; these are for display in
reports and the app.
"""

from __future__ import annotations

from smugdesk.domain.countries import countries

LANGUAGES = ("en", "zh-Hans", "zh-Hant")

# value -> (Simplified, Traditional); English shows the value itself.
_ZH: dict[str, tuple[str, str]] = {
    # jurisdictions and provinces
    "Guangdong": ("广东", "廣東"),
    "Guangxi": ("广西", "廣西"),
    "Yunnan": ("云南", "雲南"),
    "Hong Kong": ("香港", "香港"),
    "Macao": ("澳门", "澳門"),
    "national": ("全国", "全國"),
    "mainland": ("内地", "內地"),
    "other": ("其他", "其他"),
    "unknown": ("不详", "不詳"),
    # agency kinds
    "public security": ("公安", "公安"),
    "police": ("警察", "警察"),
    "immigration": ("入境事务", "入境事務"),
    "customs": ("海关", "海關"),
    # case categories
    "smuggling into mainland": ("偷渡入境内地", "偷渡入境內地"),
    "smuggling to Hong Kong": ("偷渡至香港", "偷渡至香港"),
    "smuggling to Macao": ("偷渡至澳门", "偷渡至澳門"),
    # reasons
    "work": ("务工", "務工"),
    "transit": ("中转", "中轉"),
    "family": ("探亲", "探親"),
    "crime": ("犯罪", "犯罪"),
    # roles
    "director": ("指挥者", "指揮者"),
    "recruiter": ("招募者", "招募者"),
    "transporter": ("运送者", "運送者"),
    "harbourer": ("窝藏者", "窩藏者"),
    "forger": ("伪造证件者", "偽造證件者"),
    # yes/no
    "yes": ("是", "是"),
    "no": ("否", "否"),
    # UN M49 sub-regions
    "South-eastern Asia": ("东南亚", "東南亞"),
    "Southern Asia": ("南亚", "南亞"),
    "Eastern Asia": ("东亚", "東亞"),
    "Central Asia": ("中亚", "中亞"),
    "Western Asia": ("西亚", "西亞"),
    "Northern Africa": ("北非", "北非"),
    "Eastern Africa": ("东非", "東非"),
    "Middle Africa": ("中非", "中非"),
    "Southern Africa": ("南部非洲", "南部非洲"),
    "Western Africa": ("西非", "西非"),
    "Northern Europe": ("北欧", "北歐"),
    "Eastern Europe": ("东欧", "東歐"),
    "Southern Europe": ("南欧", "南歐"),
    "Western Europe": ("西欧", "西歐"),
    "Northern America": ("北美", "北美"),
    "Central America": ("中美洲", "中美洲"),
    "South America": ("南美洲", "南美洲"),
    "Caribbean": ("加勒比", "加勒比"),
    "Australia and New Zealand": ("澳大利亚和新西兰", "澳洲和紐西蘭"),
    "Melanesia": ("美拉尼西亚", "美拉尼西亞"),
    "Micronesia": ("密克罗尼西亚", "密克羅尼西亞"),
    "Polynesia": ("波利尼西亚", "玻里尼西亞"),
    "Antarctica": ("南极洲", "南極洲"),
}


def label(value: str, lang: str) -> str:
    """A vocabulary value or region in ``lang`` (the value itself if unknown)."""
    if lang == "en" or value not in _ZH:
        return value
    hans, hant = _ZH[value]
    return hans if lang == "zh-Hans" else hant


def country_name(code: str, lang: str) -> str:
    c = countries().get(code)
    if c is None:
        return code
    return {"en": c.name, "zh-Hans": c.name_zh_hans}.get(lang, c.name_zh_hant)
