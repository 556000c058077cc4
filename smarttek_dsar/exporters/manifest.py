"""What the package holds and the SHA-256 of each file.

The case file must record what was delivered (GDPR 5(2) accountability); the hashes let
anyone later prove that a file is exactly the one sent, and let the subject check that
nothing was damaged on the way (`sha256sum -c SHA256SUMS.txt`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SUMS_NAME = "SHA256SUMS.txt"
_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class PackageFile:
    """One file of a written package."""

    path: Path
    sha256: str
    size: int


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while block := source.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def describe(path: Path) -> PackageFile:
    return PackageFile(path=path, sha256=sha256_of(path), size=path.stat().st_size)


def manifest_name(case_number: str) -> str:
    return f"{case_number}_manifest.json"


def write_manifest(
    files: Sequence[PackageFile], directory: Path, case_number: str, generated_at: datetime
) -> tuple[Path, Path]:
    """Write `<case>_manifest.json` and `SHA256SUMS.txt` into `directory`; returns both paths.

    The manifest lists the data files; SHA256SUMS.txt lists them and the manifest itself.
    """
    manifest_path = directory / manifest_name(case_number)
    document = {
        "case_number": case_number,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "algorithm": "SHA-256",
        "files": [
            {"name": item.path.name, "size": item.size, "sha256": item.sha256} for item in files
        ],
    }
    manifest_path.write_text(
        json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    listed = [*files, describe(manifest_path)]
    sums_path = directory / SUMS_NAME
    # The format `sha256sum -c` reads: hash, two spaces, file name.
    sums_path.write_text(
        "".join(f"{item.sha256}  {item.path.name}\n" for item in listed), encoding="utf-8"
    )
    return manifest_path, sums_path
