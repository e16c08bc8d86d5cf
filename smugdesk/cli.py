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
from smugdesk.store import StoreError, default_db_path, open_store

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
log = logging.getLogger("smugdesk")


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
    print(f"Wrote the blank workbook {args.file}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from smugdesk.domain.words import render, user_language
    from smugdesk.io.importer import REFUSED, ImportRefused, import_workbook

    path = Path(args.file)
    if not path.is_file():
        print(f"error: {path} does not exist or is not a file", file=sys.stderr)
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
    print(f"Imported {path.name} ({result.rows:,} rows).")
    for kind, label in (
        ("agency", "agencies"),
        ("case", "cases"),
        ("catch", "catches"),
        ("bust", "gang busts"),
    ):
        if s.added[kind] or s.changed[kind] or s.unchanged[kind]:
            print(
                f"  {label}: {s.added[kind]:,} added, {s.changed[kind]:,} updated, "
                f"{s.unchanged[kind]:,} unchanged"
            )
    for sheet in result.skipped_sheets:
        print(f"  sheet {sheet!r} is not part of the data standard and was skipped")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from smugdesk.io.exporter import export_workbook

    progress = Progress()
    with open_store(_db(args)) as store:
        counts = export_workbook(store, Path(args.file), progress=progress)
    progress.done()
    print(f"Exported to {args.file}: " + ", ".join(f"{n:,} {s} rows" for s, n in counts.items()))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from smugdesk.demo import load_demo

    progress = Progress()
    with open_store(_db(args)) as store:
        if store.count("catch") or store.count("bust") or store.count("case"):
            print(
                f"error: {_db(args)} already holds records; the demo campaign goes into an "
                "empty database",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        counts = load_demo(store, progress=progress)
    progress.done()
    print(
        f"Loaded the demo campaign into {_db(args)}: "
        + ", ".join(f"{n:,} {kind}" for kind, n in counts.items())
    )
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
        print(
            "error: name at least one document to write: --pdf FILE and/or --xlsx FILE",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if (args.compare_from is None) != (args.compare_to is None):
        print(
            "error: give both --compare-from and --compare-to, or neither (the default "
            "compares with the same dates one year earlier)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:
        period = Period(args.date_from, args.date_to)
        comparison = (
            Period(args.compare_from, args.compare_to) if args.compare_from is not None else None
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
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
    print(
        f"Report {period.start} to {period.end}: {c.persons:,} persons caught in "
        f"{c.catches:,} catches, {c.organizers:,} organizers arrested, "
        f"{figures.gangs_smashed[0]:,} gangs smashed, {c.cases_cracked:,} cases cracked."
    )
    if figures.empty:
        print("  No records in this period; the report says so.")
    for path in (args.pdf, args.xlsx):
        if path:
            print(f"  wrote {path}")
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
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted; nothing more was written", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:
        log.exception("unexpected failure")
        print(
            "smugdesk failed unexpectedly; the details are above. Nothing was half-written: "
            "every save is one transaction.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
