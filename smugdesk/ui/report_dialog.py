"""The report dialog: choose the period, comparison, language and title; the report is
generated in the background, shown inside the app, printed or saved."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smugdesk.accounts.roles import Can
from smugdesk.domain.records import Invalid
from smugdesk.domain.validation import MAX_LENGTH
from smugdesk.domain.words import WordsError, render
from smugdesk.files import OverDatabase, copy_whole
from smugdesk.places import scratch_dir
from smugdesk.reports.figures import Figures
from smugdesk.reports.options import ReportOptions
from smugdesk.reports.periods import Period, default_comparison
from smugdesk.reports.publishing import differences, earlier_differing, frozen, publish_report
from smugdesk.reports.report import audit_detail, make_report
from smugdesk.store import Reopen, StoreError
from smugdesk.store.publications import Publication
from smugdesk.ui.background import run_in_background
from smugdesk.ui.dates import day_of, period_edit, set_day
from smugdesk.ui.failures import app_language, plain_message
from smugdesk.ui.plain_text import text_label


class ReportDialog(QDialog):
    def __init__(self, reopen: Reopen, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summary report"))
        self.reopen = reopen
        self.workdir = Path(tempfile.mkdtemp(prefix="report-", dir=scratch_dir()))
        self.pdf_path = self.workdir / "report.pdf"
        self.xlsx_path = self.workdir / "report.xlsx"
        self.message = text_label()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self._no_comparison = ""  # what the message says when no default comparison exists
        today = dt.date.today()
        self.start = period_edit("from", today.replace(month=1, day=1))
        self.end = period_edit("to", today)
        self.compare = QCheckBox(self.tr("Compare with another period"))
        self.compare.setObjectName("compare")
        self.compare_start = period_edit("compare_from", today)
        self.compare_end = period_edit("compare_to", today)
        for w in (self.compare_start, self.compare_end):
            w.setEnabled(False)
            self.compare.toggled.connect(w.setEnabled)
        for w in (self.start, self.end):
            w.dateChanged.connect(self._follow_period)
        self.compare.toggled.connect(self._follow_period)
        self._follow_period()
        self.lang = QComboBox()
        self.lang.setObjectName("lang")
        self.lang.setAccessibleName("lang")
        for code, text in (("en", "English"), ("zh-Hans", "简体中文"), ("zh-Hant", "繁體中文")):
            self.lang.addItem(text, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_LENGTH["title"])
        self.title.setObjectName("title")
        self.title.setAccessibleName("title")
        self.title.setPlaceholderText(self.tr("Default title"))
        form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        form.addRow(self.tr("Period"), period)
        form.addRow("", self.compare)
        compare = QHBoxLayout()
        compare.addWidget(self.compare_start)
        compare.addWidget(QLabel("–"))
        compare.addWidget(self.compare_end)
        form.addRow(self.tr("Comparison"), compare)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Title"), self.title)
        self.approved_only = QCheckBox(self.tr("Count approved records only"))
        self.approved_only.setObjectName("approved_only")
        form.addRow("", self.approved_only)
        self.generate = QPushButton(self.tr("Generate"))
        self.generate.setObjectName("generate")
        self.generate.setDefault(True)
        self.generate.clicked.connect(self.start_report)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self.tr("Print..."))
        self.print_button.setObjectName("print")
        self.save_pdf = QPushButton(self.tr("Save PDF..."))
        self.save_pdf.setObjectName("save_pdf")
        self.save_xlsx = QPushButton(self.tr("Save Excel..."))
        self.save_xlsx.setObjectName("save_xlsx")
        self.publish = QPushButton(self.tr("Publish..."))
        self.publish.setObjectName("publish")
        self.publish.setToolTip(
            self.tr("Keep these figures as published: you are told later if records revise them.")
        )
        self.publish.clicked.connect(self.publish_figures)
        self.figures: Figures | None = None
        for button in (self.print_button, self.save_pdf, self.save_xlsx, self.publish):
            button.setEnabled(False)
        self.print_button.clicked.connect(self.print_report)
        self.save_pdf.clicked.connect(lambda: self.save_copy(self.pdf_path, "PDF (*.pdf)"))
        self.save_xlsx.clicked.connect(
            lambda: self.save_copy(self.xlsx_path, self.tr("Excel workbooks (*.xlsx)"))
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.save_xlsx)
        buttons.addWidget(self.publish)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.resize(900, 900)

    def _follow_period(self) -> None:
        """Until another comparison is chosen, its fields show the one the report will
        make: the data standard's default for the period (the same dates a year
        earlier, or the stretch just before a period longer than a year)."""
        if self.compare.isChecked() or day_of(self.end) < day_of(self.start):
            return
        said = self.message.text()
        try:
            default = default_comparison(Period(day_of(self.start), day_of(self.end)))
        except WordsError as exc:  # nothing before the period: the fields cannot show one
            self._no_comparison = plain_message(exc)
            self.message.setText(self._no_comparison)
            return
        if said and said == self._no_comparison:
            self.message.clear()
        set_day(self.compare_start, default.start)
        set_day(self.compare_end, default.end)

    def start_report(self) -> None:
        try:
            period = Period(day_of(self.start), day_of(self.end))
            comparison = (
                Period(day_of(self.compare_start), day_of(self.compare_end))
                if self.compare.isChecked()
                else None
            )
            options = ReportOptions(lang=str(self.lang.currentData()), title=self.title.text())
        except Invalid as invalid:  # the title
            lang, title = app_language(), self.tr("Title")
            said = (f"{title}: {render(p.message, lang)}" for p in invalid.problems)
            self.message.setText("\n".join(said))
            return
        except ValueError as exc:
            self.message.setText(plain_message(exc))
            return
        self.generate.setEnabled(False)
        self.progress.show()
        self.message.setText(self.tr("Generating..."))
        self.document.close()
        reopen, pdf, xlsx = self.reopen, self.pdf_path, self.xlsx_path
        approved_only = self.approved_only.isChecked()
        self.made = (period, comparison, options, approved_only)

        def work(_report: Callable[[str], None]) -> Figures:
            with reopen() as store:
                source = store.figures(Can.REPORT, approved_only)
                return make_report(source, period, comparison, options, pdf=pdf, xlsx=xlsx)

        run_in_background(work, self.report_ready, self.report_failed)

    def report_ready(self, figures: Figures) -> None:
        self.figures = figures
        self.progress.hide()
        self.generate.setEnabled(True)
        self.document.load(str(self.pdf_path))
        self.message.setText(self.tr("{pages} pages.").format(pages=self.document.pageCount()))
        for button in (self.print_button, self.save_pdf, self.save_xlsx, self.publish):
            button.setEnabled(True)

    def report_failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.generate.setEnabled(True)
        self.message.setText(
            self.tr("The report could not be made: {error}").format(error=plain_message(exc))
        )

    def publish_figures(self) -> None:
        """Publish the figures shown; an earlier publication of the same period with
        other figures is shown first, and publishing again must be confirmed."""
        if self.figures is None:
            return
        _period, _comparison, options, approved_only = self.made
        try:
            with self.reopen() as store:
                earlier = earlier_differing(store, self.figures)
                if earlier and not self._confirm_over(earlier, self.figures):
                    return
                pub = publish_report(
                    store, self.figures, options, approved_only, (self.pdf_path, self.xlsx_path)
                )
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not published"), plain_message(exc))
            return
        self.publish.setEnabled(False)
        self.message.setText(
            self.tr("Published as {id}: you will be told if merged records revise it.").format(
                id=pub.uuid
            )
        )

    def _confirm_over(self, earlier: list[Publication], figures: Figures) -> bool:
        lines = []
        for old in earlier:
            changed = differences(old.figures, frozen(figures))
            shown = "\n".join(f"  {n}: {a} -> {b}" for n, a, b in changed[:10])
            lines.append(
                self.tr("Published {at} by {user}, with other figures:").format(
                    at=old.published_at, user=old.published_by
                )
                + "\n"
                + shown
            )
        answer = QMessageBox.question(
            self,
            self.tr("Publish again?"),
            self.tr("This period was published before.")
            + "\n\n"
            + "\n\n".join(lines)
            + "\n\n"
            + self.tr("Publish these figures as well?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_copy(self, source: Path, file_filter: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), source.name, file_filter
        )
        if path:
            try:
                copy_whole(source, path)
            except (OSError, OverDatabase) as exc:
                QMessageBox.warning(self, self.tr("Not saved"), plain_message(exc))
                return
            self.note_made([Path(path)])

    def note_made(self, files: list[Path]) -> None:
        """The audit's entry of a report that leaves the app: saved (where) or printed."""
        period, comparison, options, approved_only = self.made
        detail = audit_detail(period, comparison, options, files, approved_only)
        try:
            with self.reopen() as store:
                store.note("report", {**detail, "printed": not files})
        except StoreError as exc:
            QMessageBox.warning(self, "smugdesk", plain_message(exc))

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                image = self.document.render(page, rect.size())
                painter.drawImage(rect, image)
        finally:
            painter.end()
        self.note_made([])

    def done(self, result: int) -> None:
        self.document.close()
        shutil.rmtree(self.workdir, ignore_errors=True)
        super().done(result)
