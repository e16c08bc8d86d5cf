"""One notification for every change to the records (Anki's operation_did_execute).

The store calls ``announce(kinds)`` after each committed write, from whichever thread
wrote (an import writes from a worker); ``records_changed`` reaches each subscriber on
the main thread. Subscribers connect bound methods of QObjects, so that a worker's
announcement is queued to the main thread instead of running in the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    """Signals:
    records_changed: the kinds of record written (a frozenset of "agency", "case",
        "catch", "bust"), emitted after the write committed."""

    records_changed = Signal(object)

    def announce(self, kinds: frozenset[str]) -> None:
        self.records_changed.emit(kinds)
