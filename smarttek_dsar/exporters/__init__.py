"""The data subject's package writers: plain data in (content.py), files out. No DB, no Qt.

The names below are loaded when first used (PEP 562), not when the package is: every service
that only needs a small module of it (atomic.py for backups, the report sheets) would
otherwise load ReportLab, openpyxl, pypdf, Pillow and cryptography with the package writers,
about 40 MB that an import of a 100 MB mail cannot spare (issue 13)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smarttek_dsar.exporters.content import (
        DATA_STATE_INSPECTORATE,
        SMARTTEK,
        CategorySection,
        Column,
        Controller,
        CoverLetter,
        PackageContent,
        SupervisoryAuthority,
    )
    from smarttek_dsar.exporters.manifest import PackageFile
    from smarttek_dsar.exporters.package import PackageResult, export_package, write_package
    from smarttek_dsar.exporters.progress import ExportCancelled, Progress

_HOMES = {
    "DATA_STATE_INSPECTORATE": "content",
    "SMARTTEK": "content",
    "CategorySection": "content",
    "Column": "content",
    "Controller": "content",
    "CoverLetter": "content",
    "PackageContent": "content",
    "SupervisoryAuthority": "content",
    "PackageFile": "manifest",
    "PackageResult": "package",
    "export_package": "package",
    "write_package": "package",
    "ExportCancelled": "progress",
    "Progress": "progress",
}

__all__ = [
    "DATA_STATE_INSPECTORATE",
    "SMARTTEK",
    "CategorySection",
    "Column",
    "Controller",
    "CoverLetter",
    "ExportCancelled",
    "PackageContent",
    "PackageFile",
    "PackageResult",
    "Progress",
    "SupervisoryAuthority",
    "export_package",
    "write_package",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
