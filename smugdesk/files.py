"""Writing files so that a failure never leaves half a file under the chosen name, and
never over a database in use."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from smugdesk.domain.words import WordsError, words

OVER_DATABASE = words(
    "files.over_database",
    "{file} is a database, or a file of one in use (its log, its key file): nothing was "
    "written. Choose another file.",
)
# The files of every database open in this process (real paths, how many stores hold
# each): `smugdesk export --db X X` wrote the workbook over the database.
_IN_USE: Counter[str] = Counter()
_COUNTING = threading.Lock()
_PARTS = ("", "-wal", "-shm", "-journal", "-keys")


class OverDatabase(WordsError):
    """A document was to be written over a database in use; nothing was written."""

    expected = True  # the app says it in plain words


def parts_of(db: Path | str) -> list[str]:
    """The database's file and those SQLite and smugdesk keep beside it (its log, its
    key file, ...), one spelling each."""
    return [_real(f"{db}{suffix}") for suffix in _PARTS]


def is_part_of(path: Path | str, db: Path | str) -> bool:
    """Whether ``path`` is the database at ``db`` or one of its files, by whatever path."""
    return _real(path) in parts_of(db)


def hold(db: Path | str) -> None:
    """A store opened ``db``: no document may be written over it or its files."""
    parts = parts_of(db)
    with _COUNTING:  # stores open and close in worker threads too
        _IN_USE.update(parts)


def release(db: Path | str) -> None:
    """The store that held ``db`` closed."""
    parts = parts_of(db)
    with _COUNTING:
        _IN_USE.subtract(parts)
        for part in [p for p, n in _IN_USE.items() if n <= 0]:
            del _IN_USE[part]


def _real(path: Path | str) -> str:
    """One spelling per file: links followed, and on Windows any case."""
    return os.path.normcase(os.path.realpath(path))


def refuse_database(target: Path | str, *, document: bool = True) -> None:
    """Raises OverDatabase when ``target`` is a database open here or one of its files,
    or, for a ``document``, any SQLite database (`smugdesk template campaign.sqlite`, a
    slip of the hand). A backup or a bundle may replace an older one: neither is a
    document."""
    if _IN_USE.get(_real(target)) or (document and _is_sqlite(target)):
        raise OverDatabase(OVER_DATABASE(file=str(target)))


def _is_sqlite(path: Path | str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:  # not there (or not a file): nothing to lose
        return False


@contextlib.contextmanager
def named_for(target: Path, hidden: Path | None = None) -> Iterator[None]:
    """A failure about ``hidden`` (the temporary file standing in for ``target`` until it
    is whole; None: any file) names ``target``, the file the user asked for."""
    try:
        yield
    except OSError as exc:
        if exc.strerror and (hidden is None or exc.filename in (hidden, str(hidden))):
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """A temporary path beside ``path``; moved onto ``path`` only if the block succeeds."""
    target = Path(path)
    refuse_database(target)
    with named_for(target):
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent
        )
    os.close(fd)
    try:
        with named_for(target, Path(tmp)):
            yield Path(tmp)
            os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_stream(path: Path | str) -> Iterator[io.BytesIO]:
    """An in-memory file for a library to write a document into; once the block
    succeeds it goes to disk beside ``path`` and is moved onto it. A full disk or a
    read-only folder then fails here, in one plain OSError with nothing left behind,
    instead of inside reportlab or openpyxl, which leave files open and half-written
    archives behind when a write fails mid-way."""
    buffer = io.BytesIO()
    yield buffer
    with atomic_path(path) as tmp, open(tmp, "wb", buffering=0) as out:
        data = memoryview(buffer.getbuffer())
        while data:
            data = data[out.write(data) or 0 :]
        os.fsync(out.fileno())


def copy_whole(source: Path, target: Path | str) -> None:
    """Copy a finished document to where the person chose: whole or not at all, and
    never over a database in use."""
    with atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)
