"""The licences of everything the desk ships: no GPL or AGPL package among the runtime
dependencies, and an LGPL one only when it is named below with the reason it is acceptable.

The application is proprietary and bundled into installers (packaging/). The dependencies are
those of pyproject.toml (without the project's own extras such as `test`), followed through
the installed packages' Requires-Dist, with the extras each requirement asks for
("psycopg[binary]"). The licence is read from License-Expression, License and the licence
classifiers; where a package offers a choice ("LGPL-3.0-only OR GPL-3.0-only", two
classifiers) the most permissive choice counts. docs/licences.md lists the same packages.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent

# LGPL packages that may ship, and why. They are used unmodified, as separate libraries loaded
# at run time, so the user can replace them with another version (LGPL's condition).
ALLOWED_LGPL = {
    "pyside6-essentials": "Qt for Python, LGPL-3.0 (offered LGPL or GPL): used unmodified as "
                          "a dynamically loaded library (Qt licensing, LGPL option).",
    "pyside6-addons": "Qt for Python add-on modules (QtCharts, QtPdf): as PySide6-Essentials.",
    "pyside6-pdf": "Qt for Python QtPdf module (6.12 on): as PySide6-Essentials.",
    "shiboken6": "PySide6's binding runtime, LGPL-3.0: as PySide6-Essentials.",
    "psycopg": "PostgreSQL driver, LGPL-3.0: used unmodified as a separate library.",
    "psycopg-binary": "psycopg's compiled part with libpq, LGPL-3.0: as psycopg.",
    "py7zr": "Writes the password-protected 7z package, LGPL-2.1+: used unmodified.",
    "pybcj": "py7zr's BCJ filter, LGPL-2.1+: as py7zr.",
    "pyppmd": "py7zr's PPMd codec, LGPL-2.1+: as py7zr.",
    "inflate64": "py7zr's Deflate64 codec, LGPL-2.1+: as py7zr.",
    "multivolumefile": "py7zr's multi-volume file helper, LGPL-2.1+: as py7zr.",
    "python-stdnum": "Checks Latvian personal codes, LGPL-2.1+: used unmodified.",
}  # fmt: skip

PERMISSIVE, LGPL, GPL, UNKNOWN = "permissive", "LGPL", "GPL", "unknown"
_ORDER = {PERMISSIVE: 0, LGPL: 1, UNKNOWN: 2, GPL: 3}


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _kind(text: str) -> str:
    upper = text.upper()
    if "AFFERO" in upper or "AGPL" in upper:
        return GPL
    if "LGPL" in upper or "LESSER GENERAL PUBLIC" in upper or "LIBRARY GENERAL PUBLIC" in upper:
        return LGPL
    if re.search(r"\bGPL", upper) or "GENERAL PUBLIC LICENSE" in upper:
        return GPL
    return PERMISSIVE if upper.strip() else UNKNOWN


def licence_of(dist: metadata.Distribution) -> tuple[str, str]:
    """(kind, licence as stated) of an installed package; the most permissive choice."""
    meta = dist.metadata
    stated: list[str] = []
    expression = meta.get("License-Expression") or ""
    if expression:
        stated += re.split(r"\s+OR\s+", expression.strip("() "))
    licence = (meta.get("License") or "").strip()
    if licence and len(licence) < 200 and "\n" not in licence:  # a name, not a whole text
        stated += re.split(r"\s+OR\s+", licence)
    stated += [c.rpartition("::")[2].strip() for c in meta.get_all("Classifier") or []
               if c.startswith("License ::")]  # fmt: skip
    if not stated and licence:
        stated.append(licence.splitlines()[0])
    kinds = [_kind(text) for text in stated]
    if not kinds:
        # No licence field at all (imapclient): the licence text the package ships decides.
        for file in dist.files or []:
            if file.name.upper().startswith(("LICENSE", "LICENCE", "COPYING")):
                text = file.read_text(encoding="utf-8") or ""
                kinds.append(_kind(text))
                stated.append(f"{file.name} (licence text shipped with the package)")
    kinds = kinds or [UNKNOWN]
    return min(kinds, key=_ORDER.__getitem__), " | ".join(dict.fromkeys(stated)) or "(none)"


def runtime_distributions() -> dict[str, metadata.Distribution]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    todo = [(Requirement(line), "") for line in project["dependencies"]]
    found: dict[str, metadata.Distribution] = {}
    followed: set[tuple[str, str]] = set()
    while todo:
        requirement, extra = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": extra}):
            continue
        key = _key(requirement.name)
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            pytest.fail(f"runtime dependency {requirement.name} is not installed")
        # Each requested extra brings its own requirements ("psycopg[binary]").
        for wanted in ("", *requirement.extras):
            if (key, wanted) in followed:
                continue
            followed.add((key, wanted))
            todo += [(Requirement(line), wanted) for line in dist.requires or []]
        found[key] = dist
    return found


def test_no_runtime_dependency_is_gpl_and_lgpl_only_when_allowed() -> None:
    problems = []
    for key, dist in sorted(runtime_distributions().items()):
        kind, stated = licence_of(dist)
        if kind == GPL:
            problems.append(f"{key} {dist.version}: {stated} (GPL/AGPL cannot ship)")
        elif kind == UNKNOWN:
            problems.append(f"{key} {dist.version}: no licence in its metadata; check by hand")
        elif kind == LGPL and key not in ALLOWED_LGPL:
            problems.append(f"{key} {dist.version}: {stated} (LGPL: add it to ALLOWED_LGPL "
                            "with the reason it may ship, or replace it)")  # fmt: skip
    assert not problems, "\n".join(problems)


def test_the_gpl_readers_are_gone_from_the_runtime_dependencies() -> None:
    names = runtime_distributions()
    assert "extract-msg" not in names and "tnefparse" not in names
    assert {"olefile", "compressed-rtf"} <= set(names)


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (["License-Expression: GPL-3.0-or-later"], GPL),
        (["License: GPL"], GPL),  # what extract-msg states
        (["Classifier: License :: OSI Approved :: GNU Affero General Public License v3"], GPL),
        (["License-Expression: LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"], LGPL),
        (["Classifier: License :: OSI Approved :: GNU General Public License v3 (GPLv3)",
          "Classifier: License :: OSI Approved :: MIT License"], PERMISSIVE),
        (["License-Expression: MIT"], PERMISSIVE),
        ([], UNKNOWN),
    ],
)
def test_licence_metadata_is_classified(tmp_path: Path, lines: list[str], kind: str) -> None:
    info = tmp_path / "example-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("\n".join(["Metadata-Version: 2.4", "Name: example",
                                               "Version: 1.0", *lines]) + "\n\n")
    assert licence_of(metadata.PathDistribution(info))[0] == kind


def test_licence_list_in_docs_names_every_copyleft_dependency() -> None:
    """docs/licences.md lists the runtime packages; every LGPL one must be there (a new
    permissive sub-dependency of a newer release is not worth a failed build)."""
    listed = (ROOT / "docs" / "licences.md").read_text(encoding="utf-8").lower()
    missing = [key for key, dist in runtime_distributions().items()
               if licence_of(dist)[0] != PERMISSIVE and f"| {key} |" not in listed]  # fmt: skip
    assert not missing, f"add to docs/licences.md: {missing}"
    assert all(f"| {key} |" in listed for key in ALLOWED_LGPL)
