"""Publications: the figures a report published, and whether the records still give
them. Each publication is checked again in the background (a million records take a
fraction of a second each) when the page is shown after records changed; the selected
one shows the figures that changed, by how much, and the records that changed them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from smugdesk.reports.publishing import Revision, check
from smugdesk.reports.text import figure_title
from smugdesk.store import Store
from smugdesk.store.accounts import shown_time
from smugdesk.store.publications import Publication, publications
from smugdesk.ui.background import run_in_background
from smugdesk.ui.failures import app_language, plain_message
from smugdesk.ui.plain_text import text_label
from smugdesk.ui.tables import Index, TitledModel, row_table

AFTER_CHANGE_MS = 1_500  # changes in a row make one check


def _number(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return str(value)


def revised_line(revision: Revision) -> str:
    """One publication that records taken in revised, as a merge or sync tells it."""
    start, end = revision.publication.spec["period"]
    return QApplication.translate(
        "publications",
        "The figures published for {start} to {end} are revised by what arrived: "
        "{n} changed (see Publications).",
    ).format(start=start, end=end, n=len(revision.figures))


class PublicationsModel(TitledModel):
    """Every publication, newest first, and what checking it found."""

    def __init__(self, here: str) -> None:
        titles = [
            QApplication.translate("publications", "Period"),
            QApplication.translate("publications", "Published"),
            QApplication.translate("publications", "By"),
            QApplication.translate("publications", "Station"),
            QApplication.translate("publications", "Figures now"),
        ]
        super().__init__(titles, lambda: len(self.rows))
        self.here = here  # this database's station
        self.rows: list[Publication] = []
        self.found: dict[str, Revision] = {}

    def show(self, rows: list[Publication], found: dict[str, Revision]) -> None:
        self.beginResetModel()
        self.rows, self.found = rows, found
        self.endResetModel()

    def status(self, pub: Publication) -> str:
        revision = self.found.get(pub.uuid)
        if revision is None:
            return QApplication.translate("publications", "checking...")
        if not revision.revised:
            return QApplication.translate("publications", "the same as published")
        return QApplication.translate("publications", "revised: {n} figures changed").format(
            n=len(revision.figures)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        pub = self.rows[index.row()]
        start, end = pub.spec["period"]
        return (
            QApplication.translate("publications", "{start} to {end}").format(start=start, end=end),
            shown_time(pub.published_at),
            pub.published_by,
            pub.station_name
            or (
                QApplication.translate("publications", "this station")
                if pub.station == self.here
                else pub.station
            ),
            self.status(pub),
        )[index.column()]


class FiguresModel(TitledModel):
    """The figures of one publication that the records no longer give."""

    def __init__(self) -> None:
        titles = [
            QApplication.translate("publications", "Figure"),
            QApplication.translate("publications", "As published"),
            QApplication.translate("publications", "Now"),
            QApplication.translate("publications", "Change"),
        ]
        super().__init__(titles, lambda: len(self.rows))
        self.rows: tuple[tuple[str, Any, Any], ...] = ()

    def show(self, rows: tuple[tuple[str, Any, Any], ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        figure, before, after = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        change = ""
        numbers = all(isinstance(v, int) and not isinstance(v, bool) for v in (before, after))
        if numbers:
            change = f"{after - before:+,}"
        if index.column() == 0:  # the figure as the report names it, in the app's language
            return figure_title(figure, app_language())
        return (figure, _number(before), _number(after), change)[index.column()]


class PublicationsView(QWidget):
    """The publications, each checked against the records as they are now.

    Signals:
        seen: the page was shown (what a sync said of revisions is known now).
    """

    seen = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publications_view")
        self.store = store
        self.stale = True
        self.generation = 0  # a check started before the latest change is ignored
        self.model = PublicationsModel(store.changes.station().uuid)
        self.table = row_table("publications_table", self.model, fit=True)
        self.figures = FiguresModel()
        self.changed = row_table("revised_figures", self.figures, fit=True)
        self.summary = text_label()
        self.summary.setObjectName("publications_summary")
        self.summary.setWordWrap(True)
        self.through = text_label()
        self.through.setObjectName("revised_through")
        self.through.setWordWrap(True)
        self.through.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.changed, 2)
        layout.addWidget(self.through)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selected())
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.seen.emit()
        if self.stale:
            self.refresh()

    def records_changed(self, kinds: frozenset[str]) -> None:
        del kinds
        self.stale = True
        if self.isVisible():
            self.soon.start()

    def refresh(self) -> None:
        """List the publications now, then check each in the background."""
        self.stale = False
        self.generation += 1
        generation = self.generation
        rows = list(reversed(publications(self.store)))
        self.model.show(rows, {})
        self._summarise()
        if not rows:
            self.selected()
            return
        self.table.selectRow(0)
        reopen = self.store.reopen()

        def work(_report: object) -> dict[str, Revision]:
            with reopen() as store:
                return {p.uuid: check(store, p) for p in rows}

        def done(found: dict[str, Revision]) -> None:
            if generation == self.generation:
                row = max(self.table.currentIndex().row(), 0)
                self.model.show(rows, found)
                self._summarise()
                self.table.selectRow(row)
                self.selected()

        def failed(exc: Exception) -> None:
            if generation == self.generation:
                self.summary.setText(plain_message(exc))

        run_in_background(work, done, failed)

    def _summarise(self) -> None:
        rows, found = self.model.rows, self.model.found
        if not rows:
            text = self.tr("Nothing published yet: publish a summary report's figures from it.")
        elif len(found) < len(rows):
            text = self.tr("Checking {n} publications against the records as they are now...")
            text = text.format(n=len(rows))
        else:
            revised = sum(r.revised for r in found.values())
            text = (
                self.tr("Revised since publication: {n} of {total}.")
                if revised
                else self.tr("The records still give the figures of all {total} publications.")
            ).format(n=revised, total=len(rows))
        self.summary.setText(text)

    def selected(self) -> None:
        row = self.table.currentIndex().row()
        pub = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        revision = self.model.found.get(pub.uuid) if pub else None
        self.figures.show(revision.figures if revision else ())
        self.changed.setVisible(bool(revision and revision.revised))
        text = ""
        if revision and revision.records:
            text = self.tr("Through the records: {records}").format(
                records=", ".join(revision.records)
            )
        self.through.setText(text)
