"""The wheel `pip install .` builds carries every shipped resource and migration, finds them
from wherever it is installed, and the installed console script reports the project version.

Builds the wheel once for the module (about 5-15 s with a warm pip cache); deselect with
-m "not packaging".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MIGRATIONS = REPO / "smarttek_dsar" / "storage" / "migrations"

pytestmark = pytest.mark.packaging


def shipped_files(root: Path) -> dict[str, int]:
    """Relative path -> size of every file a build must carry (caches are not shipped)."""
    return {
        path.relative_to(root).as_posix(): path.stat().st_size
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def project_version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--quiet",
         "--disable-pip-version-check", "-w", str(out)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    (built,) = out.glob("smarttek_dsar-*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def test_wheel_carries_every_resource_and_migration(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        inside = {info.filename: info.file_size for info in archive.infolist()}
    expected = {
        **{f"smarttek_dsar/resources/{name}": size
           for name, size in shipped_files(REPO / "resources").items()},
        **{f"smarttek_dsar/storage/migrations/{name}": size
           for name, size in shipped_files(MIGRATIONS).items()},
    }
    assert "smarttek_dsar/storage/migrations/script.py.mako" in expected
    missing = sorted(name for name in expected if name not in inside)
    assert not missing, f"not in the wheel: {missing}"
    changed = sorted(name for name, size in expected.items() if inside[name] != size)
    assert not changed, f"different size in the wheel: {changed}"
    assert f"smarttek_dsar-{project_version()}.dist-info/entry_points.txt" in inside


def test_unpacked_wheel_finds_its_own_resources(unpacked: Path, tmp_path: Path) -> None:
    # The unpacked wheel first on the path, run from elsewhere: the source tree cannot help.
    probe = (
        "import smarttek_dsar.paths as p, smarttek_dsar.storage.migrate as m\n"
        "print(p.__file__)\n"
        "for parts in [('fonts', 'DejaVuSans.ttf'), ('register', 'register.toml'),"
        " ('letters', 'lv', 'acknowledgement.txt'), ('sources', 'demo-sources.toml'),"
        " ('schemas', 'portability.schema.json'), ('icons', 'app.svg')]:\n"
        "    assert p.resource_path(*parts).is_file(), parts\n"
        "assert list(p.resource_path('translations').glob('*.qm'))\n"
        "print(p.resources_dir())\n"
        "print(m.MIGRATIONS_DIR)\n"
        "print(m.head_revision())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(unpacked)}, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    module, resources, migrations, head = done.stdout.splitlines()
    assert Path(module).is_relative_to(unpacked)
    assert Path(resources) == unpacked / "smarttek_dsar" / "resources"
    assert Path(migrations) == unpacked / "smarttek_dsar" / "storage" / "migrations"
    assert head != "None"


def test_unpacked_wheel_reports_its_version(unpacked: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "smarttek_dsar", "--version"], cwd=tmp_path,
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(unpacked)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"smarttek-dsar {project_version()}"


def test_console_script_prints_the_project_version(tmp_path: Path) -> None:
    script = shutil.which("smarttek-dsar", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("smarttek-dsar is not installed in this Python environment")
    done = subprocess.run([script, "--version"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"smarttek-dsar {project_version()}"
