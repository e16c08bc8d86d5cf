"""Where smugdesk keeps its things on this computer, beside the databases."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs

APP_NAME = "smugdesk"


def log_path() -> Path:
    """The log file: failures and their details, never record contents."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "smugdesk.log"


def scratch_root() -> Path:
    """Where temporary files (report previews) live: a folder of the user's cache that
    only the user can read, one subfolder per running smugdesk (its process id)."""
    root = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "scratch"
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    root.chmod(0o700)
    return root


def scratch_dir() -> Path:
    """This process's scratch folder (made on first use, readable by the user only)."""
    mine = scratch_root() / str(os.getpid())
    mine.mkdir(exist_ok=True, mode=0o700)
    return mine


def clean_scratch() -> list[Path]:
    """Remove the scratch folders of smugdesk processes that no longer run (one that was
    killed left its report previews behind) and this process's own; returns what went."""
    gone = []
    for folder in scratch_root().iterdir():
        if folder.is_dir() and (not folder.name.isdigit() or _finished(int(folder.name))):
            shutil.rmtree(folder, ignore_errors=True)
            gone.append(folder)
    return gone


@contextlib.contextmanager
def temporary_files_in_scratch() -> Iterator[Path]:
    """Every temporary file made meanwhile, the libraries' too, in this process's
    scratch folder: openpyxl writes each sheet of a workbook to a temporary file before
    it zips them (an export's every record), where a kill would leave it lying in the
    system's temporary directory. What killed smugdesks left behind goes first; on
    leaving, this process's folder goes too."""
    clean_scratch()
    before = tempfile.tempdir
    tempfile.tempdir = str(scratch_dir())
    try:
        yield Path(tempfile.tempdir)
    finally:
        tempfile.tempdir = before
        clean_scratch()


def _finished(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        return False  # it exists (another user's), or we cannot tell: leave it
    return False
