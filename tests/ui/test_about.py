"""Help > About: version, where things live, and the licences of what is shipped."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTableView, QTabWidget

from smugdesk import __version__
from smugdesk.places import log_path
from smugdesk.ui.about_dialog import AboutDialog


def _open_about(qtbot, window):
    """Choose Help > About as a person would; return what the dialog showed."""
    seen = {}

    def look_and_close():
        dialog = window.findChild(AboutDialog)
        assert dialog is not None and dialog.isVisible()
        seen["version"] = dialog.findChild(QLabel, "version").text()
        seen["places"] = {
            k: dialog.findChild(QLabel, k).text() for k in ("database", "settings", "logs")
        }
        model = dialog.findChild(QTableView, "components").model()
        seen["components"] = {
            model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())
        }
        seen["notices"] = dialog.findChild(QPlainTextEdit, "notices").toPlainText()
        seen["tabs"] = dialog.findChild(QTabWidget).count()
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    window.findChild(QAction, "about").trigger()
    return seen


def test_about_shows_version_places_and_every_licence(qtbot, window, settings):
    seen = _open_about(qtbot, window)
    assert __version__ in seen["version"]
    assert seen["places"] == {
        "database": str(window.store.path),
        "settings": settings.fileName(),
        "logs": str(log_path()),
    }
    assert seen["components"]["PySide6"][1].startswith("LGPL-3.0-only")
    assert seen["components"]["WenQuanYi Micro Hei"][1] == "Apache-2.0"
    assert seen["components"]["reportlab"][0]  # the installed version is shown
    assert "==== openpyxl ====" in seen["notices"]
    assert seen["tabs"] == 4


def test_the_component_model_passes_qtmodeltester(qtmodeltester):
    from smugdesk.licences import shipped_components
    from smugdesk.ui.about_dialog import ComponentModel

    qtmodeltester.check(ComponentModel(shipped_components()))


@pytest.mark.parametrize("lang", ["zh-Hans"])
def test_about_speaks_chinese(qtbot, store, settings, lang):
    from smugdesk.ui.app import install_translators
    from smugdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, lang)
    try:
        window = MainWindow(store, settings, lang)
        qtbot.addWidget(window)
        dialog = AboutDialog({"database": store.path}, window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "关于 smugdesk"
        assert dialog.findChild(QTabWidget).tabText(1) == "许可证"
    finally:
        for t in translators:
            app.removeTranslator(t)
