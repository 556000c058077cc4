"""The Windows installer: Inno Setup's compiler (ISCC.exe) run on packaging/windows/smarttek-dsar.iss
with the version and the bundle folder of this build."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
SCRIPT = PACKAGING / "windows" / "smarttek-dsar.iss"


def find_iscc() -> Path | None:
    """ISCC on PATH, else where the Inno Setup 6 installer puts it by default."""
    on_path = shutil.which("ISCC") or shutil.which("iscc")
    if on_path:
        return Path(on_path)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA", "") + "\\Programs"):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def build_windows_installer(bundle: Path, version: str, dist: Path) -> Path | None:
    """The setup .exe in dist/, or None when Inno Setup is not installed."""
    iscc = find_iscc()
    if iscc is None:
        return None
    print(f"--> Inno Setup installer with {iscc}", flush=True)
    subprocess.run(
        [str(iscc), "/Q", f"/DAppVersion={version}", f"/DSourceDir={bundle}",
         f"/DOutputDir={dist}", f"/DIconFile={PACKAGING / 'icons' / 'smarttek-dsar.ico'}",
         str(SCRIPT)],
        check=True,
    )
    installer = dist / f"smarttek-dsar-{version}-setup.exe"
    if not installer.is_file():
        raise RuntimeError(f"ISCC finished but {installer} is missing")
    return installer
