"""The audit's entries as a workbook: one row an entry, every value as text (a value
starting with "=" stays text, never a formula)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import orjson
from openpyxl.utils import get_column_letter

from smugdesk.accounts.actions import action_text
from smugdesk.files import atomic_stream
from smugdesk.io.cells import text_cell, write_only_book
from smugdesk.store.audit import Entry

COLUMNS = (
    ("entry", 8),
    ("at (UTC)", 27),
    ("user", 14),
    ("workstation", 14),
    ("action", 10),
    ("action (words)", 22),
    ("kind", 8),
    ("record", 18),
    ("record UUID", 38),
    ("before", 50),
    ("after", 50),
    ("detail", 40),
    ("hash", 66),
)


def _json(value: object) -> str:
    return orjson.dumps(value).decode() if value else ""


def write_audit(
    entries: Iterable[Entry], keys: Mapping[str, str], path: Path, lang: str = "en"
) -> int:
    """Write the entries (with each record's key from ``keys``, by UUID); returns how many."""
    n = 0
    with write_only_book() as book:
        ws = book.create_sheet("Audit")
        ws.freeze_panes = "A2"
        for index, (_name, width) in enumerate(COLUMNS, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.append([name for name, _width in COLUMNS])
        for e in entries:
            n += 1
            texts = [
                e.at,
                e.user,
                e.workstation,
                e.action,
                action_text(e.action, lang),
                e.kind,
                keys.get(e.record_uuid, ""),
                e.record_uuid,
                _json(e.before),
                _json(e.after),
                _json(e.detail),
                e.hash,
            ]
            ws.append([e.id, *(text_cell(ws, t) for t in texts)])
        with atomic_stream(path) as out:
            book.save(out)
    return n
