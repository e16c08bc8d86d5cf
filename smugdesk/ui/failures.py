"""How failures reach the person: an expected one (the file, the disk, a refusal) as
its plain message; anything else, a bug, logged with its traceback and shown with a
way to copy the details."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from smugdesk.domain.words import LANGUAGES, Message, render
from smugdesk.places import log_path
from smugdesk.store import StoreError
from smugdesk.store.database import plain_error

log = logging.getLogger("smugdesk")


class UnexpectedFailure(Exception):
    """Stands in for a bug's exception where a dialog shows what went wrong: the
    details went to the log and to the details box, not into the dialog's sentence."""

    def __str__(self) -> str:
        return QApplication.translate(
            "failures",
            "something unexpected went wrong (the details are in {path})",
        ).format(path=log_path())


def is_expected(exc: BaseException) -> bool:
    """Failures a person can act on, whose message says what to do."""
    exc = _as_plain(exc)
    return isinstance(exc, StoreError | OSError) or getattr(exc, "expected", False)


def _as_plain(exc: BaseException) -> BaseException:
    """SQLite's failures a person can act on (a damaged file, a full disk) met outside
    the store's own checks, as the store says them: about the database worked in."""
    app = QApplication.instance()
    path = app.property("database") if app is not None else None
    return plain_error(exc, str(path or "")) or exc


def app_language() -> str:
    """The language the app speaks (set with its translators, ``app.install_translators``)."""
    app = QApplication.instance()
    lang = app.property("language") if app is not None else None
    return str(lang) if lang in LANGUAGES else "en"


def plain_message(exc: BaseException) -> str:
    """What an expected failure says, in the app's language."""
    exc = _as_plain(exc)
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return render(message, app_language())
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc)


def show_unexpected(details: str, parent: QWidget | None = None) -> None:
    """Log a bug's traceback and show it in a box whose details can be copied."""
    log.error("unexpected failure\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "smugdesk",
        QApplication.translate(
            "app",
            "Something unexpected went wrong. Your saved records are safe. "
            "The details are in {path}.",
        ).format(path=log_path()),
        parent=parent,
    )
    box.setObjectName("unexpected_failure")
    box.setDetailedText(details)  # the details box has a copyable text area
    box.exec()
