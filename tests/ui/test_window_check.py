"""Where no window can open, smugdesk says why and how to fix it, and exits with 1."""

import os
import shutil
import subprocess
import sys

import pytest

from smugdesk.ui.window_check import missing_libraries, missing_libraries_message, window_problem


def _run(*args, **env):
    base = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    base.pop("QT_QPA_PLATFORM", None)
    base.update(env)
    return subprocess.run(
        [sys.executable, "-m", "smugdesk", *args],
        capture_output=True,
        text=True,
        env=base,
        timeout=60,
        check=False,
    )


def test_no_display_is_said_plainly():
    problem = window_problem({})
    assert "no display was found" in problem
    assert "smugdesk --help" in problem


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc:size=800x600"])
def test_headless_platforms_need_nothing(platform):
    assert window_problem({"QT_QPA_PLATFORM": platform}) is None


@pytest.fixture
def library_needing_a_lost_one(tmp_path):
    """A real shared library linked against one that has since been removed."""
    if shutil.which("gcc") is None or shutil.which("ldd") is None:
        pytest.skip("needs gcc and ldd to make a library with a missing dependency")
    (tmp_path / "lost.c").write_text("int lost(void) { return 1; }\n")
    (tmp_path / "user.c").write_text("int lost(void);\nint use(void) { return lost(); }\n")
    subprocess.run(
        [
            "gcc",
            "-shared",
            "-fPIC",
            "-o",
            tmp_path / "libsmuglost.so.7",
            "-Wl,-soname,libsmuglost.so.7",
            tmp_path / "lost.c",
        ],
        check=True,
    )
    (tmp_path / "libsmuglost.so").symlink_to(tmp_path / "libsmuglost.so.7")
    subprocess.run(
        [
            "gcc",
            "-shared",
            "-fPIC",
            "-o",
            tmp_path / "libqxcb.so",
            tmp_path / "user.c",
            "-L",
            tmp_path,
            "-lsmuglost",
        ],
        check=True,
    )
    (tmp_path / "libsmuglost.so.7").unlink()
    return tmp_path / "libqxcb.so"


def test_missing_system_libraries_are_named(library_needing_a_lost_one):
    assert missing_libraries(library_needing_a_lost_one, loadable=lambda name: True) == [
        "libsmuglost.so.7"
    ]


def test_libraries_qt_opens_at_run_time_are_checked_too(library_needing_a_lost_one):
    missing = missing_libraries(library_needing_a_lost_one, loadable=lambda name: False)
    assert missing == ["libsmuglost.so.7", "libxcb-cursor.so.0"]


def test_the_message_gives_the_command_that_installs_what_is_missing():
    text = missing_libraries_message(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in text
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in text


def test_app_without_a_display_exits_1_with_a_sentence(tmp_path):
    result = _run(str(tmp_path / "station.smugdesk"))
    assert result.returncode == 1
    assert "no display was found" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "station.smugdesk").exists()  # nothing was created


def test_a_display_qt_cannot_reach_exits_1_with_a_sentence(tmp_path):
    """Causes the checks beforehand do not know end the same way, not in Qt's abort."""
    result = _run(
        str(tmp_path / "station.smugdesk"),
        QT_QPA_PLATFORM="wayland",
        WAYLAND_DISPLAY="nowhere",
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    assert result.returncode == 1, result.stderr
    assert "smugdesk cannot open its window" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_need_no_display(option):
    result = _run(option)
    assert result.returncode == 0
    assert "smugdesk" in result.stdout
