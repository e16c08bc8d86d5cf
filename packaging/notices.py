"""The third-party notices smugdesk ships: what it bundles, under which licence.

    python packaging/notices.py            write resources/licenses/THIRD-PARTY-NOTICES.txt
    python packaging/notices.py --check    exit 1 when that file no longer lists exactly
                                           the components smugdesk runs on

The components are smugdesk's runtime requirements and theirs, as installed in the
running environment (so run it in the project's venv), plus what comes with them
outside Python's packaging: the Python runtime a frozen build carries, Qt inside
the PySide6 wheels, and the font. Licence texts are copied from each distribution's
own metadata; the long common ones (LGPL, GPL, Apache) sit beside the file.

The frozen build checks the other direction too (packaging/smugdesk.spec calls
``unlisted()``): every top-level package PyInstaller bundles must belong to a
listed component or to Python's standard library.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt"
HEADING = re.compile(r"^==== (?P<name>.+?) ====$", re.MULTILINE)


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    home: str
    texts: tuple[tuple[str, str], ...] = ()  # (file name, text)


# Shipped with smugdesk, but not as a Python distribution of their own.
OUTSIDE_PACKAGING = (
    Component(
        "Python",
        "PSF-2.0 (the runtime inside a frozen build; its SQLite is public domain)",
        "https://www.python.org",
    ),
    Component(
        "Qt",
        "LGPL-3.0-only (inside the PySide6 wheels; full texts: LGPL-3.0.txt and GPL-3.0.txt "
        "beside this file; sources at https://download.qt.io/official_releases/qt/)",
        "https://www.qt.io",
    ),
    Component(
        "SQLCipher",
        "BSD-3-Clause (the SQLite engine inside the sqlcipher3 wheels, SQLite itself being "
        "public domain; full text: SQLCipher-BSD.txt beside this file)",
        "https://www.zetetic.net/sqlcipher/",
    ),
    Component(
        "OpenSSL",
        "Apache-2.0 (its libcrypto, linked into the sqlcipher3 wheels for SQLCipher's "
        "ciphers; full text: Apache-2.0.txt beside this file)",
        "https://www.openssl.org",
    ),
    Component(
        "libpq (PostgreSQL)",
        "PostgreSQL License (the client library inside the psycopg-binary wheels, with "
        "the OpenSSL, Kerberos, LDAP and SASL libraries they carry, each under its own "
        "licence listed in the wheel)",
        "https://www.postgresql.org/about/licence/",
    ),
    Component(
        "zxcvbn's list of common passwords",
        "MIT (resources/data/common-passwords.txt; full text: zxcvbn-MIT.txt beside this "
        "file)",
        "https://github.com/dropbox/zxcvbn",
    ),
    Component(
        "WenQuanYi Micro Hei",
        "Apache-2.0 (the font, resources/fonts; full text: Apache-2.0.txt beside this file)",
        "http://wenq.org",
    ),
)
# Licences whose texts stand beside the notices file rather than being repeated.
LGPL_NOTE = "full texts: LGPL-3.0.txt and GPL-3.0.txt beside this file"


def runtime_distributions(root: str = "smugdesk") -> list[metadata.Distribution]:
    """``root``'s requirements and theirs, as installed here, with the extras that
    are asked for (``psycopg[binary]``) and no others."""
    seen: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    done: set[tuple[str, frozenset[str]]] = set()
    while todo:
        raw, extras = todo.pop()
        name = canonicalize_name(raw)
        if (name, extras) in done:
            continue
        done.add((name, extras))
        dist = seen.setdefault(name, metadata.distribution(name))
        for line in dist.requires or []:
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is None or any(marker.evaluate({"extra": e}) for e in {"", *extras}):
                todo.append((requirement.name, frozenset(requirement.extras)))
    del seen[canonicalize_name(root)]
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("License-Expression"):
        return str(meta["License-Expression"])
    declared = (meta.get("License") or "").strip().splitlines()
    if declared and declared[0] and len(declared[0]) < 120:
        return declared[0].split(" (")[0].rstrip(",")
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text below"


def home_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    for url in meta.get_all("Project-URL") or []:
        label, _, address = url.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return address.strip()
    return str(meta.get("Home-page") or f"https://pypi.org/project/{meta['Name']}/")


def licence_texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    texts = []
    for file in dist.files or []:
        lowered = str(file).lower()
        if ".dist-info/" in lowered and re.search(r"licen[cs]e|copying|notice", lowered):
            path = Path(str(file.locate()))
            if path.is_file():
                texts.append((file.name, path.read_text(encoding="utf-8", errors="replace")))
    return tuple(texts)


def python_licence() -> tuple[tuple[str, str], ...]:
    """The running Python's own LICENSE (the runtime a frozen build carries)."""
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for path in (base / "lib" / version / "LICENSE.txt", base / "LICENSE.txt"):
        if path.is_file():
            return (("LICENSE.txt", path.read_text(encoding="utf-8", errors="replace")),)
    return ()


def components() -> list[Component]:
    python, *others = OUTSIDE_PACKAGING
    found = [Component(python.name, python.licence, python.home, python_licence()), *others]
    for dist in runtime_distributions():
        licence = licence_of(dist)
        if "LGPL" in licence:
            licence += f" (smugdesk uses it under LGPL-3.0-only; {LGPL_NOTE})"
        found.append(Component(dist.metadata["Name"], licence, home_of(dist), licence_texts(dist)))
    return found


def render(items: Iterable[Component]) -> str:
    out = [
        "smugdesk is licensed under the Apache License 2.0 (LICENSE.txt beside this file).",
        "It ships the following third-party components, each under its own licence.",
        "This file is written by packaging/notices.py from the components' own metadata.",
        "",
    ]
    for item in items:
        out += [f"==== {item.name} ====", f"Licence: {item.licence}", f"Home: {item.home}", ""]
        for file_name, text in item.texts:
            out += [f"--- {file_name} ---", text.strip(), ""]
    return "\n".join(out).rstrip() + "\n"


def listed_names(text: str) -> set[str]:
    return {canonicalize_name(m["name"]) for m in HEADING.finditer(text)}


def difference() -> tuple[set[str], set[str]]:
    """(components missing from the notices file, names in it that smugdesk no longer uses)."""
    listed = listed_names(NOTICES.read_text(encoding="utf-8")) if NOTICES.exists() else set()
    wanted = {canonicalize_name(c.name) for c in components()}
    return wanted - listed, listed - wanted


def unlisted(top_level_modules: Iterable[str]) -> list[str]:
    """Bundled top-level modules that belong to no listed component (nor the standard
    library, nor smugdesk): what a frozen build would ship without its notice."""
    listed = listed_names(NOTICES.read_text(encoding="utf-8"))
    owners = metadata.packages_distributions()
    missing = []
    for module in sorted(set(top_level_modules)):
        if module in sys.stdlib_module_names or module in {"smugdesk", "__main__"}:
            continue
        dists = {canonicalize_name(d) for d in owners.get(module, [])}
        if not dists or not dists & (listed | {"smugdesk"}):
            missing.append(module)
    return missing


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        missing, stale = difference()
        for name in sorted(missing):
            print(f"not in {NOTICES.name}: {name}", file=sys.stderr)
        for name in sorted(stale):
            print(f"in {NOTICES.name} but no longer used: {name}", file=sys.stderr)
        if missing or stale:
            print("run: python packaging/notices.py", file=sys.stderr)
            return 1
        return 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    NOTICES.write_text(render(components()), encoding="utf-8")
    print(f"wrote {NOTICES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
