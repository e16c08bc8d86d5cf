"""File > Write a bundle and Merge bundles: the app's way to the command line's
``bundle`` and ``merge``, in the background, each bundle all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from smugdesk.reports.publishing import Revision, revised_by
from smugdesk.stations.signing import fingerprint
from smugdesk.store import Reopen, StoreError
from smugdesk.store.bundles import Merged, Written, merge_bundle, write_bundle
from smugdesk.store.mapping import KINDS
from smugdesk.store.publications import Touched
from smugdesk.ui.background import run_in_background
from smugdesk.ui.failures import plain_message
from smugdesk.ui.publications_view import revised_line


@dataclass
class MergeOutcome:
    merged: list[tuple[str, Merged]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # file, why
    revised: list[Revision] = field(default_factory=list)  # publications it revised


def _show(parent: QWidget, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("bundle_result")
    box.open()
    return box


def write_bundle_from(parent: QWidget, reopen: Reopen) -> None:
    """Ask where, then write every change of this database to a bundle."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QApplication.translate("bundles", "Write a bundle"),
        "station.smugbundle",
        QApplication.translate("bundles", "smugdesk bundles (*.smugbundle)"),
    )
    if not path:
        return

    def work(_report: Callable[..., None]) -> Written:
        with reopen() as store:
            return write_bundle(store, Path(path))

    def done(written: Written) -> None:
        text = QApplication.translate("bundles", "Wrote {file}: {changes} changes.").format(
            file=written.path, changes=f"{written.changes:,}"
        )
        _show(
            parent,
            QApplication.translate("bundles", "Write a bundle"),
            text,
            QMessageBox.Icon.Information,
        )

    def failed(exc: Exception) -> None:
        _show(
            parent,
            QApplication.translate("bundles", "Write a bundle"),
            plain_message(exc),
            QMessageBox.Icon.Warning,
        )

    run_in_background(work, done, failed)


def merge_bundles_into(
    parent: QWidget, reopen: Reopen, announce: Callable[[frozenset[str]], None]
) -> None:
    """Ask for bundles, merge each (a refused one changes nothing), then say what
    happened and let every view refresh."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QApplication.translate("bundles", "Merge bundles"),
        "",
        QApplication.translate("bundles", "smugdesk bundles (*.smugbundle)"),
    )
    if not paths:
        return

    def work(_report: Callable[..., None]) -> MergeOutcome:
        outcome = MergeOutcome()
        touched = Touched()
        with reopen() as store:
            for name in paths:
                try:
                    merged = merge_bundle(store, Path(name))
                except StoreError as exc:
                    outcome.refused.append((name, plain_message(exc)))
                    continue
                outcome.merged.append((name, merged))
                touched |= merged.touched
            outcome.revised = revised_by(store, touched)
        return outcome

    def done(outcome: MergeOutcome) -> None:
        lines = []
        for name, m in outcome.merged:
            station = m.header.name or m.header.station
            lines.append(
                QApplication.translate(
                    "bundles", "{file}: {added} new changes from station {station}."
                ).format(file=Path(name).name, added=f"{m.added:,}", station=station)
            )
            if m.pinned:
                lines.append(
                    QApplication.translate(
                        "bundles",
                        "First bundle from {station}: its key {fingerprint} is now pinned.",
                    ).format(station=station, fingerprint=fingerprint(m.header.public_key))
                )
        lines += [why for _name, why in outcome.refused]
        if outcome.merged:
            conflicts = outcome.merged[-1][1].conflicts
            lines.append(
                QApplication.translate(
                    "bundles", "Records with conflicts to decide: {n} (see Conflicts)."
                ).format(n=conflicts)
                if conflicts
                else QApplication.translate("bundles", "No conflicts between stations.")
            )
        lines += [revised_line(r) for r in outcome.revised]
        icon = QMessageBox.Icon.Warning if outcome.refused else QMessageBox.Icon.Information
        _show(parent, QApplication.translate("bundles", "Merge bundles"), "\n".join(lines), icon)
        announce(frozenset(KINDS))

    def failed(exc: Exception) -> None:
        _show(
            parent,
            QApplication.translate("bundles", "Merge bundles"),
            plain_message(exc),
            QMessageBox.Icon.Warning,
        )

    run_in_background(work, done, failed)
