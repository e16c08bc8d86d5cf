"""The command line on an encrypted database: encrypt, then every command works with
the login password (or the passphrase) as on a plain file, wrong secrets exit 2 in
plain words, and decrypt gives back the same records."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from smugdesk.store import open_store
from smugdesk.store.encryption import Secret
from smugdesk.store.engine import PLAIN_HEADER
from smugdesk.vault.keyfile import keys_path
from smugdesk.vault.slots import Kind
from tests.io.helpers import catches, dump_records, write_book
from tests.test_cli_accounts import ADMIN_PW, OFFICER_PW, admin_and_officer, run

PASSPHRASE = "lanterns over the typhoon shelter"
RECOVERY = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b")


def _records(path, secret):
    with open_store(path, secret=secret) as store:
        if store.access.accounts_on:
            store.access.login(secret.name, secret.text)
        return [line for line in dump_records(store) if not line.startswith('INSERT INTO "users"')]


@pytest.fixture
def accounts_db(tmp_path, capsys, monkeypatch):
    path = admin_and_officer(tmp_path, capsys, monkeypatch)
    book = write_book(tmp_path / "in.xlsx", {"Catches": catches(5)})
    code, _, err = run(
        capsys,
        monkeypatch,
        ["import", "--db", path, "--user", "admin", "--password-stdin", str(book)],
        f"{ADMIN_PW}\n",
    )
    assert code == 0, err
    return path


def test_every_command_works_on_an_encrypted_database_with_accounts(
    accounts_db, tmp_path, capsys, monkeypatch
):
    db = accounts_db
    admin = ["--user", "admin", "--password-stdin"]
    before = _records(db, Secret.of_user("admin", ADMIN_PW))
    code, out, err = run(capsys, monkeypatch, ["encrypt", "--db", db, *admin], f"{ADMIN_PW}\n")
    assert code == 0, err
    assert "Each user opens it with their own password: admin, officer" in out
    assert RECOVERY.search(out)
    raw = Path(db).read_bytes()
    assert not raw.startswith(PLAIN_HEADER) and b"CT-1" not in raw

    def as_admin(*argv, extra=""):
        return run(
            capsys, monkeypatch, [*argv[:1], "--db", db, *admin, *argv[1:]], ADMIN_PW + "\n" + extra
        )

    backups = tmp_path / "backups"
    backups.mkdir()
    for argv in (
        ["export", str(tmp_path / "out.xlsx")],
        ["report", "--from", "2017-01-01", "--to", "2017-12-31", "--pdf", str(tmp_path / "r.pdf")],
        ["backup", str(backups)],
        ["import", str(write_book(tmp_path / "more.xlsx", {"Catches": catches(7)}))],
    ):
        code, out, err = as_admin(*argv)
        assert code == 0, (argv, err)
    for argv in (["users", "list"], ["audit", "verify"]):
        code, out, err = run(capsys, monkeypatch, [*argv, "--db", db, *admin], f"{ADMIN_PW}\n")
        assert code == 0, (argv, err)
    (backup,) = backups.glob("*.sqlite")
    assert not backup.read_bytes().startswith(PLAIN_HEADER) and keys_path(backup).exists()
    code, out, err = as_admin("restore", str(backup))
    assert code == 0 and "Restored" in out, err
    assert _records(db, Secret.of_user("admin", ADMIN_PW)) == before  # the 2 imported after

    # The officer's password opens it, but it must be changed first (the plain file's
    # copies hold the old hash); then the new one works and the old one no longer does.
    officer = ["--user", "officer", "--password-stdin"]
    code, _, err = run(
        capsys, monkeypatch, ["export", "--db", db, *officer, "x.xlsx"], f"{OFFICER_PW}\n"
    )
    assert code == 2 and "choose a new one first" in err
    new = "a brand new river passphrase"
    code, _, err = run(
        capsys,
        monkeypatch,
        ["users", "change-password", "--db", db, *officer],
        f"{OFFICER_PW}\n{new}\n",
    )
    assert code == 0, err
    code, _, err = run(
        capsys, monkeypatch, ["users", "list", "--db", db, *officer], f"{OFFICER_PW}\n"
    )
    assert code == 2 and "do not open" in err and "Traceback" not in err

    code, out, err = as_admin("decrypt")
    assert code == 0 and "plain SQLite file again" in out, err
    assert Path(db).read_bytes().startswith(PLAIN_HEADER)
    assert not keys_path(db).exists()
    assert _records(db, Secret.of_user("admin", ADMIN_PW)) == before


def test_wrong_secrets_end_in_plain_refusals(accounts_db, capsys, monkeypatch):
    db = accounts_db
    run(
        capsys,
        monkeypatch,
        ["encrypt", "--db", db, "--user", "admin", "--password-stdin"],
        f"{ADMIN_PW}\n",
    )
    for argv, stdin, says in (
        (["export", "--db", db, "x.xlsx"], "", "--user NAME"),
        (
            ["export", "--db", db, "--user", "admin", "--password-stdin", "x.xlsx"],
            "wrong one\n",
            "do not open",
        ),
        (
            ["export", "--db", db, "--user", "nobody", "--password-stdin", "x.xlsx"],
            f"{ADMIN_PW}\n",
            "do not open",
        ),
        (
            ["decrypt", "--db", db, "--recovery-key", "--password-stdin"],
            "ABCD-EFGH\n",
            "recovery key does not open",
        ),
        (
            ["encrypt", "--db", db, "--user", "admin", "--password-stdin"],
            f"{ADMIN_PW}\n",
            "already encrypted",
        ),
        (
            ["users", "list", "--db", db, "--user", "admin", "--password-stdin"],
            "",
            "standard input ended",
        ),
    ):
        code, _, err = run(capsys, monkeypatch, argv, stdin)
        assert code == 2 and says in err and "Traceback" not in err, (argv, err)
    keys_path(db).write_text("{ not json")
    code, _, err = run(capsys, monkeypatch, ["users", "list", "--db", db], "")
    assert code == 2 and "damaged or not a smugdesk key file" in err


def test_without_accounts_a_passphrase_opens_it_and_the_recovery_key_decrypts(
    tmp_path, capsys, monkeypatch
):
    db = str(tmp_path / "plain.sqlite")
    book = write_book(tmp_path / "in.xlsx", {"Catches": catches(3)})
    assert run(capsys, monkeypatch, ["import", "--db", db, str(book)])[0] == 0
    before = _records(db, None)
    code, _, err = run(capsys, monkeypatch, ["encrypt", "--db", db, "--password-stdin"], "short\n")
    assert code == 2 and "passphrase: must be at least 12 characters" in err
    assert Path(db).read_bytes().startswith(PLAIN_HEADER)
    code, out, err = run(
        capsys, monkeypatch, ["encrypt", "--db", db, "--password-stdin"], f"{PASSPHRASE}\n"
    )
    assert code == 0 and "opens with the passphrase you gave" in out, err
    recovery = RECOVERY.search(out).group(0)
    code, _, err = run(
        capsys,
        monkeypatch,
        [
            "report",
            "--db",
            db,
            "--password-stdin",
            "--from",
            "2017-01-01",
            "--to",
            "2017-12-31",
            "--xlsx",
            str(tmp_path / "r.xlsx"),
        ],
        f"{PASSPHRASE}\n",
    )
    assert code == 0, err
    assert _records(db, Secret(Kind.PASSPHRASE, PASSPHRASE)) == before
    code, out, err = run(
        capsys,
        monkeypatch,
        ["decrypt", "--db", db, "--recovery-key", "--password-stdin"],
        recovery.lower() + "\n",
    )
    assert code == 0, err
    assert _records(db, None) == before


def test_a_damaged_encrypted_database_is_said_plainly_and_restored(
    accounts_db, tmp_path, capsys, monkeypatch
):
    """Pages that no longer decrypt: SQLCipher's own complaints stay off the terminal,
    the command says the file is damaged, and a backup goes in its place with the
    password (its key file is whole): restore cannot ask the damaged file who may."""
    db = accounts_db
    admin = ["--db", db, "--user", "admin", "--password-stdin"]
    code, _, err = run(capsys, monkeypatch, ["encrypt", *admin], f"{ADMIN_PW}\n")
    assert code == 0, err
    copy = str(tmp_path / "b.sqlite")
    assert run(capsys, monkeypatch, ["backup", *admin, copy], f"{ADMIN_PW}\n")[0] == 0
    raw = bytearray(Path(db).read_bytes())
    raw[:64] = bytes(64)  # page 1's salt and data: nothing decrypts any more
    Path(db).write_bytes(raw)
    done = subprocess.run(  # a process of its own: SQLCipher writes to the real stderr
        [sys.executable, "-m", "smugdesk", "audit", "verify", *admin],
        input=f"{ADMIN_PW}\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "is not a smugdesk database, or it is damaged" in done.stderr
    assert "ERROR CORE" not in done.stderr and "Traceback" not in done.stderr
    code, out, err = run(capsys, monkeypatch, ["restore", *admin, copy], f"{ADMIN_PW}\n")
    assert code == 0, err
    assert "It cannot say who may restore it" in out and "Restored" in out
    assert _records(db, Secret.of_user("admin", ADMIN_PW))
