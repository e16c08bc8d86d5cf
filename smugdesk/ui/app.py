"""Starting the app: Qt application, font, language, settings, the database, the window."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TypeVar, cast

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from smugdesk.accounts.roles import Can, User
from smugdesk.demo import load_demo
from smugdesk.domain.records import Invalid
from smugdesk.domain.words import LANGUAGES
from smugdesk.places import APP_NAME, log_path, temporary_files_in_scratch
from smugdesk.shipped import resource
from smugdesk.store import NotADatabase, Reopen, Store, StoreError, default_db_path, open_store
from smugdesk.store.backups import backup_key, restore
from smugdesk.store.encryption import Encrypted, Secret, decrypt, encrypt
from smugdesk.ui.background import run_and_wait, waiting_window
from smugdesk.ui.backups import restore_unreadable
from smugdesk.ui.encryption import RecoveryKeyDialog, open_database
from smugdesk.ui.failures import is_expected, plain_message, show_unexpected
from smugdesk.ui.login import FirstAdminDialog, LoginDialog, problems_text
from smugdesk.ui.main_window import MainWindow
from smugdesk.ui.window_check import fatal_start_guard, window_problem
from smugdesk.vault.slots import Kind

log = logging.getLogger("smugdesk")
T = TypeVar("T")
# The freedesktop id: names the .desktop file, the AppStream metainfo and the icon,
# and tells Wayland compositors which launcher a window belongs to.
DESKTOP_ID = "org.smugdesk.Smugdesk"


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
    app.setProperty("language", lang)  # for words not Qt's (ui.failures.app_language)
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


def _why(exc: StoreError | Invalid) -> str:
    if isinstance(exc, Invalid):
        return problems_text(exc, {})
    return plain_message(exc)


def offer_accounts(store: Store, settings: QSettings) -> None:
    """On a start in a database without accounts: the offer to create its
    administrator, until declined for that file (Account > Set up user accounts
    stays there)."""
    if store.access.accounts_on:
        return
    value = settings.value("accounts/declined", [])
    declined = [str(p) for p in value] if isinstance(value, list) else [str(value)]
    path = str(Path(store.path).resolve())
    if path in declined:
        return
    if FirstAdminDialog(store).exec() != QDialog.DialogCode.Accepted:
        settings.setValue("accounts/declined", [*declined, path])


def offer_demo(store: Store) -> None:
    """On a first start with an empty database: the demo campaign, or start empty."""
    if not store.access.may(Can.MANAGE):
        return
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
    """Anything unexpected: logged to a file, shown with a way to copy the details. A
    failure a person can act on met there (a damaged database read by a list) is said
    in plain words instead."""
    if is_expected(exc):
        QMessageBox.warning(None, "smugdesk", plain_message(exc))
        return
    show_unexpected("".join(traceback.format_exception(kind, exc, tb)))


class Session:
    """The database being worked in, the language and the window showing them.
    Opening another database or choosing another language gives a new window, in
    place, after the old one's forms are closed (each asks about unsaved changes)."""

    def __init__(
        self,
        app: QApplication,
        settings: QSettings,
        store: Store,
        lang: str,
        translators: list[QTranslator] | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.store = store
        self.lang = lang
        self.translators = (
            translators if translators is not None else install_translators(app, lang)
        )
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        self.window = self._new_window()
        self.window.show()
        return self.window

    def _new_window(self) -> MainWindow:
        self.app.setProperty("database", str(self.store.path))  # named by plain failures
        window = MainWindow(self.store, self.settings, self.lang)
        window.database_chosen.connect(self.switch_database)
        window.language_chosen.connect(self.switch_language)
        window.user_switch_requested.connect(self.switch_user)
        window.accounts_switched_on.connect(self._replace_window)
        window.encryption_requested.connect(self.encrypt_database)
        window.decryption_requested.connect(self.decrypt_database)
        window.restore_requested.connect(self.restore_backup)
        return window

    def _replace_window(self) -> None:
        old = self.window
        if old is not None:
            old.save_state()  # the new window opens where the old one was
        self.window = self._new_window()
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def _step_aside(self) -> None:
        """Close the window for good before its file is converted: the conversion must
        be the file's only user while the event loop turns (its timers stopped, its
        store no longer listened to; deleted once back in the main loop)."""
        old, self.window = self.window, None
        if old is None:
            return
        old.close()  # saves its place for the next window, stops the hub and the idle lock
        for timer in old.findChildren(QTimer):
            timer.stop()
        old.deleteLater()

    def _converted(self, doing: str, convert: Callable[[Reopen], T]) -> T:
        """Convert or replace the file in place off the window's thread (``convert`` may
        open a store of its own, as the same user, and closes it) while a small window
        says so; the window and its store close first. What ``convert`` returned, or
        raised."""
        reopen = self.store.reopen()
        # Shown before the window goes: closing the last window quits the app.
        shown = waiting_window("converting", doing)
        self._step_aside()
        self.store.close()
        try:
            return cast(T, run_and_wait(lambda _report: convert(reopen)))
        finally:
            shown.close()
            shown.deleteLater()

    def switch_database(self, path: str) -> bool:
        """Work in the database at ``path`` (created if new). False: it could not be
        opened (the person was told why), or a form was kept open."""
        try:
            store = open_or_restore(Path(path), self.settings, self.window)
        except StoreError as exc:
            QMessageBox.warning(self.window, "smugdesk", plain_message(exc))
            return False
        if store is None:
            return False
        if self.window is not None and not self.window.release():
            store.close()
            return False
        old, self.store = self.store, store
        self.settings.setValue("database", str(Path(path).resolve()))
        self._replace_window()
        with contextlib.suppress(StoreError):
            old.access.logout()
        old.close()
        return True

    def encrypt_database(self, secret: Secret) -> None:
        """Encrypt the file in place (the window's forms are closed), then work on in it
        as the same user, and show the recovery key once."""
        user, path = self.store.access.user, Path(self.store.path)
        text = secret.text

        def convert(reopen: Reopen) -> Encrypted | Invalid:
            try:
                return encrypt(
                    reopen(),
                    passphrase=text if secret.kind is Kind.PASSPHRASE else "",
                    password=text if secret.kind is Kind.USER else "",
                )
            except Invalid as exc:  # said to the person, as a refusal of the store is
                return exc

        doing = QApplication.translate("app", "Encrypting {file}...").format(file=path.name)
        try:
            done = self._converted(doing, convert)
        except Exception as exc:
            self._reopen(path, None, user)
            QMessageBox.warning(self.window, "smugdesk", plain_message(exc))
            return
        if isinstance(done, Invalid):
            self._reopen(path, None, user)
            QMessageBox.warning(self.window, "smugdesk", _why(done))
            return
        self._reopen(path, secret, user)
        RecoveryKeyDialog(done.recovery_key, self.window).exec()

    def decrypt_database(self) -> None:
        user, path, key = self.store.access.user, Path(self.store.path), self.store.keys.key
        doing = QApplication.translate("app", "Decrypting {file}...").format(file=path.name)
        try:
            self._converted(doing, lambda reopen: decrypt(reopen()))
        except Exception as exc:
            self._reopen(path, None, user, key)
            QMessageBox.warning(self.window, "smugdesk", plain_message(exc))
            return
        self._reopen(path, None, user)

    def restore_backup(self, backup_file: Path) -> None:
        """Put a backup in the database's place (the window's forms are closed), then
        work on in it as the same user, told where the replaced database was kept."""
        try:
            self.store.access.require(Can.MANAGE)
        except StoreError as exc:
            QMessageBox.warning(self.window, "smugdesk", plain_message(exc))
            return
        user, path, key = self.store.access.user, Path(self.store.path), self.store.keys.key
        doing = QApplication.translate("app", "Restoring {file}...").format(file=path.name)
        try:
            aside = self._converted(
                doing,
                lambda _reopen: restore(path, backup_file, dt.datetime.now(), key, user=user),
            )
        except Exception as exc:
            self._reopen(path, None, user, key)
            QMessageBox.warning(self.window, "smugdesk", plain_message(exc))
            return
        self._reopen(path, None, user, backup_key(path, key))
        QMessageBox.information(
            self.window,
            "smugdesk",
            QApplication.translate(
                "app", "Restored {db} from {backup}. The database as it was is kept as {aside}."
            ).format(db=path.name, backup=backup_file.name, aside=aside.name),
        )

    def _reopen(
        self, path: Path, secret: Secret | None, user: User | None, key: bytes | None = None
    ) -> None:
        """Open the file again after a conversion closed it, as the user who asked for
        it (who just gave their password), in a new window."""
        try:
            store = open_store(path, secret=secret, key=key)
        except StoreError as exc:  # the disk went away meanwhile
            QMessageBox.critical(self.window, "smugdesk", plain_message(exc))
            if self.window is not None:
                self.window.close()
            return
        store.access.resume(user)
        self.store = store
        self._replace_window()

    def switch_user(self) -> bool:
        """Someone else logs in (the window closed its forms first): a new window for
        them, or (the login given up) the app closes."""
        self.store.access.logout()
        if LoginDialog(self.store, self.window).exec() != QDialog.DialogCode.Accepted:
            if self.window is not None:
                self.window.close()
            return False
        self._replace_window()
        return True

    def switch_language(self, lang: str) -> bool:
        if self.window is not None and not self.window.release():
            return False
        self.settings.setValue("language", lang)
        self.lang = lang
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = install_translators(self.app, lang)
        self._replace_window()
        return True


def open_or_restore(path: Path, settings: QSettings, parent: QWidget | None = None) -> Store | None:
    """``open_database``; a database that cannot be read (damaged) is first offered a
    backup in its place. None: the person gave up (told why already).

    Raises:
        StoreError: the file cannot be opened for another reason (newer, locked, ...).
    """
    try:
        return open_database(path, parent)
    except NotADatabase as exc:
        if not restore_unreadable(path, exc, settings):
            return None
        return open_database(path, parent)


def language_of(settings: QSettings) -> str:
    """The language chosen last (File > Language); English when the settings file says
    nothing, or something else than a language smugdesk speaks."""
    lang = str(settings.value("language", "en"))
    return lang if lang in LANGUAGES else "en"


def database_to_open(explicit: Path | None, settings: QSettings) -> Path:
    """--db or SMUGDESK_DB when given; else the database last worked in, if it is still
    there; else the default one in the user's data folder."""
    if explicit is not None:
        return explicit
    last = str(settings.value("database", ""))
    if last and Path(last).is_file() and not os.environ.get("SMUGDESK_DB"):
        return Path(last)
    return default_db_path()


def start_qt(argv: list[str] | None = None) -> QApplication | None:
    """The Qt application, or None (the person was told why) where no window can open."""
    existing = QApplication.instance()
    if existing is not None:
        assert isinstance(existing, QApplication)
        return existing
    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return None
    with fatal_start_guard():
        app = QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "smugdesk.svg"))))
    return app


def run_app(db_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Start the app on ``db_path``, or (None) on the database chosen as
    database_to_open says."""
    app = start_qt(argv)
    if app is None:
        return 1
    log_path().parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=log_path(),
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    settings = QSettings()
    lang = language_of(settings)
    setup_font(app)
    sys.excepthook = _excepthook
    path = database_to_open(db_path, settings)
    translators = install_translators(app, lang)  # the login speaks the language too
    try:
        store = open_or_restore(path, settings)
    except StoreError as exc:
        QMessageBox.critical(None, "smugdesk", plain_message(exc))
        return 2
    if store is None:
        return 0
    with temporary_files_in_scratch():  # report previews, workbooks being written
        session = Session(app, settings, store, lang, translators)
        offer_accounts(store, settings)
        offer_demo(store)
        session.show()
        code = app.exec()
        if session.window is not None:
            try:
                session.window.backups.on_quit()
            except (StoreError, OSError):
                log.warning("the backup on closing failed", exc_info=True)
        with contextlib.suppress(StoreError):
            session.store.access.logout()
        session.store.close()
    return int(code)
