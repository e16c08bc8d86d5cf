import datetime as dt

import pytest

from smugdesk.domain import parse
from smugdesk.domain.countries import countries, country, country_code, region_of


@pytest.mark.parametrize(
    "text,code",
    [
        ("VNM", "VNM"),
        ("vnm ", "VNM"),
        ("Viet Nam", "VNM"),
        ("vietnam", "VNM"),
        ("Myanmar", "MMR"),
        ("Burma", "MMR"),
        ("Hong Kong", "HKG"),
        ("Macau", "MAC"),
        ("Lao People's Democratic Republic", "LAO"),
        ("Laos", "LAO"),
        ("  Pakistan ", "PAK"),
    ],
)
def test_country_codes_from_codes_and_names(text, code):
    assert country_code(text) == code


def test_unknown_country():
    assert country_code("Atlantis") is None


def test_regions_follow_m49_and_chinese_names_exist():
    assert region_of("VNM") == "South-eastern Asia"
    assert region_of("BGD") == "Southern Asia"
    assert region_of("HKG") == "Eastern Asia"
    assert country("VNM").name_zh_hans == "越南"
    assert country("LAO").name_zh_hant == "老撾"
    assert len(countries()) == 249
    assert all(c.region and c.name_zh_hans and c.name_zh_hant for c in countries().values())


def test_dates():
    assert parse.date("2017-11-24") == dt.date(2017, 11, 24)
    assert parse.date(dt.datetime(2017, 11, 24)) == dt.date(2017, 11, 24)
    with pytest.raises(ValueError, match="not a date"):
        parse.date("24/11/2017")
    with pytest.raises(ValueError, match="time of day"):
        parse.date(dt.datetime(2017, 11, 24, 9, 30))


def test_whole_numbers():
    assert parse.whole_number(12.0) == 12
    assert parse.whole_number(" 7 ") == 7
    assert parse.whole_number("-3") == -3
    for bad in ("1.5", 1.5, "twelve", True, ""):
        with pytest.raises(ValueError, match="whole number"):
            parse.whole_number(bad)


def test_yes_no_and_code_lists():
    assert parse.yes_no(" YES ") is True
    assert parse.yes_no("no") is False
    with pytest.raises(ValueError, match="yes or no"):
        parse.yes_no("maybe")
    assert parse.code_list(" GD-PSD ; ;GX-PSD") == ("GD-PSD", "GX-PSD")
