"""Opening a database however it is protected, and encrypting or decrypting it: the
passphrase (or recovery key) of an encrypted file without accounts, the dialog that
encrypts, and the recovery key shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smugdesk.accounts.passwords import MIN_LENGTH
from smugdesk.domain.records import Invalid
from smugdesk.store import Store, StoreError, open_store
from smugdesk.store.encryption import NeedsSecret, Secret, passphrase_problem
from smugdesk.ui.failures import plain_message
from smugdesk.ui.login import LoginDialog, SmallForm, line_edit, problems_text
from smugdesk.ui.upgrading import open_unlocked, upgrade_first
from smugdesk.vault.slots import Kind


def open_database(path: Path, parent: QWidget | None = None) -> Store | None:
    """The database at ``path`` open and, where it has accounts, logged in: a plain
    or new file at once, an encrypted one with the login (its users' passwords open
    it) or its passphrase. None: the person gave up.

    Raises:
        StoreError: the file cannot be opened (damaged, newer, locked, ...).
    """
    if not upgrade_first(path, parent):
        return None
    try:
        store = open_store(path)
    except NeedsSecret as needs:
        if needs.ring.names():
            login = LoginDialog(None, parent, path=path)
            return login.store if login.exec() == QDialog.DialogCode.Accepted else None
        unlock = PassphraseDialog(path, parent)
        return unlock.store if unlock.exec() == QDialog.DialogCode.Accepted else None
    if store.access.accounts_on and (
        LoginDialog(store, parent).exec() != QDialog.DialogCode.Accepted
    ):
        store.close()
        return None
    return store


class PassphraseDialog(SmallForm):
    """The passphrase of an encrypted database without accounts, or its recovery key."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("smugdesk — encrypted database"),
            self.tr("{path} is encrypted. Give its passphrase to open it.").format(path=path),
            parent,
        )
        self.path = path
        self.store: Store | None = None
        self.kind = Kind.PASSPHRASE
        self.secret = line_edit("passphrase", secret=True)
        self.label = QLabel(self.tr("Passphrase"))
        self.form.addRow(self.label, self.secret)
        ok = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("open")
        self.recovery = self.buttons.addButton(
            self.tr("Use the recovery key"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.recovery.setObjectName("use_recovery_key")
        self.recovery.clicked.connect(self.use_recovery_key)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.open)
        self.buttons.rejected.connect(self.reject)

    def use_recovery_key(self) -> None:
        self.kind = Kind.RECOVERY
        self.intro.setText(
            self.tr("Give the recovery key of {path}, as it was written down.").format(
                path=self.path
            )
        )
        self.label.setText(self.tr("Recovery key"))
        self.secret.setEchoMode(self.secret.EchoMode.Normal)
        self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.hide()
        self.secret.setFocus()

    def open(self) -> None:
        try:
            self.store = open_unlocked(self.path, Secret(self.kind, self.secret.text()), self)
        except StoreError as exc:
            self.message.setText(plain_message(exc))
            return
        finally:
            self.secret.clear()
        if self.store is None:  # the upgrade failed, and said so
            self.reject()
            return
        self.accept()


class EncryptDialog(SmallForm):
    """What encrypting asks: the administrator's own password again (its key slot is
    made from it), or, without accounts, a new passphrase twice."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        accounts = store.access.accounts_on
        super().__init__(
            self.tr("Encrypt database"),
            (
                self.tr(
                    "{path} will be encrypted (SQLCipher, AES-256). Each user's own password "
                    "will open it; the others must choose a new password at their next "
                    "login. Give your password to go on."
                )
                if accounts
                else self.tr(
                    "{path} will be encrypted (SQLCipher, AES-256) and open only with the "
                    "passphrase you choose here. Without it, or the recovery key shown next, "
                    "nobody can read it, you included."
                )
            ).format(path=store.path),
            parent,
        )
        self.store = store
        self.accounts = accounts
        self.password = line_edit("password", secret=True)
        self.again = line_edit("again", secret=True)
        if accounts:
            self.form.addRow(self.tr("Your password"), self.password)
        else:
            self.password.setPlaceholderText(
                self.tr("at least {n} characters").format(n=MIN_LENGTH)
            )
            self.form.addRow(self.tr("Passphrase"), self.password)
            self.form.addRow(self.tr("Passphrase again"), self.again)
        ok = self.buttons.addButton(self.tr("Encrypt"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("encrypt")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)

    def check(self) -> None:
        labels = {
            "current_password": self.tr("Your password"),
            "passphrase": self.tr("Passphrase"),
        }
        try:
            if self.accounts:
                self.store.access.confirm(self.password.text())
            else:
                if self.password.text() != self.again.text():
                    self.message.setText(self.tr("The two passphrases differ."))
                    return
                invalid = passphrase_problem(self.password.text())
                if invalid is not None:
                    raise invalid
        except Invalid as invalid:
            self.message.setText(problems_text(invalid, labels))
            return
        self.accept()

    def secret(self) -> Secret:
        """What opens the file once encrypted."""
        user = self.store.access.user
        if self.accounts and user is not None:
            return Secret.of_user(user.name, self.password.text())
        return Secret(Kind.PASSPHRASE, self.password.text())


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: to be copied or written down before going on."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        intro = QLabel(
            self.tr(
                "This recovery key opens the database when every password is lost. It is "
                "shown only now: write it down and keep it apart from this "
                "computer."
            )
        )
        intro.setWordWrap(True)
        self.key = QLabel(key)
        self.key.setObjectName("recovery_key")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 4)
        font.setWeight(QFont.Weight.Bold)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setStyleSheet("padding: 12px; border: 1px solid #888; background: #fafafa")
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
        self.kept = QCheckBox(self.tr("I have written the recovery key down"))
        self.kept.setObjectName("kept")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.kept.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def reject(self) -> None:  # Escape does not skip the key
        if self.kept.isChecked():
            super().reject()
