"""Labels that show their text as it is. Qt's labels guess whether a text is HTML, so a
record's value or a message quoting one ("'<a href=...>' is not a known agency") would
be shown styled, with a link to click. Every label that shows what people typed, or a
message that may quote it, is made here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def text_label(text: str = "") -> QLabel:
    """A label showing ``text`` (and whatever it is given later) as plain text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
