"""The schema, built and changed only by named migrations.

A migration that has shipped is never edited; a new one is appended. After the
migrations run, ``PRAGMA user_version`` holds how many there are, so an older
smugdesk can tell that a file was written by a newer one and refuse it.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

from smugdesk.accounts.chain import COLUMNS, GENESIS, link
from smugdesk.domain.words import words
from smugdesk.store import changelog
from smugdesk.store.database import APPLICATION_ID, NewerDatabase, NotADatabase

migrations = Migrations("smugdesk")

_META = """
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_on TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    deleted_at TEXT
"""


@migrations(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE agencies (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            name_zh TEXT NOT NULL DEFAULT '',
            jurisdiction TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            {_META}
        );
        CREATE UNIQUE INDEX agencies_code ON agencies (code COLLATE NOCASE)
            WHERE deleted_at IS NULL;

        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            case_no TEXT NOT NULL,
            opened_on TEXT NOT NULL,
            cracked_on TEXT,
            category TEXT NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            summary TEXT NOT NULL DEFAULT '',
            {_META}
        );
        CREATE UNIQUE INDEX cases_case_no ON cases (case_no COLLATE NOCASE)
            WHERE deleted_at IS NULL;
        CREATE INDEX cases_cracked ON cases (cracked_on, category, agency_id)
            WHERE deleted_at IS NULL;

        CREATE TABLE catches (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL,
            date TEXT NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            province TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            destination TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            case_id INTEGER REFERENCES cases (id),
            notable INTEGER NOT NULL DEFAULT 0,
            press_note TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            persons INTEGER NOT NULL,
            {_META}
        );
        CREATE UNIQUE INDEX catches_ref ON catches (ref COLLATE NOCASE)
            WHERE deleted_at IS NULL;
        CREATE INDEX catches_date ON catches (date, agency_id, persons)
            WHERE deleted_at IS NULL;
        CREATE INDEX catches_agency ON catches (agency_id, date) WHERE deleted_at IS NULL;
        CREATE INDEX catches_case ON catches (case_id) WHERE case_id IS NOT NULL;

        CREATE TABLE catch_counts (
            catch_id INTEGER NOT NULL REFERENCES catches (id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            nationality TEXT NOT NULL,
            persons INTEGER NOT NULL,
            male INTEGER,
            female INTEGER,
            minors INTEGER,
            PRIMARY KEY (catch_id, line)
        ) WITHOUT ROWID;
        CREATE INDEX catch_counts_nationality ON catch_counts (nationality);

        CREATE TABLE catch_assists (
            catch_id INTEGER NOT NULL REFERENCES catches (id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            PRIMARY KEY (catch_id, agency_id)
        ) WITHOUT ROWID;
        CREATE INDEX catch_assists_agency ON catch_assists (agency_id);

        CREATE TABLE busts (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL,
            date TEXT NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            province TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            gang TEXT NOT NULL,
            broken_up INTEGER NOT NULL,
            case_id INTEGER REFERENCES cases (id),
            notable INTEGER NOT NULL DEFAULT 0,
            press_note TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            arrested INTEGER NOT NULL,
            {_META}
        );
        CREATE UNIQUE INDEX busts_ref ON busts (ref COLLATE NOCASE) WHERE deleted_at IS NULL;
        CREATE INDEX busts_date ON busts (date, agency_id) WHERE deleted_at IS NULL;
        CREATE INDEX busts_case ON busts (case_id) WHERE case_id IS NOT NULL;

        CREATE TABLE bust_arrests (
            bust_id INTEGER NOT NULL REFERENCES busts (id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            role TEXT NOT NULL,
            origin TEXT NOT NULL,
            arrested INTEGER NOT NULL,
            PRIMARY KEY (bust_id, line)
        ) WITHOUT ROWID;

        CREATE TABLE bust_assists (
            bust_id INTEGER NOT NULL REFERENCES busts (id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            agency_id INTEGER NOT NULL REFERENCES agencies (id),
            PRIMARY KEY (bust_id, agency_id)
        ) WITHOUT ROWID;

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            workstation TEXT NOT NULL,
            kind TEXT NOT NULL,
            record_uuid TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('create', 'change', 'delete')),
            before TEXT,
            after TEXT
        );
        CREATE INDEX audit_record ON audit (record_uuid);
        """
    )


# The daily totals as migration 0002 made them (the current ones, which also tell
# approved records apart, are AGGREGATES below migration 0007).
_AGGREGATES_0002: tuple[str, ...] = (
    """INSERT INTO agg_catch_day (day, agency_id, persons, catches)
       SELECT c.date, c.agency_id, {sign} * sum(c.persons), {sign} * count(*)
       FROM catches c WHERE c.deleted_at IS NULL AND {where} GROUP BY 1, 2
       ON CONFLICT (day, agency_id) DO UPDATE SET
         persons = persons + excluded.persons, catches = catches + excluded.catches""",
    """INSERT INTO agg_assist_day (day, agency_id, persons, catches)
       SELECT c.date, x.agency_id, {sign} * sum(c.persons), {sign} * count(*)
       FROM catches c JOIN catch_assists x ON x.catch_id = c.id
       WHERE c.deleted_at IS NULL AND {where} GROUP BY 1, 2
       ON CONFLICT (day, agency_id) DO UPDATE SET
         persons = persons + excluded.persons, catches = catches + excluded.catches""",
    """INSERT INTO agg_nationality_day (day, nationality, persons)
       SELECT c.date, n.nationality, {sign} * sum(n.persons)
       FROM catches c JOIN catch_counts n ON n.catch_id = c.id
       WHERE c.deleted_at IS NULL AND {where} GROUP BY 1, 2
       ON CONFLICT (day, nationality) DO UPDATE SET
         persons = persons + excluded.persons""",
    """INSERT INTO agg_route_day (day, destination, reason, persons, catches)
       SELECT c.date, c.destination, c.reason, {sign} * sum(c.persons), {sign} * count(*)
       FROM catches c WHERE c.deleted_at IS NULL AND {where} GROUP BY 1, 2, 3
       ON CONFLICT (day, destination, reason) DO UPDATE SET
         persons = persons + excluded.persons, catches = catches + excluded.catches""",
    """INSERT INTO agg_case (case_id, persons, catches)
       SELECT c.case_id, {sign} * sum(c.persons), {sign} * count(*)
       FROM catches c WHERE c.deleted_at IS NULL AND c.case_id IS NOT NULL AND {where}
       GROUP BY 1
       ON CONFLICT (case_id) DO UPDATE SET
         persons = persons + excluded.persons, catches = catches + excluded.catches""",
)
_AGGREGATE_TABLES_0002 = (
    "agg_catch_day",
    "agg_assist_day",
    "agg_nationality_day",
    "agg_route_day",
    "agg_case",
)


def _rebuild_0002(db: sqlite_utils.Database) -> None:
    for table in _AGGREGATE_TABLES_0002:
        db.execute(f"DELETE FROM {table}")
    for statement in _AGGREGATES_0002:
        db.execute(statement.format(sign=1, where="1"))


@migrations(name="0002_report_totals")
def _report_totals(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE agg_catch_day (
            day TEXT NOT NULL, agency_id INTEGER NOT NULL,
            persons INTEGER NOT NULL, catches INTEGER NOT NULL,
            PRIMARY KEY (day, agency_id)
        ) WITHOUT ROWID;
        CREATE TABLE agg_assist_day (
            day TEXT NOT NULL, agency_id INTEGER NOT NULL,
            persons INTEGER NOT NULL, catches INTEGER NOT NULL,
            PRIMARY KEY (day, agency_id)
        ) WITHOUT ROWID;
        CREATE TABLE agg_nationality_day (
            day TEXT NOT NULL, nationality TEXT NOT NULL, persons INTEGER NOT NULL,
            PRIMARY KEY (day, nationality)
        ) WITHOUT ROWID;
        CREATE TABLE agg_route_day (
            day TEXT NOT NULL, destination TEXT NOT NULL, reason TEXT NOT NULL,
            persons INTEGER NOT NULL, catches INTEGER NOT NULL,
            PRIMARY KEY (day, destination, reason)
        ) WITHOUT ROWID;
        CREATE TABLE agg_case (
            case_id INTEGER PRIMARY KEY, persons INTEGER NOT NULL, catches INTEGER NOT NULL
        );
        CREATE INDEX catches_notable ON catches (date) WHERE notable AND deleted_at IS NULL;
        CREATE INDEX busts_notable ON busts (date) WHERE notable AND deleted_at IS NULL;
        """
    )
    _rebuild_0002(db)


@migrations(name="0003_list_order")
def _list_order(db: sqlite_utils.Database) -> None:
    # An index on one column ends in the rowid, so record lists sorted by date (then id)
    # read a page straight from the index instead of sorting the whole table. The report
    # queries that catches_date served read the daily totals now: it only slowed writes.
    db.executescript(
        """
        CREATE INDEX catches_list ON catches (date) WHERE deleted_at IS NULL;
        DROP INDEX catches_date;
        CREATE INDEX busts_list ON busts (date) WHERE deleted_at IS NULL;
        CREATE INDEX cases_list ON cases (opened_on) WHERE deleted_at IS NULL;
        """
    )


# Free-text search: each record table has a narrow companion holding one row per live
# record, its searchable fields joined by a unit separator. A search scans those few
# dozen bytes a record instead of the whole table (a tenth of the time over a million
# catches). Kept up to date with the daily totals, in the same transaction as every write.
SEARCH_TEXT: dict[str, str] = {
    "catches": "c.ref || char(31) || c.place || char(31) || c.notes || char(31) || c.press_note",
    "busts": "c.ref || char(31) || c.gang || char(31) || c.place || char(31) || c.notes "
    "|| char(31) || c.press_note",
    "cases": "c.case_no || char(31) || c.summary",
    "agencies": "c.code || char(31) || c.name || char(31) || c.name_zh",
}


def search_table(table: str) -> str:
    return f"search_{table}"


def search_statements(table: str) -> tuple[str, str]:
    """SQL that adds, and SQL that removes, the search text of the rows of ``table``
    chosen by {where} (alias c); the adding one skips deleted rows."""
    search = search_table(table)
    return (
        f"INSERT INTO {search} (id, text) SELECT c.id, {SEARCH_TEXT[table]} FROM {table} c "
        "WHERE c.deleted_at IS NULL AND {where}",
        f"DELETE FROM {search} AS c WHERE {{where}}",
    )


@migrations(name="0004_search_text")
def _search_text(db: sqlite_utils.Database) -> None:
    for table in SEARCH_TEXT:
        db.execute(
            f"CREATE TABLE {search_table(table)} (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"
        )
        db.execute(search_statements(table)[0].format(where="1"))


AUDIT_TRIGGERS = f"""
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'smugdesk: audit entries cannot be changed'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'smugdesk: audit entries cannot be removed'); END;
    CREATE TRIGGER audit_in_order BEFORE INSERT ON audit
    WHEN NEW.prev IS NOT coalesce((SELECT hash FROM audit WHERE id = NEW.id - 1),
                                  CASE WHEN NEW.id = 1 THEN '{GENESIS}' END)
    BEGIN SELECT RAISE(ABORT, 'smugdesk: audit entries are appended in order'); END;
"""


@migrations(name="0005_audit_chain")
def _audit_chain(db: sqlite_utils.Database) -> None:
    # The audit becomes a hash chain (accounts.chain) of every kind of action, not only
    # record changes: the table is rebuilt, its entries renumbered 1, 2, 3, ... in their
    # order and chained, and triggers make it append-only.
    db.executescript(
        """
        CREATE TABLE audit_chained (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            workstation TEXT NOT NULL,
            action TEXT NOT NULL,
            kind TEXT NOT NULL,
            record_uuid TEXT NOT NULL,
            before TEXT,
            after TEXT,
            detail TEXT NOT NULL,
            prev TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        """
    )
    old = db.conn.execute(
        "SELECT row_number() OVER (ORDER BY id), at, user, workstation, action, kind, "
        "record_uuid, before, after, '' FROM audit ORDER BY id"
    )
    prev = GENESIS
    marks = ", ".join("?" * (len(COLUMNS) + 2))
    while rows := old.fetchmany(10_000):
        linked = link(prev, rows)
        db.conn.executemany(f"INSERT INTO audit_chained VALUES ({marks})", linked)
        prev = str(linked[-1][-1])
    # An entry continues the one before it (its id less one, which must exist: no gaps);
    # taking an id already used fails on the primary key.
    db.executescript(
        f"""
        DROP TABLE audit;
        ALTER TABLE audit_chained RENAME TO audit;
        CREATE INDEX audit_record ON audit (record_uuid);
        CREATE INDEX audit_at ON audit (at);
        {AUDIT_TRIGGERS}
        """
    )


@migrations(name="0006_accounts")
def _accounts(db: sqlite_utils.Database) -> None:
    # Accounts (switched on by the first one: a file without users works as before),
    # the settings an administrator changes, and the approval of records.
    db.executescript(
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            display_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL
                CHECK (role IN ('officer', 'supervisor', 'press-officer', 'administrator')),
            agency_id INTEGER REFERENCES agencies (id),
            password_hash TEXT NOT NULL,
            must_change INTEGER NOT NULL DEFAULT 0,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            disabled_at TEXT,
            created_at TEXT NOT NULL,
            changed_at TEXT NOT NULL
        );
        CREATE TABLE settings (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        ALTER TABLE catches ADD COLUMN approved_at TEXT;
        ALTER TABLE catches ADD COLUMN approved_by TEXT;
        ALTER TABLE busts ADD COLUMN approved_at TEXT;
        ALTER TABLE busts ADD COLUMN approved_by TEXT;
        ALTER TABLE cases ADD COLUMN approved_at TEXT;
        ALTER TABLE cases ADD COLUMN approved_by TEXT;
        """
    )


# Daily totals for the reports, kept up to date in the same transaction as every
# write (Store._write, Store.delete, approvals). Each statement adds the catches chosen
# by {where} (alias c), times {sign}: +1 after they are written, -1 before they change,
# are deleted, approved or unlocked. ``approved`` (0 or 1) keeps approved catches apart,
# so that a report can count only those. Rows that fall to zero are kept; they add
# nothing.
_APPROVED = "(c.approved_at IS NOT NULL)"
AGGREGATES: tuple[str, ...] = (
    f"""INSERT INTO agg_catch_day (day, agency_id, approved, persons, catches)
       SELECT c.date, c.agency_id, {_APPROVED}, {{sign}} * sum(c.persons), {{sign}} * count(*)
       FROM catches c WHERE c.deleted_at IS NULL AND {{where}} GROUP BY 1, 2, 3
       ON CONFLICT (day, agency_id, approved) DO UPDATE SET
         persons = persons + excluded.persons, catches = catches + excluded.catches""",
    f"""INSERT INTO agg_assist_day (day, agency_id, approved, persons, catches)
       SELECT c.date, x.agency_id, {_APPROVED}, {{sign}} * sum(c.persons), {{sign}} * count(*)
       FROM catches c JOIN catch_assists x ON x.catch_id = c.id
       WHERE c.deleted_at IS NULL AND {{where}} GROUP BY 1, 2, 3
       ON CONFLICT (day, agency_id, approved) DO UPDATE SET
         persons = persons + excluded.persons, catches = catches + excluded.catches""",
    f"""INSERT INTO agg_nationality_day (day, nationality, approved, persons)
       SELECT c.date, n.nationality, {_APPROVED}, {{sign}} * sum(n.persons)
       FROM catches c JOIN catch_counts n ON n.catch_id = c.id
       WHERE c.deleted_at IS NULL AND {{where}} GROUP BY 1, 2, 3
       ON CONFLICT (day, nationality, approved) DO UPDATE SET
         persons = persons + excluded.persons""",
    f"""INSERT INTO agg_route_day (day, destination, reason, approved, persons, catches)
       SELECT c.date, c.destination, c.reason, {_APPROVED}, {{sign}} * sum(c.persons),
         {{sign}} * count(*)
       FROM catches c WHERE c.deleted_at IS NULL AND {{where}} GROUP BY 1, 2, 3, 4
       ON CONFLICT (day, destination, reason, approved) DO UPDATE SET
         persons = persons + excluded.persons, catches = catches + excluded.catches""",
    f"""INSERT INTO agg_case (case_id, approved, persons, catches)
       SELECT c.case_id, {_APPROVED}, {{sign}} * sum(c.persons), {{sign}} * count(*)
       FROM catches c WHERE c.deleted_at IS NULL AND c.case_id IS NOT NULL AND {{where}}
       GROUP BY 1, 2
       ON CONFLICT (case_id, approved) DO UPDATE SET
         persons = persons + excluded.persons, catches = catches + excluded.catches""",
)
AGGREGATE_TABLES = _AGGREGATE_TABLES_0002


def rebuild_aggregates(db: sqlite_utils.Database) -> None:
    """Recompute every daily total from the records (inside the caller's transaction)."""
    for table in AGGREGATE_TABLES:
        db.execute(f"DELETE FROM {table}")
    for statement in AGGREGATES:
        db.execute(statement.format(sign=1, where="1"))


@migrations(name="0007_approved_totals")
def _approved_totals(db: sqlite_utils.Database) -> None:
    # The daily totals gain the approval of the catches they add up (AGGREGATES).
    db.executescript(
        """
        DROP TABLE agg_catch_day;
        DROP TABLE agg_assist_day;
        DROP TABLE agg_nationality_day;
        DROP TABLE agg_route_day;
        DROP TABLE agg_case;
        CREATE TABLE agg_catch_day (
            day TEXT NOT NULL, agency_id INTEGER NOT NULL, approved INTEGER NOT NULL,
            persons INTEGER NOT NULL, catches INTEGER NOT NULL,
            PRIMARY KEY (day, agency_id, approved)
        ) WITHOUT ROWID;
        CREATE TABLE agg_assist_day (
            day TEXT NOT NULL, agency_id INTEGER NOT NULL, approved INTEGER NOT NULL,
            persons INTEGER NOT NULL, catches INTEGER NOT NULL,
            PRIMARY KEY (day, agency_id, approved)
        ) WITHOUT ROWID;
        CREATE TABLE agg_nationality_day (
            day TEXT NOT NULL, nationality TEXT NOT NULL, approved INTEGER NOT NULL,
            persons INTEGER NOT NULL,
            PRIMARY KEY (day, nationality, approved)
        ) WITHOUT ROWID;
        CREATE TABLE agg_route_day (
            day TEXT NOT NULL, destination TEXT NOT NULL, reason TEXT NOT NULL,
            approved INTEGER NOT NULL, persons INTEGER NOT NULL, catches INTEGER NOT NULL,
            PRIMARY KEY (day, destination, reason, approved)
        ) WITHOUT ROWID;
        CREATE TABLE agg_case (
            case_id INTEGER NOT NULL, approved INTEGER NOT NULL,
            persons INTEGER NOT NULL, catches INTEGER NOT NULL,
            PRIMARY KEY (case_id, approved)
        ) WITHOUT ROWID;
        CREATE INDEX catches_unapproved ON catches (date)
            WHERE approved_at IS NULL AND deleted_at IS NULL;
        CREATE INDEX busts_unapproved ON busts (date)
            WHERE approved_at IS NULL AND deleted_at IS NULL;
        CREATE INDEX cases_unapproved ON cases (cracked_on)
            WHERE approved_at IS NULL AND deleted_at IS NULL;
        """
    )
    rebuild_aggregates(db)


CHANGES_TRIGGERS = """
    CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
    BEGIN SELECT RAISE(ABORT, 'smugdesk: changes cannot be altered'); END;
    CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
    BEGIN SELECT RAISE(ABORT, 'smugdesk: changes cannot be removed'); END;
"""


@migrations(name="0008_change_log")
def _change_log(db: sqlite_utils.Database) -> None:
    # The change log (store.changelog): this database becomes a station, and every
    # record's current values become the station's first changes, with the provenance
    # the record had (who changed it last, where, when); deleted records get their
    # delete after. From here on every write appends changes.
    db.executescript(
        f"""
        CREATE TABLE stations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            held INTEGER NOT NULL DEFAULT 0,
            public_key BLOB,
            pinned_at TEXT,
            pinned_by TEXT
        );
        CREATE TABLE station (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            station_id INTEGER NOT NULL REFERENCES stations (id),
            file_dev INTEGER,
            file_ino INTEGER,
            hlc INTEGER NOT NULL,
            signing_key BLOB NOT NULL
        );
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            station_id INTEGER NOT NULL REFERENCES stations (id),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            record TEXT NOT NULL,
            fields TEXT NOT NULL,
            ctx TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            wall TEXT NOT NULL,
            user TEXT NOT NULL,
            workstation TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE UNIQUE INDEX changes_dot ON changes (station_id, seq);
        CREATE INDEX changes_record ON changes (record);
        {CHANGES_TRIGGERS}
        """
    )
    changelog.new_station(db.conn, None)
    changelog.first_versions(db.conn)


@migrations(name="0009_merging")
def _merging(db: sqlite_utils.Database) -> None:
    # Merging other stations' changes (store.merging): what each peer holds, the
    # conflicts the merged changes leave for a person to decide, and keys that are no
    # longer unique in the database: two stations may both write "CT-2017-0001", and
    # both records are kept (a conflict) instead of one being lost. A save still
    # refuses a key in use (store.records).
    db.executescript(
        """
        CREATE TABLE peer_holds (
            peer_id INTEGER NOT NULL REFERENCES stations (id),
            origin_id INTEGER NOT NULL REFERENCES stations (id),
            held INTEGER NOT NULL,
            PRIMARY KEY (peer_id, origin_id)
        ) WITHOUT ROWID;
        CREATE TABLE conflicts (
            record TEXT NOT NULL,
            kind TEXT NOT NULL,
            field TEXT NOT NULL,
            reason TEXT NOT NULL
                CHECK (reason IN ('field', 'deleted', 'duplicate', 'invalid', 'missing')),
            detail TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (record, field, reason)
        ) WITHOUT ROWID;
        DROP INDEX agencies_code;
        CREATE INDEX agencies_code ON agencies (code COLLATE NOCASE) WHERE deleted_at IS NULL;
        DROP INDEX cases_case_no;
        CREATE INDEX cases_case_no ON cases (case_no COLLATE NOCASE) WHERE deleted_at IS NULL;
        DROP INDEX catches_ref;
        CREATE INDEX catches_ref ON catches (ref COLLATE NOCASE) WHERE deleted_at IS NULL;
        DROP INDEX busts_ref;
        CREATE INDEX busts_ref ON busts (ref COLLATE NOCASE) WHERE deleted_at IS NULL;
        """
    )


@migrations(name="0010_publications")
def _publications(db: sqlite_utils.Database) -> None:
    # Frozen press figures (store.publications): what a report said when it was
    # published, and on what it was based; they travel in bundles.
    db.executescript(
        """
        CREATE TABLE publications (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            station TEXT NOT NULL,
            published_at TEXT NOT NULL,
            published_by TEXT NOT NULL,
            spec TEXT NOT NULL,
            figures TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            pdf_sha256 TEXT NOT NULL,
            xlsx_sha256 TEXT NOT NULL,
            basis TEXT NOT NULL
        );
        """
    )


@migrations(name="0011_hubs")
def _hubs(db: sqlite_utils.Database) -> None:
    # The PostgreSQL hubs this station syncs with (store.hubs): where one is (a URL or
    # a connection file, never a password), how far its change log has been pulled
    # (moved in the transaction that takes the changes in), under which version of
    # what the station may read there, what it acknowledged of ours, and how the last
    # attempt went.
    db.executescript(
        """
        CREATE TABLE hubs (
            id TEXT PRIMARY KEY,
            address TEXT NOT NULL,
            pulled INTEGER NOT NULL DEFAULT 0,
            acked INTEGER NOT NULL DEFAULT 0,
            reads INTEGER NOT NULL DEFAULT 0,
            synced_at TEXT,
            tried_at TEXT,
            failure TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID;
        """
    )


SCHEMA_VERSION = len(migrations._migrations)


NOT_OURS = words("store.not_ours", "This file is an SQLite database, but not a smugdesk one.")
NEWER = words(
    "store.newer",
    "This database was written by a newer smugdesk (schema {version}; this smugdesk knows "
    "up to {known}). Update smugdesk to open it.",
)


def upgrade_needed(db: sqlite_utils.Database) -> bool:
    """Whether an existing smugdesk database needs this version's migrations (a new or
    foreign file does not: ``migrate`` makes the one and refuses the other)."""
    if not [t for t in db.table_names() if not t.startswith("sqlite_")]:
        return False
    if db.conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return False
    return bool(migrations.pending(db))


def migrate(db: sqlite_utils.Database) -> bool:
    """Bring the schema up to date. Returns True if the initial schema was just created.

    Raises:
        NewerDatabase: the file was written by a newer smugdesk.
        NotADatabase: the file is an SQLite database of another program.
    """
    conn = db.conn
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = [t for t in db.table_names() if not t.startswith("sqlite_")]
    fresh = not tables
    if not fresh and app_id != APPLICATION_ID:
        raise NotADatabase(NOT_OURS())
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if version > SCHEMA_VERSION or unknown:
        raise NewerDatabase(NEWER(version=version, known=SCHEMA_VERSION))
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        migrations.apply(db)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return "0001_initial" in pending
