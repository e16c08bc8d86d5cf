"""The commands over records: template, import, export, demo, report."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from smugdesk.accounts.roles import Can
from smugdesk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    Command,
    Progress,
    date_arg,
    db_path,
    opened,
    say,
    show,
    text,
)
from smugdesk.cli.help_words import h
from smugdesk.domain.words import WordsError, render, user_language, words

if TYPE_CHECKING:
    from smugdesk.reports.figures import Figures
    from smugdesk.reports.periods import Period
    from smugdesk.reports.source import FigureSource

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
PUBLISH_NEEDS_DB = words(
    "cli.publish_needs_db",
    "--publish keeps the figures in a station's database: give --db, not --hub",
)
REPORT_EMPTY = words("cli.report_empty", "  No records in this period; the report says so.")
WROTE = words("cli.wrote", "  wrote {file}")
KINDS = {
    "agency": words("cli.kind.agency", "agencies"),
    "case": words("cli.kind.case", "cases"),
    "catch": words("cli.kind.catch", "catches"),
    "bust": words("cli.kind.bust", "gang busts"),
}
# What the terminal's status line says of each stage an import or the demo reports.
STAGES = {
    "reading": words("cli.stage.reading", "reading and checking every row"),
    "writing": words("cli.stage.writing", "writing"),
    "agency": words("cli.stage.agency", "agencies written"),
    "case": words("cli.stage.case", "cases written"),
    "catch": words("cli.stage.catch", "catches written"),
    "bust": words("cli.stage.bust", "gang busts written"),
}


def _staged(bar: Progress) -> Callable[[str], None]:
    """``bar`` hearing a stage by its name, in the user's language."""
    return lambda stage: bar(text(STAGES[stage]()) if stage in STAGES else stage)


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
    with opened(args) as store:
        try:
            result = import_workbook(store, path, progress=_staged(progress))
        except ImportRefused as refused:
            progress.done()
            lang = user_language()
            show(render(REFUSED(file=path.name, n=len(refused.problems)), lang), error=True)
            for problem in refused.problems:
                show(f"  {problem.render(lang)}", error=True)
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
    with opened(args) as store:
        counts = export_workbook(store, Path(args.file), progress=progress)
    progress.done()
    rows = ", ".join(render(SHEET_ROWS(n=n, sheet=s), user_language()) for s, n in counts.items())
    say(EXPORTED(file=args.file, rows=rows))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from smugdesk.demo import load_demo

    progress = Progress()
    with opened(args) as store:
        if store.count("catch") or store.count("bust") or store.count("case"):
            say(DEMO_NOT_EMPTY(db=str(db_path(args))), error=True)
            return EXIT_BAD_INPUT
        counts = load_demo(store, progress=_staged(progress))
    progress.done()
    said = ", ".join(
        render(COUNT_OF(n=n, what=KINDS[kind]()), user_language()) for kind, n in counts.items()
    )
    say(DEMO_LOADED(db=str(db_path(args)), counts=said))
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from smugdesk.reports.options import ReportOptions
    from smugdesk.reports.periods import Period
    from smugdesk.reports.report import audit_detail, make_report

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
    files = [Path(f) for f in (args.pdf, args.xlsx) if f]

    def write(source: FigureSource) -> Figures:
        return make_report(
            source,
            period,
            comparison,
            options,
            pdf=Path(args.pdf) if args.pdf else None,
            xlsx=Path(args.xlsx) if args.xlsx else None,
        )

    if args.hub:
        if args.publish:
            say(PUBLISH_NEEDS_DB(), error=True)
            return EXIT_BAD_INPUT
        from smugdesk.hub.audit import note
        from smugdesk.hub.connection import target
        from smugdesk.hub.figures import HubFigures
        from smugdesk.hub.merged import settled
        from smugdesk.hub.schema import hub_session
        from smugdesk.store import Actor

        with hub_session(target(args.hub)) as (conn, _hub):
            settled(conn)
            figures = write(HubFigures(conn, args.approved_only))
            actor = Actor.current()
            detail = audit_detail(period, comparison, options, files, args.approved_only)
            note(conn, "report", detail, actor.user, actor.workstation)
        return _report_said(figures, period, args.pdf, args.xlsx)
    with opened(args) as store:
        figures = write(store.figures(Can.REPORT, args.approved_only))
        detail = audit_detail(period, comparison, options, files, args.approved_only)
        store.note("report", detail)
        if args.publish:
            from smugdesk.cli.stations import publish_and_warn

            publish_and_warn(store, figures, options, args.approved_only, args.pdf, args.xlsx)
    return _report_said(figures, period, args.pdf, args.xlsx)


def _report_said(figures: Figures, period: Period, pdf: str | None, xlsx: str | None) -> int:
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
    for path in (pdf, xlsx):
        if path:
            say(WROTE(file=path))
    return EXIT_OK


def add_commands(command: Command) -> None:
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
        type=date_arg,
        required=True,
        metavar="DATE",
        help=h("first day of the period (2016-02-01)"),
    )
    report.add_argument(
        "--to",
        dest="date_to",
        type=date_arg,
        required=True,
        metavar="DATE",
        help=h("last day of the period, included"),
    )
    report.add_argument(
        "--compare-from",
        type=date_arg,
        metavar="DATE",
        help=h("first day of the comparison period (default: one year earlier)"),
    )
    report.add_argument(
        "--compare-to", type=date_arg, metavar="DATE", help=h("last day of the comparison period")
    )
    report.add_argument(
        "--lang",
        choices=("en", "zh-Hans", "zh-Hant"),
        default="en",
        help=h("the report's language"),
    )
    report.add_argument("--title", metavar="TEXT", help=h("the report's title"))
    report.add_argument(
        "--approved-only",
        action="store_true",
        help=h("count approved records only (the report says how many are left out)"),
    )
    report.add_argument(
        "--publish",
        action="store_true",
        help=h("keep these figures as published, to be told later if records revise them"),
    )
    report.add_argument(
        "--hub", metavar="URL", help=h("report the figures of this PostgreSQL hub instead")
    )
    report.add_argument("--pdf", metavar="FILE", help=h("write the PDF here"))
    report.add_argument("--xlsx", metavar="FILE", help=h("write the Excel workbook here"))
