"""The command line: the same jobs as the app, without a window.

Exit codes: 0 done, 2 bad input or usage (every problem printed), 1 unexpected failure.
"""

from __future__ import annotations

import argparse
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
    from smugdesk.io.importer import ImportRefused, import_workbook

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
            print(
                f"{path.name} was refused; nothing was imported. "
                f"{len(refused.problems)} problem(s):",
                file=sys.stderr,
            )
            for problem in refused.problems:
                print(f"  {problem}", file=sys.stderr)
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


def build_parser() -> argparse.ArgumentParser:
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

    def usage(_args: argparse.Namespace) -> int:
        parser.print_help()
        return EXIT_OK

    parser.set_defaults(run=usage)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
