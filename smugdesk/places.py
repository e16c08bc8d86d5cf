"""Where smugdesk keeps its things on this computer, beside the databases."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "smugdesk"


def log_path() -> Path:
    """The log file: failures and their details, never record contents."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "smugdesk.log"
