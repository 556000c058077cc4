"""Before the window starts on Linux: can Qt's xcb platform plugin load at all?

When a system library the plugin links against is missing, Qt prints a paragraph about
"reinstalling the application" and aborts the process (exit 134, a core dump on some systems).
A fresh Debian or Ubuntu machine lacks a few of them (libxcb-cursor0, libxcb-icccm4,
libxcb-keysyms1). So the launcher asks the dynamic loader for each library first and, when one
is missing, prints one line naming the packages to install and exits non-zero.

Plain Python on purpose (no Qt import): it runs before PySide6 is imported, and it is cheap
(one dlopen per library, which Qt would open a moment later anyway).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class SystemLibrary:
    soname: str
    debian: str  # Debian and Ubuntu package
    fedora: str  # Fedora, RHEL and openSUSE-like naming


# The DT_NEEDED entries of PySide6's plugins/platforms/libqxcb.so and lib/libQt6XcbQpa.so.6
# (Qt 6.8-6.11) that are not Qt's own or the C/C++ runtime; tests/ui/test_platform_libraries.py
# compares this table with the installed wheel.
XCB_LIBRARIES = (
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    SystemLibrary("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    SystemLibrary("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    SystemLibrary("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    SystemLibrary("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    SystemLibrary("libxcb.so.1", "libxcb1", "libxcb"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    SystemLibrary("libX11.so.6", "libx11-6", "libX11"),
    SystemLibrary("libGL.so.1", "libgl1", "libglvnd-glx"),
    SystemLibrary("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    SystemLibrary("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
)


def can_load(soname: str) -> bool:
    """What the dynamic loader says, the same search Qt's own loading goes through."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(load: Callable[[str], bool] = can_load) -> list[SystemLibrary]:
    return [library for library in XCB_LIBRARIES if not load(library.soname)]


def _unique(names) -> str:
    return " ".join(dict.fromkeys(names))


def install_line(missing: list[SystemLibrary]) -> str:
    """One line: what is missing and the command per platform family that installs it."""
    return (
        f"the window cannot start: Qt's xcb platform needs "
        f"{', '.join(library.soname for library in missing)}. Install them with "
        f"'sudo apt install {_unique(library.debian for library in missing)}' (Debian, Ubuntu) "
        f"or 'sudo dnf install {_unique(library.fedora for library in missing)}' (Fedora), "
        f"then start again."
    )


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick the xcb plugin: asked for first by QT_QPA_PLATFORM, or nothing asked
    for and no Wayland session to prefer."""
    asked = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def window_problem(environ: Mapping[str, str], platform: str = sys.platform,
                   load: Callable[[str], bool] = can_load) -> str | None:
    """Why the window cannot start on this machine, in one line; None when it can (or when only
    Qt itself can tell: Windows, macOS, Wayland and the other plugins ship what they need)."""
    if not platform.startswith("linux") or not uses_xcb(environ):
        return None
    missing = missing_libraries(load)
    if missing:
        return install_line(missing)
    if not environ.get("DISPLAY"):
        return ("the window cannot start: no display (DISPLAY is not set). Start it inside a "
                "desktop session, or use the command line (smarttek-dsar --help).")
    return None
