"""How vocabulary values, regions and countries read in each language.

The stored values stay the data standard's English words; these are for display in
reports and the app.
"""

from __future__ import annotations

from smugdesk.domain.countries import countries
from smugdesk.domain.words import Words, render, words

# The values that have a Chinese label (the vocabularies' words and UN M49 regions).
VOCABULARY = (
    "Guangdong",
    "Guangxi",
    "Yunnan",
    "Hong Kong",
    "Macao",
    "national",
    "mainland",
    "other",
    "unknown",
    "public security",
    "police",
    "immigration",
    "customs",
    "smuggling into mainland",
    "smuggling to Hong Kong",
    "smuggling to Macao",
    "work",
    "transit",
    "family",
    "crime",
    "director",
    "recruiter",
    "transporter",
    "harbourer",
    "forger",
    "yes",
    "no",
    "approved",
    "South-eastern Asia",
    "Southern Asia",
    "Eastern Asia",
    "Central Asia",
    "Western Asia",
    "Northern Africa",
    "Eastern Africa",
    "Middle Africa",
    "Southern Africa",
    "Western Africa",
    "Northern Europe",
    "Eastern Europe",
    "Southern Europe",
    "Western Europe",
    "Northern America",
    "Central America",
    "South America",
    "Caribbean",
    "Australia and New Zealand",
    "Melanesia",
    "Micronesia",
    "Polynesia",
    "Antarctica",
)


# Each vocabulary value and region is a message of the catalogue (domain/words.py),
# "vocab.<value>", whose English is the value itself; the Chinese is in words_zh.py.
_WORDS: dict[str, Words] = {value: words(f"vocab.{value}", value) for value in VOCABULARY}


def label(value: str, lang: str) -> str:
    """A vocabulary value or region in ``lang`` (the value itself if unknown)."""
    found = _WORDS.get(value)
    return value if found is None else render(found(), lang)


def country_name(code: str, lang: str) -> str:
    c = countries().get(code)
    if c is None:
        return code
    return {"en": c.name, "zh-Hans": c.name_zh_hans}.get(lang, c.name_zh_hant)
