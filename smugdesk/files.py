"""Writing files so that a failure never leaves half a file under the chosen name."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


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
