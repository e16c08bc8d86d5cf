"""One change: the fields a record edit changed, named by its dot (station, seq) and
carrying its causal context: for each station that had touched the record, the
contiguous high-water mark of that station's changes its writer held. A change Y saw
a change X when ``Y.ctx[X.station] >= X.seq``; two changes to the same field where
neither saw the other are concurrent.

The context is the contiguous mark, not the highest sequence number held: with bundles
arriving out of order, "highest held" would claim a change was seen when one before
it was missing, and lose it silently.

Values are canonical JSON (keys sorted, no spaces, UTF-8), so the same change has the
same bytes, and the same hash, at every station."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

FORMAT = 1
DELETED = "_deleted"  # the field a delete sets (to 1), and an undelete (to 0)


def canonical(value: Any) -> str:
    """``value`` as canonical JSON text."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def change_hash(
    station: str,
    seq: int,
    kind: str,
    record: str,
    fields: str,
    ctx: str,
    hlc: int,
    wall: str,
    user: str,
    workstation: str,
) -> str:
    """SHA-256 (hex) of a change's canonical body: the canonical JSON object of all its
    parts, ``fields`` and ``ctx`` (canonical JSON text already) embedded as they are.
    The store computes it in SQL through this same function."""
    body = orjson.dumps(
        {  # in sorted order: canonical
            "ctx": orjson.Fragment(ctx),
            "fields": orjson.Fragment(fields),
            "hlc": hlc,
            "kind": kind,
            "record": record,
            "seq": seq,
            "station": station,
            "user": user,
            "v": FORMAT,
            "wall": wall,
            "workstation": workstation,
        }
    )
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True, slots=True)
class Change:
    station: str
    seq: int
    kind: str
    record: str
    fields: str  # canonical JSON object of the fields it set
    ctx: str  # canonical JSON object {station: contiguous mark}
    hlc: int
    wall: str
    user: str
    workstation: str

    @property
    def hash(self) -> str:
        return change_hash(
            self.station,
            self.seq,
            self.kind,
            self.record,
            self.fields,
            self.ctx,
            self.hlc,
            self.wall,
            self.user,
            self.workstation,
        )


def saw(ctx: Mapping[str, int], station: str, seq: int) -> bool:
    """Whether a change with context ``ctx`` saw the change (station, seq)."""
    return ctx.get(station, 0) >= seq


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``after`` that differ from ``before`` (a field ``before`` has and
    ``after`` lacks becomes null)."""
    out = {k: v for k, v in after.items() if k not in before or before[k] != v}
    out.update({k: None for k in before if k not in after})
    return out
