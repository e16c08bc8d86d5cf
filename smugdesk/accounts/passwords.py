"""Passwords: Argon2id hashes and the rules a new password must meet (NIST SP 800-63B:
a minimum length and a list of common passwords, no composition rules)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError

from smugdesk.domain.words import Message, words
from smugdesk.shipped import resource

MIN_LENGTH = 12
MAX_LENGTH = 256  # Argon2 takes any length; this stops a megabyte pasted by mistake

# RFC 9106's second recommended Argon2id option (64 MiB, 3 passes, 4 lanes), argon2-
# cffi's default: above OWASP's minimum (19 MiB, 2 passes) and 100-200 ms a login on
# a workstation, which is what slows guessing without keeping anyone waiting.
ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM = 3, 65536, 4
_HASHER = PasswordHasher(
    time_cost=ARGON2_TIME, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_PARALLELISM
)
# Verified against when the name is unknown, so a wrong name takes as long as a
# wrong password and timing does not tell which was wrong.
_DUMMY = _HASHER.hash("smugdesk-no-such-user")

TOO_SHORT = words(
    "password.too_short", "must be at least {minimum} characters long (it has {length})"
)
TOO_LONG = words("password.too_long", "must be at most {maximum} characters long")
COMMON = words(
    "password.common",
    "is one of the most common passwords, which are tried first; choose another",
)
IS_NAME = words("password.is_name", "must not be the user's name")
SAME = words("password.same", "must differ from the current password")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches the stored hash (None: an unknown user, checked
    against a dummy hash all the same)."""
    try:
        return _HASHER.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True, slots=True)
class HashParts:
    """What an Argon2id hash string holds: the salt, the costs and the digest."""

    salt: bytes
    time_cost: int
    memory_kib: int
    parallelism: int
    digest: bytes


def hash_parts(stored: str) -> HashParts:
    """The parts of a hash made by ``hash_password`` ($argon2id$v=19$m=,t=,p=$salt$digest)."""
    params = extract_parameters(stored)
    salt, digest = (
        base64.b64decode(part + "=" * (-len(part) % 4)) for part in stored.split("$")[-2:]
    )
    return HashParts(salt, params.time_cost, params.memory_cost, params.parallelism, digest)


def needs_rehash(stored: str) -> bool:
    """Whether the hash was made with other parameters than today's."""
    return _HASHER.check_needs_rehash(stored)


@cache
def common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords (resources/data/common-passwords.txt)."""
    text = resource("data", "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.casefold() for line in text.splitlines() if line and not line.startswith("#")
    )


# Runs along the digits, the alphabet and the keyboard rows ("123456789012") are tried
# early by every guesser, as zxcvbn's sequence matcher knows.
_RUNS = ("0123456789" * 4, "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm" * 2)


def _is_common(folded: str) -> bool:
    if folded in common_passwords():
        return True
    if any(folded in run or folded in run[::-1] for run in _RUNS):
        return True
    # A common password repeated ("qwertyqwerty") is as easily guessed.
    for size in range(1, len(folded) // 2 + 1):
        if len(folded) % size == 0 and folded[:size] * (len(folded) // size) == folded:
            return folded[:size] in common_passwords() or size == 1
    return False


def password_problem(password: str, name: str = "", display_name: str = "") -> Message | None:
    """What is wrong with a new password, or None."""
    if len(password) < MIN_LENGTH:
        return TOO_SHORT(minimum=MIN_LENGTH, length=len(password))
    if len(password) > MAX_LENGTH:
        return TOO_LONG(maximum=MAX_LENGTH)
    folded = password.casefold()
    if folded in {n.casefold() for n in (name, display_name) if n}:
        return IS_NAME()
    if _is_common(folded) or _is_common(folded.strip()):
        return COMMON()
    return None
