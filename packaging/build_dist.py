"""Build smugdesk's release artefacts: `make dist` runs this.

    python packaging/build_dist.py [--allow-dirty]

1. refuses a tree with uncommitted changes (a release must be reproducible from a
   commit) unless --allow-dirty (make dist ALLOW_DIRTY=1);
2. builds the sdist and, from it, the wheel (python -m build), and checks the wheel
   carries every shipped file;
3. installs that wheel and PyInstaller into a venv of their own (build/freeze-venv)
   and freezes it with packaging/smugdesk.spec into dist/smugdesk/;
4. archives the folder as dist/smugdesk-VERSION-PLATFORM.tar.xz (.zip on Windows);
5. on Linux, builds dist/smugdesk_VERSION_ARCH.deb (packaging/linux/build_deb.py);
   on Windows, the Inno Setup installer when iscc is on the PATH; on macOS, a DMG
   of smugdesk.app.

Signing: when SMUGDESK_SIGN_COMMAND is set (release CI sets it only where signing
secrets exist), it is run for each thing to sign, with {file} replaced by its path:
the Windows executables before they are archived and packed, then the installer;
the macOS .app before its DMG. Credentials stay in the signing tool's own store.

Everything it calls runs here; CI elsewhere (.github/workflows/release.yml) calls
the same script on each operating system.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
FREEZE_VENV = BUILD / "freeze-venv"
PYINSTALLER = "pyinstaller>=6.10"
WINDOWS, MACOS = sys.platform == "win32", sys.platform == "darwin"
# What a wheel must carry, or an installed smugdesk cannot work (the issue that
# started this: `report` failed for want of countries.csv).
WHEEL_MUST_HOLD = (
    "smugdesk/resources/data/countries.csv",
    "smugdesk/resources/fonts/wqy-microhei.ttc",
    "smugdesk/resources/translations/smugdesk_zh-Hans.qm",
    "smugdesk/resources/translations/smugdesk_zh-Hant.qm",
    "smugdesk/resources/icons/smugdesk.svg",
    "smugdesk/resources/licenses/THIRD-PARTY-NOTICES.txt",
    "smugdesk/resources/licenses/LGPL-3.0.txt",
)


def run(*args: str | Path, **kwargs: object) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, **kwargs)  # type: ignore[call-overload]


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "smugdesk" / "__init__.py").read_text(encoding="utf-8"), namespace)  # noqa: S102
    return namespace["__version__"]


def platform_tag() -> str:
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(
        platform.machine().lower(), platform.machine().lower()
    )
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{machine}"


def check_clean(allow_dirty: bool, root: Path = ROOT) -> None:
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=root, capture_output=True, text=True, check=False,
    )
    if status.returncode != 0:
        print("note: not a git checkout; cannot tell whether the tree is committed")
        return
    if status.stdout.strip() and not allow_dirty:
        raise SystemExit(
            "refusing to build a release from uncommitted changes:\n"
            f"{status.stdout}commit them, or build anyway with: make dist ALLOW_DIRTY=1"
        )


def build_wheel() -> Path:
    for old in DIST.glob("smugdesk-*"):
        if old.suffix in {".whl", ".gz"}:
            old.unlink()
    run(sys.executable, "-m", "build", "--outdir", DIST, ROOT)
    (wheel,) = DIST.glob("smugdesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = [name for name in WHEEL_MUST_HOLD if name not in names]
    if missing:
        raise SystemExit(f"{wheel.name} lacks shipped files: {', '.join(missing)}")
    sources = [n for n in names if n.endswith(".ts") or n.startswith("tests/")]
    if sources:
        raise SystemExit(f"{wheel.name} carries files users do not need: {sources}")
    return wheel


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def freeze(wheel: Path, tag: str) -> Path:
    run(sys.executable, "-m", "venv", "--clear", FREEZE_VENV)
    python = venv_python(FREEZE_VENV)
    run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "--quiet", wheel, PYINSTALLER)
    icons = BUILD / "icons"
    shutil.rmtree(icons, ignore_errors=True)
    run(python, ROOT / "packaging" / "icons.py", icons)
    env = {**os.environ, "SMUGDESK_ICONS": str(icons)}
    if WINDOWS:
        env["SMUGDESK_VERSION_FILE"] = str(write_windows_version_file(BUILD / "version.txt"))
    # Run from build/ so that the checkout's smugdesk/ cannot shadow the installed wheel.
    run(
        python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", BUILD / "pyinstaller",
        ROOT / "packaging" / "smugdesk.spec", cwd=BUILD, env=env,
    )
    return DIST / "smugdesk"


def write_windows_version_file(path: Path) -> Path:
    """The version resource Windows shows in the executables' properties."""
    numbers = (*(int(p) for p in version().split(".")[:3]), 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'smugdesk'),
      StringStruct('FileDescription', 'smugdesk: anti-smuggling records and press reports'),
      StringStruct('FileVersion', '{version()}'),
      StringStruct('LegalCopyright', 'Apache-2.0; third-party notices in the folder'),
      StringStruct('ProductName', 'smugdesk'),
      StringStruct('ProductVersion', '{version()}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return path


def sign(path: Path) -> None:
    template = os.environ.get("SMUGDESK_SIGN_COMMAND")
    if not template:
        return
    command = template.replace("{file}", f'"{path}"')
    print(f"+ signing {path.name}", flush=True)
    # The command comes from the release workflow's own settings, not from a user.
    subprocess.run(command, shell=True, check=True)  # noqa: S602


def archive(folder: Path, tag: str) -> Path:
    stem = f"smugdesk-{version()}-{tag}"
    if WINDOWS:
        out = DIST / f"{stem}.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(folder.rglob("*")):
                z.write(path, Path("smugdesk") / path.relative_to(folder))
        return out
    out = DIST / f"{stem}.tar.xz"
    with tarfile.open(out, "w:xz", preset=6) as tar:
        tar.add(folder, arcname="smugdesk")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allow-dirty", action="store_true")
    args = parser.parse_args(argv)
    check_clean(args.allow_dirty or os.environ.get("ALLOW_DIRTY") == "1")
    tag = platform_tag()
    wheel = build_wheel()
    folder = freeze(wheel, tag)
    for exe in folder.glob("smugdesk*.exe"):
        sign(exe)
    made = [wheel, folder, archive(folder, tag)]
    if sys.platform.startswith("linux"):
        sys.path.insert(0, str(ROOT / "packaging" / "linux"))
        from build_deb import build_deb

        made.append(build_deb(folder, BUILD / "icons", DIST, version()))
    if WINDOWS and shutil.which("iscc"):
        run("iscc", f"/DAppVersion={version()}", f"/DSourceDir={folder}", f"/DOutputDir={DIST}",
            f"/DIconFile={BUILD / 'icons' / 'smugdesk.ico'}",
            ROOT / "packaging" / "windows" / "smugdesk.iss")
        for setup in DIST.glob("smugdesk-*-setup.exe"):
            sign(setup)
            made.append(setup)
    if MACOS:
        app = DIST / "smugdesk.app"
        sign(app)
        dmg = DIST / f"smugdesk-{version()}-{tag}.dmg"
        run("hdiutil", "create", "-volname", "smugdesk", "-srcfolder", app, "-ov",
            "-format", "UDZO", dmg)
        made += [app, dmg]
    print("built:")
    for path in made:
        print(f"  {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
