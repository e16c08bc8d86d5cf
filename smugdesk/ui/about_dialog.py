"""Help > About: the version, where this installation keeps its things, and the
licences of everything it ships."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smugdesk import __version__
from smugdesk.licences import Component, licence_text, notices_text, shipped_components
from smugdesk.ui.tables import Index, TitledModel


class ComponentModel(TitledModel):
    """The shipped components: name, version, licence."""

    def __init__(self, components: list[Component], parent: QWidget | None = None) -> None:
        titles = (
            QApplication.translate("AboutDialog", "Component"),
            QApplication.translate("AboutDialog", "Version"),
            QApplication.translate("AboutDialog", "Licence"),
        )
        super().__init__(titles, lambda: len(self.components), parent)
        self.components = components

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.components[index.row()]
        return (item.name, item.version, item.licence)[index.column()]


class AboutDialog(QDialog):
    """Shows facts passed in: nothing here looks for a database or settings itself."""

    def __init__(self, places: dict[str, Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About smugdesk"))
        tabs = QTabWidget()
        tabs.addTab(self._about_page(places), "smugdesk")
        tabs.addTab(self._components_page(), self.tr("Licences"))
        tabs.addTab(self._text_page(notices_text(), "notices"), self.tr("Notices"))
        tabs.addTab(self._text_page(licence_text(), "licence"), self.tr("smugdesk's licence"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _about_page(self, places: dict[str, Path]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        heading = QLabel(f"<h2>smugdesk {__version__}</h2>")
        heading.setObjectName("version")
        form.addRow(heading)
        form.addRow(
            QLabel(self.tr("Records catches and gang busts and writes press-conference reports."))
        )
        labels = {
            "database": self.tr("Database"),
            "backups": self.tr("Backups"),
            "settings": self.tr("Settings"),
            "logs": self.tr("Logs"),
        }
        for key, path in places.items():
            value = QLabel(str(path))
            value.setObjectName(key)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(labels[key], value)
        form.addRow(
            QLabel(
                self.tr(
                    "smugdesk is free software under the Apache License 2.0. It ships the "
                    "components listed under Licences, each under its own licence; Qt for Python "
                    "is used under the LGPL 3.0, and its libraries can be replaced."
                ),
                wordWrap=True,
            )
        )
        return page

    def _components_page(self) -> QWidget:
        view = QTableView()
        view.setObjectName("components")
        view.setModel(ComponentModel(shipped_components(), view))
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _text_page(self, text: str, name: str) -> QWidget:
        page = QPlainTextEdit(text)
        page.setObjectName(name)
        page.setReadOnly(True)
        page.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return page
