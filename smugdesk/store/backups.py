"""Backups with SQLite's online backup API (a file copy of a WAL database can miss
committed pages): a consistent snapshot while others keep writing, verified before it
counts as done, kept in a folder where only the newest N stay; and restoring one."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from smugdesk.accounts.roles import Can, User
from smugdesk.domain.words import Message, words
from smugdesk.files import is_part_of, named_for, refuse_database
from smugdesk.store import changelog, engine
from smugdesk.store.database import (
    APPLICATION_ID,
    NotADatabase,
    StoreError,
    known_errors,
    plain_error,
)
from smugdesk.store.encryption import KEYS_UNWRITABLE, is_plain, ring_of
from smugdesk.store.mapping import KINDS
from smugdesk.store.records import Store, open_store
from smugdesk.vault import keyfile
from smugdesk.vault.keyfile import KeyFileError, keys_path

SUFFIX = ".sqlite"
STAMP = "%Y%m%d-%H%M%S"
DEFAULT_KEEP = 14
LIVE = "WHERE deleted_at IS NULL"
# Pages copied between two reports of progress (32 MB: a hundred steps over a
# million catches, each one a call into SQLite, inside the same read snapshot).
STEP_PAGES = 8_192

COPYING = words("backup.copying", "copying")
VERIFYING = words("backup.verifying", "verifying the copy")
CHECKING = words("backup.checking", "checking the backup")
# progress(stage, fraction of the stage done, or None when unknown)
BackupProgress = Callable[[Message, float | None], None]

IS_ITSELF = words(
    "backup.is_itself",
    "{file} is the database or a file of it, not a backup of it; nothing was restored.",
)
NOT_VERIFIED = words(
    "backup.not_verified",
    "The backup {file} does not verify ({why}); it was not kept. Nothing else changed.",
)
BAD_BACKUP = words(
    "backup.bad", "{file} is not a good smugdesk backup ({why}); nothing was restored."
)
WHY_INTEGRITY = words("backup.why_integrity", "SQLite's integrity check fails")
WHY_COUNTS = words("backup.why_counts", "its record counts differ from the database's")
WHY_NOT_OURS = words("backup.why_not_ours", "it is not a smugdesk database")
WHY_UNREADABLE = words("backup.why_unreadable", "it cannot be read")
WHY_OTHER_KEY = words(
    "backup.why_other_key",
    "it is encrypted with another key than this database's; open it with --db to use it",
)


class BackupFailed(StoreError):
    """A backup or a restore did not verify; the database is as it was."""


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    counts: dict[str, int]  # live records per kind in the copy
    removed: tuple[Path, ...] = ()  # older backups rotated out


def live_counts(conn: engine.Connection) -> dict[str, int]:
    return {
        kind.name: int(conn.execute(f"SELECT count(*) FROM {kind.table} {LIVE}").fetchone()[0])
        for kind in KINDS.values()
    }


def _target(source: Path, dest: Path, now: dt.datetime) -> Path:
    """DEST itself, or inside a folder DEST a name with the date and time."""
    if dest.is_dir():
        return dest / f"{source.stem}-{now.strftime(STAMP)}{SUFFIX}"
    return dest


def backup(
    store: Store,
    dest: Path,
    keep: int = DEFAULT_KEEP,
    progress: BackupProgress | None = None,
) -> Backup:
    """Copy the database to ``dest`` (a file, or a folder that keeps the newest ``keep``)
    and verify the copy: SQLite's integrity check, and the same live records per kind as
    the database had at the moment copied. Audited. ``progress`` hears of each stage.

    Raises:
        BackupFailed: the copy did not verify (it is removed).
        ValueError: ``keep`` is under 1 (it would remove the backup just made).
    """
    if keep < 1:
        raise ValueError(f"keep must be 1 or more, not {keep}")
    store.access.require(Can.READ_RECORDS)
    source = Path(store.path)
    target = _target(source, dest, store.access.clock().astimezone())
    refuse_database(target, document=False)  # the database itself, or another open here
    partial = _partial(target)
    key = store.keys.key
    try:
        expected, why = _copy(source, target, key, progress or _silent)
        if why is None and key is not None:  # an encrypted copy needs its key file
            _copy_keys(source, target)
    except BaseException:
        _discard(partial)  # a full disk or a cut-off copy leaves nothing
        raise
    if why is not None:
        _discard(partial)
        raise BackupFailed(NOT_VERIFIED(file=str(target), why=why))
    with named_for(target, partial):
        partial.replace(target)
    removed = _rotate(source, dest, keep) if dest.is_dir() else ()
    store.note(
        "backup",
        {"file": str(target.resolve()), "records": expected, "removed": [p.name for p in removed]},
    )
    return Backup(target, expected, removed)


def _partial(target: Path) -> Path:
    """Where a backup is made, hidden beside ``target``, until it verifies."""
    return target.with_name(f".{target.name}.partial")


def _discard(path: Path) -> None:
    """Remove what a failed backup left, if it can (not on a read-only medium, where
    nothing was left)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _copy_keys(source: Path, target: Path) -> None:
    try:
        keyfile.write(keys_path(target), keyfile.read(source))
    except KeyFileError as exc:
        raise BackupFailed(exc.message) from None
    except OSError as exc:
        raise BackupFailed(KEYS_UNWRITABLE(keys=str(keys_path(target)), detail=exc)) from None


def _silent(_stage: Message, _fraction: float | None) -> None:
    pass


def _copying(progress: BackupProgress) -> Callable[[int, int, int], None]:
    """The backup API's progress (status, pages left, pages in all) as ``progress``
    hears it; a step that failed (a full disk) counts no pages and says nothing."""

    def step(_status: int, left: int, total: int) -> None:
        if total > 0:
            progress(COPYING(), 1 - left / total)

    return step


def _copy(
    source: Path, target: Path, key: bytes | None, progress: BackupProgress
) -> tuple[dict[str, int], Message | None]:
    """Copy the database to ``target``'s partial file (encrypted with the same key as the
    database, when it is); the live records per kind of the snapshot copied, and why the
    copy is not good (None: it is). A failure names ``target``, what the user asked for."""
    partial = _partial(target)
    with known_errors(target):
        # One snapshot for both the counts and the copy: a read transaction on a
        # connection of its own (WAL: the writers go on meanwhile).
        reader = engine.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, key=key)
        try:
            reader.execute("BEGIN")
            expected = live_counts(reader)
            copy = engine.connect(partial, key=key)
            try:
                # Step by step within the reader's snapshot: writers meanwhile do not
                # make it start over (they write to the WAL, past the snapshot).
                reader.backup(copy, pages=STEP_PAGES, progress=_copying(progress))
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                progress(VERIFYING(), None)
                return expected, _problem(copy, expected, thorough=False)
            finally:
                copy.close()
        finally:
            reader.close()


def _problem(
    conn: engine.Connection, expected: dict[str, int] | None, thorough: bool = True
) -> Message | None:
    """Why a copy is not a good backup (a message), or None. A copy just made page by
    page gets SQLite's quick check (every page and constraint, 1.5 s for a million
    catches here) and the record counts; a file to restore from, whose history is
    unknown, the full integrity check (indexes against tables too, 10.6 s)."""
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return WHY_NOT_OURS()
        if not integrity_ok(conn, "integrity_check" if thorough else "quick_check"):
            return WHY_INTEGRITY()
        if expected is not None and live_counts(conn) != expected:
            return WHY_COUNTS()
    except engine.DatabaseError:
        return WHY_UNREADABLE()
    return None


_FALSE_NULL = re.compile(r"NULL value in (\w+)\.(\w+)")


def integrity_ok(conn: engine.Connection, check: str = "integrity_check") -> bool:
    """SQLite's integrity check, less one false alarm: SQLite 3.40 reports "NULL value in
    catch_assists.line" for WITHOUT ROWID tables whose primary key is not declared first,
    where no such NULL exists; each such line is checked with a query instead."""
    for (line,) in conn.execute(f"PRAGMA {check}(1000)"):
        if line == "ok":
            return True
        found = _FALSE_NULL.fullmatch(line)
        if found is None:
            return False
        table, column = found.groups()
        if conn.execute(f"SELECT 1 FROM {table} WHERE {column} IS NULL LIMIT 1").fetchone():
            return False
    return True


def _rotate(source: Path, folder: Path, keep: int) -> tuple[Path, ...]:
    """Remove all but the newest ``keep`` backups of this database in the folder (by the
    date and time in their names; other files are never touched)."""
    ours = sorted(
        p for p in folder.glob(f"{source.stem}-*{SUFFIX}") if _stamp_of(source, p) is not None
    )
    old = tuple(ours[: max(len(ours) - keep, 0)])
    for path in old:
        path.unlink(missing_ok=True)
        keys_path(path).unlink(missing_ok=True)
    return old


def _stamp_of(source: Path, path: Path) -> dt.datetime | None:
    text = path.name[len(source.stem) + 1 : -len(SUFFIX)]
    try:
        return dt.datetime.strptime(text, STAMP)
    except ValueError:
        return None


def default_folder(db: Path) -> Path:
    """Where backups go unless the settings name a folder: beside the database."""
    return db.parent / f"{db.stem}-backups"


def last_backup(db: Path, folder: Path) -> dt.datetime | None:
    """When the newest backup of ``db`` in ``folder`` was made (local time), if any. Only
    verified copies are kept under a backup's name, so the newest is the last good one."""
    if not folder.is_dir():
        return None
    stamps = [s for p in folder.glob(f"{db.stem}-*{SUFFIX}") if (s := _stamp_of(db, p))]
    return max(stamps, default=None)


def backup_key(path: Path, key: bytes | None) -> bytes | None:
    """The key that opens the backup at ``path``: None for a plain one, else ``key``
    (the database's: a backup keeps the key of the database it was made from).

    Raises:
        BackupFailed: it is encrypted and ``key`` is not its key, or its key file is
            missing or damaged.
    """
    try:
        ring = ring_of(path)
    except StoreError as exc:
        raise BackupFailed(BAD_BACKUP(file=str(path), why=exc.message)) from None
    if ring is None:
        return None
    if key is None or not _opens(path, key):
        raise BackupFailed(BAD_BACKUP(file=str(path), why=WHY_OTHER_KEY()))
    return key


def _opens(path: Path, key: bytes) -> bool:
    try:
        conn = engine.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, key=key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except engine.DatabaseError:
        return False
    return True


def plain_backups(db: Path, folder: Path) -> list[Path]:
    """The backups of ``db`` in ``folder`` that are not encrypted."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.glob(f"{db.stem}-*{SUFFIX}")
        if _stamp_of(db, p) is not None and is_plain(p)
    )


def check_backup(path: Path, key: bytes | None = None) -> bytes | None:
    """Refuse (BackupFailed) a file that is not a good smugdesk backup; the key that
    opens a good one (``backup_key``)."""
    key = backup_key(path, key)
    try:
        conn = engine.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, key=key)
    except engine.Error:
        raise BackupFailed(BAD_BACKUP(file=str(path), why=WHY_UNREADABLE())) from None
    try:
        why = _problem(conn, None)
    finally:
        conn.close()
    if why is not None:
        raise BackupFailed(BAD_BACKUP(file=str(path), why=why))
    return key


def restore(
    db: Path,
    backup_file: Path,
    now: dt.datetime,
    key: bytes | None = None,
    progress: BackupProgress | None = None,
    user: User | None = None,
) -> Path:
    """Put a verified backup in place of the database at ``db``; the database that was
    there is kept aside, renamed (never deleted), with its key file. Returns where it
    was kept. An encrypted backup opens with ``key`` (the database's) and brings its
    own key file. Nobody may have the database open. The restored database becomes a
    new station (``store.changelog``), and keeps the restore in its audit in the name
    of ``user`` (whom the database before allowed to restore). ``progress`` hears of
    each stage."""
    if is_part_of(backup_file, db):
        raise BackupFailed(IS_ITSELF(file=str(backup_file)))
    progress = progress or _silent
    progress(CHECKING(), None)
    backup_key_ = check_backup(backup_file, key)
    aside = db.with_name(f"{db.stem}.replaced-{now.strftime(STAMP)}{db.suffix}")
    incoming = db.with_name(f".{db.name}.restoring")
    with known_errors(db):
        # The copy is made whole beside the database first: a full disk or a cut-off
        # copy leaves the database as it was. Then only renames put it in place.
        try:
            _copy_back(backup_file, incoming, backup_key_, progress)
        except BaseException:
            for suffix in ("", "-wal", "-shm", "-journal"):
                _discard(Path(f"{incoming}{suffix}"))
            raise
        damaged = db.exists() and not _set_aside(db, aside, key)
        if keys_path(db).exists():
            keys_path(db).replace(keys_path(aside))
        if backup_key_ is not None:
            keyfile.write(keys_path(db), keyfile.read(backup_file))
        incoming.replace(db)
    with open_store(db, key=backup_key_) as restored:
        restored.access.resume(user)
        detail: dict[str, object] = {"backup": str(backup_file.resolve()), "kept": str(aside)}
        if damaged:
            detail["kept_damaged"] = True  # nobody's right to restore could be asked of it
        if user is None:  # no account of the database replaced did it
            restored.note_unasked("restore", detail)
        else:
            restored.note("restore", detail)
    return aside


def _set_aside(db: Path, aside: Path, key: bytes | None) -> bool:
    """Move the database out of the way; False when it could not be read (damaged), its
    write-ahead log then kept beside it as it was, for whoever tries to save what it
    holds. SQLite may drop the log of a file it cannot read, so the log is copied aside
    before SQLite is let near it, and the copy dropped once the log is folded in."""
    wal = db.with_name(db.name + "-wal")
    kept_wal = aside.with_name(aside.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, kept_wal)
    try:
        if key is None and not is_plain(db):
            raise engine.DatabaseError("file is not a database")  # not one SQLite reads
        conn = engine.connect(db, key=key)  # fold the WAL in: the kept copy is whole
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        whole = True
    except engine.DatabaseError as exc:
        if not isinstance(plain_error(exc, db), NotADatabase):
            kept_wal.unlink(missing_ok=True)
            raise
        whole = False
    db.replace(aside)
    for log in (wal, db.with_name(db.name + "-shm")):
        log.unlink(missing_ok=True)
    if whole:
        kept_wal.unlink(missing_ok=True)
    return whole


def _copy_back(
    backup_file: Path, incoming: Path, key: bytes | None, progress: BackupProgress
) -> None:
    """Copy the backup to ``incoming``, a new station from here on: changes made after
    the backup may have gone to other stations already, so the restored file writes
    under a station id of its own (its file identity survives the rename into place)."""
    incoming.unlink(missing_ok=True)
    source = engine.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True, key=key)
    target = engine.connect(incoming, key=key)
    try:
        source.backup(target, pages=STEP_PAGES, progress=_copying(progress))
        target.execute("PRAGMA journal_mode = WAL")
        if changelog.has_station(target):  # else its migration makes one
            changelog.new_station(target, changelog.file_identity(incoming))
            target.commit()
    finally:
        target.close()
        source.close()
