"""The screenshot run's dialogs (issue 14): every dialog class of the window has a picture
in both languages in docs/screenshots/, listed in its README, and the run really opens and
saves every dialog it names (here on the offscreen platform, in Latvian)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.screenshots_case_files import _request_mail
from smarttek_dsar.ui.screenshots_dialogs import (
    DIALOG_BASES,
    DIALOG_CLASSES,
    DIALOGS,
    shoot_dialogs,
)
from tests.ui import test_collection_widgets as widgets

# Configured company systems and a case for Ilze Kalniņa, whose data they hold.
own_settings_files = widgets.own_settings_files
configured = widgets.configured
ilze_case = widgets.ilze_case

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
DIALOG_ROOTS = {"QDialog", "QMessageBox", "QInputDialog", "QFileDialog"}


def _dialog_classes() -> set[str]:
    """Every class in smarttek_dsar/ui that is a dialog, through its bases (by name)."""
    bases: dict[str, set[str]] = {}
    for path in (ROOT / "smarttek_dsar" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                                    for b in node.bases}
    dialogs: set[str] = set()
    grown = True
    while grown:
        grown = False
        for name, parents in bases.items():
            if name not in dialogs and parents & (DIALOG_ROOTS | dialogs):
                dialogs.add(name)
                grown = True
    return dialogs


def test_every_dialog_class_has_a_picture():
    assert _dialog_classes() == set(DIALOG_CLASSES) | set(DIALOG_BASES)


def test_every_picture_is_in_the_docs_in_both_languages_and_listed():
    index = (SHOTS / "README.md").read_text(encoding="utf-8")
    stems = set(DIALOG_CLASSES.values()) | {f"dialog-{name}" for name in DIALOGS}
    for stem in stems:
        for language in ("en", "lv"):
            name = f"{stem}-{language}.png"
            assert (SHOTS / name).stat().st_size > 2000, name
            assert name in index, name
    # and nothing in the folder that the index does not explain
    for png in SHOTS.glob("*.png"):
        assert png.name in index, png.name


def test_the_run_opens_saves_and_closes_every_dialog_it_names(main_window, services, dpo,
                                                                ilze_case, tmp_path):
    i18n.install("lv")
    try:
        # What the screenshot run's earlier steps leave: an imported request and a case
        # whose subject's data was collected (from the configured company systems).
        services.imports.import_file(dpo, _request_mail(tmp_path))
        assert services.collection.run(dpo, ilze_case).total_rows
        out = tmp_path / "shots"
        out.mkdir()
        saved: list[str] = []

        def save(widget: QWidget, folder: Path, name: str) -> None:
            assert widget.isVisible()
            assert widget.grab().save(str(folder / name))
            saved.append(name)

        shoot_dialogs(main_window, services, tmp_path, out, "lv", save, collected=ilze_case)
    finally:
        i18n.install("en")
    assert sorted(saved) == sorted(f"dialog-{name}-lv.png" for name in DIALOGS)
    assert sorted(p.name for p in out.iterdir()) == sorted(saved)
    # every dialog was closed again: none is left open over the window
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
