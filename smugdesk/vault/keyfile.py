"""The key slots' file beside the database (``NAME-keys``, as SQLite keeps ``NAME-wal``
beside it): JSON, written whole to a new file that replaces the old one, readable by
its owner only. It holds no secret: every key in it is wrapped.

It is a file of its own because the slots must be read before the database can be.
The database and its key file travel together: backups copy both.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
from pathlib import Path
from typing import Any

from smugdesk.domain.words import Message, words
from smugdesk.vault.slots import KeyRing, Kind, Slot, Stretch

FORMAT = "smugdesk key slots"
VERSION = 1

MISSING = words(
    "vault.missing",
    "{db} is encrypted but its key file {keys} is missing: put the key file back beside "
    "it (it travels with the database and its backups).",
)
DAMAGED = words(
    "vault.damaged", "The key file {keys} is damaged or not a smugdesk key file ({detail})."
)
NEWER = words(
    "vault.newer", "The key file {keys} was written by a newer smugdesk; update smugdesk."
)


class KeyFileError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def keys_path(db: Path | str) -> Path:
    return Path(f"{os.fspath(db)}-keys")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_json(slot: Slot) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": slot.kind.value, "name": slot.name}
    if slot.stretch is not None:
        out["argon2id"] = {
            "salt": _b64(slot.stretch.salt),
            "time_cost": slot.stretch.time_cost,
            "memory_kib": slot.stretch.memory_kib,
            "parallelism": slot.stretch.parallelism,
        }
    out |= {"salt": _b64(slot.salt), "nonce": _b64(slot.nonce), "wrapped": _b64(slot.wrapped)}
    return out


def dumps(ring: KeyRing) -> str:
    body = {
        "format": FORMAT,
        "version": VERSION,
        "file_id": ring.file_id,
        "slots": [_slot_json(s) for s in ring.slots],
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def _slot(raw: dict[str, Any]) -> Slot:
    stretch = raw.get("argon2id")
    kind = Kind(raw["kind"])
    if (stretch is None) != (kind is Kind.RECOVERY):
        raise ValueError("a password slot without its Argon2id salt")
    return Slot(
        kind=kind,
        name=str(raw["name"]),
        stretch=None
        if stretch is None
        else Stretch(
            base64.b64decode(stretch["salt"], validate=True),
            int(stretch["time_cost"]),
            int(stretch["memory_kib"]),
            int(stretch["parallelism"]),
        ),
        salt=base64.b64decode(raw["salt"], validate=True),
        nonce=base64.b64decode(raw["nonce"], validate=True),
        wrapped=base64.b64decode(raw["wrapped"], validate=True),
    )


def loads(text: str, where: Path) -> KeyRing:
    """The ring in ``text``; anything malformed is a plain refusal."""
    try:
        body = json.loads(text)
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError("not a key file")
        if int(body["version"]) > VERSION:
            raise KeyFileError(NEWER(keys=str(where)))
        return KeyRing(str(body["file_id"]), tuple(_slot(s) for s in body["slots"]))
    except KeyFileError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise KeyFileError(DAMAGED(keys=str(where), detail=type(exc).__name__)) from None


def read(db: Path | str) -> KeyRing:
    path = keys_path(db)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyFileError(MISSING(db=str(db), keys=str(path))) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(DAMAGED(keys=str(path), detail=str(exc))) from None
    return loads(text, path)


def write(path: Path, ring: KeyRing) -> None:
    """Replace the key file at ``path`` with ``ring``, all or nothing: a new file is
    written and flushed to disk, then renamed over the old one."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(dumps(ring))
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
