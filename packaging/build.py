"""Build Smarttek DSAR Desk for this computer's system and check that the result runs.

    python packaging/build.py            # venv in build/venv, bundle in dist/smarttek-dsar/
    python packaging/build.py --fresh    # start from a new build venv

Steps: a build venv with the project, its dependencies and PyInstaller; the PyInstaller
bundle from packaging/smarttek-dsar.spec; the bundle's --version and --self-test run from
outside the source tree; then on Linux a .tar.gz with install.sh (tried out in a throwaway
prefix), on Windows an Inno Setup installer when ISCC is found. Any failure stops the build
with a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import venv
from collections.abc import Sequence
from pathlib import Path

from linux_archive import build_linux_archive, try_install
from windows_installer import build_windows_installer

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "smarttek-dsar.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
DEFAULT_VENV = ROOT / "build" / "venv"
BUNDLE_NAME = "smarttek-dsar"
# PyInstaller 6 (the _internal folder layout the spec and paths.bundle_dir() expect).
PYINSTALLER = "pyinstaller>=6.10,<7"


class BuildError(RuntimeError):
    """A step failed; the message names the step and what to look at."""


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def run(command: Sequence[str | Path], step: str, **kwargs: object) -> subprocess.CompletedProcess:
    print(f"--> {step}: {' '.join(str(part) for part in command)}", flush=True)
    done = subprocess.run([str(part) for part in command], **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise BuildError(f"{step} failed with exit code {done.returncode}")
    return done


def venv_python(venv_dir: Path) -> Path:
    scripts = "Scripts" if sys.platform == "win32" else "bin"
    return venv_dir / scripts / ("python.exe" if sys.platform == "win32" else "python")


def prepare_venv(venv_dir: Path, fresh: bool) -> Path:
    """The build venv: the project as users get it (not editable) plus PyInstaller."""
    if fresh and venv_dir.exists():
        shutil.rmtree(venv_dir)
    python = venv_python(venv_dir)
    if not python.exists():
        print(f"--> creating the build venv {venv_dir}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
    # Installing the checkout each time refreshes the dist-info the bundle reads its version from.
    run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         str(ROOT), PYINSTALLER], "installing the project and PyInstaller", cwd=ROOT)
    return python


def run_pyinstaller(python: Path) -> Path:
    run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", WORK, SPEC], "PyInstaller", cwd=ROOT)
    bundle = DIST / BUNDLE_NAME
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller finished but {bundle} is missing")
    return bundle


def console_program(bundle: Path) -> Path:
    # On Windows the windowed program has no stdout; its console twin prints (see the spec).
    if sys.platform == "win32":
        return bundle / f"{BUNDLE_NAME}-cli.exe"
    return bundle / BUNDLE_NAME


def clean_environment() -> dict[str, str]:
    """The frozen program must not lean on this machine's Python or the source tree."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.pop("SMARTTEK_DSAR_DB", None)
    return env


def check_bundle(bundle: Path, version: str) -> str:
    program = console_program(bundle)
    with tempfile.TemporaryDirectory(prefix="smarttek-dsar-check-") as outside:
        shown = run([program, "--version"], "bundle --version", cwd=outside,
                    env=clean_environment(), capture_output=True, text=True).stdout.strip()
        if shown != f"smarttek-dsar {version}":
            raise BuildError(f"the bundle says {shown!r}, pyproject.toml says {version}")
        done = subprocess.run([str(program), "--self-test"], cwd=outside, env=clean_environment(),
                              capture_output=True, text=True, timeout=300)
    print(done.stdout, end="", flush=True)
    if done.returncode != 0:
        print(done.stderr, end="", file=sys.stderr)
        raise BuildError(f"the bundle's self-test failed (exit code {done.returncode})")
    return done.stdout


def tree_size(path: Path) -> int:
    # PyInstaller links some libraries to each other; count what takes disk space once.
    return sum(file.stat().st_size for file in path.rglob("*")
               if file.is_file() and not file.is_symlink())


# Qt's X11 plugin needs these; many desktops lack libxcb-cursor0 in particular. PyInstaller
# copies them into the bundle only when the build machine has them. (Wayland's own libraries
# are left to the system by PyInstaller, and every Wayland desktop has them.)
LINUX_QT_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
}


def warn_missing_linux_libraries() -> None:
    ldconfig = shutil.which("ldconfig") or shutil.which("ldconfig", path="/sbin:/usr/sbin")
    if ldconfig is None:
        return
    listed = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    missing = [package for library, package in LINUX_QT_LIBRARIES.items()
               if library not in listed]
    if missing:
        print("warning: the bundle will rely on the user's system for Qt's X11/Wayland "
              f"libraries; to bundle them, install first: apt-get install {' '.join(missing)}",
              flush=True)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV,
                        help=f"build venv (default: {DEFAULT_VENV.relative_to(ROOT)})")
    parser.add_argument("--fresh", action="store_true", help="recreate the build venv")
    return parser.parse_args(argv)


def build(args: argparse.Namespace) -> list[str]:
    version = project_version()
    if sys.platform.startswith("linux"):
        warn_missing_linux_libraries()
    started = time.monotonic()
    python = prepare_venv(args.venv.resolve(), args.fresh)
    installed = time.monotonic()
    bundle = run_pyinstaller(python)
    frozen = time.monotonic()
    check_bundle(bundle, version)
    report = [
        f"version {version} on {sys.platform}",
        f"build venv ready in {installed - started:.0f} s, PyInstaller took "
        f"{frozen - installed:.0f} s",
        f"bundle {bundle}: {megabytes(tree_size(bundle))}, "
        f"{sum(1 for file in bundle.rglob('*') if file.is_file())} files",
    ]
    if sys.platform.startswith("linux"):
        archive = build_linux_archive(bundle, version, DIST)
        try_install(archive, version)
        report.append(f"archive {archive}: {megabytes(archive.stat().st_size)}, install.sh "
                      "tried in a throwaway prefix")
    elif sys.platform == "win32":
        installer = build_windows_installer(bundle, version, DIST)
        report.append(f"installer {installer}" if installer else
                      "installer skipped: Inno Setup's ISCC.exe was not found")
    report.append(f"total {time.monotonic() - started:.0f} s")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        report = build(args)
    except (RuntimeError, subprocess.SubprocessError) as exc:  # BuildError and the archive's
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print("\n".join(["", "Build finished:", *(f"  {line}" for line in report)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
