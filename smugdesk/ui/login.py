"""Logging in, creating the first administrator, changing one's password, and the
screen that hides the records while the session is locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smugdesk.accounts.passwords import MIN_LENGTH
from smugdesk.accounts.roles import Role, User
from smugdesk.domain.records import Invalid
from smugdesk.domain.words import render
from smugdesk.store import Store, StoreError
from smugdesk.store.encryption import Secret
from smugdesk.ui.failures import app_language, plain_message
from smugdesk.ui.plain_text import text_label
from smugdesk.ui.upgrading import open_unlocked


def line_edit(name: str, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(name)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _message() -> QLabel:
    label = text_label()
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    return label


def problems_text(invalid: Invalid, labels: dict[str, str]) -> str:
    """Each problem on a line, after the label of its field."""
    lang = app_language()
    return "\n".join(
        f"{labels.get(p.field, p.field)}: {render(p.message, lang)}" for p in invalid.problems
    )


class SmallForm(QDialog):
    """A small dialog: a form of fields, a red message line, and buttons."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = _message()
        self.buttons = QDialogButtonBox()
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)


class LoginDialog(SmallForm):
    """Asks for a name and password until the store accepts them (or the person quits).
    A password reset by an administrator is changed here before the window opens.

    Given the ``path`` of an encrypted database instead of an open store, the same
    password first opens the file (its user's key slot), then logs in; ``store`` is
    the open store once accepted."""

    def __init__(
        self,
        store: Store | None,
        parent: QWidget | None = None,
        name: str = "",
        path: Path | None = None,
    ) -> None:
        where = store.path if store is not None else path
        intro = (
            self.tr("{path} is encrypted and has user accounts. Log in to open it.")
            if store is None
            else self.tr("{path} has user accounts. Log in to work in it.")
        )
        super().__init__(self.tr("smugdesk — log in"), intro.format(path=where), parent)
        self.store = store
        self.path = path
        self.name = line_edit("name")
        self.name.setText(name)
        self.password = line_edit("password", secret=True)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Password"), self.password)
        login = self.buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        login.setObjectName("log_in")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        (self.password if name else self.name).setFocus()

    def log_in(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        self.password.clear()
        opened_here = self.store is None
        try:
            if self.store is None:
                assert self.path is not None
                self.store = open_unlocked(self.path, Secret.of_user(name, password), self)
                if self.store is None:  # the upgrade failed, and said so
                    self.reject()
                    return
            account = self.store.access.login(name, password)
        except StoreError as exc:
            if opened_here and self.store is not None:
                self.store.close()
                self.store = None
            self.message.setText(plain_message(exc))
            return
        if account.must_change:
            change = PasswordDialog(self.store, self, forced=True)
            if change.exec() != QDialog.DialogCode.Accepted:
                self.store.access.logout()
                if opened_here:
                    self.store.close()
                    self.store = None
                return
        self.accept()


class PasswordDialog(SmallForm):
    """The logged-in user changes their own password (``forced``: after a reset)."""

    def __init__(self, store: Store, parent: QWidget | None = None, forced: bool = False) -> None:
        intro = (
            self.tr(
                "An administrator reset your password, or the database was encrypted: "
                "choose a new one."
            )
            if forced
            else ""
        )
        super().__init__(self.tr("Change password"), intro, parent)
        self.store = store
        self.current = line_edit("current_password", secret=True)
        self.new = line_edit("password", secret=True)
        self.again = line_edit("again", secret=True)
        self.form.addRow(self.tr("Current password"), self.current)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("New password again"), self.again)
        self.new.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_LENGTH))
        ok = self.buttons.addButton(self.tr("Change"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("change")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)

    def change(self) -> None:
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        try:
            self.store.access.change_password(self.current.text(), self.new.text())
        except Invalid as invalid:
            self.message.setText(problems_text(invalid, self.labels()))
            return
        self.accept()

    def labels(self) -> dict[str, str]:
        return {
            "current_password": self.tr("Current password"),
            "password": self.tr("New password"),
        }


class FirstAdminDialog(SmallForm):
    """The first start on a database without accounts: create its administrator
    (which switches accounts on for good) or go on without accounts for now."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Protect this database with user accounts"),
            self.tr(
                "Create the administrator of {path}. From then on everyone logs in, every "
                "change is recorded under their name, and each role may do only its part. "
                "This cannot be undone."
            ).format(path=store.path),
            parent,
        )
        self.store = store
        self.name = line_edit("name")
        self.display_name = line_edit("display_name")
        self.password = line_edit("password", secret=True)
        self.again = line_edit("again", secret=True)
        self.password.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_LENGTH))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Display name"), self.display_name)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.again)
        create = self.buttons.addButton(
            self.tr("Create administrator"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        create.setObjectName("create")
        later = self.buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("not_now")
        self.buttons.accepted.connect(self.create_admin)
        self.buttons.rejected.connect(self.reject)

    def create_admin(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        user = User(
            self.name.text().strip(), Role.ADMINISTRATOR, display_name=self.display_name.text()
        )
        try:
            self.store.access.add_user(user, self.password.text())
        except Invalid as invalid:
            self.message.setText(problems_text(invalid, user_labels()))
            return
        self.accept()


def user_labels() -> dict[str, str]:
    """The field names of a user, as the forms label them."""
    return {
        "name": QApplication.translate("users", "Name"),
        "display_name": QApplication.translate("users", "Display name"),
        "password": QApplication.translate("users", "Password"),
        "role": QApplication.translate("users", "Role"),
        "agency": QApplication.translate("users", "Agency"),
    }


class LockScreen(QWidget):
    """What the window shows while the session is locked: nothing of the records.

    Signals:
        unlocked: the same user gave their password again.
        switch_user: another person wants to log in (after the open forms are closed).
    """

    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.store = store
        self.title = QLabel()
        self.title.setObjectName("locked_title")
        self.title.setStyleSheet("font-size: 18pt")
        self.password = line_edit("password", secret=True)
        self.password.returnPressed.connect(self.unlock)
        self.message = _message()
        unlock = QPushButton(self.tr("Unlock"))
        unlock.setObjectName("unlock")
        unlock.clicked.connect(self.unlock)
        switch = QPushButton(self.tr("Log in as someone else..."))
        switch.setObjectName("switch_user")
        switch.clicked.connect(self.switch_user)
        self.title.setWordWrap(True)
        box = QWidget()
        box.setFixedWidth(440)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(QLabel(self.tr("Enter your password to go on where you left off.")))
        inner.addWidget(self.password)
        inner.addWidget(unlock)
        inner.addWidget(self.message)
        inner.addSpacing(24)
        inner.addWidget(switch)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_for(self, user: User) -> None:
        self.title.setText(self.tr("Locked — {user}").format(user=user.shown))
        self.message.clear()
        self.password.clear()
        self.password.setFocus()

    def unlock(self) -> None:
        try:
            self.store.access.unlock_session(self.password.text())
        except StoreError as exc:
            self.message.setText(plain_message(exc))
            return
        finally:
            self.password.clear()
        self.unlocked.emit()
