import datetime as dt
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line speaks the locale's language; the tests read its English unless a
# test sets a locale of its own.
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ["LANG"] = "C.UTF-8"
# Scratch folders (report previews) go to a cache of the test run's own, not the user's.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="smugdesk-test-cache-")

import pytest

from smugdesk.domain.records import Arrest, Bust, Case, Catch, HeadCount
from smugdesk.store import Actor, open_store

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """The demo campaign, shared by a module's tests that only read it."""
    from smugdesk.demo import load_demo

    s = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite", Actor("t", "t"))
    load_demo(s)
    yield s
    s.close()


@pytest.fixture
def store(db_path):
    s = open_store(db_path, Actor("officer1", "ws-01"))
    yield s
    s.close()


def make_catch(ref="CT-1", **changes):
    values = dict(
        ref=ref,
        date=dt.date(2017, 11, 24),
        agency="GD-PSD",
        province="Guangdong",
        destination="mainland",
        counts=(HeadCount("VNM", 12, 9, 3, 1),),
    )
    values.update(changes)
    return Catch(**values)


def make_bust(ref="GB-1", **changes):
    values = dict(
        ref=ref,
        date=dt.date(2017, 11, 24),
        agency="GD-PSD",
        province="Guangdong",
        gang="Red River gang",
        broken_up=True,
        arrests=(Arrest("director", "HKG", 2), Arrest("transporter", "CHN", 5)),
    )
    values.update(changes)
    return Bust(**values)


def make_case(case_no="K-1", **changes):
    values = dict(
        case_no=case_no,
        opened_on=dt.date(2017, 3, 1),
        category="smuggling to Hong Kong",
        agency="GD-PSD",
    )
    values.update(changes)
    return Case(**values)
