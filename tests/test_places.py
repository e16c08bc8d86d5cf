"""Temporary files live in a folder only the user can read, and what a killed smugdesk
left there is cleaned at the next start."""

import os
import stat
import subprocess
import sys

from smugdesk.places import clean_scratch, scratch_dir, scratch_root


def test_scratch_is_private_and_a_killed_processs_leftovers_are_cleaned():
    mine = scratch_dir()
    assert mine.parent == scratch_root()
    for folder in (scratch_root(), mine):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    leftover = scratch_root() / dead.stdout.strip()
    (leftover / "report-x").mkdir(parents=True)
    (leftover / "report-x" / "preview.pdf").write_bytes(b"%PDF")
    alive = scratch_root() / str(os.getppid())  # a process that still runs
    alive.mkdir(exist_ok=True)
    gone = clean_scratch()
    assert leftover in gone and not leftover.exists()
    assert alive.exists() and not mine.exists()
    alive.rmdir()


def test_a_workbooks_temporary_files_are_made_in_scratch_and_gone_after(tmp_path, monkeypatch):
    """openpyxl writes each sheet to a temporary file before zipping it: an export's
    every record. They are made in the process's private scratch folder (cleaned at the
    next start if smugdesk is killed meanwhile), not the system's temporary directory."""
    import tempfile

    from openpyxl.worksheet import _writer

    from smugdesk.cli import main

    made = []
    real = _writer.create_temporary_file
    monkeypatch.setattr(
        _writer, "create_temporary_file", lambda *a: made.append(real(*a)) or made[-1]
    )
    system_tmp = tempfile.gettempdir()
    assert main(["export", "--db", str(tmp_path / "d.sqlite"), str(tmp_path / "all.xlsx")]) == 0
    assert made and all(os.path.dirname(p) == str(scratch_root() / str(os.getpid())) for p in made)
    assert not any(os.path.exists(p) for p in made)
    assert tempfile.gettempdir() == system_tmp  # given back when the command ends
