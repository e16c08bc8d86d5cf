import subprocess
import sys

import pytest

from smugdesk import __version__
from smugdesk.cli import main
from smugdesk.store import open_store
from tests.conftest import make_catch
from tests.io.helpers import CATCH_ROW, catches, dump, write_book


def test_version():
    out = subprocess.run(
        [sys.executable, "-m", "smugdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"smugdesk {__version__}"


def test_bad_row_exit_code_2_names_sheet_row_column_and_changes_nothing(tmp_path, capsys):
    db = tmp_path / "d.sqlite"
    assert (
        main(
            [
                "import",
                "--db",
                str(db),
                str(write_book(tmp_path / "ok.xlsx", {"Catches": catches(3)})),
            ]
        )
        == 0
    )
    with open_store(db) as store:
        before = dump(store)
    rows = [*catches(12), {**CATCH_ROW, "ref": "CT-13", "male": 9, "female": 7}]
    capsys.readouterr()
    code = main(
        ["import", "--db", str(db), str(write_book(tmp_path / "bad.xlsx", {"Catches": rows}))]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "bad.xlsx was refused; nothing was imported" in err
    assert "Catches row 14, female: 7 female and 9 male is more than the 12 persons" in err
    with open_store(db) as store:
        assert dump(store) == before


def test_a_database_damaged_inside_is_said_plainly(tmp_path):
    """Pages broken in the middle of the file (a failing disk): the commands that read
    them say the database is damaged and how to get it back, never a traceback."""
    db = tmp_path / "d.sqlite"
    with open_store(db) as store:
        store.write_batch([make_catch(f"CT-{i}", notes="x" * 200) for i in range(300)])
    pages = db.stat().st_size // 4096
    with open(db, "r+b") as f:  # no page from a third of the file on has a known type
        for page in range(pages // 3, pages):
            f.seek(page * 4096)
            f.write(b"\xff")
    for argv in (["export", str(tmp_path / "all.xlsx")], ["audit", "verify"]):
        # In a process of its own: what Python says as it throws away a half-written
        # workbook's writers would come after the command, on its way out.
        done = subprocess.run(
            [sys.executable, "-m", "smugdesk", *argv, "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2
        assert "is damaged (database disk image is malformed)" in done.stderr, (argv, done)
        assert "Restore it from a backup" in done.stderr
        assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert not (tmp_path / "all.xlsx").exists()


def test_text_from_the_database_reaches_the_terminal_escaped(tmp_path, capsys):
    """What the audit holds cannot drive the terminal: an escape sequence in it (here
    in a file name: clear the screen) is shown as the characters it is made of."""
    db = str(tmp_path / "d.sqlite")
    assert main(["export", "--db", db, str(tmp_path / "all\x1b[2J.xlsx")]) == 0
    capsys.readouterr()
    assert main(["audit", "show", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "all\\x1b[2J.xlsx" in out


def test_import_prints_what_it_added_and_updated(tmp_path, capsys):
    db, book = tmp_path / "d.sqlite", write_book(tmp_path / "w.xlsx", {"Catches": catches(3)})
    assert main(["--db", str(db), "import", str(book)]) == 0
    assert "catches: 3 added, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert main(["import", "--db", str(db), str(book)]) == 0
    assert "catches: 0 added, 0 updated, 3 unchanged" in capsys.readouterr().out


def test_usage_errors_exit_2(tmp_path, capsys):
    assert_exit(["import"], 2)
    assert_exit(["frobnicate"], 2)
    assert main(["import", "--db", str(tmp_path / "d.sqlite"), str(tmp_path / "no.xlsx")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("keep", ["0", "-1", "two"])
def test_a_backup_keeps_one_or_more(tmp_path, capsys, keep):
    folder = tmp_path / "backups"
    folder.mkdir()
    assert_exit(["backup", "--db", str(tmp_path / "d.sqlite"), str(folder), "--keep", keep], 2)
    assert f"{keep!r} is not a whole number of 1 or more" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_a_reader_that_stops_reading_ends_nothing_in_error(tmp_path):
    """`smugdesk audit show | head -1`: the pipe closes early; no traceback, exit 0."""
    db = tmp_path / "d.sqlite"
    open_store(db).close()
    argv = [sys.executable, "-m", "smugdesk", "--db", str(db), "audit", "show"]
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as reader:
        reader.stdout.close()
        err = reader.stderr.read().decode()
        assert reader.wait(timeout=60) == 0 and err == ""


def assert_exit(argv, code):
    try:
        main(argv)
    except SystemExit as exc:
        assert exc.code == code
    else:
        raise AssertionError("no exit")


def test_newer_database_exit_2(tmp_path, capsys):
    from smugdesk.store import engine

    db = tmp_path / "d.sqlite"
    open_store(db).close()
    conn = engine.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert main(["export", "--db", str(db), str(tmp_path / "x.xlsx")]) == 2
    assert "newer smugdesk" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_template_and_export(tmp_path, capsys):
    assert main(["template", str(tmp_path / "t.xlsx")]) == 0
    assert (tmp_path / "t.xlsx").stat().st_size > 0
    assert main(["export", "--db", str(tmp_path / "d.sqlite"), str(tmp_path / "e.xlsx")]) == 0
    assert "7 Agencies rows" in capsys.readouterr().out


def test_demo_refuses_a_database_with_records(tmp_path, capsys):
    db = tmp_path / "d.sqlite"
    main(["import", "--db", str(db), str(write_book(tmp_path / "w.xlsx", {"Catches": catches(1)}))])
    assert main(["demo", "--db", str(db)]) == 2
    assert "already holds records" in capsys.readouterr().err


def test_smugdesk_db_environment_variable(tmp_path, monkeypatch):
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("SMUGDESK_DB", str(db))
    assert main(["export", str(tmp_path / "e.xlsx")]) == 0
    assert db.exists()


COMMANDS = ("template", "import", "export", "demo", "report")


def test_a_database_given_as_a_plain_argument_opens_in_the_app(tmp_path):
    from smugdesk.cli import database_argument

    existing = tmp_path / "station"
    existing.write_bytes(b"")
    assert database_argument([str(existing)], COMMANDS) == ["--db", str(existing)]
    new = str(tmp_path / "new.smugdesk")
    assert database_argument([new], COMMANDS) == ["--db", new]


def test_a_mistyped_command_is_not_taken_for_a_database(tmp_path, capsys, monkeypatch):
    from smugdesk.cli import database_argument

    monkeypatch.chdir(tmp_path)
    assert database_argument(["exprot"], COMMANDS) == ["exprot"]
    assert database_argument(["export"], COMMANDS) == ["export"]
    with pytest.raises(SystemExit) as exit_:
        main(["exprot"])
    assert exit_.value.code == 2
    assert "invalid choice: 'exprot'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "locale,expected",
    [
        (
            "zh_CN.UTF-8",
            [
                "被拒绝，未导入任何内容。共 2 个问题",
                "Catches 第3行，female：女7人加男9人，多于本行的12人",
                "Catches 第4行，persons：'x' 不是整数",
            ],
        ),
        (
            "zh_HK.UTF-8",
            [
                "被拒絕，未匯入任何內容。共 2 個問題",
                "Catches 第3列，female：女7人加男9人，多於本行的12人",
                "Catches 第4列，persons：'x' 不是整數",
            ],
        ),
        ("en_US.UTF-8", ["was refused; nothing was imported. 2 problem(s)"]),
    ],
)
def test_a_refused_workbook_is_told_in_the_locales_language(tmp_path, locale, expected):
    rows = [
        CATCH_ROW,
        {**CATCH_ROW, "ref": "A", "male": 9, "female": 7},
        {**CATCH_ROW, "ref": "B", "persons": "x"},
    ]
    book = write_book(tmp_path / "bad.xlsx", {"Catches": rows})
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("LC_")}
    result = subprocess.run(
        [sys.executable, "-m", "smugdesk", "import", "--db", str(tmp_path / "d.sqlite"), str(book)],
        capture_output=True,
        text=True,
        env={**env, "LANG": locale},
        check=False,
    )
    assert result.returncode == 2
    for text in expected:
        assert text in result.stderr, result.stderr


def test_every_line_follows_the_locale_store_errors_too(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    db = tmp_path / "d.sqlite"

    def run(*args, locale):
        return subprocess.run(
            [sys.executable, "-m", "smugdesk", *args],
            capture_output=True,
            text=True,
            env={**env, "LANG": locale},
            check=False,
        )

    out = run("template", str(tmp_path / "t.xlsx"), locale="zh_TW.UTF-8")
    assert out.returncode == 0 and "已寫入空白活頁簿" in out.stdout
    out = run(
        "report",
        "--db",
        str(db),
        "--from",
        "2017-01-01",
        "--to",
        "2017-01-31",
        "--pdf",
        str(tmp_path / "r.pdf"),
        locale="zh_CN.UTF-8",
    )
    assert out.returncode == 0
    assert "报告 2017-01-01 至 2017-01-31" in out.stdout and "本期间没有记录" in out.stdout
    letter = tmp_path / "letter.sqlite"
    letter.write_bytes(b"Dear officer, " * 500)
    out = run("export", "--db", str(letter), str(tmp_path / "x.xlsx"), locale="zh_HK.UTF-8")
    assert out.returncode == 2
    assert out.stderr.strip() == (
        f"錯誤：{letter} 不是 smugdesk 資料庫：它已損壞，或是一個加密資料庫而其金鑰檔 "
        f"{letter}-keys 不在旁邊。"
    )
    out = run("export", "--db", str(letter), str(tmp_path / "x.xlsx"), locale="en_GB.UTF-8")
    assert out.stderr.strip() == (
        f"error: {letter} is not a smugdesk database: it is damaged, or it is an encrypted "
        f"database whose key file {letter}-keys is not beside it."
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN.UTF-8", ("用法：", "报告的标题", "选项")),
        ("zh_HK.UTF-8", ("用法：", "報告的標題", "選項")),
    ],
)
def test_help_speaks_the_locales_language(monkeypatch, capsys, locale, expected):
    monkeypatch.setenv("LANG", locale)
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert all(word in out for word in expected), out


def test_the_status_line_of_an_import_speaks_the_locales_language(monkeypatch, tmp_path):
    """On a terminal, the stages an import goes through are said in the user's language,
    never by their names in the code."""
    import io

    from smugdesk.cli.common import Progress
    from smugdesk.cli.records import _staged

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    screen = Terminal()
    said = _staged(Progress(screen))
    for stage in ("reading", "writing", "catch"):
        said(stage)
    lines = [line for line in screen.getvalue().split("\r\x1b[K") if line]
    assert [line.split("  (")[0].strip() for line in lines] == [
        "正在读取并检查每一行",
        "正在写入",
        "查获记录已写入",
    ]
