"""The commands that use a PostgreSQL hub: hub init, hub add-station, hub accounts,
sync, and merge --hub."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from smugdesk.cli.common import EXIT_BAD_INPUT, EXIT_OK, Command, Parser, Run, opened, say
from smugdesk.cli.help_words import h
from smugdesk.domain.words import words
from smugdesk.store import StoreError

HUB_HELP = (
    "the hub: a postgresql:// URL (no password in it: a passfile=, PGPASSFILE or "
    "~/.pgpass) or the connection file 'hub add-station' wrote"
)
INITIALISED = words("cli.hub_initialised", "The hub at {hub} is up to date ({applied}).")
NOTHING_TO_DO = words("cli.hub_nothing", "nothing to apply")
ADDED = words(
    "cli.hub_added",
    "Account {role} made for station {name} (agency {agency}); its connection file, "
    "password included, is {file}: hand it to the station's user only.",
)
ACCOUNT = words(
    "cli.hub_account", "{role}  {name}  agency {agency}{hq}  station {station}  last sync {seen}"
)
HQ = words("cli.hub_hq", " (headquarters)")
NOT_YET = words("cli.hub_not_yet", "not yet")
SYNCED = words(
    "cli.synced",
    "Synced with {hub}: {pushed:,} changes pushed, {pulled:,} pulled, {records:,} records settled.",
)
READS_SET = words(
    "cli.hub_reads_set",
    "Account {role} now reads the changes of: {reads} (its next sync pulls from the start).",
)
ALL_AGENCIES = words("cli.hub_all_agencies", "every station")
MERGED_INTO_HUB = words(
    "cli.merged_into_hub",
    "Merged {file} from station {station} into the hub: {added:,} new changes.",
)


def _hub_init(args: argparse.Namespace) -> int:
    from smugdesk.hub.connection import connect, hub_errors, target
    from smugdesk.hub.schema import initialise

    where = target(args.hub)
    with connect(where) as conn, hub_errors(where):
        applied = initialise(conn)
    say(INITIALISED(hub=where.shown(), applied=", ".join(applied) or NOTHING_TO_DO()))
    return EXIT_OK


def _hub_add_station(args: argparse.Namespace) -> int:
    from smugdesk.hub.accounts import add_station, slug
    from smugdesk.hub.connection import target
    from smugdesk.hub.schema import hub_session

    where = target(args.hub)
    out = Path(args.out or f"{slug(args.name) or 'station'}.smughub")
    with hub_session(where) as (conn, _hub):
        reads = None if args.reads is None else [c.strip() for c in args.reads.split(",")]
        made = add_station(conn, where, args.name, args.agency, out, args.headquarters, reads)
    say(ADDED(role=made.role, name=made.name, agency=made.agency, file=str(out)))
    return EXIT_OK


def _hub_accounts(args: argparse.Namespace) -> int:
    from smugdesk.hub.accounts import accounts
    from smugdesk.hub.connection import target
    from smugdesk.hub.schema import hub_session

    with hub_session(target(args.hub)) as (conn, _hub):
        found = accounts(conn)
    for a in found:
        say(
            ACCOUNT(
                role=a.role,
                name=a.name,
                agency=a.agency,
                hq=HQ() if a.headquarters else "",
                station=a.station or NOT_YET(),
                seen=a.seen_at or NOT_YET(),
            )
        )
    return EXIT_OK


def _hub_reads(args: argparse.Namespace) -> int:
    from smugdesk.hub.connection import target
    from smugdesk.hub.reads import set_reads
    from smugdesk.hub.schema import hub_session

    reads = None if args.all else [c.strip() for c in args.reads.split(",") if c.strip()]
    with hub_session(target(args.hub)) as (conn, _hub):
        role = set_reads(conn, args.name, reads)
    say(READS_SET(role=role, reads=", ".join(reads) if reads is not None else ALL_AGENCIES()))
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    from smugdesk.cli.stations import revised_by_merge
    from smugdesk.hub.connection import target
    from smugdesk.hub.sync import address_of, sync

    where = target(args.hub)
    with opened(args) as store:
        done = sync(store, where, address_of(args.hub))
        revised_by_merge(store, done.touched)
    say(SYNCED(hub=where.shown(), pushed=done.pushed, pulled=done.pulled, records=done.records))
    return EXIT_OK


def merge_into_hub(hub: str, bundles: list[str]) -> int:
    """``merge --hub``: each bundle checked as a station checks it, then its changes
    added to the hub's log (a headquarters account's right)."""
    from smugdesk.hub.connection import target
    from smugdesk.hub.schema import hub_session
    from smugdesk.hub.sync import merge_bundle

    refused = False
    with hub_session(target(hub)) as (conn, _hub):
        for name in bundles:
            try:
                done = merge_bundle(conn, Path(name))
            except StoreError as exc:  # this one is refused whole; the others go on
                say(exc.message, error=True)
                refused = True
                continue
            station = done.header.name or done.header.station
            say(MERGED_INTO_HUB(file=name, station=station, added=done.added))
    return EXIT_BAD_INPUT if refused else EXIT_OK


def hub_option(p: Parser, required: bool = True) -> None:
    p.add_argument("--hub", metavar="URL", required=required, help=h(HUB_HELP))


def add_commands(command: Command, sub: Any) -> None:
    p = command(
        "sync",
        "push this station's changes to the hub and pull everyone else's",
        _sync,
    )
    hub_option(p)

    hub = sub.add_parser("hub", help=h("set up a PostgreSQL hub: init, add-station, accounts"))
    actions = hub.add_subparsers(
        dest="hub_action", metavar="ACTION", parser_class=Parser, required=True
    )

    def action(name: str, help: str, run: Run) -> Parser:
        p: Parser = actions.add_parser(name, help=h(help), description=h(help))
        hub_option(p)
        p.set_defaults(run=run)
        return p

    action(
        "init",
        "create the hub's schema and roles, or bring them up to date (as the database's owner)",
        _hub_init,
    )
    p = action(
        "add-station",
        "make a station's account and write its connection file (password included)",
        _hub_add_station,
    )
    p.add_argument("--agency", metavar="CODE", required=True, help=h("the station's agency"))
    p.add_argument(
        "--headquarters",
        action="store_true",
        help=h("a headquarters account: reads everything, merges other stations' bundles"),
    )
    p.add_argument(
        "--reads",
        metavar="CODES",
        help=h(
            "read only the changes of stations of these agencies (comma-separated; its own "
            "agency always), not everyone's"
        ),
    )
    p.add_argument(
        "--out",
        metavar="FILE",
        help=h("where to write the connection file (default: NAME.smughub here)"),
    )
    p.add_argument("name", metavar="NAME", help=h("the station's name"))
    action("accounts", "list the hub's accounts and when each last synced", _hub_accounts)
    p = action("reads", "change what a station's account may read", _hub_reads)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help=h("every station's changes"))
    which.add_argument(
        "--reads",
        metavar="CODES",
        help=h(
            "read only the changes of stations of these agencies (comma-separated; its own "
            "agency always), not everyone's"
        ),
    )
    p.add_argument("name", metavar="NAME", help=h("the station's name"))
