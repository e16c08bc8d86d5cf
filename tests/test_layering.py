"""The house's floors: only the store holds a database connection, and nothing below
the UI imports Qt."""

import ast
import re
from pathlib import Path

import pytest

SMUGDESK = Path(__file__).resolve().parent.parent / "smugdesk"
# What holding or using a connection looks like in source.
CONNECTION = re.compile(
    r"\.conn\b|\bimport sqlite3\b|\bsqlite3\.|\bsqlite_utils\b|\bsqlcipher3\b|\.execute\("
)


def _modules(*exclude: str):
    for path in sorted(SMUGDESK.rglob("*.py")):
        rel = path.relative_to(SMUGDESK).as_posix()
        if not rel.startswith(exclude):
            yield rel, path.read_text(encoding="utf-8")


def test_no_module_outside_the_store_touches_a_database_connection():
    """The store holds the SQLite file's connection; the hub, its PostgreSQL twin,
    holds the hub's (STYLE.md, habit 16)."""
    offenders = [
        f"{rel}:{n}: {line.strip()}"
        for rel, text in _modules("store/", "hub/")
        for n, line in enumerate(text.splitlines(), start=1)
        if CONNECTION.search(line)
    ]
    assert offenders == []


def test_the_hub_reaches_the_sqlite_file_only_through_the_store():
    sqlite = re.compile(r"\bsqlite3\b|\bsqlcipher3\b|\bsqlite_utils\b|\bengine\.|\.db\.conn\b")
    offenders = [
        f"{rel}:{n}: {line.strip()}"
        for rel, text in _modules()
        if rel.startswith("hub/")
        for n, line in enumerate(text.splitlines(), start=1)
        if sqlite.search(line)
    ]
    assert offenders == []


def test_nothing_below_the_ui_imports_qt():
    offenders = []
    for rel, text in _modules("ui/"):
        for node in ast.walk(ast.parse(text)):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [f"{rel}: {n}" for n in names if n.startswith(("PySide6", "smugdesk.ui"))]
    assert offenders == ["cli/__init__.py: smugdesk.ui.app"]  # the app command starts the UI


# Each floor imports only from those below it (the domain at the bottom).
BELOW = {
    "domain/": ("smugdesk.domain", "smugdesk.shipped", "smugdesk.places"),
    "accounts/": ("smugdesk.domain", "smugdesk.accounts", "smugdesk.shipped"),
    "vault/": ("smugdesk.domain", "smugdesk.accounts", "smugdesk.vault", "smugdesk.shipped"),
    "stations/": ("smugdesk.stations",),
    "hub/": (
        "smugdesk.domain",
        "smugdesk.accounts",
        "smugdesk.stations",
        "smugdesk.store",
        "smugdesk.hub",
    ),
}


@pytest.mark.parametrize("floor", BELOW)
def test_the_floors_below_the_store_import_only_from_below(floor):
    offenders = []
    for rel, text in _modules():
        if not rel.startswith(floor):
            continue
        for node in ast.walk(ast.parse(text)):
            module = node.module or "" if isinstance(node, ast.ImportFrom) else ""
            if module.startswith("smugdesk") and not module.startswith(BELOW[floor]):
                offenders.append(f"{rel}: {module}")
    assert offenders == []


# A migration's DDL is one statement list, read top to bottom: longer is clearer.
LONG_ON_PURPOSE = {("store/schema.py", "_initial"), ("hub/schema.py", "_change_log")}


def test_no_function_is_a_chapter_in_disguise():
    """A function is a paragraph: none runs past 100 lines (STYLE.md, habit 19)."""
    long = [
        f"{rel}: {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for rel, text in _modules()
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > 100
        and (rel, node.name) not in LONG_ON_PURPOSE
    ]
    assert long == []
