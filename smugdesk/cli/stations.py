"""The commands that combine stations: station, bundle, merge and conflicts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from smugdesk.cli.common import EXIT_BAD_INPUT, EXIT_OK, Command, opened, say, show, text
from smugdesk.cli.help_words import h
from smugdesk.domain.words import Message, message_of, words
from smugdesk.stations.changes import DELETED
from smugdesk.stations.signing import fingerprint
from smugdesk.store import Store, StoreError
from smugdesk.store.merging import Conflict, conflicts
from smugdesk.store.publications import Touched

if TYPE_CHECKING:
    from smugdesk.reports.figures import Figures
    from smugdesk.reports.options import ReportOptions

STATION = words(
    "cli.station", "Station {name}: id {id}, key fingerprint {fingerprint}, {held} changes written."
)
PUBLIC_KEY = words("cli.station_key", "Public key (for another station's --trust): {key}")
TRUSTED = words(
    "cli.station_trusted",
    "Station {station} is trusted with key {fingerprint}: its bundles must carry that key's "
    "signature.",
)
UNNAMED = words("cli.station_unnamed", "(no name yet: smugdesk station --name NAME)")
NAMED = words("cli.station_named", "This station is now called {name}.")
BUNDLED = words("cli.bundled", "Wrote {file}: {changes:,} changes.")
MERGED = words(
    "cli.merged",
    "Merged {file} from station {station}: {added:,} new changes, {records:,} records settled.",
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
        if args.trust:
            from smugdesk.store.bundles import trust_station

            trust_station(store, args.trust[0], args.trust[1])
            say(
                TRUSTED(
                    station=args.trust[0], fingerprint=fingerprint(bytes.fromhex(args.trust[1]))
                )
            )
        me = store.changes.station()
        key = public_key(store.changes.signing_key())
    name = me.name or text(UNNAMED())
    say(STATION(name=name, id=me.uuid, fingerprint=fingerprint(key), held=me.held))
    say(PUBLIC_KEY(key=key.hex()))
    return EXIT_OK


def _cmd_bundle(args: argparse.Namespace) -> int:
    from smugdesk.store.bundles import write_bundle

    with opened(args) as store:
        done = write_bundle(store, Path(args.out), "" if args.all else (args.for_station or ""))
    say(BUNDLED(file=str(done.path), changes=done.changes))
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    from smugdesk.store.bundles import merge_bundle

    if args.hub:
        from smugdesk.cli.hub import merge_into_hub

        return merge_into_hub(args.hub, args.bundles)
    refused = False
    touched = Touched()
    with opened(args) as store:
        for name in args.bundles:
            try:
                done = merge_bundle(store, Path(name))
            except StoreError as exc:  # this one is refused whole; the others go on
                say(exc.message, error=True)
                refused = True
                continue
            touched |= done.touched
            station = done.header.name or done.header.station
            say(MERGED(file=name, station=station, added=done.added, records=done.records))
            if done.pinned:
                say(PINNED(station=station, fingerprint=fingerprint(done.header.public_key)))
        left = len({c.record for c in conflicts(store)})
        revised_by_merge(store, touched)
    say(CONFLICTS_LEFT(n=left) if left else NO_CONFLICTS())
    return EXIT_BAD_INPUT if refused else EXIT_OK


def _cmd_conflicts(args: argparse.Namespace) -> int:
    if args.hub:
        from smugdesk.hub.connection import target
        from smugdesk.hub.merged import conflicts as hub_conflicts
        from smugdesk.hub.schema import hub_session

        with hub_session(target(args.hub)) as (conn, _hub):
            found = hub_conflicts(conn)
    else:
        with opened(args) as store:
            found = conflicts(store)
    if not found:
        say(NO_CONFLICTS())
        return EXIT_OK
    for c in found:
        where = f"{c.kind} {c.key or c.record}" + (f" {c.field}" if c.field else "")
        show(f"{where}: {text(_reason(c))}")
        for head in c.heads:
            mark = text(STANDS()) if head.standing else ""
            value = head.shown
            if c.field == DELETED and not isinstance(head.value, dict):
                value = text(DELETED_WORDS() if head.value else UNDELETED())
            show(
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
        return message_of(conflict.detail)
    return REASONS[conflict.reason](field=conflict.field)


PUBLISHED = words("cli.published", "Published as {id} (figures SHA-256 {sha256}).")
SAME_AS_BEFORE = words(
    "cli.published_differs",
    "Warning: publication {id} of the same period ({at}) gave other figures: {figures}.",
)
PUBLICATION = words(
    "cli.publication", "{id}  {start} to {end}, published {at} by {user} at station {station}"
)
STILL_SAME = words("cli.publication_same", "  the records still give the same figures")
REVISED = words("cli.publication_revised", "  revised since publication:")
REVISED_FIGURE = words("cli.publication_figure", "    {figure}: {before} -> {after}{delta}")
THROUGH = words("cli.publication_through", "    through records: {records}")
NO_PUBLICATIONS = words("cli.no_publications", "No publications yet.")
REVISED_BY_MERGE = words(
    "cli.revised_by_merge", "Publication {id} ({start} to {end}) is revised by what was merged."
)


def publish_and_warn(
    store: Store,
    figures: Figures,
    options: ReportOptions,
    approved_only: bool,
    pdf: str | None,
    xlsx: str | None,
) -> None:
    """Publish the report's figures, warning first of an earlier publication of the
    same period whose figures differ."""
    from smugdesk.reports.publishing import differences, earlier_differing, frozen, publish_report

    for old in earlier_differing(store, figures):
        found = differences(old.figures, frozen(figures))
        differ = ", ".join(f"{n} {a} -> {b}" for n, a, b in found[:8])
        differ += " ..." if len(found) > 8 else ""
        say(SAME_AS_BEFORE(id=old.uuid, at=old.published_at, figures=differ), error=True)
    docs = (Path(pdf) if pdf else None, Path(xlsx) if xlsx else None)
    pub = publish_report(store, figures, options, approved_only, docs)
    say(PUBLISHED(id=pub.uuid, sha256=pub.sha256[:16]))


def _cmd_publications(args: argparse.Namespace) -> int:
    from smugdesk.reports.publishing import check
    from smugdesk.store.publications import publications

    with opened(args) as store:
        found = publications(store)
        if not found:
            say(NO_PUBLICATIONS())
        for pub in found:
            start, end = pub.spec["period"]
            station = pub.station_name or pub.station
            say(
                PUBLICATION(
                    id=pub.uuid,
                    start=start,
                    end=end,
                    at=pub.published_at,
                    user=pub.published_by,
                    station=station,
                )
            )
            revision = check(store, pub)
            if not revision.revised:
                say(STILL_SAME())
                continue
            say(REVISED())
            for figure, before, after in revision.figures:
                delta = ""
                if isinstance(before, int) and isinstance(after, int):
                    delta = f" ({after - before:+,})"
                say(REVISED_FIGURE(figure=figure, before=before, after=after, delta=delta))
            if revision.records:
                say(THROUGH(records=", ".join(revision.records)))
    return EXIT_OK


def revised_by_merge(store: Store, touched: Touched) -> None:
    """After merging: say which publications the merged records revise (only those
    whose periods they touched are computed again)."""
    from smugdesk.reports.publishing import revised_by

    for revision in revised_by(store, touched):
        start, end = revision.publication.spec["period"]
        say(REVISED_BY_MERGE(id=revision.publication.uuid, start=start, end=end))


def add_commands(command: Command) -> None:
    p = command(
        "station",
        "show this database's station (its id and key fingerprint), or name it",
        _cmd_station,
    )
    p.add_argument("--name", metavar="NAME", help=h("the name other stations see it by"))
    p.add_argument(
        "--trust",
        nargs=2,
        metavar=("STATION", "KEY"),
        help=h("trust station STATION's public KEY before its first bundle (or its new one)"),
    )
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
    p.add_argument(
        "--hub",
        metavar="URL",
        help=h("merge into this PostgreSQL hub instead of a database (headquarters)"),
    )
    p = command("conflicts", "list the unresolved conflicts merging left", _cmd_conflicts)
    p.add_argument(
        "--hub", metavar="URL", help=h("list the conflicts of this PostgreSQL hub instead")
    )
    command(
        "publications",
        "list published figures, and whether the records still give them",
        _cmd_publications,
    )
