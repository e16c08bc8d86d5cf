"""The Debian package: the frozen folder under /opt, a launcher, the metainfo.

    python packaging/linux/build_deb.py DIST_FOLDER ICONS_DIR OUT_DIR VERSION

Lays out a root tree and packs it with dpkg-deb:
  /opt/smugdesk/                          the frozen folder (dist/smugdesk)
  /usr/bin/smugdesk                       a link to /opt/smugdesk/smugdesk
  /usr/share/applications/ID.desktop      the menu launcher (a database as %f)
  /usr/share/metainfo/ID.metainfo.xml     AppStream metainfo
  /usr/share/mime/packages/ID.xml         the *.smugdesk MIME type
  /usr/share/icons/hicolor/.../ID.png     icons, and the SVG as scalable
Debian's own triggers (desktop-file-utils, shared-mime-info, hicolor-icon-theme)
refresh the menu, MIME and icon caches on install, so no maintainer scripts.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP_ID = "org.smugdesk.Smugdesk"
# The X11 and system libraries the bundle expects from the system (Qt's xcb plugin;
# see smugdesk/ui/window_check.py), with glibc 2.34 that PySide6 6.8+ needs.
DEPENDS = (
    "libc6 (>= 2.34)", "libfontconfig1", "libfreetype6", "libx11-6", "libx11-xcb1",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0",
    "libxcb-xkb1", "libxkbcommon-x11-0", "libxkbcommon0", "libegl1", "libgl1",
    "libdbus-1-3",
)


def release_date() -> str:
    """The date of the commit built (reproducible), else today."""
    out = subprocess.run(
        ["git", "log", "-1", "--format=%cs"], cwd=ROOT, capture_output=True, text=True,
        check=False,
    ).stdout.strip()
    return out or dt.date.today().isoformat()


def deb_arch() -> str:
    out = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return out or "amd64"


def lay_out(root: Path, folder: Path, icons: Path, version: str) -> None:
    shutil.copytree(folder, root / "opt" / "smugdesk", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "smugdesk").symlink_to("../../opt/smugdesk/smugdesk")
    share = root / "usr" / "share"
    for sub, name, source in (
        ("applications", f"{APP_ID}.desktop", HERE / f"{APP_ID}.desktop"),
        ("mime/packages", f"{APP_ID}.xml", HERE / f"{APP_ID}.xml"),
    ):
        (share / sub).mkdir(parents=True)
        shutil.copy(source, share / sub / name)
    (share / "metainfo").mkdir(parents=True)
    metainfo = (HERE / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo.replace("@VERSION@", version).replace("@DATE@", release_date()),
        encoding="utf-8",
    )
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "smugdesk.svg", scalable / f"{APP_ID}.svg")
    doc = share / "doc" / "smugdesk"
    doc.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "licenses" / "LICENSE.txt", doc / "copyright")


def control(root: Path, version: str) -> str:
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return (
        "Package: smugdesk\n"
        f"Version: {version}\n"
        f"Architecture: {deb_arch()}\n"
        "Maintainer: The smugdesk authors <smugdesk@localhost>\n"
        f"Installed-Size: {size_kib // 1024}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://smugdesk.org\n"
        "Description: records of anti-smuggling catches and gang busts, with press reports\n"
        " smugdesk keeps the records of a joint police crackdown on human smuggling on an\n"
        " offline workstation, and writes summary reports for press conferences as PDF\n"
        " and Excel, in English and Chinese.\n"
    )


def build_deb(folder: Path, icons: Path, out_dir: Path, version: str) -> Path:
    work = ROOT / "build" / "deb-root"
    shutil.rmtree(work, ignore_errors=True)
    lay_out(work, folder, icons, version)
    (work / "DEBIAN").mkdir()
    (work / "DEBIAN" / "control").write_text(control(work, version), encoding="utf-8")
    out = out_dir / f"smugdesk_{version}_{deb_arch()}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(work), str(out)], check=True
    )
    return out


if __name__ == "__main__":
    folder, icons, out_dir, version = sys.argv[1:5]
    print(build_deb(Path(folder), Path(icons), Path(out_dir), version))
