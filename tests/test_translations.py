"""The committed .qm files say what their Linguist sources say.

The .qm files are kept in git so that every install has them without Qt's tools;
this test is what keeps them honest. It compares by meaning (each message looked
up through QTranslator), not by bytes: lrelease's output may change between Qt
versions.
"""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from smugdesk.shipped import resource

SOURCES = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            yield (
                name,
                message.findtext("source") or "",
                message.findtext("comment"),
                (translation.text or ""),
            )


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_compiled_translations_match_their_sources(lang):
    ts = SOURCES / f"smugdesk_{lang}.ts"
    translator = QTranslator()
    assert translator.load(str(resource("translations", f"smugdesk_{lang}.qm")))
    messages = list(_messages(ts))
    assert len(messages) > 100
    stale = [
        (context, source)
        for context, source, comment, text in messages
        if translator.translate(context, source, comment) != text
    ]
    assert stale == [], "run `make translations` and commit the .qm files"


def test_no_source_is_left_untranslated():
    for ts in SOURCES.glob("*.ts"):
        unfinished = ET.parse(ts).getroot().findall(".//translation[@type='unfinished']")
        assert unfinished == [], ts.name
