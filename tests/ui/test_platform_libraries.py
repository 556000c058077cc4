"""Before the window starts: a missing system library for Qt's xcb plugin is named in one line
instead of Qt's abort (exit 134)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smarttek_dsar.ui.platform_libraries import (
    XCB_LIBRARIES,
    can_load,
    install_line,
    missing_libraries,
    window_problem,
)

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")


def _all_but(*absent: str):
    return lambda soname: soname not in absent


def test_missing_libraries_are_named_with_the_packages_to_install_in_one_line():
    line = window_problem({"DISPLAY": ":0"}, "linux",
                          load=_all_but("libxcb-cursor.so.0", "libxcb-icccm.so.4",
                                        "libxcb-keysyms.so.1"))
    assert "\n" not in line
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in line
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in line
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" in line


def test_a_package_that_holds_several_missing_libraries_is_named_once():
    line = window_problem({"DISPLAY": ":0"}, "linux",
                          load=_all_but("libxcb-shm.so.0", "libxcb-sync.so.1"))
    assert "'sudo apt install libxcb-shm0 libxcb-sync1'" in line
    assert "'sudo dnf install libxcb'" in line


def test_nothing_to_say_when_every_library_loads_and_there_is_a_display():
    assert window_problem({"DISPLAY": ":0"}, "linux", load=_all_but()) is None
    assert window_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux",
                          load=_all_but()) is None


def test_no_display_is_said_in_one_line():
    line = window_problem({}, "linux", load=_all_but())
    assert line.startswith("the window cannot start: no display (DISPLAY is not set)")


@pytest.mark.parametrize(("environ", "platform"), [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
    ({}, "win32"),
    ({}, "darwin"),
])
def test_other_platforms_are_left_to_qt_without_looking_for_libraries(environ, platform):
    looked_for: list[str] = []

    def load(soname: str) -> bool:
        looked_for.append(soname)
        return False

    assert window_problem(environ, platform, load=load) is None
    assert looked_for == []


def _needed(path: Path) -> set[str]:
    dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                             check=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))


@linux_only
@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils' readelf")
def test_the_table_covers_every_system_library_the_installed_xcb_plugin_links_against():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    needed = _needed(qt / "plugins/platforms/libqxcb.so") | _needed(qt / "lib/libQt6XcbQpa.so.6")
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}
    system = {name for name in needed if not name.startswith("libQt6") and name not in runtime}
    assert "libxcb-cursor.so.0" in system  # the one a fresh Debian lacks: the scan works
    assert system <= {library.soname for library in XCB_LIBRARIES}


def _start_window(tmp_path: Path, hidden: tuple[str, ...], *command: str):
    """The app (or plain Qt) with some libraries made unloadable for this process only: an
    empty file of that name first on LD_LIBRARY_PATH is what the loader finds and rejects."""
    broken = tmp_path / "broken-libraries"
    broken.mkdir(exist_ok=True)
    for soname in hidden:
        (broken / soname).write_bytes(b"")
    env = {key: value for key, value in os.environ.items()
           if key not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":97", LD_LIBRARY_PATH=str(broken),
               HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, *command], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


@linux_only
def test_the_app_names_the_missing_packages_where_plain_qt_aborts(tmp_path):
    hidden = ("libxcb-cursor.so.0", "libxcb-keysyms.so.1")
    # Qt on its own, as the window was before: the abort the issue saw.
    qt = _start_window(tmp_path, hidden, "-c",
                       "from PySide6.QtWidgets import QApplication; QApplication([])")
    assert qt.returncode == -6  # SIGABRT, the shell's exit 134
    assert "no Qt platform plugin could be initialized" in qt.stderr

    app = _start_window(tmp_path, hidden, "-m", "smarttek_dsar", "--demo")
    assert app.returncode == 1
    assert app.stderr.count("\n") == 1
    # The two hidden here, and any other this machine lacks anyway (a fresh CI machine has
    # not got the xcb helper libraries the Xvfb step installs later).
    expected = [library for library in XCB_LIBRARIES
                if library.soname in hidden or not can_load(library.soname)]
    assert app.stderr == "smarttek-dsar: " + install_line(expected) + "\n"
    assert "libxcb-cursor.so.0" in app.stderr and "libxcb-keysyms.so.1" in app.stderr
    assert "libxcb-cursor0" in app.stderr and "libxcb-keysyms1" in app.stderr
    assert not (tmp_path / "data").exists()  # stopped before any demo database was made


@linux_only
def test_the_app_without_a_display_says_so_instead_of_aborting(tmp_path):
    if missing_libraries():
        pytest.skip("this machine lacks xcb libraries; the line names those first")
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    app = subprocess.run([sys.executable, "-m", "smarttek_dsar", "--demo"], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120)
    assert app.returncode == 1
    assert app.stderr == ("smarttek-dsar: the window cannot start: no display (DISPLAY is not "
                          "set). Start it inside a desktop session, or use the command line "
                          "(smarttek-dsar --help).\n")


def test_the_readme_names_every_package_the_app_may_ask_for():
    readme = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", " ")
    apt = re.search(r"sudo apt install ([^\n]+)", readme).group(1).split()
    dnf = re.search(r"sudo dnf install ([^\n]+)", readme).group(1).split()
    assert {library.debian for library in XCB_LIBRARIES} <= set(apt)
    assert {library.fedora for library in XCB_LIBRARIES} <= set(dnf)
