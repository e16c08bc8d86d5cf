"""Where the shipped resources (data files, fonts, translations) live."""

from __future__ import annotations

from pathlib import Path

# In a source checkout and an editable install, resources/ sits beside the package;
# a frozen build (packaging/) copies it next to the executable under the same name.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Return the path of a shipped resource file."""
    return RESOURCES.joinpath(*parts)
