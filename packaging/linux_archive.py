"""The Linux download: the bundle, menu entry, AppStream metadata and icons in one .tar.gz whose
install.sh puts them under ~/.local (see packaging/linux/install.sh)."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
APP_ID = "eu.smarttek.DsarDesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
PROGRAM = "smarttek-dsar"


def archive_name(version: str) -> str:
    return f"smarttek-dsar-{version}-linux-{platform.machine()}"


def _stage(bundle: Path, top: Path) -> None:
    """Lay out the archive's folder: what install.sh expects to find beside itself."""
    linux, icons = PACKAGING / "linux", PACKAGING / "icons"
    shutil.copytree(bundle, top / "smarttek-dsar", symlinks=True)
    shutil.copy2(linux / "install.sh", top / "install.sh")
    (top / "install.sh").chmod(0o755)
    share = top / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "smarttek-dsar.svg", scalable / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / f"smarttek-dsar-{size}.png", target / f"{APP_ID}.png")


def build_linux_archive(bundle: Path, version: str, dist: Path) -> Path:
    name = archive_name(version)
    archive = dist / f"{name}.tar.gz"
    print(f"--> Linux archive {archive}", flush=True)
    with tempfile.TemporaryDirectory(prefix="smarttek-dsar-archive-") as staging:
        top = Path(staging) / name
        _stage(bundle, top)
        # Level 6: most of the size of level 9 in a fraction of the time for ~100 MB of Qt.
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(top, arcname=name, filter=_owned_by_nobody)
    return archive


def _owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # The unpacking user should own the files, not whoever's uid built them.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def try_install(archive: Path, version: str) -> None:
    """Unpack the archive and run install.sh into a throwaway prefix, then the installed
    program's --version, as a user following the README would."""
    with tempfile.TemporaryDirectory(prefix="smarttek-dsar-install-") as scratch:
        root = Path(scratch)
        with tarfile.open(archive) as tar:
            tar.extractall(root / "unpacked", filter="tar")
        (top,) = (root / "unpacked").iterdir()
        prefix = root / "prefix"
        env = {**os.environ, "PREFIX": str(prefix), "HOME": str(root / "home")}
        subprocess.run([str(top / "install.sh")], env=env, check=True, capture_output=True)
        desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text()
        if f"Exec={prefix}/lib/smarttek-dsar/{PROGRAM}" not in desktop:
            raise RuntimeError("install.sh did not point the menu entry at the program")
        shown = subprocess.run([str(prefix / "bin" / PROGRAM), "--version"], env=env,
                               check=True, capture_output=True, text=True).stdout.strip()
        if shown != f"smarttek-dsar {version}":
            raise RuntimeError(f"the installed program says {shown!r}")
        subprocess.run([str(top / "install.sh"), "--uninstall"], env=env, check=True,
                       capture_output=True)
        if (prefix / "lib" / "smarttek-dsar").exists() or (prefix / "bin" / PROGRAM).exists():
            raise RuntimeError("install.sh --uninstall left the program behind")
