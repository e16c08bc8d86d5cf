"""The shipped files are package data, found wherever smugdesk is installed."""

import importlib.resources
import tomllib
from pathlib import Path

import pytest

from smugdesk.shipped import PACKAGE, resource

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "parts",
    [
        ("data", "countries.csv"),
        ("fonts", "wqy-microhei.ttc"),
        ("translations", "smugdesk_zh-Hans.qm"),
        ("translations", "smugdesk_zh-Hant.qm"),
        ("icons", "smugdesk.svg"),
        ("licenses", "LICENSE.txt"),
        ("licenses", "THIRD-PARTY-NOTICES.txt"),
    ],
)
def test_every_shipped_file_is_found_through_the_package(parts):
    path = resource(*parts)
    assert path.is_file(), path
    assert path.stat().st_size > 0
    # The same file importlib.resources gives, not a path guessed from the checkout.
    assert path.read_bytes() == importlib.resources.files(PACKAGE).joinpath(*parts).read_bytes()


def test_the_package_data_patterns_cover_every_shipped_file():
    """A file added under resources/ that no pattern ships would be missing from the wheel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"][PACKAGE]
    shipped = {p for pattern in patterns for p in (ROOT / "resources").glob(pattern)}
    unshipped = [
        p.relative_to(ROOT)
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
        and p not in shipped
        and p.suffix not in {".ts", ".py", ".pyc"}  # sources and the package marker
    ]
    assert unshipped == []


def test_every_package_folder_is_listed_for_the_build():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "smugdesk").rglob("__init__.py")
    }
    assert found | {PACKAGE} == listed
