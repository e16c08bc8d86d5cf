"""The release build refuses what it cannot reproduce from a commit."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "build_dist.py"


@pytest.fixture(scope="module")
def build_dist():
    spec = importlib.util.spec_from_file_location("smugdesk_build_dist", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


@pytest.fixture
def repo(tmp_path):
    def git(*args):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    (tmp_path / "a.py").write_text("x = 1\n")
    git("add", "a.py")
    git("commit", "-q", "-m", "first")
    return tmp_path


def test_a_committed_tree_builds(build_dist, repo):
    (repo / "untracked.txt").write_text("build output, say\n")
    build_dist.check_clean(allow_dirty=False, root=repo)


def test_uncommitted_changes_are_refused_unless_allowed(build_dist, repo):
    (repo / "a.py").write_text("x = 2\n")
    with pytest.raises(SystemExit, match="refusing to build a release from uncommitted"):
        build_dist.check_clean(allow_dirty=False, root=repo)
    build_dist.check_clean(allow_dirty=True, root=repo)


def test_the_platform_tag_names_system_and_machine(build_dist):
    system, machine = build_dist.platform_tag().split("-")
    assert system in {"linux", "windows", "macos"}
    assert machine in {"x86_64", "arm64"}
