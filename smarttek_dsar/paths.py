"""The one place that knows where files live: user data (platformdirs) and shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "SmarttekDSAR"
APP_AUTHOR = "Smarttek"

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundle_dir() -> Path | None:
    """The unpacked PyInstaller bundle (sys._MEIPASS) when running frozen, else None."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if getattr(sys, "frozen", False) and bundle else None


def resources_dir() -> Path:
    """Shipped resources: inside the wheel (smarttek_dsar/resources), the frozen bundle (which
    keeps the wheel's layout, see packaging/smarttek-dsar.spec) or the source tree's resources/."""
    bundle = bundle_dir()
    if bundle is not None:
        # The bundle's modules live in an archive, so __file__ is not a dependable anchor there.
        return bundle / "smarttek_dsar" / "resources"
    inside = _PACKAGE_DIR / "resources"
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "dsar.sqlite3"


def demo_database_path() -> Path:
    return user_data_dir() / "demo.sqlite3"


def demo_systems_path() -> Path:
    """The synthetic 'Smarttek systems' database the data-sources issue searches."""
    return user_data_dir() / "demo-systems.sqlite3"


TRUST_ANCHORS_ENV = "SMARTTEK_DSAR_TRUST_ANCHORS"


def trust_anchors_dir() -> Path:
    """The CA certificates an administrator installed to trust e-signatures (one PEM file
    each); SMARTTEK_DSAR_TRUST_ANCHORS names another folder (tests, a shared install)."""
    override = os.environ.get(TRUST_ANCHORS_ENV)
    return Path(override) if override else user_data_dir() / "trust-anchors"


LOG_DIR_ENV = "SMARTTEK_DSAR_LOG_DIR"


def user_log_dir() -> Path:
    """Where unexpected errors are written: SMARTTEK_DSAR_LOG_DIR, else the platform's log
    folder for the user (e.g. ~/.local/state/.../log on Linux, AppData\\Local\\...\\Logs)."""
    explicit = os.environ.get(LOG_DIR_ENV)
    path = Path(explicit) if explicit else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


SOURCES_CONFIG_ENV = "SMARTTEK_DSAR_SOURCES"
REGISTER_ENV = "SMARTTEK_DSAR_REGISTER"


def user_config_dir() -> Path:
    path = Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def sources_config_path() -> Path:
    """The installation's data sources (TOML): SMARTTEK_DSAR_SOURCES, else the user config dir."""
    explicit = os.environ.get(SOURCES_CONFIG_ENV)
    return Path(explicit) if explicit else user_config_dir() / "sources.toml"


def edited_register_path() -> Path:
    """The DPO's edited register of processing activities; absent until the first edit."""
    explicit = os.environ.get(REGISTER_ENV)
    return Path(explicit) if explicit else user_config_dir() / "register.toml"


def demo_systems_path_beside(case_file: Path) -> Path:
    """A demo case file keeps its synthetic systems next to it, so two demos never share one."""
    return case_file.with_name(case_file.stem + "-systems.sqlite3")


LETTERS_ENV = "SMARTTEK_DSAR_LETTERS"


def letter_overrides_dir() -> Path:
    """The DPO's edited letter templates (<lang>/<kind>.txt); they win over the shipped ones."""
    explicit = os.environ.get(LETTERS_ENV)
    return Path(explicit) if explicit else user_config_dir() / "letters"


OPENED_FILES_ENV = "SMARTTEK_DSAR_OPENED_FILES"


def opened_files_dir() -> Path:
    """Where the window puts a case's file for the system's viewer to open: the user's own
    cache folder (SMARTTEK_DSAR_OPENED_FILES, else platformdirs), readable by its owner only,
    emptied when the window starts and when it ends (the files are personal data)."""
    explicit = os.environ.get(OPENED_FILES_ENV)
    path = Path(explicit) if explicit else Path(
        platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "opened"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)  # an older folder made with the default mode is narrowed too
    return path
