"""The audit's hash chain: it holds after any mix of operations, and breaks at the right
entry after each kind of tampering done with plain SQL."""

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smugdesk.accounts.chain import COLUMNS, entry_hash
from smugdesk.domain.records import HeadCount
from smugdesk.store import Actor, engine, open_store
from tests.conftest import TODAY, make_bust, make_catch


def _tamper(db_path, *statements, drop_triggers=False):
    conn = engine.connect(db_path)
    try:
        if drop_triggers:
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
                conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(*statement) if isinstance(statement, tuple) else conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def audited(db_path):
    """A database with a few dozen entries: the seeded agencies, saves, changes, deletes."""
    with open_store(db_path, Actor("officer1", "ws-01")) as store:
        uuids = [store.save(make_catch(f"CT-{n}"), today=TODAY) for n in range(10)]
        for n, u in enumerate(uuids[:5]):
            store.save(make_catch(f"CT-{n}", place="Dongxing"), u, today=TODAY)
        store.delete("catch", uuids[9])
        store.save(make_bust(), today=TODAY)
        assert store.audit.verify().holds
        entries = store.audit.head().entries
    return db_path, entries


def _verdict(db_path):
    with open_store(db_path) as store:
        return store.audit.verify()


def test_the_chain_holds_and_counts_every_entry(audited):
    db_path, entries = audited
    verdict = _verdict(db_path)
    assert verdict.holds and verdict.head.entries == entries == 7 + 10 + 5 + 1 + 1


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit SET user = 'someone' WHERE id = 12",
        "DELETE FROM audit WHERE id = 12",
        "DELETE FROM audit",
    ],
)
def test_triggers_refuse_updates_and_deletes(audited, statement):
    db_path, _ = audited
    with pytest.raises(engine.IntegrityError, match="smugdesk: audit entries cannot be"):
        _tamper(db_path, statement)
    assert _verdict(db_path).holds


def test_an_insert_that_does_not_continue_the_chain_is_refused(audited):
    db_path, entries = audited
    row = (entries + 1, "2026-01-01T00:00:00Z", "x", "x", "create", "catch", "u", None, "{}", "")
    with pytest.raises(engine.IntegrityError, match="appended in order"):
        _tamper(
            db_path,
            (f"INSERT INTO audit VALUES ({','.join('?' * 12)})", (*row, "0" * 64, "0" * 64)),
        )
    with pytest.raises(engine.IntegrityError, match="appended in order"):
        _tamper(
            db_path,
            (f"INSERT INTO audit VALUES ({','.join('?' * 12)})", (5, *row[1:], "0" * 64, "0" * 64)),
        )


def test_an_edited_value_breaks_the_chain_at_that_entry(audited):
    db_path, _ = audited
    _tamper(
        db_path,
        "UPDATE audit SET after = replace(after, 'Dongxing', 'Elsewhere') WHERE id = 19",
        drop_triggers=True,
    )
    verdict = _verdict(db_path)
    assert verdict.broken.entry == 19 and verdict.broken.reason == "changed"
    assert verdict.head.entries == 18  # the entries before it still hold


def test_a_removed_entry_breaks_the_chain_where_it_was(audited):
    db_path, _ = audited
    _tamper(db_path, "DELETE FROM audit WHERE id = 12", drop_triggers=True)
    verdict = _verdict(db_path)
    assert verdict.broken.entry == 12 and verdict.broken.reason == "removed"


def test_an_inserted_entry_breaks_the_chain_even_when_its_hashes_fit(audited):
    """The forger renumbers the entries after it and gives the new one a fitting hash:
    the entry after it still names the old previous hash."""
    db_path, _ = audited
    conn = engine.connect(db_path)
    prev = conn.execute("SELECT hash FROM audit WHERE id = 9").fetchone()[0]
    conn.close()
    content = (
        10,
        "2017-11-24T00:00:00Z",
        "officer1",
        "ws-01",
        "delete",
        "catch",
        "x",
        "{}",
        None,
        "",
    )
    _tamper(
        db_path,
        "UPDATE audit SET id = id + 1000 WHERE id >= 10",
        "UPDATE audit SET id = id - 999 WHERE id >= 1000",
        (
            f"INSERT INTO audit VALUES ({','.join('?' * 12)})",
            (*content, prev, entry_hash(prev, content)),
        ),
        drop_triggers=True,
    )
    verdict = _verdict(db_path)
    assert verdict.broken.entry == 11 and verdict.broken.reason == "link"


def test_an_entry_slipped_in_with_an_id_out_of_step_is_named(audited):
    db_path, _ = audited
    _tamper(db_path, "UPDATE audit SET id = 1000 WHERE id = 20", drop_triggers=True)
    verdict = _verdict(db_path)
    assert verdict.broken.entry == 20 and verdict.broken.reason == "removed"


def test_the_chain_covers_every_column_it_names(audited):
    db_path, _ = audited
    for column in COLUMNS[1:]:
        copy = db_path.with_name(f"{column}.sqlite")
        src = engine.connect(db_path)
        src.execute(f"VACUUM INTO '{copy}'")
        src.close()
        _tamper(
            copy,
            f"UPDATE audit SET {column} = coalesce({column}, '') || 'x' WHERE id = 15",
            drop_triggers=True,
        )
        assert _verdict(copy).broken.entry == 15, column


operations = st.lists(
    st.tuples(
        st.sampled_from(["new catch", "change", "delete", "new bust", "batch"]),
        st.integers(min_value=0, max_value=10_000),
    ),
    min_size=1,
    max_size=60,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations)
def test_the_chain_holds_after_any_mix_of_operations(tmp_path, ops):
    path = tmp_path / f"h{abs(hash(tuple(ops)))}.sqlite"
    with open_store(path, Actor("officer1", "ws-01")) as store:
        live: list[str] = []
        for n, (op, seed) in enumerate(ops):
            if op == "new catch" or (op in ("change", "delete") and not live):
                live.append(
                    store.save(
                        make_catch(f"CT-{n}", counts=(HeadCount("VNM", 1 + seed % 50),)),
                        today=TODAY,
                    )
                )
            elif op == "change":
                u = live[seed % len(live)]
                store.save(
                    dataclasses.replace(store.get("catch", u), place=f"P{seed}"), u, today=TODAY
                )
            elif op == "delete":
                store.delete("catch", live.pop(seed % len(live)))
            elif op == "new bust":
                store.save(make_bust(f"GB-{n}"), today=TODAY)
            else:
                store.write_batch([make_catch(f"B{n}-{i}") for i in range(1 + seed % 30)])
        verdict = store.audit.verify()
        assert verdict.holds
        assert verdict.head == store.audit.head()
        assert (
            verdict.head.entries
            == store.db.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        )


def test_a_long_chain_is_checked_in_stretches_by_processes_with_the_same_verdict(
    audited, monkeypatch
):
    import smugdesk.store.audit as audit

    db_path, _ = audited
    serial = _verdict(db_path)
    monkeypatch.setattr(audit, "PARALLEL_FROM", 5)
    monkeypatch.setattr(audit.os, "cpu_count", lambda: 3)
    pools = []

    class Pool(audit.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(args[0])
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(audit, "ProcessPoolExecutor", Pool)
    assert _verdict(db_path) == serial
    assert pools == [3]  # three processes, stretches of 8 entries
    _tamper(db_path, "UPDATE audit SET user = 'x' WHERE id = 20", drop_triggers=True)
    _tamper(db_path, "UPDATE audit SET user = 'y' WHERE id = 11")  # the earlier one is named
    verdict = _verdict(db_path)
    assert verdict.broken.entry == 11 and verdict.head.entries == 10
