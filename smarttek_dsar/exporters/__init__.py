"""The data subject's package writers: plain data in (content.py), files out. No DB, no Qt."""

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
