"""The commands that combine stations: station, bundle, merge and conflicts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from smugdesk.cli.common import EXIT_BAD_INPUT, EXIT_OK, Command, opened, say, text
from smugdesk.cli.help_words import h
from smugdesk.domain.words import Message, words
from smugdesk.stations.changes import DELETED
from smugdesk.stations.signing import fingerprint
from smugdesk.store import Store, StoreError

if TYPE_CHECKING:
    from smugdesk.store.merging import Conflict

STATION = words(
    "cli.station", "Station {name}: id {id}, key fingerprint {fingerprint}, {held} changes written."
)
UNNAMED = words("cli.station_unnamed", "(no name yet: smugdesk station --name NAME)")
NAMED = words("cli.station_named", "This station is now called {name}.")
BUNDLED = words("cli.bundled", "Wrote {file}: {changes} changes.")
MERGED = words(
    "cli.merged",
    "Merged {file} from station {station}: {added} new changes, {records} records settled.",
)
PINNED = words(
    "cli.pinned",
    "First bundle from station {station}: its key {fingerprint} is now pinned; its later "
    "bundles must carry its signature.",
)
CONFLICTS_LEFT = words(
    "cli.conflicts_left", "{n} records have unresolved conflicts: smugdesk conflicts lists them."
)
NO_CONFLICTS = words("cli.no_conflicts", "No unresolved conflicts.")
REASONS = {
    "field": words("conflict.field", "changed concurrently to different values"),
    "deleted": words("conflict.deleted", "deleted at one station while changed at another"),
    "duplicate": words("conflict.duplicate", "another record has the same {field}"),
    "invalid": words("conflict.invalid", "breaks a rule once merged"),
    "missing": words(
        "conflict.missing", "refers to a record not received yet; it waits until it arrives"
    ),
}
HEAD = words(
    "cli.conflict_head", "    {value}   ({station}, {user} at {workstation}, {wall}){mark}"
)
STANDS = words("cli.conflict_stands", "  <- stands until decided")
DELETED_WORDS = words("cli.conflict_deleted", "deleted")
UNDELETED = words("cli.conflict_undeleted", "not deleted")


def _cmd_station(args: argparse.Namespace) -> int:
    from smugdesk.stations.signing import public_key

    with opened(args) as store:
        if args.name is not None:
            store.name_station(args.name)
            say(NAMED(name=args.name.strip()))
        me = store.changes.station()
        key = public_key(store.changes.signing_key())
    name = me.name or text(UNNAMED())
    say(STATION(name=name, id=me.uuid, fingerprint=fingerprint(key), held=me.held))
    return EXIT_OK


def _cmd_bundle(args: argparse.Namespace) -> int:
    from smugdesk.store.bundles import write_bundle

    with opened(args) as store:
        done = write_bundle(store, Path(args.out), "" if args.all else (args.for_station or ""))
    say(BUNDLED(file=str(done.path), changes=done.changes))
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    from smugdesk.store.bundles import merge_bundle

    refused = False
    with opened(args) as store:
        for name in args.bundles:
            try:
                done = merge_bundle(store, Path(name))
            except StoreError as exc:  # this one is refused whole; the others go on
                say(exc.message, error=True)
                refused = True
                continue
            station = done.header.name or done.header.station
            say(MERGED(file=name, station=station, added=done.added, records=done.records))
            if done.pinned:
                say(PINNED(station=station, fingerprint=fingerprint(done.header.public_key)))
        left = len({c.record for c in _conflicts(store)})
    say(CONFLICTS_LEFT(n=left) if left else NO_CONFLICTS())
    return EXIT_BAD_INPUT if refused else EXIT_OK


def _conflicts(store: Store) -> list[Conflict]:
    from smugdesk.store.merging import conflicts

    return conflicts(store)


def _cmd_conflicts(args: argparse.Namespace) -> int:
    with opened(args) as store:
        found = _conflicts(store)
    if not found:
        say(NO_CONFLICTS())
        return EXIT_OK
    for c in found:
        where = f"{c.kind} {c.key or c.record}" + (f" {c.field}" if c.field else "")
        print(f"{where}: {text(_reason(c))}")
        for head in c.heads:
            mark = text(STANDS()) if head.standing else ""
            value = head.shown
            if c.field == DELETED and not isinstance(head.value, dict):
                value = text(DELETED_WORDS() if head.value else UNDELETED())
            print(
                text(
                    HEAD(
                        value=value,
                        station=head.station_name or head.station,
                        user=head.user,
                        workstation=head.workstation,
                        wall=head.wall,
                        mark=mark,
                    )
                )
            )
    return EXIT_OK


def _reason(conflict: Conflict) -> Message:
    if conflict.reason == "invalid" and conflict.detail:
        found = orjson.loads(conflict.detail)
        return Message(found["id"], tuple(found["params"].items()))
    return REASONS[conflict.reason](field=conflict.field)


def add_commands(command: Command) -> None:
    p = command(
        "station",
        "show this database's station (its id and key fingerprint), or name it",
        _cmd_station,
    )
    p.add_argument("--name", metavar="NAME", help=h("the name other stations see it by"))
    p = command(
        "bundle",
        "write the changes another station may lack (or all of them) to a bundle file",
        _cmd_bundle,
    )
    p.add_argument("out", metavar="OUT.smugbundle", help=h("the bundle file to write"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help=h("every change (the default)"))
    which.add_argument(
        "--for",
        dest="for_station",
        metavar="STATION",
        help=h("only what station STATION (its id or name) has not sent back as held"),
    )
    p = command("merge", "merge bundles from other stations, each all or nothing", _cmd_merge)
    p.add_argument("bundles", nargs="+", metavar="BUNDLE", help=h("bundle files to merge"))
    command("conflicts", "list the unresolved conflicts merging left", _cmd_conflicts)
