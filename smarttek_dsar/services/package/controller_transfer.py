"""The file sent to another controller at the subject's request (GDPR 20(2)): the same
portability JSON as in the subject's package, with its schema, in a folder of its own.

Plain file writing; the export service checks the case, records the disclosure and audits.
"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from smarttek_dsar.exporters.content import PackageContent
from smarttek_dsar.exporters.manifest import describe, write_manifest
from smarttek_dsar.exporters.package import portability_schema_name
from smarttek_dsar.exporters.portability_json import schema_path, write_portability_json


def controller_folder_name(case_number: str, controller: str) -> str:
    """'DSAR-2026-0001_to_Other-Energy-SIA': readable, and safe as a folder name."""
    slug = re.sub(r"[^\w]+", "-", controller, flags=re.UNICODE).strip("-")[:60] or "controller"
    return f"{case_number}_to_{slug}"


def write_for_controller(content: PackageContent, folder: Path) -> list[Path]:
    """Write the JSON, its schema, a manifest and SHA256SUMS.txt; returns every file."""
    case = content.case_number
    generated_at = datetime.now(UTC)
    data = folder / f"{case}_portability.json"
    write_portability_json(content, data, generated_at=generated_at)
    schema = folder / portability_schema_name(case)
    shutil.copyfile(schema_path(), schema)
    manifest, sums = write_manifest([describe(data), describe(schema)], folder, case,
                                    generated_at)
    return [data, schema, manifest, sums]
