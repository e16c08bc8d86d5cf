"""One catalogue of words for what smugdesk tells people outside Qt's widgets.

A message is an id and named parameters. Its English template is declared beside the
rule that raises it (``WRONG = words("area.what", "{value!r} is wrong")`` next to the
check), and ``render`` gives it in English, Simplified or Traditional Chinese; the
Chinese templates sit in one table (``words_zh.py``) that a test keeps complete. Words
never travel as English sentences to be taken apart later.

Why not gettext and Babel (Picard's way): our messages are keyed by id, not by their
English text, so rewording a sentence does not orphan its translations; and Babel's
CLDR data would add some 30 MB to a frozen build that has 7 MB left of its budget.
Numbers format alike in the three languages ({n:,}); dates are written ISO.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from smugdesk.domain.words_zh import ZH

LANGUAGES = ("en", "zh-Hans", "zh-Hant")
_ENGLISH: dict[str, str] = {}
_ALSO: dict[str, tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    params: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return render(self, "en")


class Words:
    """A message's id and English template; calling it with the parameters gives the
    message."""

    __slots__ = ("english", "id")

    def __init__(self, message_id: str, english: str, also: tuple[str, ...] = ()) -> None:
        if _ENGLISH.get(message_id, english) != english:
            raise ValueError(f"message id {message_id!r} is declared twice")
        _ENGLISH[message_id] = english
        _ALSO[message_id] = also
        self.id = message_id
        self.english = english

    def __call__(self, **params: object) -> Message:
        return Message(self.id, tuple(params.items()))


def words(message_id: str, english: str, also: tuple[str, ...] = ()) -> Words:
    """Declare a message (beside the rule that raises it). ``also``: parameters that
    other languages' templates use and the English one does not (a month's number)."""
    return Words(message_id, english, also)


class WordsError(ValueError):
    """A ValueError that carries its message: parsers raise it, callers render it."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def english_templates() -> Mapping[str, str]:
    return dict(_ENGLISH)


def other_parameters(message_id: str) -> tuple[str, ...]:
    """The parameters only other languages' templates use (``words(..., also=...)``)."""
    return _ALSO.get(message_id, ())


def render(message: Message, lang: str) -> str:
    """The message in ``lang`` ("en", "zh-Hans" or "zh-Hant")."""
    template = _ENGLISH[message.id]
    if lang != "en":
        hans, hant = ZH[message.id]
        template = hans if lang == "zh-Hans" else hant
    params = {k: render(v, lang) if isinstance(v, Message) else v for k, v in message.params}
    return template.format(**params)


def message_json(message: Message) -> str:
    """A message as a table keeps it: its id and parameters (nested messages too) as
    canonical JSON, rendered in the reader's language when shown (``message_of``)."""
    return orjson.dumps(_kept(message), option=orjson.OPT_SORT_KEYS).decode()


def _kept(message: Message) -> dict[str, Any]:
    params = {k: _kept(v) if isinstance(v, Message) else v for k, v in message.params}
    return {"id": message.id, "params": params}


def message_of(text: str) -> Message:
    """The message ``message_json`` kept; a text that is none this version knows (an
    older one's English sentence, say) is shown as it is."""
    try:
        return _message(orjson.loads(text))
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        return AS_WRITTEN(text=text)


def _message(found: Any) -> Message:
    if found["id"] not in _ENGLISH:
        raise KeyError(found["id"])
    return Message(
        found["id"],
        tuple(
            (k, _message(v) if isinstance(v, dict) else v) for k, v in found["params"].items()
        ),
    )


def user_language(env: Mapping[str, str] | None = None) -> str:
    """The language of the user's locale, as POSIX tools choose it: LC_ALL, else
    LC_MESSAGES, else LANG. zh_CN and zh_SG give Simplified Chinese; zh_TW, zh_HK and
    zh_MO Traditional; anything else English."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return _language_of(value)
    return "en"


def _language_of(locale: str) -> str:
    tag = locale.split(".")[0].split("@")[0].replace("-", "_").casefold()
    if not tag.startswith("zh"):
        return "en"
    if any(part in tag for part in ("_tw", "_hk", "_mo", "hant")):
        return "zh-Hant"
    return "zh-Hans"


AS_WRITTEN = words("words.as_written", "{text}")
