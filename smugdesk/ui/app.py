"""Starting the app: Qt application, font, language, settings, the database, the window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from smugdesk.demo import load_demo
from smugdesk.resources import resource
from smugdesk.store import Store, StoreError, open_store
from smugdesk.store.database import APP_NAME
from smugdesk.ui.main_window import MainWindow

log = logging.getLogger("smugdesk")


def log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "smugdesk.log"


def setup_font(app: QApplication) -> None:
    """Use the shipped CJK font after the system's, so Chinese never shows as boxes."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), *families])
        app.setFont(font)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings and smugdesk's, compiled from resources/translations/*.ts."""
    translators = []
    locale = QLocale("zh_CN" if lang == "zh-Hans" else "zh_TW" if lang == "zh-Hant" else "en")
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    ours = QTranslator(app)
    if lang != "en" and ours.load(str(resource("translations", f"smugdesk_{lang}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    return translators


def offer_demo(store: Store) -> None:
    """On a first start with an empty database: the demo campaign, or start empty."""
    if store.count("catch") or store.count("bust") or store.count("case"):
        return
    box = QMessageBox()
    box.setWindowTitle("smugdesk")
    box.setText(QApplication.translate("app", "This database is empty."))
    box.setInformativeText(
        QApplication.translate(
            "app", "Load the demo campaign (2015-2017) to look around, or start empty?"
        )
    )
    demo = box.addButton(
        QApplication.translate("app", "Load the demo"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("app", "Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is demo:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            load_demo(store)
        finally:
            QGuiApplication.restoreOverrideCursor()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Anything unexpected: logged to a file, shown with a way to copy the details."""
    details = "".join(traceback.format_exception(kind, exc, tb))
    log.error("unexpected failure\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "smugdesk",
        QApplication.translate(
            "app",
            "Something unexpected went wrong. Your saved records are safe. "
            "The details are in {path}.",
        ).format(path=log_path()),
    )
    box.setDetailedText(details)  # the details box has a copyable text area
    box.exec()


def run_app(db_path: Path, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    log_path().parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=log_path(),
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    settings = QSettings()
    lang = str(settings.value("language", "en"))
    setup_font(app)
    install_translators(app, lang)
    sys.excepthook = _excepthook
    try:
        store = open_store(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, "smugdesk", str(exc))
        return 2
    offer_demo(store)
    window = MainWindow(store, settings, lang)
    window.show()
    code = app.exec()
    store.close()
    return int(code)
