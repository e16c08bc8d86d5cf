"""What every command shares: speaking in the user's language, the exit codes, the
database and its login, passwords from the terminal or standard input."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TextIO

from smugdesk.domain.words import Message, render, user_language, words
from smugdesk.store import Store, StoreError, default_db_path, open_store
from smugdesk.store.encryption import Secret, ring_of
from smugdesk.vault.slots import Kind

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
Run = Callable[[argparse.Namespace], int]  # a command's body: its exit code
Command = Callable[[str, str, Run], "Parser"]  # declares a command: name, help, body

ERROR = words("cli.error", "error: {message}")
LOGIN_NEEDED = words(
    "cli.login_needed",
    "{db} has user accounts: give --user NAME (the password is asked for on a terminal, "
    "or read from standard input with --password-stdin)",
)
NO_TERMINAL = words(
    "cli.no_terminal",
    "no password: standard input is not a terminal; give --password-stdin and send the "
    "password on standard input",
)
NO_LINE = words("cli.no_line", "standard input ended before the {which}")
WHICH_LOGIN = words("cli.which_login", "login password")
WHICH_NEW = words("cli.which_new", "new password")
PROMPT = words("cli.prompt", "Password for {user}: ")
PASSPHRASE_PROMPT = words("cli.passphrase_prompt", "Passphrase of {db}: ")
NEW_PASSPHRASE_PROMPT = words("cli.new_passphrase_prompt", "New passphrase for {db}: ")
RECOVERY_PROMPT = words("cli.recovery_prompt", "Recovery key of {db}: ")
WHICH_PASSPHRASE = words("cli.which_passphrase", "passphrase")
WHICH_RECOVERY = words("cli.which_recovery", "recovery key")
NEW_PROMPT = words("cli.new_prompt", "New password for {user}: ")
AGAIN_PROMPT = words("cli.again_prompt", "The new password again: ")
MISMATCH = words("cli.mismatch", "the two new passwords differ")
NOT_TEXT = words(
    "cli.password_not_text", "the password holds bytes that are not UTF-8 text; type it again"
)
NOT_A_DATE = words("cli.not_a_date", "{text!r} is not a date; write it as 2017-11-24")
NOT_A_COUNT = words("cli.not_a_count", "{text!r} is not a whole number of 1 or more")


class Refused(Exception):
    """A command cannot go on: its message is printed and it exits 2."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def text(message: Message) -> str:
    return render(message, user_language())


def say(message: Message, *, error: bool = False) -> None:
    """Print a message in the user's language: on stderr as "error: ..." when ``error``."""
    if error:
        message = ERROR(message=message)
    show(text(message), error=error)


# Text from records, workbooks and other stations reaches the terminal through here:
# a control character in it could be the start of an escape sequence that restyles or
# rewrites what the terminal shows. Line breaks and tabs are left as they are.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def show(line: str, *, error: bool = False) -> None:
    """Print a line, each control character in it written as an escape (\\x1b)."""
    safe = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), line)
    print(safe, file=sys.stderr if error else sys.stdout)


class Parser(argparse.ArgumentParser):
    """argparse's parser, speaking the locale's language in --help."""

    command_names: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from smugdesk.cli.help_words import HelpFormatter, h

        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = h("arguments")
        self._optionals.title = h("options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=h("show this help and exit"),
        )

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


class Progress:
    """One status line on a terminal, rewritten in place; silent when piped."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.start = time.monotonic()

    def __call__(self, text: str, count: int | None = None) -> None:
        if not self.live:
            return
        elapsed = time.monotonic() - self.start
        detail = f" {count:,}" if count is not None else ""
        self.stream.write(f"\r\x1b[K  {text}{detail}  ({elapsed:.1f} s)")
        self.stream.flush()

    def done(self) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(text(NOT_A_DATE(text=value))) from None


def count_arg(value: str) -> int:
    """A whole number of 1 or more (how many backups to keep, ...)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(text(NOT_A_COUNT(text=value)))
    return number


class Passwords:
    """Where passwords come from: with --password-stdin, one line of standard input
    each (the login password first, then a new one); otherwise prompts on the terminal,
    never echoed. Never from the command line, where other users could read them."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin
        self.given_at_login = ""  # kept for changing one's own password, in memory only

    @classmethod
    def of(cls, args: argparse.Namespace) -> Passwords:
        return cls(bool(getattr(args, "password_stdin", False)))

    def login(self, user: str) -> str:
        """The user's login password, asked once (it opens an encrypted file too)."""
        if self.given_at_login:
            return self.given_at_login
        if self.from_stdin:
            self.given_at_login = self._line(WHICH_LOGIN())
        else:
            self.given_at_login = self._prompt(PROMPT(user=user))
        return self.given_at_login

    def new(self, user: str) -> str:
        if self.from_stdin:
            return self._line(WHICH_NEW())
        first = self._prompt(NEW_PROMPT(user=user))
        if self._prompt(AGAIN_PROMPT()) != first:
            raise Refused(MISMATCH())
        return first

    def passphrase(self, db: Path) -> str:
        if self.from_stdin:
            return self._line(WHICH_PASSPHRASE())
        return self._prompt(PASSPHRASE_PROMPT(db=str(db)))

    def new_passphrase(self, db: Path) -> str:
        if self.from_stdin:
            return self._line(WHICH_PASSPHRASE())
        first = self._prompt(NEW_PASSPHRASE_PROMPT(db=str(db)))
        if self._prompt(AGAIN_PROMPT()) != first:
            raise Refused(MISMATCH())
        return first

    def recovery_key(self, db: Path) -> str:
        if self.from_stdin:
            return self._line(WHICH_RECOVERY())
        return self._prompt(RECOVERY_PROMPT(db=str(db)))

    def _line(self, which: Message) -> str:
        line = sys.stdin.readline()
        if not line:
            raise Refused(NO_LINE(which=which))
        return _text(line.rstrip("\r\n"))

    def _prompt(self, prompt: Message) -> str:
        if not sys.stdin.isatty():
            raise Refused(NO_TERMINAL())
        return _text(getpass.getpass(text(prompt)))


def _text(password: str) -> str:
    """A password as typed, refused when it holds bytes that are no text (standard
    input read in another encoding than UTF-8): no password could match them."""
    try:
        password.encode()
    except UnicodeEncodeError:
        raise Refused(NOT_TEXT()) from None
    return password


def log_in(store: Store, args: argparse.Namespace, passwords: Passwords) -> None:
    """On a database with accounts, log in as --user (exits 2 when that fails)."""
    if not store.access.accounts_on:
        return
    user = getattr(args, "user", None)
    if not user:
        raise Refused(LOGIN_NEEDED(db=str(store.path)))
    store.access.login(user, passwords.login(user))


def secret_for(
    db: Path, args: argparse.Namespace, passwords: Passwords, recovery: bool = False
) -> Secret | None:
    """What opens ``db`` when it is encrypted: the recovery key when ``recovery``, else
    the --user's login password (one password opens the file and logs in) or, on a
    database without accounts, its passphrase. None for a plain file."""
    ring = ring_of(db)
    if ring is None:
        return None
    if recovery:
        return Secret(Kind.RECOVERY, passwords.recovery_key(db))
    if not ring.names():
        return Secret(Kind.PASSPHRASE, passwords.passphrase(db))
    user = getattr(args, "user", None)
    if not user:
        raise Refused(LOGIN_NEEDED(db=str(db)))
    return Secret.of_user(user, passwords.login(user))


def open_for(args: argparse.Namespace, passwords: Passwords, recovery: bool = False) -> Store:
    """The database of --db, opened (with its secret when it is encrypted), not yet
    logged in."""
    db = db_path(args)
    return open_store(db, secret=secret_for(db, args, passwords, recovery))


@contextmanager
def opened(args: argparse.Namespace, passwords: Passwords | None = None) -> Iterator[Store]:
    """The database of --db, logged in as --user when it has accounts; logged out at
    the end."""
    passwords = passwords or Passwords.of(args)
    with open_for(args, passwords) as store:
        log_in(store, args, passwords)
        try:
            yield store
        finally:
            with suppress(StoreError):  # never in the way of what went wrong before it
                store.access.logout()
