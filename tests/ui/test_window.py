"""The window driven as a person would: type, save, filter, reopen, change."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QMessageBox

from smugdesk.ui.forms.catch_form import CatchForm
from tests.conftest import TODAY
from tests.io.helpers import CATCH_ROW, dump, write_book


def type_into_cell(qtbot, form, row, column, text):
    # Edit the cell, unless its editor is already open (closed editors are hidden).
    index = form.counts.index(row, column)
    editing = form.grid.state() == QAbstractItemView.State.EditingState
    if not (editing and form.grid.currentIndex() == index):
        form.grid.setCurrentIndex(index)
        form.grid.edit(index)
    # The cell's editor (the offscreen platform gives no window focus to ask for it).
    [editor] = [e for e in form.grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.processEvents()  # the delegate commits on Return through the event loop


def test_type_a_catch_save_find_reopen_change_and_see_the_dashboard_move(qtbot, window):
    assert window.dashboard.tiles["persons"][0].text() == "0"
    window.findChild(type(window.menuBar().actions()[0]), "new_catch").trigger()
    form = window.findChild(CatchForm)
    assert form is not None
    qtbot.waitExposed(form)
    form.date.setDate(QDate(2017, 11, 24))
    form.agency.setFocus()
    form.agency.lineEdit().selectAll()
    qtbot.keyClicks(form.agency, "GD-PSD")
    qtbot.keyClicks(form.assisting, "gx-psd")
    form.province.setCurrentIndex(form.province.findData("Guangdong"))
    qtbot.keyClicks(form.place, "Dongguan, Humen")
    form.destination.setCurrentIndex(form.destination.findData("mainland"))
    qtbot.keyClicks(form.notes, "Held in three rented houses.")
    type_into_cell(qtbot, form, 0, 0, "Viet Nam")
    type_into_cell(qtbot, form, 0, 1, "145")
    type_into_cell(qtbot, form, 0, 2, "101")
    type_into_cell(qtbot, form, 0, 3, "44")
    qtbot.mouseClick(form.findChild(type(form.save_button), "add_count"), Qt.MouseButton.LeftButton)
    type_into_cell(qtbot, form, 1, 0, "LAO")
    type_into_cell(qtbot, form, 1, 1, "3")
    assert "148 persons" in form.total.text()
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [catch] = [e.record for e in window.store.all("catch")]
    assert catch.assisting_agencies == ("GX-PSD",)
    assert [(c.nationality, c.persons, c.male, c.female) for c in catch.counts] == [
        ("VNM", 145, 101, 44),
        ("LAO", 3, None, None),
    ]

    # Find it in the list through the filter.
    window.nav.setCurrentRow(1)
    view = window.lists["catch"]
    qtbot.keyClicks(view.text, "Humen")
    qtbot.waitUntil(lambda: view.model.filter.text == "Humen")
    assert view.model.rowCount() == 1
    qtbot.keyClicks(view.text, "xyz")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.text.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)

    # Reopen it from the list and change it.
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.open_record.emit("catch", view.model.uuid_at(0))
    forms = [f for f in window.findChildren(CatchForm) if f.record_uuid]
    form = forms[-1]
    assert form.place.text() == "Dongguan, Humen" and form.counts.rows[1][0] == "LAO"
    type_into_cell(qtbot, form, 1, 1, "13")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert window.store.all("catch")[0].record.persons == 158

    # The dashboard moved (this catch is in the campaign-to-date period): open it.
    nav = window.nav
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(0)).center()
    )
    assert window.stack.currentWidget() is window.dashboard
    assert window.dashboard.tiles["persons"][0].text() == "158"
    assert "1 catches" in window.status.text()


def test_bad_values_refuse_to_save_and_show_beside_their_fields(qtbot, window):
    form = window.open_record("catch", None)
    qtbot.waitExposed(form)
    form.agency.setEditText("NOPE")
    form.date.setDate(QDate(2017, 1, 2))
    type_into_cell(qtbot, form, 0, 0, "VNM")
    type_into_cell(qtbot, form, 0, 1, "12")
    type_into_cell(qtbot, form, 0, 2, "9")
    type_into_cell(qtbot, form, 0, 3, "7")
    assert not form.save()
    assert form.errors["agency"].isVisible()
    assert "'NOPE' is not a known agency" in form.errors["agency"].text()
    assert form.counts_error.isVisible()
    assert "7 female and 9 male is more than the 12 persons" in form.counts_error.text()
    assert form.banner.isVisible()
    assert window.store.count("catch") == 0
    type_into_cell(qtbot, form, 0, 1, "twelve")
    assert not form.save()
    assert "'twelve' is not a whole number" in form.counts_error.text()
    assert window.store.count("catch") == 0


def test_closing_with_unsaved_changes_asks_first(qtbot, window, monkeypatch):
    form = window.open_record("case", None)
    qtbot.keyClicks(form.case_no, "K-1")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel,
    )
    form.reject()
    assert asked and form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    form.reject()
    assert not form.isVisible() and window.store.count("case") == 0


def test_save_and_next_keeps_date_agency_and_place(qtbot, window):
    form = window.open_record("catch", None)
    form.date.setDate(QDate(2017, 5, 6))
    form.agency.setEditText("HKPF")
    form.province.setCurrentIndex(form.province.findData("Hong Kong"))
    form.place.setText("Tuen Mun")
    type_into_cell(qtbot, form, 0, 0, "PAK")
    type_into_cell(qtbot, form, 0, 1, "2")
    first_ref = form.ref.text()
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(
            form,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert form.isVisible() and form.record_uuid is None
    assert form.place.text() == "Tuen Mun" and form.combo_value(form.agency) == "HKPF"
    assert form.date.date().toPython() == dt.date(2017, 5, 6)
    assert form.ref.text() != first_ref and form.counts.rows == [[""] * 5]


def test_every_input_is_named_for_its_data_standard_field(window):
    """Every column of the standard's sheet is an input named for it (the per-row
    columns live in the form's grid, itself named counts or arrests)."""
    from smugdesk.io.standard import AGENCIES, BUSTS, CASES, CATCHES, SHEETS

    for kind, sheet, grid in (
        ("catch", CATCHES, "counts"),
        ("bust", BUSTS, "arrests"),
        ("case", CASES, None),
        ("agency", AGENCIES, None),
    ):
        names = {c.name for c in SHEETS[sheet] if not c.line} | ({grid} if grid else set())
        assert len(names) >= 5
        form = window.open_record(kind, None)
        for name in names:
            widget = form.findChild(object, name)
            assert widget is not None, (kind, name)
            assert widget.accessibleName() == name
        form.reject()


def test_import_of_a_bad_workbook_lists_its_problems_and_changes_nothing(qtbot, window, tmp_path):
    from smugdesk.ui.workbook_dialogs import ImportDialog

    rows = [
        {**CATCH_ROW, "ref": "A", "male": 9, "female": 7},
        {**CATCH_ROW, "ref": "B", "persons": "x"},
    ]
    book = write_book(tmp_path / "bad.xlsx", {"Catches": rows})
    before = dump(window.store)
    dialog = ImportDialog(window.store.reopen(), book, window.changes.announce, window)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.problems_view is not None, timeout=10_000)
    model = dialog.problems_view.model()
    assert model.rowCount() == 2
    assert model.as_text().splitlines() == [
        "Catches\t2\tfemale\t7 female and 9 male is more than the 12 persons on this row",
        "Catches\t3\tpersons\t'x' is not a whole number",
    ]
    assert dump(window.store) == before


def test_report_dialog_writes_both_files(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from smugdesk.ui.report_dialog import ReportDialog
    from tests.conftest import TODAY, make_catch

    window.store.save(make_catch(), today=TODAY)
    dialog = ReportDialog(window.store.reopen(), "zh-Hant", window)
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2017, 1, 1))
    dialog.end.setDate(QDate(2017, 12, 31))
    qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_pdf.isEnabled(), timeout=20_000)
    assert dialog.document.pageCount() >= 1
    database = window.store.path
    targets = iter([database, tmp_path / "r.pdf", tmp_path / "r.xlsx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    qtbot.mouseClick(dialog.save_pdf, Qt.MouseButton.LeftButton)  # over the database: no
    assert warned and "is a database, or a file of one" in warned[0]
    assert database.read_bytes()[:16] == b"SQLite format 3\x00"
    qtbot.mouseClick(dialog.save_pdf, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_xlsx, Qt.MouseButton.LeftButton)
    assert (tmp_path / "r.pdf").read_bytes()[:4] == b"%PDF"
    assert (tmp_path / "r.xlsx").stat().st_size > 1000
    from smugdesk.places import scratch_dir

    assert dialog.workdir.parent == scratch_dir()  # the preview, in the private scratch
    dialog.done(0)
    assert not dialog.workdir.exists()


def test_window_state_is_restored(qtbot, store, settings):
    from smugdesk.ui.main_window import MainWindow

    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    w.show()
    w.nav.setCurrentRow(3)
    # restoreGeometry fits a window into its screen, and the offscreen screen is narrower
    # than this window can be: the width used is the narrowest, which both windows get.
    w.resize(w.minimumSizeHint().width(), 700)
    w.splitter.setSizes([150, 850])
    size, sizes = (w.width(), w.height()), w.splitter.sizes()
    assert size[1] == 700
    w.close()
    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.nav.currentRow() == 3
    assert (again.width(), again.height()) == size
    assert again.splitter.sizes() == sizes


def test_a_settings_file_holding_anything_opens_the_window_as_new(qtbot, store, settings):
    """Settings edited by hand or damaged: each value that makes no sense is ignored."""
    from smugdesk.ui.app import language_of
    from smugdesk.ui.main_window import MainWindow

    for key, value in (
        ("window/view", "the dashboard"),
        ("window/geometry", "not a geometry"),
        ("window/splitter", 12345),
        ("language", "klingon"),
    ):
        settings.setValue(key, value)
    w = MainWindow(store, settings)
    qtbot.addWidget(w)
    w.show()
    assert w.nav.currentRow() == 0 and language_of(settings) == "en"
    settings.setValue("window/view", "99")
    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    assert again.nav.currentRow() == 0
    settings.setValue("language", "zh-Hant")
    assert language_of(settings) == "zh-Hant"


def test_chinese_translation_is_installed_and_used(qtbot, store, settings):
    from PySide6.QtWidgets import QApplication

    from smugdesk.ui.app import install_translators
    from smugdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, "zh-Hant")
    try:
        assert len(translators) >= 1
        w = MainWindow(store, settings, "zh-Hant")
        qtbot.addWidget(w)
        titles = [a.text() for a in w.menuBar().actions()]
        assert titles[0] == "檔案(&F)"
        assert w.nav.item(1).text() == "查獲記錄"
        form = w.open_record("catch", None)
        assert form.save_button.text() == "儲存"
        form.reject()
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_export_dialog_reports_progress_and_finishes(qtbot, window, tmp_path):
    from openpyxl import load_workbook

    from smugdesk.ui.workbook_dialogs import ExportDialog
    from tests.conftest import TODAY, make_catch

    window.store.save(make_catch(), today=TODAY)
    target = tmp_path / "out.xlsx"
    dialog = ExportDialog(window.store.reopen(), target, window)
    qtbot.addWidget(dialog)
    seen = []
    dialog.progress.valueChanged.connect(seen.append)  # before the work starts: every step
    dialog.start()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    assert dialog.message.text().startswith("Exported: 7 Agencies")
    assert seen and seen == sorted(seen) and seen[-1] == 1000  # 7 agencies + 1 catch of 8 rows
    assert 7 / 8 * 1000 - 1 <= seen[0] <= 1000
    assert load_workbook(target)["Catches"]["A2"].value == "CT-1"


def test_problems_read_in_the_users_language(qtbot, store):
    from smugdesk.domain.records import Problem
    from smugdesk.domain.validation import UNKNOWN_AGENCY
    from smugdesk.ui.forms.catch_form import CatchForm

    form = CatchForm(store, lang="zh-Hans")
    qtbot.addWidget(form)
    form.show_problems([Problem("agency", UNKNOWN_AGENCY(code="NOPE"))])
    assert form.errors["agency"].text() == "'NOPE' 不是已知单位"


def test_every_domain_problem_shape_has_a_chinese_sentence():
    import datetime as dt

    from smugdesk.domain.records import Agency, Arrest, HeadCount, References
    from smugdesk.domain.validation import (
        validate_agency,
        validate_bust,
        validate_case,
        validate_catch,
    )
    from smugdesk.domain.words import render
    from tests.conftest import TODAY, make_bust, make_case, make_catch

    refs = References(frozenset({"GD-PSD", "HKPF"}), frozenset({"K-1"}))
    later = TODAY + dt.timedelta(days=1)
    problems = [
        *validate_catch(
            make_catch(
                ref="",
                date=later,
                agency="NOPE",
                province="Mars",
                reason="x",
                case_no="K-9",
                place="y" * 201,
                press_note="a\nb",
                assisting_agencies=("GD-PSD", "HKPF", "HKPF"),
                counts=(
                    HeadCount("XXX", 0, -1, 5, 9),
                    HeadCount("VNM", 2, 2, 2, 3),
                    HeadCount("VNM", 1),
                ),
            ),
            refs,
            TODAY,
        ),
        *validate_catch(make_catch(counts=()), refs, TODAY),
        *validate_bust(make_bust(arrests=()), refs, TODAY),
        *validate_bust(make_bust(arrests=(Arrest("boss", "HKG", 1),)), refs, TODAY),
        *validate_case(make_case(cracked_on=dt.date(2017, 1, 1)), refs, TODAY),
        *validate_agency(Agency("A B", "n", "other")),
    ]
    untranslated = [
        str(p.message) for p in problems if render(p.message, "zh-Hans") == str(p.message)
    ]
    assert len(problems) > 15 and untranslated == []


def test_grid_pick_lists_complete_codes_and_names(qtbot, store, monkeypatch):
    from smugdesk.ui.forms.other_forms import BustForm

    # The forms are left with unsaved rows: closing them at the end discards those.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    form = CatchForm(store)
    qtbot.addWidget(form)
    form.show()
    type_into_cell(qtbot, form, 0, 0, "viet")  # part of one name: that country
    assert form.counts.rows[0][0] == "VNM"
    assert form.counts.data(form.counts.index(0, 0)) == "VNM · Viet Nam"
    form.counts.add_row()
    type_into_cell(qtbot, form, 1, 0, "LA")  # the start of a label completes in place
    assert form.counts.rows[1][0] == "LAO"
    form.counts.add_row()
    type_into_cell(qtbot, form, 2, 0, "Guinea")  # part of several: kept as typed
    assert form.counts.rows[2][0] == "Guinea"

    chinese = CatchForm(store, lang="zh-Hans")
    qtbot.addWidget(chinese)
    chinese.show()
    index = chinese.counts.index(0, 0)
    chinese.grid.setCurrentIndex(index)
    chinese.grid.edit(index)
    [editor] = [e for e in chinese.grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.insert("缅甸")  # Chinese arrives from the input method as a committed string
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.processEvents()
    assert chinese.counts.rows[0][0] == "MMR"

    bust = BustForm(store)
    qtbot.addWidget(bust)
    bust.show()
    bust.counts = bust.arrests  # type_into_cell reads form.counts
    type_into_cell(qtbot, bust, 0, 0, "trans")
    type_into_cell(qtbot, bust, 0, 1, "Hong Kong")
    assert bust.arrests.rows[0][:2] == ["transporter", "HKG"]


def test_a_saved_agency_appears_in_every_lists_agency_filter(qtbot, window):
    from smugdesk.domain.records import Agency

    window.store.save(Agency("NEW-PSD", "New bureau", "Guangxi"), today=TODAY)
    for view in window.lists.values():
        if view.kind != "agency":
            assert view.agency.findData("NEW-PSD") > 0, view.kind


def test_an_import_refreshes_lists_dashboard_and_counts_through_one_signal(qtbot, window, tmp_path):
    from smugdesk.ui.workbook_dialogs import ImportDialog

    heard = []
    window.changes.records_changed.connect(heard.append)
    catches_view = window.lists["catch"]
    before = catches_view.model.rowCount()
    book = write_book(
        tmp_path / "good.xlsx", {"Catches": [{**CATCH_ROW, "ref": f"I-{n}"} for n in range(3)]}
    )
    dialog = ImportDialog(window.store.reopen(), book, window.changes.announce, window)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: bool(heard), timeout=10_000)
    assert heard == [frozenset({"catch"})]
    assert catches_view.model.rowCount() == before + 3
    assert "3 catches" in window.status.text()


def test_the_case_field_offers_the_numbers_holding_what_is_typed(qtbot, window):
    from tests.conftest import make_case

    for n in (1, 2, 17, 170):
        window.store.save(make_case(f"K-{n}"), today=TODAY)
    form = window.open_record("catch", None)
    qtbot.keyClicks(form.case_no, "17")
    popup = form.case_no.completer().popup()
    assert popup.isVisible()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "K-17",
        "K-170",
    ]
    assert form.case_no.text() == "17"  # nothing is chosen for the person
    form.case_no.clear()
    qtbot.keyClicks(form.case_no, "k-170")
    assert form.event_values()["case_no"] == "k-170"  # the store matches it without case


def test_a_refused_workbook_is_told_in_the_apps_language(qtbot, store, settings, tmp_path):
    from smugdesk.ui.main_window import MainWindow
    from smugdesk.ui.workbook_dialogs import ImportDialog

    window = MainWindow(store, settings, "zh-Hant")
    qtbot.addWidget(window)
    rows = [
        {**CATCH_ROW, "ref": "A", "male": 9, "female": 7},
        {**CATCH_ROW, "ref": "B", "date": "yesterday"},
    ]
    book = write_book(tmp_path / "bad.xlsx", {"Catches": rows})
    dialog = ImportDialog(store.reopen(), book, window.changes.announce, window, "zh-Hant")
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.problems_view is not None, timeout=10_000)
    assert dialog.problems_view.model().as_text().splitlines() == [
        "Catches\t2\tfemale\t女7人加男9人，多於本行的12人",
        "Catches\t3\tdate\t'yesterday' 不是日期；請寫成 2017-11-24",
    ]


def test_a_figure_has_one_name_on_the_dashboard_and_in_the_report(qtbot, store, settings):
    from smugdesk.reports.text import t
    from smugdesk.ui.dashboard import Dashboard

    for lang in ("en", "zh-Hans", "zh-Hant"):
        dashboard = Dashboard(store, lang)
        qtbot.addWidget(dashboard)
        for key, word in (
            ("catches", "catches"),
            ("persons", "persons"),
            ("cases", "cases_cracked"),
            ("gangs", "gangs"),
        ):
            assert dashboard.findChild(QLabel, f"name_{key}").text() == t(word, lang)
    assert t("catches", "zh-Hans") == "查获起数"  # the report's word, on the dashboard too


def test_an_import_summary_names_each_kind_in_the_apps_language(qtbot, store, settings, tmp_path):
    from PySide6.QtWidgets import QApplication

    from smugdesk.ui.app import install_translators
    from smugdesk.ui.main_window import MainWindow
    from smugdesk.ui.workbook_dialogs import ImportDialog

    app = QApplication.instance()
    translators = install_translators(app, "zh-Hant")
    try:
        window = MainWindow(store, settings, "zh-Hant")
        qtbot.addWidget(window)
        rows = [{**CATCH_ROW, "ref": f"I-{n}"} for n in range(1200)]
        book = write_book(tmp_path / "good.xlsx", {"Catches": rows})
        dialog = ImportDialog(store.reopen(), book, window.changes.announce, window, "zh-Hant")
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: len(dialog.message.text().splitlines()) > 1, timeout=20_000)
        said = dialog.message.text().splitlines()
        assert said[1] == "查獲記錄：新增 1,200，更新 0，未變 0", said
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_a_campaign_from_1900_shows_its_figures_without_a_comparison(qtbot, store):
    """Nothing comes before 1900 to compare with (a catch typed 1900 for 2000): the
    dashboard says so on each tile instead of failing to show."""
    from smugdesk.ui.dashboard import Dashboard
    from tests.conftest import make_catch

    store.save(make_catch("CT-1", date=dt.date(1900, 6, 1)), today=TODAY)
    store.save(make_catch("CT-2"), today=TODAY)
    dashboard = Dashboard(store, "en")
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.choice.setCurrentIndex(dashboard.choice.findData("campaign"))
    assert dashboard.start.date() == QDate(1900, 6, 1)
    persons, delta = dashboard.tiles["persons"]
    assert persons.text() == "24" and delta.text() == "No earlier period to compare with"


def test_the_region_chart_names_each_region_whole_with_its_share(qtbot, store, settings):
    """Region names beginning alike ("South-eastern Asia", "Southern Asia") were cut to
    "Sout..." around the pie: each is named whole, with its share, in the legend."""
    from smugdesk.domain.records import HeadCount
    from smugdesk.ui.dashboard import Dashboard
    from tests.conftest import make_catch

    for ref, counts in (
        ("CT-1", (HeadCount("VNM", 300),)),
        ("CT-2", (HeadCount("PAK", 100),)),
        ("CT-3", (HeadCount("KOR", 1),)),
    ):
        store.save(make_catch(ref, counts=counts), today=TODAY)
    dashboard = Dashboard(store, "en")
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.choice.setCurrentIndex(dashboard.choice.findData("campaign"))
    dashboard.refresh()
    chart = dashboard.region_chart.chart()
    [pie] = chart.series()
    shown = QTextDocument()  # the legend shows its labels as HTML, as this does
    labels = []
    for piece in pie.slices():
        shown.setHtml(piece.label())
        labels.append(shown.toPlainText())
    assert labels == ["South-eastern Asia 75%", "Southern Asia 25%", "Eastern Asia <1%"]
    assert not any(s.isLabelVisible() for s in pie.slices())
    assert chart.legend().isVisible()
    months = dashboard.month_chart.chart()  # its axis grouped as the tiles are: 5,000
    assert months.localizeNumbers() and months.locale().toString(5000.0, "f", 0) == "5,000"


def test_the_report_dialog_shows_the_comparison_the_report_will_make(qtbot, store):
    """Until another is chosen, the greyed comparison is the data standard's default for
    the period as it is typed; once chosen, it stays as the person set it."""
    from smugdesk.ui.report_dialog import ReportDialog

    dialog = ReportDialog(store.reopen(), "en")
    qtbot.addWidget(dialog)
    dialog.show()

    def comparison():
        return dialog.compare_start.date().toPython(), dialog.compare_end.date().toPython()

    dialog.start.setDate(QDate(2017, 1, 1))
    dialog.end.setDate(QDate(2017, 11, 30))
    assert comparison() == (dt.date(2016, 1, 1), dt.date(2016, 11, 30))
    dialog.start.setDate(QDate(2015, 1, 1))  # the campaign to date: longer than a year
    assert comparison() == (dt.date(2012, 2, 1), dt.date(2014, 12, 31))
    box = dialog.compare
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.compare_start.isEnabled()
    dialog.compare_start.setDate(QDate(2015, 1, 1))
    dialog.compare_end.setDate(QDate(2015, 11, 30))
    dialog.start.setDate(QDate(2017, 2, 1))
    assert comparison() == (dt.date(2015, 1, 1), dt.date(2015, 11, 30))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert comparison() == (dt.date(2016, 2, 1), dt.date(2016, 11, 30))  # the default again
    # Only the days a report period may cover can be picked; a period with nothing
    # before it says so, and the report is refused plainly.
    dialog.start.setDate(QDate(1800, 1, 1))
    assert dialog.start.date() == QDate(1900, 1, 1)
    assert "no period before 1900-01-01 can be compared" in dialog.message.text()
    dialog.title.setText("Campaign\x01")  # pasted: a control character
    qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
    assert "Title: must not hold line breaks or control characters" in dialog.message.text()
    assert dialog.generate.isEnabled()
    dialog.title.setText("")
    dialog.end.setDate(QDate(1901, 6, 30))
    dialog.start.setDate(QDate(1901, 2, 1))
    assert dialog.message.text() == ""
    assert comparison() == (dt.date(1900, 2, 1), dt.date(1900, 6, 30))


def test_messages_and_typed_values_are_shown_as_plain_text(qtbot, window):
    """A value someone typed, or a message quoting it, is never read as HTML: Qt's
    labels guess, and would show "<a href=...>" as a link to click."""
    from PySide6.QtWidgets import QLabel

    from smugdesk.ui.plain_text import text_label
    from smugdesk.ui.report_dialog import ReportDialog

    label = text_label('\'<a href="http://example.org">here</a>\' is not a known agency')
    assert label.textFormat() == Qt.TextFormat.PlainText
    dialog = ReportDialog(window.store.reopen(), "en", window)
    qtbot.addWidget(dialog)
    shown = [dialog.message, window.status, *window.findChildren(QLabel, "message")]
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in shown)


def test_a_problem_of_no_one_field_is_named_by_the_fields_title(qtbot, window):
    """The banner named it by its code name ("nationality: ...") in every language."""
    form = window.open_record("catch", None)
    qtbot.waitExposed(form)
    form.agency.setEditText("GD-PSD")
    assert not form.save()  # no head count
    assert "Nationalities: at least one" in form.banner.text()
    assert "nationality:" not in form.banner.text()
