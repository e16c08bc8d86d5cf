"""Opening a workbook safely and reading its sheets fast (calamine).

An .xlsx file is a zip of XML parts. Before any part is parsed, the zip's
directory is checked against a zip bomb (sizes and compression ratios) and each
XML part's prologue against an XML bomb (a DTD, where entity expansion lives).
openpyxl, used for writing, parses through defusedxml when it is installed.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import python_calamine

MAX_TOTAL_BYTES = 2 << 30  # all parts together, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for parts over MIN_RATIO_BYTES
MIN_RATIO_BYTES = 1 << 20
MAX_PARTS = 10_000


class UnsafeWorkbook(ValueError):
    """The file is not an .xlsx workbook, or it is built to exhaust the machine."""


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    rows: Sequence[
        Sequence[object]
    ]  # as calamine gives them: str, float, int, bool, date, datetime


def check_xlsx(path: Path) -> None:
    """Refuse files that are not zips, zip bombs and XML with a DTD, without expanding them."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeWorkbook(f"{path.name} is not an .xlsx workbook ({exc})") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise UnsafeWorkbook(f"{path.name} holds {len(infos):,} parts; refused as unsafe")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise UnsafeWorkbook(
                f"{path.name} would expand to {total / 2**30:.1f} GiB; refused as unsafe"
            )
        for info in infos:
            if info.file_size > MIN_RATIO_BYTES and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise UnsafeWorkbook(
                    f"{path.name}: part {info.filename} is compressed "
                    f"{info.file_size // max(info.compress_size, 1):,} to 1; refused as a zip bomb"
                )
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names:
            raise UnsafeWorkbook(f"{path.name} is a zip file but not an .xlsx workbook")
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            with archive.open(info) as part:
                head = part.read(4096)
            if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                raise UnsafeWorkbook(
                    f"{path.name}: part {info.filename} declares a DTD; refused as unsafe"
                )


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet's cells, top-left anchored at A1 so row numbers match Excel's."""
    check_xlsx(path)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise UnsafeWorkbook(f"{path.name} cannot be read as a workbook ({exc})") from None
    try:
        return [
            Sheet(name, book.get_sheet_by_name(name).to_python(skip_empty_area=False))
            for name in book.sheet_names
        ]
    except (python_calamine.CalamineError, ValueError) as exc:
        raise UnsafeWorkbook(f"{path.name} cannot be read as a workbook ({exc})") from None
    finally:
        book.close()
