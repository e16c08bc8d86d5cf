"""What SQLCipher costs per 4 KiB page on this machine, beside plain SQLite: reading
every page (PRAGMA quick_check) and copying every page with the online backup API, on
a file of 100,000 pages of random bytes, with the page authenticated by HMAC-SHA512
(SQLCipher's default), HMAC-SHA256 (smugdesk's, store/engine.CIPHER_SETTINGS) or not
at all. The best of three runs each.

Why: paths that touch every page (the verified backup, encrypting a file) or many pages
at once (the first page of a list on a cold connection) are slower encrypted by this
cost times the pages, whatever smugdesk does around them. Compare with
`openssl speed -evp aes-256-cbc` and `-evp sha256`, the raw speed of the ciphers.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import sqlcipher3
from common import WORK

KEY = "x'" + "ab" * 32 + "'"
PAGES = 100_000
VARIANTS: dict[str, tuple[str, ...] | None] = {
    "plain SQLite": None,
    "SQLCipher, HMAC-SHA512 (its default)": (),
    "SQLCipher, HMAC-SHA256 (smugdesk)": ("cipher_hmac_algorithm = HMAC_SHA256",),
    "SQLCipher, no HMAC (not authenticated)": ("cipher_use_hmac = OFF",),
}


def _connect(path: Path, settings: tuple[str, ...] | None) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(path)
    if settings is not None:
        conn.execute(f'PRAGMA key = "{KEY}"')
        for setting in settings:
            conn.execute(f"PRAGMA {setting}")
    return conn


def _make(path: Path, settings: tuple[str, ...] | None) -> None:
    path.unlink(missing_ok=True)
    conn = _connect(path, settings)
    conn.execute("CREATE TABLE t(x)")
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO t SELECT randomblob(3000) FROM n",
        (PAGES,),
    )
    conn.commit()
    conn.close()


def _per_page(path: Path, settings: tuple[str, ...] | None) -> tuple[float, float]:
    """Microseconds per page read, and per page copied by the backup API."""
    copy = path.with_suffix(".copy")
    copy.unlink(missing_ok=True)
    conn = _connect(path, settings)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    start = time.perf_counter()
    conn.execute("PRAGMA quick_check").fetchall()
    read = time.perf_counter() - start
    target = _connect(copy, settings)
    start = time.perf_counter()
    conn.backup(target)
    copied = time.perf_counter() - start
    target.close()
    conn.close()
    os.unlink(copy)
    return read / pages * 1e6, copied / pages * 1e6


def main() -> None:
    print(f"{'':<42} {'read':>10} {'copy':>10}  (µs per 4 KiB page)")
    for name, settings in VARIANTS.items():
        path = WORK / "cipher-pages.sqlite"
        _make(path, settings)
        runs = [_per_page(path, settings) for _ in range(3)]
        print(f"{name:<42} {min(r[0] for r in runs):>10.2f} {min(r[1] for r in runs):>10.2f}")
        path.unlink()


if __name__ == "__main__":
    main()
