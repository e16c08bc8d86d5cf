"""The command line: the same jobs as the app, without a window.

Exit codes: 0 done, 2 bad input, usage or a refusal (every problem printed), 1
unexpected failure.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from smugdesk import __version__
from smugdesk.cli import accounts, hub, protect, records, stations
from smugdesk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    Parser,
    Refused,
    Run,
    db_path,
    say,
    show,
    text,
)
from smugdesk.cli.help_words import h
from smugdesk.domain.records import Invalid
from smugdesk.domain.words import WordsError, words
from smugdesk.places import temporary_files_in_scratch
from smugdesk.store import StoreError, engine
from smugdesk.store.database import plain_error

log = logging.getLogger("smugdesk")

INTERRUPTED = words("cli.interrupted", "interrupted; nothing more was written")
UNEXPECTED = words(
    "cli.unexpected",
    "smugdesk failed unexpectedly; the details are above. Nothing was half-written: every "
    "save is one transaction.",
)
PROBLEM = words("cli.problem", "{field}: {message}")
DB_HELP = "the database file (default: $SMUGDESK_DB or the user's data folder)"


def _cmd_app(args: argparse.Namespace) -> int:
    from smugdesk.ui.app import run_app

    return run_app(Path(args.db).expanduser() if args.db else None)


def login_options(p: Parser) -> None:
    """--db, and the login every command needs on a database with accounts."""
    p.add_argument("--db", metavar="PATH", help=h(DB_HELP), default=argparse.SUPPRESS)
    p.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=h("log in as NAME (on a database with user accounts)"),
    )
    p.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help=h(
            "read passwords from standard input, one a line: the login password (or the "
            "database's passphrase or recovery key) first, then a new one (users add, "
            "reset-password, encrypt)"
        ),
    )


def build_parser() -> Parser:
    parser = Parser(
        prog="smugdesk",
        description=h(
            "Record anti-smuggling catches and gang busts, and write press-conference "
            "reports. Without a command, starts the app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"smugdesk {__version__}",
        help=h("show the version and exit"),
    )
    parser.add_argument("--db", metavar="PATH", help=h(DB_HELP))
    parser.add_argument(
        "--user", metavar="NAME", help=h("log in as NAME (on a database with user accounts)")
    )
    parser.add_argument("--password-stdin", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, help: str, run: Run) -> Parser:
        p: Parser = sub.add_parser(name, help=h(help), description=h(help))
        login_options(p)
        p.set_defaults(run=run)
        return p

    records.add_commands(command)
    protect.add_commands(command)
    stations.add_commands(command)
    hub.add_commands(command, sub)
    accounts.add_commands(sub, login_options)
    parser.set_defaults(run=_cmd_app)
    parser.command_names = tuple(sub.choices)
    return parser


# Files a desktop hands over when one is double-clicked or dropped on the launcher.
DATABASE_SUFFIXES = (".smugdesk", ".sqlite", ".sqlite3", ".db")


def database_argument(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """``smugdesk FILE`` opens FILE in the app, as ``smugdesk --db FILE`` does: file
    managers and the Windows shell pass a database as a plain argument. Only a lone
    argument that is not a command and is a file or names a database counts, so a
    mistyped command is still refused rather than opened as a new database."""
    if len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in commands:
        path = Path(argv[0])
        if path.is_file() or path.suffix.lower() in DATABASE_SUFFIXES:
            return ["--db", argv[0]]
    return list(argv)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    given = sys.argv[1:] if argv is None else argv
    args = parser.parse_args(database_argument(given, parser.command_names))
    try:
        with temporary_files_in_scratch():  # a workbook's sheets, while it is written
            code = int(args.run(args))
        sys.stdout.flush()  # a reader gone shows here, not in Python's flush on the way out
        return code
    except (StoreError, Refused, WordsError) as exc:
        say(exc.message, error=True)
        return EXIT_BAD_INPUT
    except Invalid as exc:
        for problem in exc.problems:
            say(PROBLEM(field=problem.field, message=problem.message), error=True)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        show(text(INTERRUPTED()), error=True)
        return EXIT_FAILURE
    except BrokenPipeError:  # the reader stopped reading (`smugdesk audit show | head`)
        _quiet_stdout()
        return EXIT_OK
    except OSError as exc:
        show(f"error: {exc.strerror or exc}: {exc.filename or ''}", error=True)
        return EXIT_BAD_INPUT
    except engine.Error as exc:  # one a person can act on (a damaged file), or a bug
        plain = plain_error(exc, db_path(args))
        if plain is not None:
            say(plain.message, error=True)
            return EXIT_BAD_INPUT
        log.exception("unexpected failure")
        show(text(UNEXPECTED()), error=True)
        return EXIT_FAILURE
    except Exception:
        log.exception("unexpected failure")
        show(text(UNEXPECTED()), error=True)
        return EXIT_FAILURE


def _quiet_stdout() -> None:
    """Standard output from here on goes nowhere: Python's last flush of a pipe whose
    reader has gone would fail again on the way out."""
    with contextlib.suppress(OSError, ValueError):  # ValueError: no file behind it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
