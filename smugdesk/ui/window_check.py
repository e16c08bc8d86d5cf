"""Can a window open here? Asked before Qt tries, so that a missing display or missing
system libraries end in a plain sentence with the fix, not in Qt's abort.

Only QtCore is imported: this runs before any widget exists. Two layers:
``window_problem()`` recognises the usual causes beforehand (no display; the X11
libraries Qt's xcb plugin needs, as on a minimal Linux), and
``fatal_start_guard()`` turns any other fatal message from Qt's start-up into the
same kind of plain exit.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QLibraryInfo, QMessageLogContext, QtMsgType, qInstallMessageHandler

EXIT_NO_WINDOW = 1
# Platforms that draw nowhere (tests, servers) or on their own device need nothing more.
HEADLESS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay", "minimalegl"}
# Libraries Qt's xcb plugin opens at run time rather than linking (so ldd cannot see them).
RUNTIME_LIBRARIES = ("libxcb-cursor.so.0",)
# Debian/Ubuntu package for each library the xcb plugin needs beyond a base system.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
HINT = "The commands work without a window: smugdesk --help lists them."


def window_problem(env: dict[str, str] | None = None) -> str | None:
    """Why no window can open here, in plain words with what fixes it; None when
    nothing is known to be in the way."""
    env = dict(os.environ if env is None else env)
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if platform in HEADLESS:
        return None
    if not platform and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "smugdesk cannot open its window: no display was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start it from a desktop session, or over SSH with "
            "X forwarding (ssh -X). " + HINT
        )
    wayland = platform.startswith("wayland") or (not platform and env.get("WAYLAND_DISPLAY"))
    if wayland:
        return None  # Qt falls back to X11 itself; the guard covers what remains
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    missing = missing_libraries(plugin / "libqxcb.so")
    return missing_libraries_message(missing) if missing else None


def missing_libraries(library: Path, loadable: Callable[[str], bool] | None = None) -> list[str]:
    """The system libraries ``library`` needs that this system lacks, by name.

    Qt's own libraries are not counted: they ship beside smugdesk (in the wheel or the
    frozen folder) and are found there however ldd resolves them."""
    loadable = loadable or _loadable
    missing = [name for name in _unresolved(library) if not _ships_with_qt(name)]
    if library.name == "libqxcb.so":
        missing += [name for name in RUNTIME_LIBRARIES if not loadable(name)]
    return sorted(set(missing))


def missing_libraries_message(missing: list[str]) -> str:
    packages = [DEBIAN_PACKAGES[name] for name in missing if name in DEBIAN_PACKAGES]
    text = (
        "smugdesk cannot open its window: the system libraries that Qt needs to draw on "
        f"X11 are missing: {', '.join(missing)}."
    )
    if packages:
        text += (
            " On Debian or Ubuntu, install them with:\n"
            f"    sudo apt-get install {' '.join(packages)}\n"
            "(other systems: install the packages that provide those files)."
        )
    return f"{text}\n{HINT}"


def _unresolved(library: Path) -> list[str]:
    """Libraries ``ldd`` cannot find for ``library`` (none when ldd is not there)."""
    ldd = shutil.which("ldd")
    if ldd is None or not library.is_file():
        return []
    try:
        out = subprocess.run(
            [ldd, str(library)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return re.findall(r"^\s*(\S+)\s+=>\s+not found", out, flags=re.MULTILINE)


def _ships_with_qt(name: str) -> bool:
    qt_lib = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    return name.startswith("libQt6") or (qt_lib / name).exists()


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def fatal_start_guard(stream: TextIO | None = None) -> Iterator[None]:
    """While Qt starts: a fatal message (no platform plugin could be initialised, no
    display to connect to) prints a plain sentence and exits with 1, instead of Qt's
    abort. Qt's other messages are passed on as Qt would print them."""
    out = stream or sys.stderr
    seen: list[str] = []

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if mode != QtMsgType.QtFatalMsg:
            seen.append(message)
            print(f"{context.category}: {message}" if context.category else message, file=out)
            return
        reason = (" ".join(line for line in seen if line) or message.splitlines()[0]).rstrip(".")
        print(
            "smugdesk cannot open its window: Qt could not start its display "
            f"connection ({reason}). {HINT}",
            file=out,
        )
        with contextlib.suppress(Exception):
            out.flush()
        os._exit(EXIT_NO_WINDOW)  # Qt aborts when a fatal handler returns

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
