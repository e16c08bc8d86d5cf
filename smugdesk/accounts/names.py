"""The rules for a user's name and display name."""

from __future__ import annotations

import re

from smugdesk.domain.records import Problem
from smugdesk.domain.validation import REQUIRED
from smugdesk.domain.words import words

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
BAD_NAME = words(
    "user.bad_name",
    "must be 1 to 64 letters (A-Z), digits, dots, dashes or underscores, starting with "
    "a letter or digit",
)
BAD_DISPLAY = words(
    "user.bad_display", "must be at most 100 characters, without line breaks or control characters"
)


def user_problems(name: str, display_name: str) -> list[Problem]:
    problems = []
    if not name:
        problems.append(Problem("name", REQUIRED()))
    elif not NAME.fullmatch(name):
        problems.append(Problem("name", BAD_NAME()))
    if len(display_name) > 100 or not display_name.isprintable():
        problems.append(Problem("display_name", BAD_DISPLAY()))
    return problems
