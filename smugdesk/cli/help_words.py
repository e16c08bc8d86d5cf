"""The words of the command line's --help, in the catalogue like every other line it
prints: ``h(english)`` gives the help text in the locale's language."""

from __future__ import annotations

import argparse

from smugdesk.domain.words import Words, render, user_language, words

_HELP: dict[str, Words] = {
    w.english: w
    for w in (
        words(
            "cli.help.program",
            "Record anti-smuggling catches and gang busts, and write "
            "press-conference reports. Without a command, starts the app.",
        ),
        words("cli.help.db", "the database file (default: $SMUGDESK_DB or the user's data folder)"),
        words("cli.help.user", "log in as NAME (on a database with user accounts)"),
        words(
            "cli.help.password_stdin",
            "read passwords from standard input, one a line: the login password (or the "
            "database's passphrase or recovery key) first, then a new one (users add, "
            "reset-password, encrypt)",
        ),
        words("cli.help.template", "write a blank data-standard workbook"),
        words("cli.help.import", "import a data-standard workbook, all or nothing"),
        words("cli.help.export", "export every record as a data-standard workbook"),
        words("cli.help.demo", "fill an empty database with the demo campaign (2015-2017)"),
        words("cli.help.report", "write the summary report for a period (PDF and/or Excel)"),
        words("cli.help.from", "first day of the period (2016-02-01)"),
        words("cli.help.to", "last day of the period, included"),
        words(
            "cli.help.compare_from",
            "first day of the comparison period (default: one year earlier)",
        ),
        words("cli.help.compare_to", "last day of the comparison period"),
        words("cli.help.lang", "the report's language"),
        words("cli.help.title", "the report's title"),
        words(
            "cli.help.approved_only",
            "count approved records only (the report says how many are left out)",
        ),
        words("cli.help.pdf", "write the PDF here"),
        words("cli.help.xlsx", "write the Excel workbook here"),
        words(
            "cli.help.users", "user accounts: add, list, disable, reset-password, change-password"
        ),
        words(
            "cli.help.users_add", "add a user; the first, an administrator, switches accounts on"
        ),
        words("cli.help.role", "the user's role"),
        words("cli.help.agency", "the user's agency (officers and supervisors)"),
        words("cli.help.display_name", "the name shown in the app and the audit"),
        words("cli.help.users_list", "list the users, their roles and states"),
        words("cli.help.users_disable", "disable a user (never deleted: records keep the name)"),
        words("cli.help.users_reset", "set a new password the user must change at next login"),
        words("cli.help.users_change", "change your own password (--user NAME)"),
        words("cli.help.audit", "the tamper-evident audit: verify, show"),
        words(
            "cli.help.audit_verify", "check the whole hash chain; exit 2 naming the first bad entry"
        ),
        words("cli.help.audit_show", "list audit entries, newest first, or write them to --xlsx"),
        words("cli.help.audit_from", "the first day of the entries"),
        words("cli.help.audit_to", "the last day of the entries, included"),
        words("cli.help.audit_user", "only the entries of this user"),
        words("cli.help.audit_record", "only this record's history"),
        words("cli.help.audit_xlsx", "write the entries to this workbook"),
        words("cli.help.login", "log in as NAME (--user filters the entries here)"),
        words("cli.help.login_stdin", "read the login password from standard input"),
        words(
            "cli.help.backup",
            "back the database up to DEST (a file or a folder) and verify the copy",
        ),
        words("cli.help.keep", "in a folder, keep only the newest N backups (default 14)"),
        words(
            "cli.help.restore",
            "put a verified backup in place of the database; the "
            "database there is kept aside, renamed",
        ),
        words(
            "cli.help.encrypt",
            "encrypt the database in place (SQLCipher): users' passwords open it, or a passphrase",
        ),
        words(
            "cli.help.new_recovery_key",
            "on an encrypted database, replace its recovery key with a new one",
        ),
        words("cli.help.decrypt", "turn an encrypted database back into a plain one, in place"),
        words(
            "cli.help.recovery_key",
            "open it with its recovery key (asked for, or read from standard input)",
        ),
        words(
            "cli.help.station",
            "show this database's station (its id and key fingerprint), or name it",
        ),
        words("cli.help.station_name", "the name other stations see it by"),
        words(
            "cli.help.bundle",
            "write the changes another station may lack (or all of them) to a bundle file",
        ),
        words("cli.help.bundle_out", "the bundle file to write"),
        words("cli.help.bundle_all", "every change (the default)"),
        words(
            "cli.help.bundle_for",
            "only what station STATION (its id or name) has not sent back as held",
        ),
        words("cli.help.merge", "merge bundles from other stations, each all or nothing"),
        words("cli.help.merge_bundles", "bundle files to merge"),
        words("cli.help.conflicts", "list the unresolved conflicts merging left"),
        words(
            "cli.help.publish",
            "keep these figures as published, to be told later if records revise them",
        ),
        words(
            "cli.help.publications",
            "list published figures, and whether the records still give them",
        ),
        words(
            "cli.help.station_trust",
            "trust station STATION's public KEY before its first bundle (or its new one)",
        ),
        words(
            "cli.help.hub",
            "the hub: a postgresql:// URL (no password in it: a passfile=, PGPASSFILE or "
            "~/.pgpass) or the connection file 'hub add-station' wrote",
        ),
        words("cli.help.sync", "push this station's changes to the hub and pull everyone else's"),
        words("cli.help.hub_group", "set up a PostgreSQL hub: init, add-station, accounts"),
        words(
            "cli.help.hub_init",
            "create the hub's schema and roles, or bring them up to date (as the database's owner)",
        ),
        words(
            "cli.help.hub_add_station",
            "make a station's account and write its connection file (password included)",
        ),
        words("cli.help.hub_agency", "the station's agency"),
        words(
            "cli.help.hub_headquarters",
            "a headquarters account: reads everything, merges other stations' bundles",
        ),
        words(
            "cli.help.hub_out", "where to write the connection file (default: NAME.smughub here)"
        ),
        words("cli.help.hub_name", "the station's name"),
        words("cli.help.hub_accounts", "list the hub's accounts and when each last synced"),
        words(
            "cli.help.merge_hub",
            "merge into this PostgreSQL hub instead of a database (headquarters)",
        ),
        words("cli.help.conflicts_hub", "list the conflicts of this PostgreSQL hub instead"),
        words("cli.help.report_hub", "report the figures of this PostgreSQL hub instead"),
        words(
            "cli.help.audit_hub",
            "read this PostgreSQL hub's audit instead (the reports made from it)",
        ),
        words(
            "cli.help.hub_reads",
            "read only the changes of stations of these agencies (comma-separated; its own "
            "agency always), not everyone's",
        ),
        words("cli.help.hub_reads_command", "change what a station's account may read"),
        words("cli.help.hub_reads_all", "every station's changes"),
        words("cli.help.help", "show this help and exit"),
        words("cli.help.version", "show the version and exit"),
        words("cli.help.usage", "usage: "),
        words("cli.help.positionals", "arguments"),
        words("cli.help.options", "options"),
    )
}


def h(english: str) -> str:
    """A help text of the command line (declared above) in the locale's language."""
    return render(_HELP[english](), user_language())


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with its "usage: " in the locale's language."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, h("usage: ") if prefix is None else prefix)
