"""The settings an administrator can change, and the lock-out rule (CJIS AC-7, AC-11)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from smugdesk.domain.words import Message, Words, words


@dataclass(frozen=True, slots=True)
class Policy:
    lockout_attempts: int = 5  # failed logins in a row that lock an account
    lockout_minutes: int = 15  # how long it stays locked
    idle_minutes: int = 15  # idle time before the window locks

    def locked_until(self, now: dt.datetime) -> dt.datetime:
        return now + dt.timedelta(minutes=self.lockout_minutes)


# Each setting's allowed range, inclusive.
LIMITS: dict[str, tuple[int, int]] = {
    "lockout_attempts": (3, 20),
    "lockout_minutes": (1, 1440),
    "idle_minutes": (1, 240),
}
SETTING_WORDS: dict[str, Words] = {
    "lockout_attempts": words("setting.lockout_attempts", "failed logins before a lock-out"),
    "lockout_minutes": words("setting.lockout_minutes", "minutes an account stays locked out"),
    "idle_minutes": words("setting.idle_minutes", "idle minutes before the window locks"),
}
UNKNOWN_SETTING = words("setting.unknown", "{name!r} is not a setting")
OUT_OF_RANGE = words("setting.range", "must be a whole number from {low} to {high}")


def setting_problem(name: str, value: object) -> Message | None:
    if name not in LIMITS:
        return UNKNOWN_SETTING(name=name)
    low, high = LIMITS[name]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        return OUT_OF_RANGE(low=low, high=high)
    return None


def policy_from(values: dict[str, int]) -> Policy:
    known = {f.name for f in fields(Policy)}
    return Policy(**{k: v for k, v in values.items() if k in known})
