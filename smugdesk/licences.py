"""What smugdesk ships under which licence, read from its third-party notices file.

``packaging/notices.py`` writes that file from the installed components' metadata
and the build checks it against what is bundled; this module only reads it, for
Help > About.
"""

from __future__ import annotations

import importlib.metadata
import platform
import re
from dataclasses import dataclass

from smugdesk.shipped import resource

_ENTRY = re.compile(r"^==== (?P<name>.+?) ====\nLicence: (?P<licence>.+)$", re.MULTILINE)
# Components that are not Python distributions, and where their version comes from.
_VERSION_FROM = {"Python": None, "Qt": "PySide6_Essentials", "WenQuanYi Micro Hei": None}
_KNOWN_VERSIONS = {"WenQuanYi Micro Hei": "0.2.0-beta"}


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str


def notices_text() -> str:
    return resource("licenses", "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")


def licence_text() -> str:
    return resource("licenses", "LICENSE.txt").read_text(encoding="utf-8")


def shipped_components() -> list[Component]:
    """Each component in the notices file, with the version installed here."""
    return [
        Component(m["name"], _version(m["name"]), m["licence"].split(" (")[0])
        for m in _ENTRY.finditer(notices_text())
    ]


def _version(name: str) -> str:
    if name == "Python":
        return platform.python_version()
    if name in _KNOWN_VERSIONS:
        return _KNOWN_VERSIONS[name]
    try:
        return importlib.metadata.version(_VERSION_FROM.get(name) or name)
    except importlib.metadata.PackageNotFoundError:
        return ""
