"""What the user chooses about a report besides its period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from smugdesk.domain.records import Invalid
from smugdesk.domain.validation import check_text
from smugdesk.domain.words import LANGUAGES


@dataclass(frozen=True, slots=True)
class ReportOptions:
    lang: str = "en"  # en, zh-Hans or zh-Hant
    title: str = ""  # blank: the standard title in the report's language
    issuer: str = ""  # blank: the joint operation's office
    issued_on: dt.date | None = None  # blank: today

    def __post_init__(self) -> None:
        """Raises Invalid: the title or the issuer is too long or holds control
        characters (which no workbook cell can hold)."""
        if self.lang not in LANGUAGES:
            raise ValueError(f"language {self.lang!r} is not one of: {', '.join(LANGUAGES)}")
        problems = check_text("title", self.title) + check_text("issuer", self.issuer)
        if problems:
            raise Invalid(problems)
