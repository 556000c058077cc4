"""The desktop integration files in packaging/ are valid and agree with each other and with
pyproject.toml: menu entry, AppStream metadata, icons and the Linux install script."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
APP_ID = "eu.smarttek.DsarDesk"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_menu_entry_starts_the_console_script_with_the_app_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "smarttek-dsar"
    assert "smarttek-dsar" in project()["scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


def test_appstream_metadata_names_the_menu_entry_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "smarttek-dsar"
    # A version bump needs its release entry (what software centres show as "what's new").
    versions = [release.get("version") for release in root.iter("release")]
    assert project()["version"] in versions


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_accepts_the_metadata() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed")
def test_desktop_file_validate_accepts_the_menu_entry() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_every_icon_size_is_rendered_from_the_svg() -> None:
    icons = PACKAGING / "icons"
    ET.parse(icons / "smarttek-dsar.svg")  # well-formed
    for size in ICON_SIZES:
        assert png_size(icons / f"smarttek-dsar-{size}.png") == (size, size)
    ico = (icons / "smarttek-dsar.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)  # an icon, not a cursor
    # ICONDIRENTRY: width and height bytes, where 0 means 256.
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == set(ICON_SIZES)


def test_install_script_is_valid_shell() -> None:
    script = PACKAGING / "linux" / "install.sh"
    assert script.stat().st_mode & 0o111, "install.sh must be executable"
    subprocess.run(["sh", "-n", str(script)], check=True, timeout=30)


def test_installer_script_takes_the_version_from_the_build() -> None:
    iss = (PACKAGING / "windows" / "smarttek-dsar.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert "{autoprograms}" in iss and "{autodesktop}" in iss  # Start menu, desktop option


def test_the_bundle_excludes_no_qt_module_the_app_imports() -> None:
    import re

    root = Path(__file__).resolve().parents[1]
    spec = (root / "packaging" / "smarttek-dsar.spec").read_text(encoding="utf-8")
    block = spec[spec.index("excludes = ["):]
    excluded = set(re.findall(r'"(PySide6\.\w+)"', block[:block.index("]")]))
    used = set()
    for source in (root / "smarttek_dsar").rglob("*.py"):
        used |= set(re.findall(r"(PySide6\.Qt\w+)", source.read_text(encoding="utf-8")))
    assert "PySide6.QtPdf" in used and "PySide6.QtWidgets" in used
    assert "PySide6.QtCharts" in excluded  # the dashboard paints its charts itself
    assert not used & excluded, f"excluded but imported: {sorted(used & excluded)}"
