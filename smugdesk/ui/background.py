"""Long work off the UI thread: one small helper that runs a job in the thread pool and
calls back on the main thread (the shape of Anki's CollectionOp)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from smugdesk.ui.failures import UnexpectedFailure, is_expected, show_unexpected


class _Signals(QObject):
    """Signals: done(result), failed(exception, traceback text),
    progress(text, fraction done from 0 to 1, or None when unknown)."""

    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(str, object)


Report = Callable[..., None]  # report(text) or report(text, fraction)
Work = Callable[[Report], Any]


class _Job(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def report(self, text: str, fraction: float | None = None) -> None:
        self.signals.progress.emit(text, fraction)

    def run(self) -> None:
        try:
            # Signals cross threads safely: the text reaches the main thread queued.
            result = self.work(self.report)
        except Exception as exc:  # handed to the caller's failure callback
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


_RUNNING: set[_Job] = set()


def run_in_background(
    work: Work,
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    on_progress: Callable[[str, float | None], None] | None = None,
) -> None:
    """Run ``work(report)`` in a worker thread (it must open its own database connection);
    each ``report(text)`` or ``report(text, fraction)`` reaches ``on_progress(text,
    fraction or None)`` on the main thread. Then ``on_done(result)`` or
    ``on_failed(exception)`` is called on the main thread.

    An expected failure (``failures.is_expected``) reaches ``on_failed`` as it is, for
    its message; a bug's traceback is logged and shown in a copyable box first, and
    ``on_failed`` gets an ``UnexpectedFailure`` whose message says where the details are.
    """
    job = _Job(work)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    job.setAutoDelete(False)
    _RUNNING.add(job)

    def finish_ok(result: Any) -> None:
        _RUNNING.discard(job)
        on_done(result)

    def finish_failed(exc: Exception, details: str) -> None:
        _RUNNING.discard(job)
        if is_expected(exc):
            on_failed(exc)
            return
        show_unexpected(details)
        on_failed(UnexpectedFailure())

    job.signals.done.connect(finish_ok)
    job.signals.failed.connect(finish_failed)
    QThreadPool.globalInstance().start(job)


def run_and_wait(
    work: Work, on_progress: Callable[[str, float | None], None] | None = None
) -> Any:
    """Run ``work(report)`` in a worker thread and wait for it with the event loop
    turning (windows keep painting, and one shown meanwhile can say how far it got);
    its result, or what it raised (``run_in_background``'s failures: an unexpected one
    was shown and comes back as an ``UnexpectedFailure``)."""
    loop = QEventLoop()
    outcome: list[Any] = []
    failure: list[Exception] = []

    def done(result: Any) -> None:
        outcome.append(result)
        loop.quit()

    def failed(exc: Exception) -> None:
        failure.append(exc)
        loop.quit()

    run_in_background(work, done, failed, on_progress)
    loop.exec()  # the job's signals are queued: they arrive only once this turns
    if not (outcome or failure):  # the loop was ended early (the app quitting)
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.sendPostedEvents()  # the job's last signals
    if failure:
        raise failure[0]
    return outcome[0]


def waiting_window(name: str, text: str, parent: QWidget | None = None) -> QProgressDialog:
    """A small window, shown at once, saying what the app waits for (``run_and_wait``):
    no Cancel button (the work cannot be stopped half-way), a busy bar until it is
    given a range."""
    shown = QProgressDialog(text, "", 0, 0, parent)
    shown.setObjectName(name)
    shown.setWindowTitle("smugdesk")
    shown.setCancelButton(None)
    shown.setWindowModality(Qt.WindowModality.ApplicationModal)
    shown.setAutoClose(False)
    shown.setMinimumWidth(440)
    shown.show()
    return shown
