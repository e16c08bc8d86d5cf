"""The main window over the 1,000,000-catch database of bench_report.py, each measure in
a fresh process (offscreen Qt), side by side with a model that loads every row.

Targets (issue 4): window shown with its first page of catches under 1 s from start;
jump to the last row under 150 ms; a filter applied under 200 ms; memory under 250 MB
after scrolling through the whole list; at least 10x less than loading every row.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from bench_report import DB, make_db
from common import ROOT, report

CHILD = r"""
import json, os, sys, time, resource
start = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from smugdesk.store import Actor, open_store
mode, db = sys.argv[2], sys.argv[3]
key = sys.stdin.read().strip()  # an encrypted copy's key, in hex (bench_encrypted.py)
app = QApplication([])
store = open_store(db, Actor("bench", "bench"), key=bytes.fromhex(key) if key else None)

def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def current_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

from smugdesk.ui.main_window import MainWindow
settings = QSettings(os.path.join(sys.argv[4], "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(store, settings)
window.nav.setCurrentRow(1)
window.show()
view = window.lists["catch"]
model = view.model
out = {}
if mode in ("tuples", "qsql"):
    # The counter-examples, in the same window over the same list (same columns, same
    # order): a model holding every row, scrolled through to the end.
    app.processEvents()
    out["base_mb"] = current_mb()
    from smugdesk.store.lists import LISTS
    spec = LISTS["catch"]
    sql = (
        f"SELECT r.uuid, {', '.join(c.sql for c in spec.columns)} FROM catches r "
        "WHERE r.deleted_at IS NULL ORDER BY r.date DESC, r.id DESC"
    )
    if mode == "qsql":  # Qt's own: QSqlQueryModel, which keeps each row it has fetched
        from PySide6.QtSql import QSqlDatabase, QSqlQueryModel
        qdb = QSqlDatabase.addDatabase("QSQLITE")
        qdb.setDatabaseName(db)
        qdb.open()
        naive = QSqlQueryModel()
        naive.setQuery(sql, qdb)
        while naive.canFetchMore():
            naive.fetchMore()
    else:  # every row read into Python, shown by a plain list model
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        rows = store.db.conn.execute(sql).fetchall()
        class Naive(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else len(rows)
            def columnCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else len(spec.columns)
            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                if role == Qt.ItemDataRole.DisplayRole:
                    return str(rows[index.row()][index.column() + 1])
                return None
        naive = Naive()
    view.table.setModel(naive)
    n = naive.rowCount()
    view.table.scrollToBottom()
    app.processEvents()
    out["rows"] = n
    out["peak_mb"] = rss()
else:
    model.data(model.index(0, 0))
    app.processEvents()
    out["first_page_s"] = time.perf_counter() - start
    n = model.rowCount()
    t = time.perf_counter()
    view.table.scrollToBottom()
    model.data(model.index(n - 1, 0))
    app.processEvents()
    out["jump_last_ms"] = (time.perf_counter() - t) * 1000
    from smugdesk.store.lists import Filter
    t = time.perf_counter()
    model.set_filter(Filter(agency="GX-PSD", nationality="VNM"))
    model.data(model.index(0, 0))
    out["filter_ms"] = (time.perf_counter() - t) * 1000
    out["filtered_rows"] = model.rowCount()
    for name, words in (("text_common_ms", "lorry"), ("text_rare_ms", "CT-0499999")):
        t = time.perf_counter()
        view.text.setText(words)  # a third of the catches hold "lorry"; one has that ref
        view.apply_filter()
        model.data(model.index(0, 0))
        out[name] = (time.perf_counter() - t) * 1000
        out[name.replace("_ms", "_rows")] = model.rowCount()
    view.text.setText("")
    view.apply_filter()
    app.processEvents()
if mode == "window":
    out["base_mb"] = current_mb()  # the window shown: what scrolling adds is the model's
    for row in range(0, n, 200):
        view.table.scrollTo(model.index(row, 0))
        app.processEvents()
    out["rows"] = n
    out["peak_mb"] = rss()
print(json.dumps(out))
"""


def run(mode: str, db: Path = DB, key: bytes | None = None) -> dict[str, float]:
    """One fresh process: "window" measures all, "shown" stops before scrolling through
    the list, "tuples" and "qsql" are the counter-examples."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(ROOT), mode, str(db), tmp],
            input=key.hex() if key else "",
            capture_output=True,
            text=True,
            check=True,
        )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    make_db()
    from smugdesk.store import open_store

    open_store(DB).close()  # any pending migration, outside the timings
    runs = [run("window") for _ in range(5)]
    naive = {mode: run(mode) for mode in ("tuples", "qsql")}

    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    report(
        "window shown with first page of 1,000,000 catches",
        med("first_page_s"),
        "s",
        "target < 1 s",
    )
    report("jump to the last row", med("jump_last_ms"), "ms", "target < 150 ms")
    report("filter (agency + nationality) applied", med("filter_ms"), "ms", "target < 200 ms")
    report(
        "free-text filter, common word (a third of the rows)",
        med("text_common_ms"),
        "ms",
        "target < 200 ms",
    )
    report("free-text filter, rare word (one row)", med("text_rare_ms"), "ms", "target < 200 ms")
    report("peak memory after scrolling the whole list", med("peak_mb"), "MB", "target < 250 MB")
    ours = med("peak_mb") - med("base_mb")
    report("  of which the list model adds while scrolling", ours, "MB")
    for mode, label in (("tuples", "every row in Python"), ("qsql", "QSqlQueryModel")):
        theirs = naive[mode]
        report(f"peak memory, same window, {label}", theirs["peak_mb"], "MB")
        added = theirs["peak_mb"] - theirs["base_mb"]
        report(f"  of which the list model adds ({label})", added, "MB")
        report(f"  memory ratio, list models ({label})", added / ours, "x", "target >= 10x")
        report(
            f"  memory ratio, whole processes ({label})",
            theirs["peak_mb"] / med("peak_mb"),
            "x",
        )


if __name__ == "__main__":
    main()
