"""The vocabularies of the data standard, in the order the standard lists them."""

from __future__ import annotations

# The version of ../shared/DATA-STANDARD.md this code follows (tests/test_drift.py).
STANDARD_VERSION = 2
# Whole-number limits per row (v2): a count outside them is a typing mistake.
MAX_PERSONS = 5_000
MAX_ARRESTED = 1_000
COUNT_LIMITS: dict[str, tuple[int, int | None]] = {
    "persons": (1, MAX_PERSONS),
    "male": (0, None),
    "female": (0, None),
    "minors": (0, None),
    "arrested": (0, MAX_ARRESTED),
}

JURISDICTIONS = ("Guangdong", "Guangxi", "Yunnan", "Hong Kong", "Macao", "national", "other")
MAINLAND_JURISDICTIONS = ("Guangdong", "Guangxi", "Yunnan", "national")
AGENCY_KINDS = ("public security", "police", "immigration", "customs", "other")
CASE_CATEGORIES = (
    "smuggling into mainland",
    "smuggling to Hong Kong",
    "smuggling to Macao",
    "other",
)
PROVINCES = ("Guangdong", "Guangxi", "Yunnan", "Hong Kong", "Macao", "other")
DESTINATIONS = ("mainland", "Hong Kong", "Macao", "other", "unknown")
REASONS = ("work", "transit", "family", "crime", "other", "unknown")
ROLES = ("director", "recruiter", "transporter", "harbourer", "forger", "other")
YES_NO = ("yes", "no")


def canonical(value: str, vocabulary: tuple[str, ...]) -> str | None:
    """Return the vocabulary's spelling of ``value`` (case and outer spaces ignored)."""
    folded = value.strip().casefold()
    for word in vocabulary:
        if word.casefold() == folded:
            return word
    return None
