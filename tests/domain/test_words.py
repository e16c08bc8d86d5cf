"""One catalogue of words: every message in every language, with the same parameters."""

import importlib
import pkgutil
import string

import pytest

from smugdesk.domain.words import (
    english_templates,
    message_json,
    message_of,
    other_parameters,
    render,
    user_language,
    words,
)
from smugdesk.domain.words_zh import ZH


def _fields(template):
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def _import_every_module():
    """Messages are declared where they are raised: import every module below the UI."""
    import smugdesk

    for module in pkgutil.walk_packages(smugdesk.__path__, "smugdesk."):
        if not module.name.startswith(("smugdesk.ui", "smugdesk.__main__")):
            importlib.import_module(module.name)


def test_every_message_has_both_chinese_scripts_with_the_same_parameters():
    _import_every_module()
    english = english_templates()
    assert set(ZH) == set(english)
    for message_id, template in english.items():
        allowed = _fields(template) | set(other_parameters(message_id))
        for translated in ZH[message_id]:
            assert _fields(translated) <= allowed, message_id


def test_a_message_reads_in_each_language():
    from smugdesk.domain.validation import SEXES_ABOVE

    message = SEXES_ABOVE(female=9, male=7, persons=12)
    assert str(message) == "9 female and 7 male is more than the 12 persons on this row"
    assert render(message, "zh-Hans") == "女9人加男7人，多于本行的12人"
    assert render(message, "zh-Hant") == "女9人加男7人，多於本行的12人"


def test_an_id_cannot_mean_two_things():
    with pytest.raises(ValueError, match="declared twice"):
        words("required", "must be given")


@pytest.mark.parametrize(
    "env,lang",
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh-Hans"),
        ({"LANG": "zh_SG.UTF-8"}, "zh-Hans"),
        ({"LANG": "zh_TW.UTF-8"}, "zh-Hant"),
        ({"LANG": "zh_HK.UTF-8"}, "zh-Hant"),
        ({"LANG": "zh_MO.UTF-8"}, "zh-Hant"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "zh_HK.UTF-8"}, "zh-Hant"),
        ({"LANG": "zh_HK.UTF-8", "LC_MESSAGES": "zh_TW", "LC_ALL": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_the_users_language_comes_from_the_locale(env, lang):
    assert user_language(env) == lang


def test_a_kept_message_comes_back_whole_and_an_unknown_text_as_written():
    from smugdesk.hub.sync import CLASHED
    from smugdesk.store.incoming import WHY_FORK

    message = CLASHED(why=WHY_FORK(station="s-1", seq=3))
    kept = message_json(message)
    assert render(message_of(kept), "zh-Hans") == render(message, "zh-Hans")
    assert "s-1 wrote two different changes numbered 3" in render(message_of(kept), "en")
    assert "s-1" in render(message_of(kept), "zh-Hant")
    for text in ("the hub was away", '{"id": "no.such.id", "params": {}}', "[1, 2]"):
        assert render(message_of(text), "en") == text
