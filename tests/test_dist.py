"""The release build: `make dist`, then the frozen program and the .deb, used as shipped.

Slow (a few minutes: it builds a wheel, a venv and a PyInstaller folder); CI runs it.
"""

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from smugdesk import __version__

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP_ID = "org.smugdesk.Smugdesk"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux artefacts"),
]


@pytest.fixture(scope="module")
def built():
    """Build once for the module (uncommitted changes allowed: this tests the tree)."""
    subprocess.run(
        ["make", "dist", "ALLOW_DIRTY=1"],
        cwd=ROOT,
        check=True,
        timeout=1800,
        stdout=subprocess.DEVNULL,
    )
    return DIST / "smugdesk"


def test_the_frozen_program_runs_every_job_and_the_app(built, tmp_path):
    """--version, demo, report (PDF text and embedded font, workbook numbers), template
    filled in and imported, and the app offscreen for 10 s: packaging/smoke.py."""
    result = subprocess.run(
        [
            sys.executable,
            ROOT / "packaging" / "smoke.py",
            "--app-seconds",
            "10",
            "--work",
            tmp_path,
            "--",
            built / "smugdesk",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_folder_ships_qt_chinese_and_leaves_out_what_smugdesk_never_uses(built):
    files = {p.relative_to(built).as_posix() for p in built.rglob("*")}
    translations = sorted(Path(f).name for f in files if "/Qt/translations/" in f)
    assert translations == ["qtbase_zh_CN.qm", "qtbase_zh_TW.qm"]
    for unused in (
        "Qt6Qml",
        "Qt6Quick",
        "Qt6WebEngine",
        "Qt63D",
        "Qt6Multimedia",
        "Qt6VirtualKeyboard",
        "libqgtk3",
        "libqtvirtualkeyboardplugin",
        "libgtk-3",
    ):
        assert not [f for f in files if unused in f], unused
    assert not [f for f in files if f.endswith(".ts")]
    dangling = [p for p in built.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_the_archive_is_named_for_version_and_platform(built):
    archives = list(DIST.glob(f"smugdesk-{__version__}-linux-*.tar.xz"))
    assert len(archives) == 1


@pytest.fixture(scope="module")
def installed_deb(built, tmp_path_factory):
    (deb,) = DIST.glob(f"smugdesk_{__version__}_*.deb")
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    info = subprocess.run(
        ["dpkg-deb", "--field", deb], capture_output=True, text=True, check=True
    ).stdout
    return root, info


def test_the_deb_installs_program_launcher_metainfo_mime_and_icons(installed_deb):
    root, info = installed_deb
    assert f"Version: {__version__}" in info
    assert "libxcb-cursor0" in info  # what Qt's window needs from the system
    share = root / "usr" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert "Exec=smugdesk %f" in desktop.read_text(encoding="utf-8")
    assert "MimeType=application/x-smugdesk;" in desktop.read_text(encoding="utf-8")
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    release = ET.parse(metainfo).getroot().find("releases/release")
    assert release.get("version") == __version__
    mime = (share / "mime" / "packages" / f"{APP_ID}.xml").read_text(encoding="utf-8")
    assert '<glob pattern="*.smugdesk"/>' in mime
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_the_debs_command_on_the_path_runs(installed_deb):
    root, _info = installed_deb
    link = root / "usr" / "bin" / "smugdesk"
    assert os.readlink(link) == "../../opt/smugdesk/smugdesk"
    out = subprocess.run(
        [link, "--version"], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == f"smugdesk {__version__}"


def _validator(name):
    path = shutil.which(name)
    if path is None and os.environ.get("CI"):
        pytest.fail(f"{name} is missing; .ci/run installs it")
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: appstream, desktop-file-utils)")
    return path


def test_the_desktop_file_and_metainfo_validate(installed_deb):
    root, _info = installed_deb
    share = root / "usr" / "share"
    subprocess.run(
        [_validator("desktop-file-validate"), share / "applications" / f"{APP_ID}.desktop"],
        check=True,
    )
    result = subprocess.run(
        [
            _validator("appstreamcli"),
            "validate",
            "--no-net",
            "--pedantic",
            share / "metainfo" / f"{APP_ID}.metainfo.xml",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
