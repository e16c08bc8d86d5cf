"""The audit, for supervisors and administrators: entries filtered by period, user,
action and record, the chain's state, export to a workbook, and a record's history
with each change side by side."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smugdesk.accounts.actions import ACTIONS, action_text
from smugdesk.accounts.chain import Verdict
from smugdesk.store import Store, StoreError
from smugdesk.store.accounts import shown_time
from smugdesk.store.audit import AuditFilter, Entry
from smugdesk.ui.background import run_in_background
from smugdesk.ui.dates import date_edit, day_of
from smugdesk.ui.failures import plain_message
from smugdesk.ui.plain_text import text_label
from smugdesk.ui.tables import Index, TitledModel, row_table

PAGE = 200
PAGES_HELD = 20


class AuditModel(TitledModel):
    """Audit entries, newest first, read a page at a time (a million entries cost what
    a screenful costs)."""

    def __init__(self, store: Store, lang: str) -> None:
        titles = [
            QApplication.translate("audit", "Entry"),
            QApplication.translate("audit", "Time"),
            QApplication.translate("audit", "User"),
            QApplication.translate("audit", "Workstation"),
            QApplication.translate("audit", "Action"),
            QApplication.translate("audit", "Record"),
            QApplication.translate("audit", "Detail"),
        ]
        super().__init__(titles, lambda: self.count)
        self.store = store
        self.lang = lang
        self.which = AuditFilter()
        self.count = 0
        self._pages: OrderedDict[int, list[Entry]] = OrderedDict()
        self._keys: dict[str, str] = {}
        self.set_filter(self.which)

    def set_filter(self, which: AuditFilter) -> None:
        self.beginResetModel()
        self.which = which
        self._pages.clear()
        self.count = self.store.audit.count(which)
        self.endResetModel()

    def entry(self, row: int) -> Entry:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self.store.audit.entries(self.which, number * PAGE, PAGE)
            self._keys.update(self.store.record_keys(e.record_uuid for e in page if e.record_uuid))
            self._pages[number] = page
            while len(self._pages) > PAGES_HELD:
                self._pages.popitem(last=False)
        return page[row - number * PAGE]

    def key(self, entry: Entry) -> str:
        return self._keys.get(entry.record_uuid, entry.record_uuid)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        e = self.entry(index.row())
        record = f"{e.kind} {self.key(e)}".strip() if e.record_uuid else e.kind
        detail = ", ".join(f"{k}: {v}" for k, v in e.detail.items())
        return (
            f"{e.id:,}",
            shown_time(e.at),
            e.user,
            e.workstation,
            action_text(e.action, self.lang),
            record,
            detail,
        )[index.column()]


class AuditView(QWidget):
    """The audit's entries with their filters and the chain's state."""

    def __init__(self, store: Store, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_view")
        self.store = store
        self.lang = lang
        self.model = AuditModel(store, lang)
        self.table = row_table("audit_table", self.model)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((70, 130, 110, 110, 150, 190)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.show_history)
        self.chain = text_label()
        self.chain.setObjectName("chain_state")
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._chain_bar())

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.use_period = QCheckBox(self.tr("Period"))
        self.use_period.setObjectName("use_period")
        today = dt.date.today()
        self.start = date_edit("start", today.replace(day=1), "audit_start")
        self.end = date_edit("end", today, "audit_end")
        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.user.addItem(self.tr("Everyone"), "")
        for name in self.store.audit.users():
            self.user.addItem(name or self.tr("(unknown name)"), name)
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.action.addItem(self.tr("Every action"), "")
        for action in ACTIONS:
            self.action.addItem(action_text(action, self.lang), action)
        self.record = QLineEdit()
        self.record.setObjectName("audit_record")
        self.record.setPlaceholderText(self.tr("Record reference"))
        self.record.setClearButtonEnabled(True)
        self.shown = text_label()
        self.shown.setObjectName("count")
        for widget in (self.use_period, self.start, self.end, self.user, self.action):
            bar.addWidget(widget)
        bar.addWidget(self.record, 1)
        bar.addWidget(self.shown)
        self.use_period.toggled.connect(self.apply_filter)
        self.start.dateChanged.connect(self.apply_filter)
        self.end.dateChanged.connect(self.apply_filter)
        self.user.currentIndexChanged.connect(self.apply_filter)
        self.action.currentIndexChanged.connect(self.apply_filter)
        self.record.editingFinished.connect(self.apply_filter)
        self._show_count()
        return bar

    def _chain_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        verify = QPushButton(self.tr("Verify the chain"))
        verify.setObjectName("verify")
        verify.clicked.connect(self.verify)
        history = QPushButton(self.tr("Record history..."))
        history.setObjectName("history")
        history.clicked.connect(lambda: self.show_history(self.table.currentIndex()))
        export = QPushButton(self.tr("Export..."))
        export.setObjectName("export_audit")
        export.clicked.connect(self.export)
        bar.addWidget(self.chain, 1)
        for button in (verify, history, export):
            bar.addWidget(button)
        head = self.store.audit.head()
        self.chain.setText(self.tr("Not verified yet. Last entry: {head}").format(head=head.short))
        return bar

    def current_filter(self) -> AuditFilter:
        period = self.use_period.isChecked()
        ref = self.record.text().strip()
        return AuditFilter(
            day_of(self.start) if period else None,
            day_of(self.end) if period else None,
            str(self.user.currentData() or ""),
            str(self.action.currentData() or ""),
            self.store.record_uuids(ref) if ref else None,
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._show_count()

    def _show_count(self) -> None:
        self.shown.setText(self.tr("{n} entries").format(n=f"{self.model.count:,}"))

    def verify(self) -> None:
        self.chain.setText(self.tr("Verifying..."))
        reopen = self.store.reopen()

        def work(_report: object) -> Verdict:
            with reopen() as store:
                return store.audit.verify()

        run_in_background(work, self.verified, lambda exc: self.chain.setText(plain_message(exc)))

    def verified(self, verdict: Verdict) -> None:
        if verdict.broken is None:
            self.chain.setStyleSheet("color: #1b5e20")
            self.chain.setText(
                self.tr("Chain verified: {n} entries hold. Head {head}.").format(
                    n=f"{verdict.head.entries:,}", head=verdict.head.short
                )
            )
            return
        self.chain.setStyleSheet("color: #b00020; font-weight: bold")
        self.chain.setText(
            self.tr(
                "The chain breaks at entry {entry} ({why}); the {n} entries before it hold."
            ).format(
                entry=verdict.broken.entry, why=verdict.broken.reason, n=f"{verdict.head.entries:,}"
            )
        )

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export audit entries"), "audit.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        from smugdesk.io.audit_export import write_audit

        which = self.model.which
        entries = [self.model.entry(r) for r in range(self.model.count)]
        try:
            keys = self.store.record_keys(e.record_uuid for e in entries if e.record_uuid)
            n = write_audit(entries, keys, path, self.lang)
            self.store.note(
                "audit_export",
                {
                    "file": str(path.resolve()),
                    "entries": n,
                    "user": which.user,
                    "action": which.action,
                },
            )
        except (StoreError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), plain_message(exc))
            return 0
        return n

    def show_history(self, index: Index) -> None:
        if not index.isValid():
            return
        entry = self.model.entry(index.row())
        if entry.record_uuid and entry.kind in ("agency", "case", "catch", "bust"):
            from smugdesk.ui.history import HistoryDialog

            HistoryDialog(
                self.store, entry.record_uuid, self.model.key(entry), self.lang, self
            ).open()

    def records_changed(self, kinds: frozenset[str]) -> None:
        del kinds
        self.apply_filter()
