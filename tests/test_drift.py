"""What other stations and scripts rely on must not drift apart: the README's command
list and the CLI's --help, and the data standard's version and the code's (in the
manner of sqlite-utils' test_docs.py)."""

import argparse
import contextlib
import io
import os
import re
from pathlib import Path

import pytest

from smugdesk.cli import build_parser, main
from smugdesk.domain.vocab import STANDARD_VERSION

ROOT = Path(__file__).resolve().parent.parent
STANDARD = ROOT.parent / "shared" / "DATA-STANDARD.md"


def _readme_commands():
    """{command: options} from the README's command-line block; a command with actions
    (users, audit) is listed as "users add", "audit verify", ..."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## The command line", 1)[1].split("```", 2)[1]
    commands: dict[str, set[str]] = {}
    current = None
    for line in block.splitlines():
        found = re.match(r"smugdesk (\w[\w-]*)(?: ([a-z][\w-]*))?", line)
        if found and not found[1].startswith("FILE"):
            name = found[1] if found[1] in _cli_commands() else f"?{found[1]}"
            if _actions(found[1]):
                name = f"{name} {found[2]}" if found[2] in _actions(found[1]) else f"?{name}"
            current = name
            commands.setdefault(current, set())
        elif line.startswith("smugdesk"):
            current = None
        if current:
            usage = re.split(r"\s{2,}", line.strip())[0]  # the description column aside
            commands[current] |= set(re.findall(r"--[a-z][a-z-]*", usage))
    return commands


def _cli_commands():
    return build_parser().command_names


def _actions(command):
    """The actions of a command that has them (users add, ...), else ()."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    inner = sub.choices.get(command)
    if inner is None:
        return ()
    nested = [a for a in inner._actions if isinstance(a, argparse._SubParsersAction)]
    return tuple(nested[0].choices) if nested else ()


def _help(command):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main([*command.split(), "--help"])
    return out.getvalue()


def test_the_readme_lists_every_command_and_no_other():
    commands = _readme_commands()
    expected = {f"{c} {a}" if a else c for c in _cli_commands() for a in (_actions(c) or [None])}
    assert set(commands) == expected
    assert {"--from", "--to", "--compare-from", "--pdf", "--xlsx"} <= commands["report"]


def test_every_option_the_readme_shows_is_in_the_commands_help():
    missing = [
        f"{command} {option}"
        for command, options in _readme_commands().items()
        for option in options
        if option not in _help(command)
    ]
    assert missing == []


def test_the_code_follows_the_data_standards_version():
    if not STANDARD.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{STANDARD} is missing; CI lays shared/ beside the project")
        pytest.skip("../shared/DATA-STANDARD.md is not beside this checkout")
    first = STANDARD.read_text(encoding="utf-8").splitlines()[0]
    assert re.search(r"\(v(\d+)\)", first)[1] == str(STANDARD_VERSION)


def test_every_mention_of_the_standards_version_is_the_codes():
    stale = [
        f"{path.relative_to(ROOT)}: {m[0]}"
        for path in [*(ROOT / "smugdesk").rglob("*.py"), ROOT / "README.md"]
        for m in re.finditer(
            r"(?:data standard|standard's workbook) \(?v(\d+)",
            path.read_text(encoding="utf-8"),
            flags=re.IGNORECASE,
        )
        if m[1] != str(STANDARD_VERSION)
    ]
    assert stale == []
