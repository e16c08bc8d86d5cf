"""A hybrid logical clock: milliseconds since the epoch in the high bits, a counter in
the low 16, never going backwards at a station even when its wall clock does. It orders
changes for people (the review of a conflict, a record's history) and picks the value
that stands until a conflict is resolved; it never decides whether two changes were
concurrent (their contexts do)."""

from __future__ import annotations

import datetime as dt

COUNTER_BITS = 16


def physical(wall: dt.datetime) -> int:
    """The clock reading of a wall time, counter zero."""
    return int(wall.timestamp() * 1000) << COUNTER_BITS


def tick(last: int, wall: dt.datetime) -> int:
    """The next reading after ``last`` at wall time ``wall``."""
    return max(last + 1, physical(wall))


def received(local: int, remote: int) -> int:
    """The local clock after receiving a change stamped ``remote``."""
    return max(local, remote)


def wall_time(hlc: int) -> dt.datetime:
    """The wall time a reading stands for (UTC, to the millisecond)."""
    return dt.datetime.fromtimestamp((hlc >> COUNTER_BITS) / 1000, dt.UTC)
