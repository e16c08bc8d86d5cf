"""The command line: the same jobs as the app, without a window.

Exit codes: 0 done, 2 bad input or usage (every problem printed), 1 unexpected failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from smugdesk import __version__
from smugdesk.domain.words import Message, WordsError, render, user_language, words
from smugdesk.store import StoreError, default_db_path, open_store

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
log = logging.getLogger("smugdesk")

# What the command line says, in the language of the user's locale (domain/words.py).
WROTE_TEMPLATE = words("cli.wrote_template", "Wrote the blank workbook {file}")
NO_FILE = words("cli.no_file", "{file} does not exist or is not a file")
IMPORTED = words("cli.imported", "Imported {file} ({rows:,} rows).")
IMPORTED_KIND = words(
    "cli.imported_kind", "  {kind}: {added:,} added, {changed:,} updated, {unchanged:,} unchanged"
)
SKIPPED_SHEET = words(
    "cli.skipped_sheet", "  sheet {sheet!r} is not part of the data standard and was skipped"
)
EXPORTED = words("cli.exported", "Exported to {file}: {rows}")
SHEET_ROWS = words("cli.sheet_rows", "{n:,} {sheet} rows")
DEMO_NOT_EMPTY = words(
    "cli.demo_not_empty",
    "{db} already holds records; the demo campaign goes into an empty database",
)
DEMO_LOADED = words("cli.demo_loaded", "Loaded the demo campaign into {db}: {counts}")
COUNT_OF = words("cli.count_of", "{n:,} {what}")
NEED_DOCUMENT = words(
    "cli.need_document", "name at least one document to write: --pdf FILE and/or --xlsx FILE"
)
NEED_BOTH = words(
    "cli.need_both",
    "give both --compare-from and --compare-to, or neither (the default is the data "
    "standard's comparison period)",
)
REPORT_DONE = words(
    "cli.report_done",
    "Report {start} to {end}: {persons:,} persons caught in {catches:,} catches, "
    "{organizers:,} organizers arrested, {gangs:,} gangs smashed, {cases:,} cases cracked.",
)
REPORT_EMPTY = words("cli.report_empty", "  No records in this period; the report says so.")
WROTE = words("cli.wrote", "  wrote {file}")
ERROR = words("cli.error", "error: {message}")
INTERRUPTED = words("cli.interrupted", "interrupted; nothing more was written")
UNEXPECTED = words(
    "cli.unexpected",
    "smugdesk failed unexpectedly; the details are above. Nothing was half-written: every "
    "save is one transaction.",
)
KINDS = {
    "agency": words("cli.kind.agency", "agencies"),
    "case": words("cli.kind.case", "cases"),
    "catch": words("cli.kind.catch", "catches"),
    "bust": words("cli.kind.bust", "gang busts"),
}


def say(message: Message, *, error: bool = False) -> None:
    """Print a message in the user's language: on stderr as "error: ..." when ``error``."""
    if error:
        message = ERROR(message=message)
    print(render(message, user_language()), file=sys.stderr if error else sys.stdout)


class _Parser(argparse.ArgumentParser):
    command_names: tuple[str, ...] = ()

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


def _db(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def _cmd_template(args: argparse.Namespace) -> int:
    from smugdesk.io.template import write_template

    write_template(Path(args.file))
    say(WROTE_TEMPLATE(file=args.file))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from smugdesk.io.importer import REFUSED, ImportRefused, import_workbook

    path = Path(args.file)
    if not path.is_file():
        say(NO_FILE(file=str(path)), error=True)
        return EXIT_BAD_INPUT
    progress = Progress()
    with open_store(_db(args)) as store:
        try:
            result = import_workbook(store, path, progress=progress)
        except ImportRefused as refused:
            progress.done()
            lang = user_language()
            print(render(REFUSED(file=path.name, n=len(refused.problems)), lang), file=sys.stderr)
            for problem in refused.problems:
                print(f"  {problem.render(lang)}", file=sys.stderr)
            return EXIT_BAD_INPUT
    progress.done()
    s = result.summary
    say(IMPORTED(file=path.name, rows=result.rows))
    for kind, name in KINDS.items():
        if s.added[kind] or s.changed[kind] or s.unchanged[kind]:
            say(
                IMPORTED_KIND(
                    kind=name(),
                    added=s.added[kind],
                    changed=s.changed[kind],
                    unchanged=s.unchanged[kind],
                )
            )
    for sheet in result.skipped_sheets:
        say(SKIPPED_SHEET(sheet=sheet))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from smugdesk.io.exporter import export_workbook

    progress = Progress()
    with open_store(_db(args)) as store:
        counts = export_workbook(store, Path(args.file), progress=progress)
    progress.done()
    rows = ", ".join(render(SHEET_ROWS(n=n, sheet=s), user_language()) for s, n in counts.items())
    say(EXPORTED(file=args.file, rows=rows))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from smugdesk.demo import load_demo

    progress = Progress()
    with open_store(_db(args)) as store:
        if store.count("catch") or store.count("bust") or store.count("case"):
            say(DEMO_NOT_EMPTY(db=str(_db(args))), error=True)
            return EXIT_BAD_INPUT
        counts = load_demo(store, progress=progress)
    progress.done()
    said = ", ".join(
        render(COUNT_OF(n=n, what=KINDS[kind]()), user_language()) for kind, n in counts.items()
    )
    say(DEMO_LOADED(db=str(_db(args)), counts=said))
    return EXIT_OK


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as 2017-11-24"
        ) from None


def _cmd_report(args: argparse.Namespace) -> int:
    from smugdesk.reports.options import ReportOptions
    from smugdesk.reports.periods import Period
    from smugdesk.reports.report import make_report

    if not args.pdf and not args.xlsx:
        say(NEED_DOCUMENT(), error=True)
        return EXIT_BAD_INPUT
    if (args.compare_from is None) != (args.compare_to is None):
        say(NEED_BOTH(), error=True)
        return EXIT_BAD_INPUT
    try:
        period = Period(args.date_from, args.date_to)
        comparison = (
            Period(args.compare_from, args.compare_to) if args.compare_from is not None else None
        )
    except WordsError as exc:
        say(exc.message, error=True)
        return EXIT_BAD_INPUT
    options = ReportOptions(lang=args.lang, title=args.title or "")
    with open_store(_db(args)) as store:
        figures = make_report(
            store.figures(),
            period,
            comparison,
            options,
            pdf=Path(args.pdf) if args.pdf else None,
            xlsx=Path(args.xlsx) if args.xlsx else None,
        )
    c = figures.total.current
    say(
        REPORT_DONE(
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            persons=c.persons,
            catches=c.catches,
            organizers=c.organizers,
            gangs=figures.gangs_smashed[0],
            cases=c.cases_cracked,
        )
    )
    if figures.empty:
        say(REPORT_EMPTY())
    for path in (args.pdf, args.xlsx):
        if path:
            say(WROTE(file=path))
    return EXIT_OK


def _cmd_app(args: argparse.Namespace) -> int:
    from smugdesk.ui.app import run_app

    return run_app(Path(args.db).expanduser() if args.db else None)


def build_parser() -> _Parser:
    parser = _Parser(
        prog="smugdesk",
        description="Record anti-smuggling catches and gang "
        "busts, and write press-conference reports. Without a command, "
        "starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"smugdesk {__version__}")
    db_help = "the database file (default: $SMUGDESK_DB or the user's data folder)"
    parser.add_argument("--db", metavar="PATH", help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help: str, run: Callable[[argparse.Namespace], int]) -> _Parser:
        p: _Parser = sub.add_parser(name, help=help, description=help)
        p.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)
        p.set_defaults(run=run)
        return p

    command("template", "write a blank data-standard workbook", _cmd_template).add_argument(
        "file", metavar="FILE.xlsx"
    )
    command("import", "import a data-standard workbook, all or nothing", _cmd_import).add_argument(
        "file", metavar="FILE.xlsx"
    )
    command("export", "export every record as a data-standard workbook", _cmd_export).add_argument(
        "file", metavar="FILE.xlsx"
    )
    command("demo", "fill an empty database with the demo campaign (2015-2017)", _cmd_demo)
    report = command(
        "report", "write the summary report for a period (PDF and/or Excel)", _cmd_report
    )
    report.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        required=True,
        metavar="DATE",
        help="first day of the period (2016-02-01)",
    )
    report.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        required=True,
        metavar="DATE",
        help="last day of the period, included",
    )
    report.add_argument(
        "--compare-from",
        type=_date,
        metavar="DATE",
        help="first day of the comparison period (default: one year earlier)",
    )
    report.add_argument(
        "--compare-to", type=_date, metavar="DATE", help="last day of the comparison period"
    )
    report.add_argument("--lang", choices=("en", "zh-Hans", "zh-Hant"), default="en")
    report.add_argument("--title", metavar="TEXT", help="the report's title")
    report.add_argument("--pdf", metavar="FILE", help="write the PDF here")
    report.add_argument("--xlsx", metavar="FILE", help="write the Excel workbook here")

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
        return int(args.run(args))
    except StoreError as exc:
        say(exc.message, error=True)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(render(INTERRUPTED(), user_language()), file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:
        log.exception("unexpected failure")
        print(render(UNEXPECTED(), user_language()), file=sys.stderr)
        return EXIT_FAILURE
