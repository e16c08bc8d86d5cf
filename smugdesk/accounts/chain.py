"""The audit's hash chain: each entry carries the SHA-256 of its content and of the
entry before it, so an edit, an insertion or a removal anywhere breaks every hash from
there on. ``verify`` walks a chain and names the first entry that does not fit.

A chain without a secret can be rebuilt from the tampered entry on by someone who
knows this rule; what such a rewrite cannot change is a head already written down
elsewhere (``Head``: shown in the audit view and printed on every report), so the
chain is as strong as the last head kept outside the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import orjson

from smugdesk.domain.words import words

GENESIS = "0" * 64  # the "previous hash" of the first entry

# The entry's columns that its hash covers, in this order (the table's, without the
# two hashes).
COLUMNS = (
    "id",
    "at",
    "user",
    "workstation",
    "action",
    "kind",
    "record_uuid",
    "before",
    "after",
    "detail",
)


def entry_hash(prev: str, content: tuple[object, ...]) -> str:
    """The hash of one entry: SHA-256 over the previous entry's hash and the entry's
    columns (``COLUMNS``, as stored), encoded as a compact JSON array."""
    return hashlib.sha256(prev.encode("ascii") + orjson.dumps(content)).hexdigest()


def link(prev: str, entries: Iterable[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Entries (``COLUMNS`` each) with their previous and own hash appended, chained on
    from ``prev``."""
    out = []
    for content in entries:
        digest = entry_hash(prev, content)
        out.append((*content, prev, digest))
        prev = digest
    return out


@dataclass(frozen=True, slots=True)
class Head:
    """The last entry of a chain: how many entries it has and its hash."""

    entries: int
    hash: str

    @property
    def short(self) -> str:
        """What people compare by eye: the entry count and 16 hex digits."""
        return f"{self.entries}:{self.hash[:16]}"


# Why an entry does not fit, by ``Break.reason``.
BREAK_WORDS = {
    "changed": words("chain.changed", "its content or its hash was changed"),
    "removed": words("chain.removed", "one or more entries before it were removed"),
    "inserted": words("chain.inserted", "it was inserted out of order"),
    "link": words(
        "chain.link", "it does not follow the entry before it (an entry was inserted or removed)"
    ),
}


@dataclass(frozen=True, slots=True)
class Break:
    """Where a chain stops fitting: the entry (by id, or the position expected) and why."""

    entry: int
    reason: str  # "changed", "removed", "inserted", "link"


@dataclass(frozen=True, slots=True)
class Verdict:
    head: Head
    broken: Break | None = None

    @property
    def holds(self) -> bool:
        return self.broken is None


def verify(
    batches: Iterable[Sequence[tuple[object, ...]]], first: int = 1, prev: str = GENESIS
) -> Verdict:
    """Check a chain read in id order, in batches of rows: each row is ``COLUMNS`` then
    prev and hash. ``first`` and ``prev``: where a stretch of the chain starts (its first
    id, and the hash of the entry before it), when the chain is checked in stretches.

    Ids run 1, 2, 3, ... with no gaps, so a removed entry shows as a gap and an
    inserted one as an id out of step, even when its hashes were made to fit."""
    expected_prev = prev
    expected_id = first
    sha256, dumps = hashlib.sha256, orjson.dumps  # the loop runs a million times
    for rows in batches:
        for row in rows:
            rid, stored_prev, digest = row[0], row[-2], row[-1]
            if rid != expected_id:
                reason = "removed" if isinstance(rid, int) and rid > expected_id else "inserted"
                return Verdict(Head(expected_id - 1, expected_prev), Break(expected_id, reason))
            if stored_prev != expected_prev:
                return Verdict(Head(expected_id - 1, expected_prev), Break(expected_id, "link"))
            if sha256(expected_prev.encode() + dumps(row[:-2])).hexdigest() != digest:
                return Verdict(Head(expected_id - 1, expected_prev), Break(expected_id, "changed"))
            expected_prev = str(digest)
            expected_id += 1
    return Verdict(Head(expected_id - 1, expected_prev))
