"""The layer rule as a test: ui -> services -> domain, services -> storage, exporters take plain
data (docs STYLE.md, rule 1). Every import in smarttek_dsar/, including imports inside functions,
is read from the source with ast; nothing is imported or run.

KNOWN_EXCEPTIONS lists the violations that exist today, in code being reworked (issue 11). The
test fails on any violation not in the list, and on any listed one that no longer occurs, so the
list can only shrink.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import smarttek_dsar

PACKAGE = Path(smarttek_dsar.__file__).resolve().parent
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic")


def internal(*layers: str) -> tuple[str, ...]:
    return tuple(f"smarttek_dsar.{layer}" for layer in layers)


@dataclass(frozen=True)
class Rule:
    layer: str  # a subpackage of smarttek_dsar
    forbidden: tuple[str, ...]  # module prefixes the layer must not import
    why: str
    # When set, the only smarttek_dsar modules the layer may import (besides its own).
    only_internal: tuple[str, ...] | None = None


RULES = (
    Rule("domain", QT + SQL, "the domain is plain Python: no Qt, no SQL, no other layer",
         only_internal=()),
    Rule("storage", QT + internal("services", "ui", "cli", "exporters", "demo"),
         "storage sits below the services"),
    Rule("services", QT + internal("ui", "cli"), "services return plain data; no Qt, no window"),
    Rule("exporters", QT + SQL + internal("services", "storage", "ui", "cli", "demo"),
         "exporters take plain data in and write files out"),
    Rule("cli", QT + internal("ui"), "the command line runs the services, not the window"),
    Rule("ui", SQL, "the window calls services and never holds a database session",
         # paths and error_log: where files live, and the log of unexpected errors (no data).
         only_internal=internal("services", "domain", "paths", "error_log")),
    Rule("intake", QT + SQL + internal("services", "storage", "ui", "cli"),
         "intake parses files into plain data"),
    Rule("sources", QT + internal("services", "ui", "cli"), "data sources know no window"),
    Rule("demo", QT + internal("ui", "cli"), "demo data is made through the services"),
)

# The one way in from the command line to the window: `smarttek-dsar` without a command opens it,
# after checking (without importing Qt, which would abort) that Qt's platform libraries exist.
LAUNCHER = {("cli/main.py", "smarttek_dsar.ui.launch"),
            ("cli/main.py", "smarttek_dsar.ui.platform_libraries")}

# (file under smarttek_dsar/, imported module) -> why it is there. Being reworked by others
# (issue 11); remove an entry when its import goes, the test says when.
KNOWN_EXCEPTIONS = {
    # The window's start-up opens the database itself; Services.open could do it.
    ("ui/launch.py", "smarttek_dsar.storage.database"): "start-up opens the database",
    ("ui/launch.py", "smarttek_dsar.demo.setup"): "--demo fills a database",
    ("ui/screenshots.py", "smarttek_dsar.storage.database"): "screenshot tool opens a database",
    ("ui/screenshots.py", "smarttek_dsar.demo.setup"): "screenshot tool fills demo data",
    # Plain types the window shows; the services hand them over unchanged.
    ("ui/package_dialog.py", "smarttek_dsar.exporters.package"): "PackageResult type",
    ("ui/import_dialog.py", "smarttek_dsar.intake.scanned_letter"): "scan file signatures",
}


def imported_modules(path: Path, package_root: Path) -> set[str]:
    """Every module `path` imports, relative imports resolved; `from a import b` gives a.b when b
    is a module of this package, else a."""
    package = list(path.relative_to(package_root.parent).parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                found.add(submodule if _is_own_module(submodule, package_root) else module)
    return found


def _is_own_module(module: str, package_root: Path) -> bool:
    parts = module.split(".")
    if parts[0] != package_root.name:
        return False
    path = package_root.parent.joinpath(*parts)
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _matches(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def violations(package_root: Path, rules=RULES) -> dict[tuple[str, str], str]:
    """(file, imported module) -> the rule it breaks, for every file of every ruled layer."""
    name = package_root.name
    found: dict[tuple[str, str], str] = {}
    for rule in rules:
        own = f"{name}.{rule.layer}"
        for path in sorted((package_root / rule.layer).rglob("*.py")):
            where = path.relative_to(package_root).as_posix()
            modules = imported_modules(path, package_root)
            for module in modules:
                if _matches(module, own):
                    continue
                broken = any(_matches(module, prefix.replace("smarttek_dsar", name, 1))
                             for prefix in rule.forbidden)
                if rule.only_internal is not None and _matches(module, name) and module != name:
                    allowed = tuple(p.replace("smarttek_dsar", name, 1)
                                    for p in rule.only_internal)
                    broken = broken or not any(_matches(module, p) for p in allowed)
                if broken and (where, module) not in LAUNCHER:
                    found[(where, module)] = f"{rule.layer}: {rule.why}"
    return found


def test_every_ruled_layer_has_files():
    for rule in RULES:
        assert list((PACKAGE / rule.layer).rglob("*.py")), f"no layer {rule.layer} to check"


def test_no_import_breaks_the_layer_rule():
    new = {key: why for key, why in violations(PACKAGE).items() if key not in KNOWN_EXCEPTIONS}
    assert not new, "Imports against the layer rule:\n" + "\n".join(
        f"  smarttek_dsar/{where} imports {module} ({why})"
        for (where, module), why in sorted(new.items()))


def test_known_exceptions_only_shrink():
    gone = set(KNOWN_EXCEPTIONS) - set(violations(PACKAGE))
    assert not gone, "These imports are gone; delete them from KNOWN_EXCEPTIONS:\n" + "\n".join(
        f"  {where} -> {module}" for where, module in sorted(gone))


def test_the_checker_sees_imports_that_break_the_rule(tmp_path):
    root = tmp_path / "smarttek_dsar"
    for layer, source in {
        "domain": "from PySide6.QtCore import QDate\n",
        "exporters": "def write():\n    from ..storage import models\n",
        "services": "import smarttek_dsar.ui.window\nfrom smarttek_dsar.domain import clock\n",
        "ui": "from smarttek_dsar.services import cases\n",
    }.items():
        (root / layer).mkdir(parents=True)
        (root / layer / "__init__.py").write_text("")
        (root / layer / "module.py").write_text(source)
    for layer in ("storage", "cli", "intake", "sources", "demo"):
        (root / layer).mkdir()
        (root / layer / "__init__.py").write_text("from smarttek_dsar.domain import clock\n")
    assert set(violations(root)) == {
        ("domain/module.py", "PySide6.QtCore"),
        ("exporters/module.py", "smarttek_dsar.storage"),
        ("services/module.py", "smarttek_dsar.ui.window"),
    }
