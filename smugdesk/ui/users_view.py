"""The administrators' view of the users: who they are, their role, agency and state;
adding, changing and disabling them, resetting passwords; and the account settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smugdesk.accounts.policy import LIMITS, SETTING_WORDS
from smugdesk.accounts.roles import ROLE_WORDS, Role, User
from smugdesk.domain.records import Invalid
from smugdesk.domain.words import render
from smugdesk.store import Store
from smugdesk.store.accounts import Account, shown_time
from smugdesk.ui.login import SmallForm, line_edit, problems_text, user_labels
from smugdesk.ui.plain_text import text_label
from smugdesk.ui.tables import Index, TitledModel, row_table


def _state(account: Account) -> str:
    parts = [
        QApplication.translate("users", "disabled")
        if account.disabled
        else QApplication.translate("users", "active")
    ]
    if account.locked_until:
        parts.append(
            QApplication.translate("users", "locked until {until}").format(
                until=shown_time(account.locked_until)
            )
        )
    if account.must_change:
        parts.append(QApplication.translate("users", "must change password"))
    return ", ".join(parts)


class AccountModel(TitledModel):
    """The users, one a row: name, display name, role, agency, state."""

    def __init__(self, store: Store, lang: str) -> None:
        titles = [
            QApplication.translate("users", "Name"),
            QApplication.translate("users", "Display name"),
            QApplication.translate("users", "Role"),
            QApplication.translate("users", "Agency"),
            QApplication.translate("users", "State"),
        ]
        super().__init__(titles, lambda: len(self.accounts))
        self.store = store
        self.lang = lang
        self.accounts: list[Account] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.accounts = self.store.access.accounts()
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        a = self.accounts[index.row()]
        role_text = render(ROLE_WORDS[a.role](), self.lang)
        return (a.name, a.display_name, role_text, a.agency, _state(a))[index.column()]


class UserDialog(SmallForm):
    """Add a user (with a first password), or change one's display name, role, agency."""

    def __init__(
        self, store: Store, lang: str, account: Account | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            self.tr("Add a user")
            if account is None
            else self.tr("Change {name}").format(name=account.name)
        )
        super().__init__(title, "", parent)
        self.store = store
        self.account = account
        self.name = line_edit("name")
        self.display_name = line_edit("display_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(render(ROLE_WORDS[role](), lang), role.value)
        self.agency = QComboBox()
        self.agency.setObjectName("agency")
        self.agency.addItem(self.tr("(all agencies)"), "")
        for code in store.agency_codes():
            self.agency.addItem(code, code)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Display name"), self.display_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Agency"), self.agency)
        self.password = line_edit("password", secret=True)
        self.again = line_edit("again", secret=True)
        if account is None:
            self.form.addRow(self.tr("First password"), self.password)
            self.form.addRow(self.tr("Password again"), self.again)
        else:
            self.name.setText(account.name)
            self.name.setReadOnly(True)
            self.display_name.setText(account.display_name)
            self.role.setCurrentIndex(self.role.findData(account.role.value))
            self.agency.setCurrentIndex(max(self.agency.findData(account.agency), 0))
        ok = self.buttons.addButton(self.tr("Save"), self.buttons.ButtonRole.AcceptRole)
        ok.setObjectName("save")
        self.buttons.addButton(self.buttons.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def user(self) -> User:
        return User(
            self.name.text().strip(),
            Role(str(self.role.currentData())),
            str(self.agency.currentData() or ""),
            self.display_name.text().strip(),
        )

    def save(self) -> None:
        try:
            if self.account is None:
                if self.password.text() != self.again.text():
                    self.message.setText(self.tr("The two passwords differ."))
                    return
                self.store.access.add_user(self.user(), self.password.text())
            else:
                self.store.access.change_user(self.user())
        except Invalid as invalid:
            self.message.setText(problems_text(invalid, user_labels()))
            return
        self.accept()


class ResetDialog(SmallForm):
    def __init__(self, store: Store, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Reset the password of {name}").format(name=name),
            self.tr(
                "{name} must change this password at their next login. A reset also lifts "
                "a lock-out and re-enables a disabled account."
            ).format(name=name),
            parent,
        )
        self.store = store
        self.user_name = name
        self.password = line_edit("password", secret=True)
        self.again = line_edit("again", secret=True)
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Password again"), self.again)
        ok = self.buttons.addButton(self.tr("Reset"), self.buttons.ButtonRole.AcceptRole)
        ok.setObjectName("reset")
        self.buttons.addButton(self.buttons.StandardButton.Cancel)
        self.buttons.accepted.connect(self.reset)
        self.buttons.rejected.connect(self.reject)

    def reset(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            self.store.access.reset_password(self.user_name, self.password.text())
        except Invalid as invalid:
            self.message.setText(problems_text(invalid, user_labels()))
            return
        self.accept()


class UsersView(QWidget):
    """Users and account settings (administrators only: the store refuses the rest)."""

    def __init__(self, store: Store, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_view")
        self.store = store
        self.lang = lang
        self.model = AccountModel(store, lang)
        self.table = row_table("users", self.model, fit=True)
        self.table.doubleClicked.connect(self.change_user)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("add_user", self.tr("Add..."), self.add_user),
            ("change_user", self.tr("Change..."), self.change_user),
            ("reset_password", self.tr("Reset password..."), self.reset_password),
            ("disable_user", self.tr("Disable"), self.disable_user),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._settings_box())

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Account settings"))
        form = QFormLayout(box)
        policy = self.store.access.policy()
        self.settings: dict[str, QSpinBox] = {}
        for name, (low, high) in LIMITS.items():
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(low, high)
            spin.setValue(int(getattr(policy, name)))
            spin.setMaximumWidth(120)
            self.settings[name] = spin
            form.addRow(render(SETTING_WORDS[name](), self.lang), spin)
        save = QPushButton(self.tr("Save settings"))
        save.setObjectName("save_settings")
        save.clicked.connect(self.save_settings)
        self.settings_message = text_label()
        form.addRow(save, self.settings_message)
        return box

    def selected(self) -> Account | None:
        index = self.table.currentIndex()
        return self.model.accounts[index.row()] if index.isValid() else None

    def add_user(self) -> None:
        if UserDialog(self.store, self.lang, None, self).exec():
            self.model.refresh()

    def change_user(self) -> None:
        account = self.selected()
        if account and UserDialog(self.store, self.lang, account, self).exec():
            self.model.refresh()

    def reset_password(self) -> None:
        account = self.selected()
        if account and ResetDialog(self.store, account.name, self).exec():
            self.model.refresh()

    def disable_user(self) -> None:
        account = self.selected()
        if account is None or account.disabled:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable user"),
            self.tr(
                "Disable {name}? They can no longer log in; their records keep their name."
            ).format(name=account.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.access.disable_user(account.name)
        except Invalid as invalid:
            QMessageBox.warning(self, self.tr("Not disabled"), problems_text(invalid, {}))
        self.model.refresh()

    def save_settings(self) -> None:
        policy = self.store.access.policy()
        for name, spin in self.settings.items():
            if getattr(policy, name) != spin.value():
                self.store.access.set_setting(name, spin.value())
        self.settings_message.setText(self.tr("Saved."))

    def records_changed(self, kinds: frozenset[str]) -> None:
        del kinds
        self.model.refresh()
