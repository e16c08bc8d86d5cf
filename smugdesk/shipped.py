"""The files smugdesk ships: countries table, fonts, translations, icons, licences.

They live in the top-level ``resources/`` folder of the source tree, which
pyproject.toml installs as the package ``smugdesk.resources``. Reading them
through ``importlib.resources`` finds them alike in a wheel, an editable install
and a frozen build, wherever each puts them.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib.resources import as_file, files
from pathlib import Path

PACKAGE = "smugdesk.resources"
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def resource(*parts: str) -> Path:
    """The path of a shipped file, for the libraries that want a real file (Qt, reportlab).

    Installed packages are plain folders and the path is used as it is; were the
    package ever imported from a zip, the file is extracted once for the process.
    """
    item = files(PACKAGE)
    for part in parts:  # one at a time: a namespace package's path takes one part
        item = item.joinpath(part)
    if isinstance(item, Path):
        return item
    return _extracted.enter_context(as_file(item))
