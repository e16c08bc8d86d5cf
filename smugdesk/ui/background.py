"""Long work off the UI thread: one small helper that runs a job in the thread pool and
calls back on the main thread (the shape of Anki's CollectionOp)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    """Signals: done(result), failed(exception, traceback text)."""

    done = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the caller's failure callback
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


_RUNNING: set[_Job] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception, str], None],
) -> None:
    """Run ``work`` in a worker thread (it must open its own database connection), then
    call ``on_done(result)`` or ``on_failed(exception, details)`` on the main thread."""
    job = _Job(work)
    job.setAutoDelete(False)
    _RUNNING.add(job)

    def finish_ok(result: Any) -> None:
        _RUNNING.discard(job)
        on_done(result)

    def finish_failed(exc: Exception, details: str) -> None:
        _RUNNING.discard(job)
        on_failed(exc, details)

    job.signals.done.connect(finish_ok)
    job.signals.failed.connect(finish_failed)
    QThreadPool.globalInstance().start(job)
