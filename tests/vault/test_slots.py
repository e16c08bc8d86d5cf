"""Key slots: each secret opens its own slot and nothing else; the key file survives a
round trip and refuses anything malformed in plain words."""

import json

import pytest

from smugdesk.accounts.passwords import hash_parts, hash_password
from smugdesk.vault import keyfile, recovery
from smugdesk.vault.slots import KeyRing, Kind, Stretch, WrongSecret, new_database_key

KEY = new_database_key()


@pytest.fixture(scope="module")
def ring():
    ring = KeyRing.new().with_slot(KEY, Kind.USER, "lam's long password", name="lam")
    ring = ring.with_slot(KEY, Kind.USER, "chan's long password", name="chan")
    return ring.with_slot(KEY, Kind.RECOVERY, RECOVERY)


RECOVERY = recovery.new_recovery_key()


def test_each_users_password_opens_their_slot_only(ring):
    assert ring.unlock(Kind.USER, "lam's long password", name="lam") == KEY
    assert ring.unlock(Kind.USER, "chan's long password", name="chan") == KEY
    with pytest.raises(WrongSecret):
        ring.unlock(Kind.USER, "chan's long password", name="lam")
    with pytest.raises(WrongSecret):
        ring.unlock(Kind.USER, "lam's long password", name="nobody")


def test_the_recovery_key_forgives_case_spaces_and_lookalikes(ring):
    typed = RECOVERY.lower().replace("-", " ").replace("o", "0")
    assert ring.unlock(Kind.RECOVERY, typed) == KEY
    with pytest.raises(WrongSecret):
        ring.unlock(Kind.RECOVERY, recovery.new_recovery_key())
    with pytest.raises(WrongSecret):
        ring.unlock(Kind.RECOVERY, "not a key at all")


def test_a_slot_moved_to_another_name_or_file_opens_nothing(ring):
    lam = next(s for s in ring.slots if s.name == "lam")
    renamed = KeyRing(ring.file_id, (lam.__class__(**{**_fields(lam), "name": "chan"}),))
    with pytest.raises(WrongSecret):
        renamed.unlock(Kind.USER, "lam's long password", name="chan")
    moved = KeyRing(KeyRing.new().file_id, (lam,))
    with pytest.raises(WrongSecret):
        moved.unlock(Kind.USER, "lam's long password", name="lam")


def _fields(slot):
    return {name: getattr(slot, name) for name in slot.__slots__}


def test_removing_or_replacing_a_slot_keeps_the_others(ring):
    without = ring.without(Kind.USER, "chan")
    assert without.names() == ["lam"]
    with pytest.raises(WrongSecret):
        without.unlock(Kind.USER, "chan's long password", name="chan")
    changed = ring.with_slot(KEY, Kind.USER, "lam's new password", name="lam")
    assert changed.names() == ["chan", "lam"]
    assert changed.unlock(Kind.USER, "lam's new password", name="lam") == KEY
    with pytest.raises(WrongSecret):
        changed.unlock(Kind.USER, "lam's long password", name="lam")


def test_a_slot_made_from_a_password_hash_opens_with_that_password():
    parts = hash_parts(hash_password("a password known by its hash"))
    stretch = Stretch(parts.salt, parts.time_cost, parts.memory_kib, parts.parallelism)
    ring = KeyRing.new().with_digest(KEY, "ho", stretch, parts.digest)
    assert ring.unlock(Kind.USER, "a password known by its hash", name="ho") == KEY


def test_the_key_file_round_trips_and_holds_no_secret(ring, tmp_path):
    db = tmp_path / "station.sqlite"
    keyfile.write(keyfile.keys_path(db), ring)
    assert keyfile.keys_path(db).name == "station.sqlite-keys"
    assert keyfile.keys_path(db).stat().st_mode & 0o077 == 0
    again = keyfile.read(db)
    assert again == ring
    text = keyfile.keys_path(db).read_text()
    for secret in ("lam's long password", RECOVERY, KEY.hex()):
        assert secret not in text


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not json",
        "[]",
        json.dumps({"format": "something else"}),
        json.dumps({"format": keyfile.FORMAT, "version": 1}),
        json.dumps({"format": keyfile.FORMAT, "version": 1, "file_id": "x", "slots": [{}]}),
        json.dumps(
            {
                "format": keyfile.FORMAT,
                "version": 1,
                "file_id": "x",
                "slots": [{"kind": "user", "name": "a", "salt": "!!", "nonce": "", "wrapped": ""}],
            }
        ),
    ],
)
def test_a_damaged_key_file_is_a_plain_refusal(tmp_path, content):
    db = tmp_path / "station.sqlite"
    keyfile.keys_path(db).write_text(content)
    with pytest.raises(keyfile.KeyFileError, match="damaged or not a smugdesk key file"):
        keyfile.read(db)


@pytest.mark.parametrize(
    ("part", "value"),
    [
        ("time_cost", 10**9),  # would never end
        ("memory_kib", 2**31),  # 2 TiB: a memory allocation error
        ("memory_kib", -5),  # an OverflowError
        ("parallelism", 0),
        ("nonce", ""),  # AES-GCM's ValueError
        ("salt", "AAAA"),
    ],
)
def test_a_key_file_asking_the_impossible_is_refused_before_argon2id_runs(
    ring, tmp_path, part, value
):
    db = tmp_path / "station.sqlite"
    keyfile.write(keyfile.keys_path(db), ring)
    body = json.loads(keyfile.keys_path(db).read_text())
    slot = body["slots"][0]
    (slot["argon2id"] if part in slot["argon2id"] else slot)[part] = value
    keyfile.keys_path(db).write_text(json.dumps(body))
    with pytest.raises(keyfile.KeyFileError, match="damaged or not a smugdesk key file"):
        keyfile.read(db)


def test_a_missing_or_newer_key_file_says_so(tmp_path, ring):
    db = tmp_path / "station.sqlite"
    with pytest.raises(keyfile.KeyFileError, match=r"key file .* is missing"):
        keyfile.read(db)
    body = json.loads(keyfile.dumps(ring))
    keyfile.keys_path(db).write_text(json.dumps({**body, "version": 99}))
    with pytest.raises(keyfile.KeyFileError, match="newer smugdesk"):
        keyfile.read(db)
