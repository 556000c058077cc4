"""Render packaging/icons/smarttek-dsar.svg into the PNGs and the Windows .ico the packages use.

Run after editing the SVG and commit the results: the builds read the files, so building never
needs a display or an SVG renderer. Qt renders the SVG (the same renderer the window uses for
its icons); Pillow writes the multi-size .ico.

    python packaging/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
SOURCE = ICONS / "smarttek-dsar.svg"
# The hicolor theme's usual sizes on Linux; Windows picks from the same set in the .ico.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"smarttek-dsar-{size}.png"


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(pngs: dict[int, bytes]) -> Path:
    from PIL import Image

    # Each size comes from its own rendering, not from shrinking the 256 px one: Qt's SVG
    # renderer keeps small sizes crisper than a bitmap downscale.
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    largest = images[max(images)]
    target = ICONS / "smarttek-dsar.ico"
    largest.save(
        target,
        format="ICO",
        sizes=[(size, size) for size in sorted(images)],
        append_images=[images[size] for size in sorted(images) if size != max(images)],
    )
    return target


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render_png(size) for size in SIZES}
    for size, data in pngs.items():
        png_path(size).write_bytes(data)
        print(f"wrote {png_path(size).relative_to(ICONS.parent)}")
    print(f"wrote {write_ico(pngs).relative_to(ICONS.parent)}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
