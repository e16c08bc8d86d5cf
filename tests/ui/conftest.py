import pytest
from PySide6.QtCore import QSettings

from smugdesk.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, store, settings):
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture(autouse=True)
def english_app(qapp):
    """Each test starts with the app speaking English (a language switch in another
    test sets the app's language for the words rendered outside Qt)."""
    qapp.setProperty("language", "en")
    yield
