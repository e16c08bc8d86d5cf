"""The frozen build's budgets: folder and archive size, start times.

Run after `make dist` (it measures dist/, it does not build):
    python benchmarks/bench_dist.py

- folder dist/smugdesk/ under 180 MB, its archive under 80 MB;
- frozen `smugdesk --version` under 0.5 s (median of warm runs; the first, cold
  run is shown too);
- frozen app to its first window on the demo database under 1.5 s: started on a
  real X server (Xvfb), timed until the window is mapped (xdotool). Needs Debian's
  xvfb and xdotool, and the X libraries Qt's xcb plugin needs.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from common import ROOT, report

DIST = ROOT / "dist"
FOLDER = DIST / "smugdesk"
EXE = FOLDER / "smugdesk"


def folder_mb(path: Path) -> float:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def version_seconds(runs: int = 10) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([EXE, "--version"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times[1:])


def first_window_seconds(db: Path, runs: int = 5) -> list[float]:
    """Seconds from starting the frozen app until its main window is mapped on Xvfb."""
    display = ":97"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    env = {**{k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}, "DISPLAY": display}
    times = []
    try:
        time.sleep(1)
        for _ in range(runs):
            start = time.perf_counter()
            app = subprocess.Popen(
                [EXE, str(db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            # Polls every few ms for a mapped window of the app's process.
            subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
                env=env,
                check=True,
                capture_output=True,
                timeout=60,
            )
            times.append(time.perf_counter() - start)
            app.terminate()
            app.wait(timeout=30)
    finally:
        xvfb.terminate()
        xvfb.wait()
    return times


def main() -> None:
    if not EXE.exists():
        raise SystemExit("run `make dist` first")
    (archive,) = DIST.glob("smugdesk-*-linux-*.tar.xz")
    report("frozen folder dist/smugdesk", folder_mb(FOLDER), "MB", "(budget < 180)")
    report(f"archive {archive.name}", archive.stat().st_size / 1e6, "MB", "(budget < 80)")
    cold, warm = version_seconds()
    report("frozen smugdesk --version, first run", cold, "s")
    report("frozen smugdesk --version, median warm", warm, "s", "(budget < 0.5)")
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("first window: needs Xvfb and xdotool (Debian: xvfb xdotool); not measured")
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.smugdesk"
        subprocess.run([EXE, "demo", "--db", db], check=True, capture_output=True)
        env_home = {"XDG_CONFIG_HOME": tmp}  # a fresh settings file: no remembered state
        os.environ.update(env_home)
        times = first_window_seconds(db)
    report("frozen app to first window (demo db), first run", times[0], "s")
    report(
        "frozen app to first window (demo db), median",
        statistics.median(times),
        "s",
        "(budget < 1.5)",
    )


if __name__ == "__main__":
    main()
