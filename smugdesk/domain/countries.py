"""ISO 3166-1 countries with Chinese names and UN M49 sub-regions.

The table lives in ``resources/data/countries.csv`` (generated from pycountry's
ISO 3166-1 list and translations, with the M49 sub-regions of country_converter,
and a few Chinese short names corrected by hand).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from smugdesk.shipped import resource


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    name_zh_hans: str
    name_zh_hant: str
    region: str


# Common spellings officers type that are not in the ISO table's aliases.
_EXTRA_ALIASES = {
    "burma": "MMR",
    "macau": "MAC",
    "hongkong": "HKG",
    "mainland china": "CHN",
    "russia": "RUS",
    "iran": "IRN",
    "syria": "SYR",
    "tanzania": "TZA",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "moldova": "MDA",
    "brunei": "BRN",
    "east timor": "TLS",
}


@cache
def countries() -> dict[str, Country]:
    """All countries by alpha-3 code, in code order."""
    with resource("data", "countries.csv").open(encoding="utf-8", newline="") as f:
        return {
            row["code"]: Country(
                row["code"], row["name"], row["name_zh_hans"], row["name_zh_hant"], row["region"]
            )
            for row in csv.DictReader(f)
        }


@cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    with resource("data", "countries.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names = [row["code"], row["name"], *filter(None, row["aliases"].split(";"))]
            for name in names:
                table.setdefault(name.casefold(), row["code"])
    for alias, code in _EXTRA_ALIASES.items():
        table.setdefault(alias, code)
    return table


def country_code(text: str) -> str | None:
    """Return the alpha-3 code for a code or English name, or None if unknown."""
    return _lookup().get(" ".join(text.split()).casefold())


def country(code: str) -> Country:
    return countries()[code]


def region_of(code: str) -> str:
    return countries()[code].region
