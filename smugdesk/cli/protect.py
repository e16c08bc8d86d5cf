"""The commands that protect the file: backup and restore."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from smugdesk.cli.common import (
    EXIT_OK,
    Command,
    Passwords,
    db_path,
    log_in,
    opened,
    say,
    text,
)
from smugdesk.cli.help_words import h
from smugdesk.domain.words import words
from smugdesk.store import open_store

BACKED_UP = words("cli.backed_up", "Backed up to {file} (verified: {records}).")
ROTATED = words("cli.rotated", "Removed older backups: {files}")
RESTORED = words(
    "cli.restored", "Restored {db} from {backup}; the database that was there is kept as {aside}."
)


def _cmd_backup(args: argparse.Namespace) -> int:
    from smugdesk.cli.records import COUNT_OF, KINDS
    from smugdesk.store.backups import backup

    with opened(args) as store:
        done = backup(store, Path(args.dest), keep=args.keep)
    records = ", ".join(text(COUNT_OF(n=n, what=KINDS[kind]())) for kind, n in done.counts.items())
    say(BACKED_UP(file=str(done.path), records=records))
    if done.removed:
        say(ROTATED(files=", ".join(p.name for p in done.removed)))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from smugdesk.accounts.roles import Can
    from smugdesk.store.backups import check_backup, restore

    db, backup_file = db_path(args), Path(args.backup)
    check_backup(backup_file)
    passwords = Passwords.of(args)
    with open_store(db) as current:  # who restores, and may they (administrators)
        log_in(current, args, passwords)
        current.access.require(Can.MANAGE)
        user = current.access.user
    aside = restore(db, backup_file, dt.datetime.now())
    with open_store(db) as restored:
        restored.access.resume(user)
        restored.note("restore", {"backup": str(backup_file.resolve()), "kept": str(aside)})
    say(RESTORED(db=str(db), backup=str(backup_file), aside=str(aside)))
    return EXIT_OK


def add_commands(command: Command) -> None:
    backup = command(
        "backup",
        "back the database up to DEST (a file or a folder) and verify the copy",
        _cmd_backup,
    )
    backup.add_argument("dest", metavar="DEST")
    backup.add_argument(
        "--keep",
        type=int,
        default=14,
        metavar="N",
        help=h("in a folder, keep only the newest N backups (default 14)"),
    )
    command(
        "restore",
        "put a verified backup in place of the database; the database there is kept aside, renamed",
        _cmd_restore,
    ).add_argument("backup", metavar="BACKUP")
