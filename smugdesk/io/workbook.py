"""Opening a workbook safely and reading its sheets fast (calamine).

An .xlsx file is a zip of XML parts. Before any part is parsed, the zip's
directory is checked against a zip bomb (sizes and compression ratios) and each
XML part's prologue against an XML bomb (a DTD, where entity expansion lives).
openpyxl, used for writing, parses through defusedxml when it is installed.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import python_calamine

from smugdesk.domain.words import WordsError, words

MAX_TOTAL_BYTES = 2 << 30  # all parts together, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for parts over MIN_RATIO_BYTES
MIN_RATIO_BYTES = 1 << 20
MAX_PARTS = 10_000


class UnsafeWorkbook(WordsError):
    """The file is not an .xlsx workbook, or it is built to exhaust the machine."""


NOT_XLSX = words("workbook.not_xlsx", "{file} is not an .xlsx workbook ({detail})")
TOO_MANY_PARTS = words("workbook.too_many_parts", "{file} holds {parts:,} parts; refused as unsafe")
TOO_LARGE = words("workbook.too_large", "{file} would expand to {gib:.1f} GiB; refused as unsafe")
ZIP_BOMB = words(
    "workbook.zip_bomb", "{file}: part {part} is compressed {ratio:,} to 1; refused as a zip bomb"
)
ZIP_NOT_XLSX = words("workbook.zip_not_xlsx", "{file} is a zip file but not an .xlsx workbook")
OLD_OR_LOCKED = words(
    "workbook.old_or_locked",
    "{file} is an Excel 97-2003 workbook (.xls) or one protected by a password: open it in "
    "Excel and save it as an Excel workbook (.xlsx) without a password",
)
# What every OLE compound file starts with: an .xls workbook, and an .xlsx one that
# Excel encrypted with a password (the zip is inside, encrypted).
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DTD = words("workbook.dtd", "{file}: part {part} declares a DTD; refused as unsafe")
UNREADABLE = words("workbook.unreadable", "{file} cannot be read as a workbook ({detail})")


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    rows: Sequence[
        Sequence[object]
    ]  # as calamine gives them: str, float, int, bool, date, datetime


# What a damaged zip raises from the standard library: a bad directory or header, a
# CRC that does not match, a deflate stream that does not inflate, a cut-off member, a
# compression method or zip version it does not know, an encrypted member.
DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
)


def check_xlsx(path: Path) -> None:
    """Refuse files that are not whole zips, zip bombs and XML with a DTD. The directory
    is checked before anything is expanded; then every member is read once to check its
    CRC and size, so that the parser only ever sees an intact archive."""
    try:
        _check_archive(path)
    except UnsafeWorkbook:
        raise
    except DAMAGED as exc:
        raise UnsafeWorkbook(
            NOT_XLSX(file=path.name, detail=str(exc) or type(exc).__name__)
        ) from None


def _check_archive(path: Path) -> None:
    with open(path, "rb") as f:
        if f.read(len(_COMPOUND_FILE)) == _COMPOUND_FILE:
            raise UnsafeWorkbook(OLD_OR_LOCKED(file=path.name))
    archive = zipfile.ZipFile(path)
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise UnsafeWorkbook(TOO_MANY_PARTS(file=path.name, parts=len(infos)))
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise UnsafeWorkbook(TOO_LARGE(file=path.name, gib=total / 2**30))
        for info in infos:
            if info.file_size > MIN_RATIO_BYTES and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                ratio = info.file_size // max(info.compress_size, 1)
                raise UnsafeWorkbook(ZIP_BOMB(file=path.name, part=info.filename, ratio=ratio))
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names:
            raise UnsafeWorkbook(ZIP_NOT_XLSX(file=path.name))
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            with archive.open(info) as part:
                head = part.read(4096)
            if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                raise UnsafeWorkbook(DTD(file=path.name, part=info.filename))
        damaged = archive.testzip()  # reads every member: CRCs and sizes (bounded above)
        if damaged is not None:
            raise zipfile.BadZipFile(f"member {damaged} is damaged")


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet's cells, top-left anchored at A1 so row numbers match Excel's."""
    check_xlsx(path)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise UnsafeWorkbook(UNREADABLE(file=path.name, detail=str(exc))) from None
    try:
        return [
            Sheet(name, book.get_sheet_by_name(name).to_python(skip_empty_area=False))
            for name in book.sheet_names
        ]
    except (python_calamine.CalamineError, ValueError) as exc:
        raise UnsafeWorkbook(UNREADABLE(file=path.name, detail=str(exc))) from None
    finally:
        book.close()
