"""Every message the services, the domain, intake and storage can give a user is a code with
parameters and has its Latvian translation, with the same fields; the command line renders
the same catalogue without Qt (`--lang lv`)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from smarttek_dsar.domain.errors import DomainError
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.errors import NotFound
from smarttek_dsar.services.message_catalogue import catalogue, error_in

PACKAGE = Path(__file__).resolve().parents[2] / "smarttek_dsar"
LAYERS = ("domain", "services", "intake", "sources", "storage", "exporters", "demo")
ERRORS = {"ServiceError", "PermissionDenied", "NotFound", "ConflictError",
          "AuthenticationFailed", "DomainError", "InvalidIdentifier", "IntakeError",
          "LateRefusal", "RegisterFileError", "SourcesConfigError", "NotReadOnly",
          "PhrasebookError", "_Unreadable", "DatabaseError", "PasswordTooShort",
          "SourceFailure", "SendingFailed", "MailboxUnavailable", "SignatureProblem",
          "UntrustedCertificate"}
# Calls whose string arguments are message templates: (name, which positional arguments).
TEMPLATE_CALLS = {**{name: slice(0, 1) for name in ERRORS}, "Message": slice(0, 1),
                  "message": slice(0, 1), "_holds": slice(2, 3), "_rule": slice(4, 6),
                  "field_error": slice(1, 2), "clean_party": slice(1, 2)}


def _calls():
    for path in sorted(p for layer in LAYERS for p in (PACKAGE / layer).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name == "error" and path.name == "register.py":  # a register field's problem
                    yield path.relative_to(PACKAGE), node, "field_error"
                elif name in TEMPLATE_CALLS:
                    yield path.relative_to(PACKAGE), node, name


def _templates() -> dict[str, str]:
    found = {}
    for where, node, name in _calls():
        for argument in node.args[TEMPLATE_CALLS[name]]:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.setdefault(argument.value, f"{where}:{node.lineno}")
    # What a role "may not ...": actor.require(permission, what) and what=... of an operation.
    for path in sorted(p for layer in LAYERS for p in (PACKAGE / layer).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            words = [node.args[1]] if name == "require" and len(node.args) > 1 else []
            words += [k.value for k in node.keywords if k.arg == "what"]
            for argument in words:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.setdefault(argument.value, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_no_error_is_raised_with_a_ready_made_english_sentence():
    """An f-string would freeze the parameters into English: the window could not translate."""
    built = [f"{where}:{node.lineno}" for where, node, name in _calls()
             if name in ERRORS and node.args and isinstance(node.args[0], ast.JoinedStr)]
    assert built == []


def test_every_template_has_a_latvian_translation_with_the_same_fields():
    latvian = catalogue("lv")
    templates = _templates()
    assert len(templates) > 250
    missing = [f"{where}: {t}" for t, where in templates.items() if t not in latvian]
    assert missing == []
    unfit = [t for t in templates if _fields(t) != _fields(latvian[t])]
    assert unfit == []


def test_the_command_line_catalogue_renders_codes_in_latvian():
    error = NotFound("No case numbered '{number}'. Case numbers look like DSAR-2026-0001.",
                     number="DSAR-2026-9999")
    assert error_in(error, "en") == str(error)
    assert error_in(error, "lv") == (
        "Nav lietas ar numuru 'DSAR-2026-9999'. Lietu numuri izskatās šādi: DSAR-2026-0001.")
    stage = DomainError("A case in stage '{stage}' cannot move forward.", stage=Stage.CLOSED)
    assert error_in(stage, "lv") == "Lietu posmā 'Slēgts' nevar virzīt uz priekšu."


@pytest.mark.parametrize(("seconds", "latvian"), [
    (1, "1 sekundes"), (2, "2 sekundēm"), (10, "10 sekundēm"), (21, "21 sekundes")])
def test_plural_in_the_sign_in_throttle(seconds, latvian):
    from smarttek_dsar.services.administration.users import too_many_attempts
    from smarttek_dsar.services.message_catalogue import message_in

    said = too_many_attempts(seconds)
    assert str(said).endswith(f"{seconds} {'second' if seconds == 1 else 'seconds'}.")
    assert message_in(said, "lv").endswith(f"pēc {latvian}.")


def test_collection_summary_counts_sources_in_both_languages():
    from smarttek_dsar.services.message_catalogue import message_in
    from smarttek_dsar.services.review.collection import _message
    from smarttek_dsar.services.review.collection_views import SourceStatus

    def status(name: str, state: str) -> SourceStatus:
        return SourceStatus(name=name, kind="sql", location="", status=state, rows=0,
                            duration_ms=1, error=None if state == "ok" else "down")

    one = _message(True, (status("CRM", "ok"),))
    assert str(one[0]) == "Data about the subject was found (1 of 1 source searched)."
    assert message_in(one[0], "lv") == "Dati par datu subjektu atrasti (pārmeklēti 1 no 1 avota)."
    two = _message(True, (status("CRM", "ok"), status("Shop", "failed")))
    assert " ".join(str(m) for m in two) == (
        "Data about the subject was found (1 of 2 sources searched). Not searched because of an "
        "error: Shop.")
    assert message_in(two[0], "lv").endswith("(pārmeklēti 1 no 2 avotiem).")
