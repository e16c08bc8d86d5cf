"""The commands that protect the file: backup, restore, encrypt and decrypt."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from smugdesk.cli.common import (
    EXIT_OK,
    Command,
    Passwords,
    Progress,
    count_arg,
    db_path,
    log_in,
    open_for,
    opened,
    say,
    secret_for,
    text,
)
from smugdesk.cli.help_words import h
from smugdesk.domain.words import words
from smugdesk.store import NotADatabase, engine
from smugdesk.store.database import plain_error
from smugdesk.store.encryption import key_for
from smugdesk.vault.keyfile import keys_path

if TYPE_CHECKING:
    from smugdesk.store.backups import BackupProgress

BACKED_UP = words("cli.backed_up", "Backed up to {file} (verified: {records}).")
ROTATED = words("cli.rotated", "Removed older backups: {files}")
RESTORED = words(
    "cli.restored", "Restored {db} from {backup}; the database that was there is kept as {aside}."
)
OVER_UNREADABLE = words(
    "cli.over_unreadable",
    "{why}\nIt cannot say who may restore it: the backup goes in its place, and the "
    "damaged file is kept beside it.",
)


def _cmd_backup(args: argparse.Namespace) -> int:
    from smugdesk.cli.records import COUNT_OF, KINDS
    from smugdesk.store.backups import backup

    bar = Progress()
    with opened(args) as store:
        done = backup(store, Path(args.dest), keep=args.keep, progress=_stages(bar))
    bar.done()
    records = ", ".join(text(COUNT_OF(n=n, what=KINDS[kind]())) for kind, n in done.counts.items())
    say(BACKED_UP(file=str(done.path), records=records))
    if done.removed:
        say(ROTATED(files=", ".join(p.name for p in done.removed)))
    return EXIT_OK


def _stages(bar: Progress) -> BackupProgress:
    """A backup's or a restore's stages on the terminal's status line."""
    return lambda stage, f: bar(text(stage) + (f" {f:.0%}" if f is not None else ""))


def _cmd_restore(args: argparse.Namespace) -> int:
    from smugdesk.accounts.roles import Can
    from smugdesk.store.backups import restore

    db, backup_file = db_path(args), Path(args.backup)
    passwords = Passwords.of(args)
    try:
        with open_for(args, passwords) as current:  # who restores, and may they (admins)
            log_in(current, args, passwords)
            current.access.require(Can.MANAGE)
            user, key = current.access.user, current.keys.key
    except (NotADatabase, engine.DatabaseError) as exc:
        damaged = exc if isinstance(exc, NotADatabase) else plain_error(exc, db)
        if not isinstance(damaged, NotADatabase):
            raise
        # The case for a backup, and nobody to ask: what the damaged file holds is kept.
        say(OVER_UNREADABLE(why=text(damaged.message)))
        user, key = None, None
        if keys_path(db).exists():  # encrypted: its key file may be whole, and open it
            secret = secret_for(db, args, passwords)
            key = key_for(db, secret) if secret is not None else None
    bar = Progress()
    aside = restore(db, backup_file, dt.datetime.now(), key, _stages(bar), user)
    bar.done()
    say(RESTORED(db=str(db), backup=str(backup_file), aside=str(aside)))
    return EXIT_OK


ENCRYPTED = words(
    "cli.encrypted",
    "Encrypted {db}; its key file is {keys}: keep the two together (backups copy both).",
)
OPENED_BY = words(
    "cli.opened_by",
    "Each user opens it with their own password: {users}. All but you must choose a new "
    "password at their next login.",
)
OPENED_BY_PASSPHRASE = words("cli.opened_by_passphrase", "It opens with the passphrase you gave.")
RECOVERY_KEY = words(
    "cli.recovery_key",
    "Recovery key (shown this once; write it down and keep it apart from this computer: "
    "it opens the file when every password is lost):\n\n    {key}\n",
)
PLAIN_BACKUPS = words(
    "cli.plain_backups",
    "{n} backups made before encryption are not encrypted, in {folder}: delete them or "
    "keep them as safe as the workstation.",
)
DECRYPTED = words("cli.decrypted", "Decrypted {db}; it is a plain SQLite file again.")


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from smugdesk.store.backups import default_folder, plain_backups
    from smugdesk.store.encryption import encrypt, new_recovery, passphrase_problem

    passwords = Passwords.of(args)
    db = db_path(args)
    with open_for(args, passwords) as store:
        log_in(store, args, passwords)
        if args.new_recovery_key:
            say(RECOVERY_KEY(key=new_recovery(store)))
            return EXIT_OK
        passphrase = ""
        if not store.access.accounts_on:
            passphrase = passwords.new_passphrase(db)
            invalid = passphrase_problem(passphrase)
            if invalid is not None:
                raise invalid
        done = encrypt(store, passphrase=passphrase, password=passwords.given_at_login)
    say(ENCRYPTED(db=str(db), keys=str(keys_path(db))))
    say(OPENED_BY(users=", ".join(done.users)) if done.users else OPENED_BY_PASSPHRASE())
    say(RECOVERY_KEY(key=done.recovery_key))
    plain = plain_backups(db, default_folder(db))
    if plain:
        say(PLAIN_BACKUPS(n=len(plain), folder=str(default_folder(db))))
    return EXIT_OK


def _cmd_decrypt(args: argparse.Namespace) -> int:
    from smugdesk.store.encryption import decrypt

    passwords = Passwords.of(args)
    store = open_for(args, passwords, recovery=args.recovery_key)
    if not args.recovery_key:
        try:
            log_in(store, args, passwords)
        except BaseException:
            store.close()
            raise
    decrypt(store)
    say(DECRYPTED(db=str(db_path(args))))
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
        type=count_arg,
        default=14,
        metavar="N",
        help=h("in a folder, keep only the newest N backups (default 14)"),
    )
    command(
        "restore",
        "put a verified backup in place of the database; the database there is kept aside, renamed",
        _cmd_restore,
    ).add_argument("backup", metavar="BACKUP")
    encrypt = command(
        "encrypt",
        "encrypt the database in place (SQLCipher): users' passwords open it, or a passphrase",
        _cmd_encrypt,
    )
    encrypt.add_argument(
        "--new-recovery-key",
        action="store_true",
        help=h("on an encrypted database, replace its recovery key with a new one"),
    )
    command(
        "decrypt", "turn an encrypted database back into a plain one, in place", _cmd_decrypt
    ).add_argument(
        "--recovery-key",
        action="store_true",
        help=h("open it with its recovery key (asked for, or read from standard input)"),
    )
