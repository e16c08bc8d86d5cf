"""Import and export dialogs: the work runs in the background with its own connection;
a refused workbook's problems are listed in a table that can be copied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smugdesk.domain.words import render
from smugdesk.io.importer import ImportProblem, ImportRefused, ImportResult, import_workbook
from smugdesk.store import Reopen
from smugdesk.ui.background import run_in_background
from smugdesk.ui.failures import plain_message
from smugdesk.ui.field_titles import kind_titles
from smugdesk.ui.plain_text import text_label

Index = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    """Every problem of a refused workbook: sheet, row, column, message."""

    def __init__(self, problems: list[ImportProblem], headers: list[str], lang: str = "en") -> None:
        super().__init__()
        self.problems = problems
        self.headers = headers
        self.lang = lang

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.problems[index.row()]
        message = render(p.message, self.lang)
        return (p.sheet, "" if p.row is None else str(p.row), p.column, message)[index.column()]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def as_text(self) -> str:
        return "\n".join(
            "\t".join(self.data(self.index(r, c)) for c in range(4))
            for r in range(len(self.problems))
        )


class _WorkDialog(QDialog):
    """A dialog for one long job: a message, a progress bar, a Close button. Each
    subclass prepares ``_job`` (work, on done, on failure); ``start`` runs it."""

    _job: tuple[Callable[..., Any], Callable[..., None], Callable[[Exception], None]]

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.message = text_label()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the job answers
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.buttons)
        self.resize(720, 200)

    def start(self) -> None:
        """Begin the work in the background (the constructor only prepares it)."""
        work, done, failed = self._job
        run_in_background(work, done, failed, self.show_progress)

    def show_progress(self, text: str, fraction: float | None = None) -> None:
        """The job's words, and how far it is when it knows (else a busy bar)."""
        self.message.setText(text)
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(max(0.0, min(fraction, 1.0)) * 1000))

    def finish(self, text: str) -> None:
        self.progress.hide()
        self.message.setText(text)
        self.buttons.setEnabled(True)

    def failed(self, exc: Exception) -> None:
        self.finish(
            self.tr("Failed: {error}. Nothing was changed.").format(error=plain_message(exc))
        )


class ImportDialog(_WorkDialog):
    """Imports in a worker with its own store; ``announce`` (the window's
    ``ChangeHub.announce``) hears what the import wrote, once it committed."""

    def __init__(
        self,
        reopen: Reopen,
        workbook: Path,
        announce: Callable[[frozenset[str]], None],
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(self.tr("Import workbook"), parent)
        self.lang = lang
        self.problems_view: QTableView | None = None
        self.message.setText(self.tr("Importing {name}...").format(name=workbook.name))

        stages = {
            "reading": self.tr("Reading and checking every row..."),
            "writing": self.tr("Writing..."),
            "agency": self.tr("Agencies written."),
            "case": self.tr("Cases written."),
            "catch": self.tr("Catches written."),
            "bust": self.tr("Gang busts written."),
        }

        def work(report: Callable[[str], None]) -> ImportResult:
            with reopen() as store:
                store.on_change(announce)
                return import_workbook(
                    store, workbook, progress=lambda stage: report(stages.get(stage, stage))
                )

        self._job = (work, self.done_ok, self.failed_or_refused)

    def done_ok(self, result: ImportResult) -> None:
        s = result.summary
        lines = [self.tr("Imported {n} rows.").format(n=f"{result.rows:,}")]
        titles = kind_titles()
        for kind in ("agency", "case", "catch", "bust"):
            if s.added[kind] or s.changed[kind] or s.unchanged[kind]:
                lines.append(
                    self.tr("{kind}: {a} added, {c} updated, {u} unchanged").format(
                        kind=titles[kind],
                        a=f"{s.added[kind]:,}",
                        c=f"{s.changed[kind]:,}",
                        u=f"{s.unchanged[kind]:,}",
                    )
                )
        self.finish("\n".join(lines))

    def failed_or_refused(self, exc: Exception) -> None:
        if not isinstance(exc, ImportRefused):
            self.failed(exc)
            return
        self.finish(
            self.tr("The workbook was refused; nothing was imported. {n} problem(s):").format(
                n=len(exc.problems)
            )
        )
        model = ProblemsModel(
            exc.problems,
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")],
            self.lang,
        )
        view = QTableView()
        view.setObjectName("problems")
        view.setModel(model)
        view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        copy = QPushButton(self.tr("Copy problems"))
        copy.setObjectName("copy_problems")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(model.as_text()))
        self.layout_.insertWidget(1, view)
        self.layout_.insertWidget(2, copy)
        self.problems_view = view
        self.resize(820, 480)


class ExportDialog(_WorkDialog):
    def __init__(self, reopen: Reopen, workbook: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export workbook"), parent)
        self.message.setText(self.tr("Exporting to {name}...").format(name=workbook.name))

        rows_text = self.tr("{sheet}: {n} rows written...")

        def work(report: Callable[..., None]) -> dict[str, int]:
            from smugdesk.io.exporter import export_workbook, row_counts  # openpyxl: 20 MB

            with reopen() as store:
                total = max(sum(row_counts(store).values()), 1)
                done: dict[str, int] = {}

                def progress(sheet: str, n: int) -> None:
                    done[sheet] = n
                    report(rows_text.format(sheet=sheet, n=f"{n:,}"), sum(done.values()) / total)

                return export_workbook(store, workbook, progress=progress)

        def done(counts: dict[str, int]) -> None:
            self.finish(
                self.tr("Exported: {rows}").format(
                    rows=", ".join(f"{n:,} {sheet}" for sheet, n in counts.items())
                )
            )

        self._job = (work, done, self.failed)


def write_template_to(parent: QWidget) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Blank template"),
        "smugdesk-template.xlsx",
        parent.tr("Excel workbooks (*.xlsx)"),
    )
    if path:
        from smugdesk.io.template import write_template  # openpyxl: 20 MB, when needed

        try:
            write_template(Path(path))
        except OSError as exc:
            QMessageBox.warning(parent, parent.tr("Not written"), plain_message(exc))
