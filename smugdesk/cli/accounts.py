"""The commands over accounts and the audit: users (add, list, disable,
reset-password, change-password) and audit (verify, show)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from smugdesk.accounts.actions import action_text
from smugdesk.accounts.chain import BREAK_WORDS, Break
from smugdesk.accounts.roles import ROLE_WORDS, Role, User
from smugdesk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    Parser,
    Passwords,
    Refused,
    Run,
    date_arg,
    db_path,
    log_in,
    open_for,
    opened,
    say,
    show,
    text,
)
from smugdesk.cli.help_words import h
from smugdesk.domain.words import Message, user_language, words
from smugdesk.store import Store
from smugdesk.store.accounts import shown_time
from smugdesk.store.audit import AuditFilter, Entry

USER_ADDED = words("cli.user_added", "Added {name} ({role}{agency}).")
FIRST_ADMIN = words(
    "cli.first_admin",
    "{name} is the first administrator: from now on every command on {db} needs "
    "--user NAME and a password.",
)
DISABLED = words("cli.user_disabled", "Disabled {name}; their records keep their name.")
RESET = words(
    "cli.password_reset", "New password set for {name}; they must change it at next login."
)
CHANGED = words("cli.password_changed", "Your password was changed.")
NO_USERS = words("cli.no_users", "{db} has no user accounts; anyone who opens it can work in it.")
STATE_ACTIVE = words("cli.state.active", "active")
STATE_DISABLED = words("cli.state.disabled", "disabled")
STATE_LOCKED = words("cli.state.locked", "locked until {until}")
STATE_CHANGE = words("cli.state.change", "must change password")
CHAIN_HOLDS = words("cli.chain_holds", "The audit chain holds: {entries:,} entries; head {head}.")
CHAIN_BREAKS = words(
    "cli.chain_breaks",
    "The audit chain breaks at entry {entry}: {why}. The {good:,} entries before it hold.",
)
NO_RECORD = words("cli.no_record", "no record has the reference {ref!r}")
ENTRIES = words("cli.entries", "{n:,} entries")
WROTE_AUDIT = words("cli.wrote_audit", "Wrote {n:,} audit entries to {file}")
HUB_NO_RECORDS = words(
    "cli.hub_no_records",
    "--record reads a station's database: the hub's audit keeps what was done with its "
    "figures, not records' histories",
)
ORIGINS = words("cli.origins", "Where each value of {ref} came from:")
ORIGIN = words(
    "cli.origin", "  {field}: {value}   ({station}, {user} at {workstation}, {wall}){mark}"
)
IN_CONFLICT = words("cli.in_conflict", "  [in conflict: smugdesk conflicts]")


def _role_text(role: Role) -> str:
    return text(ROLE_WORDS[role]())


def _users_add(args: argparse.Namespace) -> int:
    user = User(args.name, Role(args.role), args.agency, args.display_name)
    passwords = Passwords.of(args)
    with open_for(args, passwords) as store:
        first = not store.access.accounts_on
        log_in(store, args, passwords)
        store.access.add_user(user, passwords.new(user.name))
        store.access.logout()
    agency = f", {user.agency}" if user.agency else ""
    say(USER_ADDED(name=user.name, role=ROLE_WORDS[user.role](), agency=agency))
    if first:
        say(FIRST_ADMIN(name=user.name, db=str(db_path(args))))
    return EXIT_OK


def _users_list(args: argparse.Namespace) -> int:
    with opened(args) as store:
        if not store.access.accounts_on:
            say(NO_USERS(db=str(store.path)))
            return EXIT_OK
        accounts = store.access.accounts()
    rows = [("NAME", "DISPLAY NAME", "ROLE", "AGENCY", "STATE")]
    for a in accounts:
        states = [STATE_DISABLED() if a.disabled else STATE_ACTIVE()]
        if a.locked_until:
            states.append(STATE_LOCKED(until=shown_time(a.locked_until)))
        if a.must_change:
            states.append(STATE_CHANGE())
        state = ", ".join(text(s) for s in states)
        rows.append((a.name, a.display_name, _role_text(a.role), a.agency, state))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        show("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=False)) + "  " + r[4])
    return EXIT_OK


def _users_disable(args: argparse.Namespace) -> int:
    with opened(args) as store:
        store.access.disable_user(args.name)
    say(DISABLED(name=args.name))
    return EXIT_OK


def _users_reset(args: argparse.Namespace) -> int:
    passwords = Passwords.of(args)
    with opened(args, passwords) as store:
        store.access.reset_password(args.name, passwords.new(args.name))
    say(RESET(name=args.name))
    return EXIT_OK


def _users_change_password(args: argparse.Namespace) -> int:
    passwords = Passwords.of(args)
    with opened(args, passwords) as store:
        store.access.change_password(passwords.given_at_login, passwords.new(args.user))
    say(CHANGED())
    return EXIT_OK


def _audit_verify(args: argparse.Namespace) -> int:
    with opened(args) as store:
        verdict = store.audit.verify()
    if verdict.broken is None:
        say(CHAIN_HOLDS(entries=verdict.head.entries, head=verdict.head.short))
        return EXIT_OK
    say(_breaks(verdict.broken, verdict.head.entries), error=True)
    return EXIT_BAD_INPUT


def _breaks(broken: Break, good: int) -> Message:
    return CHAIN_BREAKS(entry=broken.entry, why=BREAK_WORDS[broken.reason](), good=good)


def _filter(args: argparse.Namespace, store: Store) -> AuditFilter:
    records = None
    if args.record:
        records = store.record_uuids(args.record)
        if not records:
            raise Refused(NO_RECORD(ref=args.record))
    return AuditFilter(args.date_from, args.date_to, args.filter_user or "", "", records)


def _audit_show(args: argparse.Namespace) -> int:
    if args.hub:
        return _hub_audit_show(args)
    with opened(args) as store:
        which = _filter(args, store)
        if args.xlsx:
            from smugdesk.io.audit_export import write_audit

            entries = [e for page in _pages(store, which) for e in page]
            keys = store.record_keys(e.record_uuid for e in entries if e.record_uuid)
            n = write_audit(entries, keys, Path(args.xlsx), user_language())
            store.note("audit_export", {"file": str(Path(args.xlsx).resolve()), "entries": n})
            say(WROTE_AUDIT(n=n, file=args.xlsx))
            return EXIT_OK
        n = 0
        for page in _pages(store, which):
            keys = store.record_keys(e.record_uuid for e in page if e.record_uuid)
            for e in page:
                show(_line(e, keys))
                n += 1
        say(ENTRIES(n=n))
        for record in which.records or ():
            _origins(store, args.record, record)
    return EXIT_OK


def _hub_audit_show(args: argparse.Namespace) -> int:
    """The hub's audit as this account may read it (its own entries; headquarters all)."""
    from smugdesk.hub import audit as hub_audit
    from smugdesk.hub.connection import target
    from smugdesk.hub.schema import hub_session
    from smugdesk.store import Actor

    if args.record:
        say(HUB_NO_RECORDS(), error=True)
        return EXIT_BAD_INPUT
    which = AuditFilter(args.date_from, args.date_to, args.filter_user or "")
    with hub_session(target(args.hub)) as (conn, _hub):
        entries = hub_audit.entries(conn, which)
        if args.xlsx:
            from smugdesk.io.audit_export import write_audit

            n = write_audit(entries, {}, Path(args.xlsx), user_language())
            actor = Actor.current()
            detail = {"file": str(Path(args.xlsx).resolve()), "entries": n}
            hub_audit.note(conn, "audit_export", detail, actor.user, actor.workstation)
            say(WROTE_AUDIT(n=n, file=args.xlsx))
            return EXIT_OK
    for e in entries:
        show(_line(e, {}))
    say(ENTRIES(n=len(entries)))
    return EXIT_OK


def _origins(store: Store, ref: str, record: str) -> None:
    """Where each value of the record came from (written here or received by merge)."""
    from smugdesk.store.merging import provenance

    say(ORIGINS(ref=ref))
    for o in provenance(store, record):
        mark = text(IN_CONFLICT()) if o.disputed else ""
        station = o.station_name or o.station
        show(
            text(
                ORIGIN(
                    field=o.field,
                    value=o.shown,
                    station=station,
                    user=o.user,
                    workstation=o.workstation,
                    wall=o.wall,
                    mark=mark,
                )
            )
        )


def _pages(store: Store, which: AuditFilter, size: int = 5_000) -> Iterator[list[Entry]]:
    offset = 0
    while page := store.audit.entries(which, offset, size):
        yield page
        offset += len(page)


def _line(e: Entry, keys: dict[str, str]) -> str:
    what = action_text(e.action, user_language())
    record = keys.get(e.record_uuid) or e.record_uuid
    detail = " ".join(f"{k}={v}" for k, v in e.detail.items()) if e.detail else ""
    return "  ".join(
        part
        for part in (
            f"{e.id:>7}",
            e.at[:19].replace("T", " "),
            e.user or "-",
            what,
            f"{e.kind} {record}".strip(),
            detail,
        )
        if part
    )


def add_commands(sub: Any, login_options: Callable[[Parser], None]) -> None:
    def group(name: str, help: str) -> Any:
        p = sub.add_parser(name, help=h(help), description=h(help))
        return p.add_subparsers(
            dest=f"{name}_action", metavar="ACTION", parser_class=Parser, required=True
        )

    def action(actions: Any, name: str, help: str, run: Run, login: bool = True) -> Parser:
        p: Parser = actions.add_parser(name, help=h(help), description=h(help))
        if login:
            login_options(p)
        p.set_defaults(run=run)
        return p

    users = group("users", "user accounts: add, list, disable, reset-password, change-password")
    add = action(
        users, "add", "add a user; the first, an administrator, switches accounts on", _users_add
    )
    add.add_argument(
        "--role", required=True, choices=[r.value for r in Role], help=h("the user's role")
    )
    add.add_argument(
        "--agency",
        metavar="CODE",
        default="",
        help=h("the user's agency (officers and supervisors)"),
    )
    add.add_argument(
        "--display-name",
        metavar="TEXT",
        default="",
        help=h("the name shown in the app and the audit"),
    )
    add.add_argument("name", metavar="NAME")
    action(users, "list", "list the users, their roles and states", _users_list)
    action(
        users, "disable", "disable a user (never deleted: records keep the name)", _users_disable
    ).add_argument("name", metavar="NAME")
    action(
        users,
        "reset-password",
        "set a new password the user must change at next login",
        _users_reset,
    ).add_argument("name", metavar="NAME")
    action(
        users, "change-password", "change your own password (--user NAME)", _users_change_password
    )

    audit = group("audit", "the tamper-evident audit: verify, show")
    action(
        audit,
        "verify",
        "check the whole hash chain; exit 2 naming the first bad entry",
        _audit_verify,
    )
    show = action(
        audit,
        "show",
        "list audit entries, newest first, or write them to --xlsx",
        _audit_show,
        login=False,
    )
    _show_options(show)


def _show_options(show: Parser) -> None:
    """``audit show``'s options: which entries, from where, and its own login (--user
    filters the entries here)."""
    show.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=h("the database file (default: $SMUGDESK_DB or the user's data folder)"),
    )
    show.add_argument(
        "--from",
        dest="date_from",
        type=date_arg,
        metavar="DATE",
        help=h("the first day of the entries"),
    )
    show.add_argument(
        "--to",
        dest="date_to",
        type=date_arg,
        metavar="DATE",
        help=h("the last day of the entries, included"),
    )
    show.add_argument(
        "--user", dest="filter_user", metavar="NAME", help=h("only the entries of this user")
    )
    show.add_argument("--record", metavar="REF", help=h("only this record's history"))
    show.add_argument("--xlsx", metavar="FILE", help=h("write the entries to this workbook"))
    show.add_argument(
        "--hub",
        metavar="URL",
        help=h("read this PostgreSQL hub's audit instead (the reports made from it)"),
    )
    show.add_argument(
        "--login",
        dest="user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=h("log in as NAME (--user filters the entries here)"),
    )
    show.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help=h("read the login password from standard input"),
    )
