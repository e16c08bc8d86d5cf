"""Make the application icon's raster sizes from its SVG source.

    python packaging/icons.py OUT_DIR

writes OUT_DIR/hicolor/<N>x<N>/apps/<id>.png (the freedesktop icon theme layout,
for the .deb), OUT_DIR/smugdesk.ico (Windows: the executables and the installer)
and OUT_DIR/smugdesk.icns (macOS). Qt renders the SVG; Pillow writes ICO and ICNS.
Nothing made here is committed: the SVG in resources/icons/ is the one source.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.smugdesk.Smugdesk"
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "smugdesk.svg"
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int, path: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")


def make_icons(out: Path) -> list[Path]:
    """Every raster icon, made from the SVG; returns the files written."""
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    written = []
    for size in THEME_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(renderer, size, path)
        written.append(path)
    largest = Image.open(out / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png")
    ico, icns = out / "smugdesk.ico", out / "smugdesk.icns"
    largest.save(ico, sizes=[(s, s) for s in ICO_SIZES])
    largest.save(icns)
    return [*written, ico, icns]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for path in make_icons(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
