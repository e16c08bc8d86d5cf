"""The third-party notices list exactly what smugdesk runs on."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "notices.py"


@pytest.fixture(scope="module")
def notices():
    spec = importlib.util.spec_from_file_location("smugdesk_notices", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses looks its module up while it runs
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_the_notices_file_lists_every_runtime_component_and_nothing_else(notices):
    missing, stale = notices.difference()
    assert missing == set(), "run: python packaging/notices.py"
    assert stale == set()


def test_the_licences_that_matter_most_are_there_with_their_texts(notices):
    text = notices.NOTICES.read_text(encoding="utf-8")
    for heading in ("Qt", "PySide6", "WenQuanYi Micro Hei", "reportlab", "openpyxl", "Python"):
        assert f"==== {heading} ====" in text
    assert "LGPL-3.0-only" in text
    for full_text in ("LGPL-3.0.txt", "GPL-3.0.txt", "Apache-2.0.txt", "LICENSE.txt"):
        assert (notices.NOTICES.parent / full_text).is_file()


def test_a_bundled_module_without_a_notice_is_caught(notices):
    assert notices.unlisted(["sqlite3", "json", "smugdesk", "openpyxl", "PySide6"]) == []
    assert notices.unlisted(["pytest", "no_such_module_anywhere"]) == [
        "no_such_module_anywhere",
        "pytest",
    ]
