"""The recovery key: 160 random bits written as eight groups of four letters and
digits (RFC 4648 base32), to be printed or written down when it is shown, once."""

from __future__ import annotations

import base64
import secrets

RECOVERY_BYTES = 20
_GROUP = 4
# What people misread or mistype when copying base32 by hand: 0/O, 1/I/L, 8/B.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class NotARecoveryKey(ValueError):
    pass


def new_recovery_key() -> str:
    return show(secrets.token_bytes(RECOVERY_BYTES))


def show(raw: bytes) -> str:
    letters = base64.b32encode(raw).decode("ascii")
    return "-".join(letters[i : i + _GROUP] for i in range(0, len(letters), _GROUP))


def parse(text: str) -> bytes:
    """The key's bytes from what a person typed: case, spaces, dashes and the usual
    lookalikes are forgiven; anything else is refused."""
    letters = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_LOOKALIKES)
    try:
        raw = base64.b32decode(letters)
    except ValueError:
        raise NotARecoveryKey(text) from None
    if len(raw) != RECOVERY_BYTES:
        raise NotARecoveryKey(text)
    return raw
