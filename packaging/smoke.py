"""Smoke-test an installed or frozen smugdesk as a user would run it.

    python packaging/smoke.py [--app-seconds N] [--work DIR] -- COMMAND...

COMMAND is how to start smugdesk: `/tmp/venv/bin/smugdesk` for a wheel installed in
a fresh venv, `dist/smugdesk/smugdesk` for the frozen folder, the installed
`smugdesk-cli.exe` on Windows. Run this script with the project's own Python (it
reads the results with pypdf and openpyxl); the command under test runs in its own
process with nothing from the checkout.

Checks, each a separate run of COMMAND:
  --version prints the package's version;
  demo --db fills a new database;
  report --lang zh-Hant --pdf --xlsx: the PDF holds the article's figures in
    Traditional Chinese in an embedded font, the workbook holds numbers;
  template, filled in with openpyxl, then import: the records arrive;
  the app (offscreen) stays up for N seconds without writing an error.
Exits 0 when all pass, 1 naming the first that failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
EXPECTED_VERSION = re.search(
    r'__version__ = "([^"]+)"', (ROOT / "smugdesk" / "__init__.py").read_text(encoding="utf-8")
)[1]  # type: ignore[index]


class SmokeFailure(Exception):
    pass


def check(condition: object, what: str) -> None:
    if not condition:
        raise SmokeFailure(what)


# The checks read the program's English; its words follow the locale otherwise.
ENGLISH = {
    **{k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")},
    "LANG": "C.UTF-8",
}


def run(command: list[str], *args: str | Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [*command, *map(str, args)], capture_output=True, text=True, timeout=300,
        env=env or ENGLISH, check=False,
    )
    if result.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(map(str, args))} exited {result.returncode}:\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def pdf_fonts_embedded(pdf: Path) -> set[str]:
    families = set()
    for page in PdfReader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            check(descriptor is not None and "/FontFile2" in descriptor.get_object(),
                  f"font {font['/BaseFont']} is not embedded in {pdf.name}")
            families.add(str(font["/BaseFont"]).split("+")[-1].split("-")[0])
    return families


def smoke_report(command: list[str], work: Path, db: Path) -> None:
    pdf, xlsx = work / "report.pdf", work / "report.xlsx"
    run(command, "report", "--db", db, "--from", "2016-02-01", "--to", "2017-11-30",
        "--compare-from", "2015-01-01", "--compare-to", "2015-11-30",
        "--lang", "zh-Hant", "--pdf", pdf, "--xlsx", xlsx)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    text = text.replace("\n", "").replace(" ", "")
    for phrase in ("超過67,600", "偷渡團夥53個", "超過1,060", "1,444", "不到400"):
        check(phrase in text, f"the zh-Hant PDF lacks {phrase!r}")
    check(pdf_fonts_embedded(pdf) == {"WenQuanYiMicroHei"}, "the PDF uses another font")
    book = load_workbook(xlsx, read_only=True)
    numbers = [
        cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
        for cell in row if isinstance(cell, int | float) and not isinstance(cell, bool)
    ]
    check(67642 in numbers, "the workbook does not hold 67,642 as a number")
    book.close()


def smoke_import(command: list[str], work: Path) -> None:
    template, db = work / "station.xlsx", work / "station.smugdesk"
    run(command, "template", template)
    book = load_workbook(template)
    sheet = book["Catches"]
    headers = [str(c.value).rstrip(" *") for c in sheet[1]]
    row = {"ref": "SMOKE-1", "date": dt.date(2017, 11, 24), "agency": "GD-PSD",
           "province": "Guangdong", "destination": "Hong Kong", "nationality": "VNM",
           "persons": 12}
    for column, header in enumerate(headers, start=1):
        if header in row:
            sheet.cell(row=2, column=column, value=row[header])
    book.save(template)
    out = run(command, "import", "--db", db, template)
    check("1 added" in out, f"import did not add the catch:\n{out}")


def smoke_hub(command: list[str], db: Path) -> None:
    """The hub's client library loads: a hub that is not there is a plain refusal
    (exit 2), not a missing libpq (exit 1)."""
    result = subprocess.run(
        [*command, "sync", "--db", str(db), "--hub",
         "postgresql://smoke@127.0.0.1:1/smugdesk?connect_timeout=3"],
        capture_output=True, text=True, timeout=120, env=ENGLISH, check=False,
    )
    check(
        result.returncode == 2 and "could not connect to the hub" in result.stderr,
        f"sync to an absent hub exited {result.returncode}:\n{result.stderr}",
    )


def smoke_app(command: list[str], work: Path, db: Path, seconds: float) -> None:
    env = {**ENGLISH, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(work / "state"),
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data")}
    with open(work / "app.err", "w+", encoding="utf-8") as err:
        process = subprocess.Popen([*command, str(db)], stdout=err, stderr=err, env=env)
        time.sleep(seconds)
        still_up = process.poll() is None
        process.terminate()
        process.wait(timeout=30)
        err.seek(0)
        output = err.read()
    check(still_up, f"the app ended within {seconds} s:\n{output}")
    harmless = ("propagateSizeHints",)
    problems = [line for line in output.splitlines()
                if line.strip() and not any(h in line for h in harmless)]
    check(not problems, "the app wrote:\n" + "\n".join(problems))
    logs = list((work / "state").rglob("*.log"))
    check(all("ERROR" not in log.read_text(encoding="utf-8") for log in logs),
          "the app's log holds an error")


def smoke(command: list[str], work: Path, app_seconds: float) -> None:
    out = run(command, "--version").strip()
    check(out == f"smugdesk {EXPECTED_VERSION}", f"--version printed {out!r}")
    db = work / "demo.smugdesk"
    check("8,816 catches" in run(command, "demo", "--db", db), "demo did not load")
    smoke_report(command, work, db)
    smoke_import(command, work)
    smoke_hub(command, db)
    if app_seconds > 0:
        smoke_app(command, work, db, app_seconds)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app-seconds", type=float, default=5)
    parser.add_argument("--work", type=Path, help="keep the files here (default: a temp folder)")
    parser.add_argument("command", nargs="+", help="how to start smugdesk")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="smugdesk-smoke-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        try:
            smoke(args.command, work, args.app_seconds)
        except SmokeFailure as failure:
            print(f"smoke test FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"smoke test passed: {' '.join(args.command)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
