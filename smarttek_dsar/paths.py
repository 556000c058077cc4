"""The one place that knows where files live: user data (platformdirs) and shipped resources."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "SmarttekDSAR"
APP_AUTHOR = "Smarttek"

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Shipped resources: inside the wheel (smarttek_dsar/resources) or the source tree's resources/."""
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
