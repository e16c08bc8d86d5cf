"""The vocabularies of the data standard (v1), in the order the standard lists them."""

from __future__ import annotations

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
