"""The command line on a database with accounts: users and audit commands, the login
every command needs, and their exit codes."""

import io

import pytest
from openpyxl import load_workbook

from smugdesk.cli import main
from smugdesk.store import engine, open_store
from tests.io.helpers import catches, dump, write_book

ADMIN_PW = "harbour lights at dawn"
OFFICER_PW = "the river at night 7"


def run(capsys, monkeypatch, argv, stdin=""):
    """Run a command with these lines on standard input; (exit code, stdout, stderr)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(tmp_path, capsys, monkeypatch):
    return admin_and_officer(tmp_path, capsys, monkeypatch)


def admin_and_officer(tmp_path, capsys, monkeypatch):
    """A database with an administrator (admin) and an officer of GD-PSD (officer)."""
    path = str(tmp_path / "d.sqlite")
    code, out, _ = run(
        capsys,
        monkeypatch,
        [
            "users",
            "add",
            "--db",
            path,
            "--role",
            "administrator",
            "--display-name",
            "Chief",
            "--password-stdin",
            "admin",
        ],
        f"{ADMIN_PW}\n",
    )
    assert code == 0 and "first administrator" in out
    code, _, err = run(
        capsys,
        monkeypatch,
        [
            "users",
            "add",
            "--db",
            path,
            "--user",
            "admin",
            "--password-stdin",
            "--role",
            "officer",
            "--agency",
            "GD-PSD",
            "officer",
        ],
        f"{ADMIN_PW}\n{OFFICER_PW}\n",
    )
    assert code == 0, err
    return path


def as_officer(path, *argv):
    return [*argv, "--db", path, "--user", "officer", "--password-stdin"]


def test_every_command_needs_a_login_once_accounts_are_on(db, tmp_path, capsys, monkeypatch):
    book = str(write_book(tmp_path / "w.xlsx", {"Catches": catches(3)}))
    code, _, err = run(capsys, monkeypatch, ["import", "--db", db, book])
    assert code == 2 and "has user accounts: give --user NAME" in err
    code, _, err = run(capsys, monkeypatch, as_officer(db, "import", book), "wrong password\n")
    assert code == 2 and "The name or the password is wrong." in err
    code, _, err = run(capsys, monkeypatch, ["import", "--db", db, "--user", "officer", book])
    assert code == 2 and "standard input is not a terminal" in err
    # Bytes that are no UTF-8 text (standard input in another encoding): refused plainly.
    code, _, err = run(capsys, monkeypatch, as_officer(db, "import", book), "\udcff\udcfe\n")
    assert code == 2 and "holds bytes that are not UTF-8 text" in err
    code, out, _ = run(capsys, monkeypatch, as_officer(db, "import", book), f"{OFFICER_PW}\n")
    assert code == 0 and "3 added" in out


def test_an_officer_import_of_another_agency_is_refused_whole(db, tmp_path, capsys, monkeypatch):
    rows = [*catches(2), *catches(1, ref="HK-1", agency="HKPF", province="Hong Kong")]
    book = str(write_book(tmp_path / "w.xlsx", {"Catches": rows}))
    with open_store(db) as store:
        before = dump(store)
    code, _, err = run(capsys, monkeypatch, as_officer(db, "import", book), f"{OFFICER_PW}\n")
    assert code == 2 and "may not enter or change records of HKPF" in err
    with open_store(db) as store:  # nothing but the login and logout in the audit
        after = dump(store)
    assert [
        line
        for line in after
        if line not in before
        and "audit" not in line
        and "UPDATE" not in line
        and "users" not in line
    ] == []


def test_press_officers_cannot_export_and_officers_cannot_report(db, tmp_path, capsys, monkeypatch):
    run(
        capsys,
        monkeypatch,
        [
            "users",
            "add",
            "--db",
            db,
            "--user",
            "admin",
            "--password-stdin",
            "--role",
            "press-officer",
            "press",
        ],
        f"{ADMIN_PW}\n{OFFICER_PW}\n",
    )
    press = ["--db", db, "--user", "press", "--password-stdin"]
    code, _, err = run(
        capsys, monkeypatch, ["export", str(tmp_path / "e.xlsx"), *press], f"{OFFICER_PW}\n"
    )
    assert code == 2 and "may not see record details" in err
    code, _, _ = run(
        capsys,
        monkeypatch,
        [
            "report",
            "--from",
            "2017-01-01",
            "--to",
            "2017-12-31",
            "--pdf",
            str(tmp_path / "r.pdf"),
            *press,
        ],
        f"{OFFICER_PW}\n",
    )
    assert code == 0
    code, _, err = run(
        capsys,
        monkeypatch,
        as_officer(
            db,
            "report",
            "--from",
            "2017-01-01",
            "--to",
            "2017-12-31",
            "--pdf",
            str(tmp_path / "o.pdf"),
        ),
        f"{OFFICER_PW}\n",
    )
    assert code == 2 and "may not make reports" in err


def test_the_audit_shown_to_the_last_day_there_is(db, capsys, monkeypatch):
    admin = ["--db", db, "--login", "admin", "--password-stdin"]
    days = ["--from", "0001-01-01", "--to", "9999-12-31"]  # an OverflowError once
    code, out, err = run(capsys, monkeypatch, ["audit", "show", *admin, *days], f"{ADMIN_PW}\n")
    assert code == 0 and "logged in" in out and out.rstrip().endswith(" entries"), err


def test_users_list_disable_and_reset(db, capsys, monkeypatch):
    admin = ["--db", db, "--user", "admin", "--password-stdin"]
    code, out, _ = run(capsys, monkeypatch, ["users", "list", *admin], f"{ADMIN_PW}\n")
    assert code == 0 and "admin" in out and "Chief" in out and "GD-PSD" in out
    code, out, _ = run(
        capsys,
        monkeypatch,
        ["users", "reset-password", *admin, "officer"],
        f"{ADMIN_PW}\na temporary passphrase\n",
    )
    assert code == 0 and "must change it" in out
    code, _, err = run(
        capsys, monkeypatch, as_officer(db, "export", "x.xlsx"), "a temporary passphrase\n"
    )
    assert code == 2 and "choose a new one first" in err
    code, _, err = run(
        capsys,
        monkeypatch,
        as_officer(db, "users", "change-password"),
        "a temporary passphrase\n1234567890123\n",
    )
    assert code == 2 and "password: " in err and "common" in err
    code, out, _ = run(
        capsys,
        monkeypatch,
        as_officer(db, "users", "change-password"),
        "a temporary passphrase\nmy own passphrase now\n",
    )
    assert code == 0 and "changed" in out
    code, _, _ = run(capsys, monkeypatch, ["users", "disable", *admin, "officer"], f"{ADMIN_PW}\n")
    assert code == 0
    code, _, err = run(
        capsys, monkeypatch, as_officer(db, "export", "x.xlsx"), "my own passphrase now\n"
    )
    assert code == 2 and "disabled" in err
    code, _, err = run(capsys, monkeypatch, ["users", "disable", *admin, "nobody"], f"{ADMIN_PW}\n")
    assert code == 2 and "there is no user 'nobody'" in err


def test_an_officer_cannot_manage_users(db, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, as_officer(db, "users", "list"), f"{OFFICER_PW}\n")
    assert code == 2 and "may not manage users" in err


def test_a_locked_account_says_until_when(db, capsys, monkeypatch):
    for _ in range(5):
        assert run(capsys, monkeypatch, as_officer(db, "users", "list"), "not it at all\n")[0] == 2
    code, _, err = run(capsys, monkeypatch, as_officer(db, "users", "list"), f"{OFFICER_PW}\n")
    assert code == 2 and "locked after too many failed logins, until 20" in err


def test_audit_verify_and_show(db, tmp_path, capsys, monkeypatch):
    book = str(write_book(tmp_path / "w.xlsx", {"Catches": catches(3)}))
    run(capsys, monkeypatch, as_officer(db, "import", book), f"{OFFICER_PW}\n")
    admin = ["--db", db, "--login", "admin", "--password-stdin"]
    code, out, _ = run(
        capsys,
        monkeypatch,
        ["audit", "verify", "--db", db, "--user", "admin", "--password-stdin"],
        f"{ADMIN_PW}\n",
    )
    assert code == 0 and "The audit chain holds" in out
    code, out, _ = run(
        capsys, monkeypatch, ["audit", "show", *admin, "--user", "officer"], f"{ADMIN_PW}\n"
    )
    assert code == 0 and "imported a workbook" in out and "created" in out
    assert "Chief" not in out and " admin " not in out
    code, out, _ = run(
        capsys, monkeypatch, ["audit", "show", *admin, "--record", "ct-2"], f"{ADMIN_PW}\n"
    )
    assert code == 0 and "catch CT-2" in out and "1 entries" in out
    assert "Where each value of ct-2 came from:" in out
    assert "  ref: CT-2   (" in out and ", officer at " in out  # its station, user, time
    code, _, err = run(
        capsys, monkeypatch, ["audit", "show", *admin, "--record", "NOPE"], f"{ADMIN_PW}\n"
    )
    assert code == 2 and "no record has the reference 'NOPE'" in err
    xlsx = tmp_path / "audit.xlsx"
    code, out, _ = run(
        capsys,
        monkeypatch,
        ["audit", "show", *admin, "--from", "2000-01-01", "--xlsx", str(xlsx)],
        f"{ADMIN_PW}\n",
    )
    assert code == 0 and "audit entries to" in out
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == "entry" and ws.max_row > 10
    code, _, err = run(capsys, monkeypatch, as_officer(db, "audit", "verify"), f"{OFFICER_PW}\n")
    assert code == 2 and "may not see the audit" in err
    conn = engine.connect(db)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET user = 'someone' WHERE id = 5")
    conn.commit()
    conn.close()
    code, _, err = run(
        capsys,
        monkeypatch,
        ["audit", "verify", "--db", db, "--user", "admin", "--password-stdin"],
        f"{ADMIN_PW}\n",
    )
    assert code == 2 and "breaks at entry 5: its content or its hash was changed" in err


def test_a_database_without_users_needs_no_login(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "plain.sqlite")
    code, out, _ = run(capsys, monkeypatch, ["users", "list", "--db", db])
    assert code == 0 and "no user accounts" in out
    code, out, _ = run(capsys, monkeypatch, ["audit", "verify", "--db", db])
    assert code == 0 and "holds" in out
    code, _, err = run(
        capsys,
        monkeypatch,
        [
            "users",
            "add",
            "--db",
            db,
            "--role",
            "officer",
            "--agency",
            "GD-PSD",
            "--password-stdin",
            "o",
        ],
        f"{OFFICER_PW}\n",
    )
    assert code == 2 and "first user of a database is its administrator" in err


def test_the_command_line_speaks_chinese_about_accounts(db, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_HK.UTF-8")
    code, _, err = run(capsys, monkeypatch, as_officer(db, "users", "list"), "wrong one here\n")
    assert code == 2 and "用戶名或密碼錯誤" in err
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, _, err = run(capsys, monkeypatch, as_officer(db, "users", "list"), f"{OFFICER_PW}\n")
    assert code == 2 and "不能管理用户" in err


def test_passwords_reach_no_log(db, capsys, monkeypatch, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    run(capsys, monkeypatch, as_officer(db, "users", "list"), "a wrong passphrase 42\n")
    run(
        capsys,
        monkeypatch,
        ["users", "reset-password", "--db", db, "--user", "admin", "--password-stdin", "officer"],
        f"{ADMIN_PW}\na temporary passphrase\n",
    )
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in ("a wrong passphrase 42", ADMIN_PW, "a temporary passphrase"):
        assert secret not in logged


def test_only_an_administrator_restores(db, tmp_path, capsys, monkeypatch):
    backup_file = tmp_path / "b.sqlite"
    code, _, err = run(
        capsys,
        monkeypatch,
        ["backup", "--db", db, "--user", "officer", "--password-stdin", str(backup_file)],
        f"{OFFICER_PW}\n",
    )
    assert code == 0, err
    code, _, err = run(
        capsys, monkeypatch, as_officer(db, "restore", str(backup_file)), f"{OFFICER_PW}\n"
    )
    assert code == 2 and "may not manage users" in err
    code, out, _ = run(
        capsys,
        monkeypatch,
        ["restore", "--db", db, "--user", "admin", "--password-stdin", str(backup_file)],
        f"{ADMIN_PW}\n",
    )
    assert code == 0 and "is kept as" in out
