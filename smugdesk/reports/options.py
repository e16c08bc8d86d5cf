"""What the user chooses about a report besides its period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from smugdesk.domain.words import LANGUAGES


@dataclass(frozen=True, slots=True)
class ReportOptions:
    lang: str = "en"  # en, zh-Hans or zh-Hant
    title: str = ""  # blank: the standard title in the report's language
    issuer: str = ""  # blank: the joint operation's office
    issued_on: dt.date | None = None  # blank: today

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"language {self.lang!r} is not one of: {', '.join(LANGUAGES)}")
