"""Every audit action the program records is shown in words, in both languages (issue 14,
"words, not codes"): the actions are read from the source, so a new one without words fails
here rather than showing as "settings.changed" in the audit log. And the audit check names its
last checkpoint in Riga time, like every other time in the window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import smarttek_dsar
from smarttek_dsar.ui import i18n
from smarttek_dsar.ui.audit_page import _riga
from smarttek_dsar.ui.case_view.timeline_panel import action_words

PACKAGE = Path(smarttek_dsar.__file__).resolve().parent
# audit.record(session, actor, "x.y"), change_case(db, actor, number, version, "x.y", ...) and
# action="x.y" keywords.
# The actor may be a constant (SYSTEM in demo/setup.py), hence upper case too.
_RECORDED = re.compile(r'(?:audit\.record|record_event|_record|\.record)\(\s*(?:session,\s*)?'
                       r'(?:[A-Za-z_]+,\s*)?"([a-z_]+\.[a-z_]+)"|action="([a-z_]+\.[a-z_]+)"'
                       r'|change_case\([^"()]*"([a-z_]+\.[a-z_]+)"')


def recorded_actions() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for match in _RECORDED.finditer(path.read_text(encoding="utf-8")):
            found.add(match.group(1) or match.group(2) or match.group(3))
    return found


def test_the_scan_finds_the_actions_a_case_goes_through():
    assert {"case.created", "identity.checked", "case.closed", "settings.changed",
            "mail.held", "demo.generated"} <= recorded_actions()


@pytest.mark.parametrize("language", ["en", "lv"])
def test_every_recorded_action_has_words(qapp, language):
    i18n.install("en")
    english = {action: action_words(action) for action in recorded_actions()}
    i18n.install(language)
    try:
        without = sorted(a for a in english if action_words(a) == a)
        assert without == [], f"audit actions shown as codes: {without}"
        if language == "lv":
            untranslated = sorted(a for a, words in english.items()
                                  if action_words(a) == words)
            assert untranslated == [], f"audit actions in English in Latvian: {untranslated}"
    finally:
        i18n.install("en")


def test_the_last_checkpoint_is_shown_in_riga_time(qapp):
    from datetime import datetime

    stamp = "2026-12-02T18:02:34+00:00"
    assert _riga(stamp) == i18n.format_datetime(datetime.fromisoformat(stamp))
    assert "20:02" in _riga(stamp)  # UTC+2 in December
    assert _riga("") == "—"


def recorded_detail_keys() -> set[str]:
    """The keys of the details the program records: `details={...}` of a call, and a dict
    literal or item assignment of a name with "detail" in it."""
    import ast

    keys: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            dicts = []
            if isinstance(node, ast.Call):
                dicts = [k.value for k in node.keywords if k.arg == "details"]
            elif isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and "detail" in t.id for t in node.targets):
                dicts = [node.value]
            elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store) and \
                    isinstance(node.value, ast.Name) and "detail" in node.value.id:
                if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
                    keys.add(node.slice.value)
            for found in dicts:
                if isinstance(found, ast.Dict):
                    keys |= {k.value for k in found.keys
                             if isinstance(k, ast.Constant) and isinstance(k.value, str)}
    return keys


def test_every_recorded_detail_key_has_words_in_both_languages(qapp):
    """A detail key without words was shown raw ("held_id: 3") in the audit log."""
    from smarttek_dsar.ui.audit_details import KEY_WORDS, key_words

    keys = recorded_detail_keys()
    assert {"from", "held_id", "file", "kind"} <= keys
    assert sorted(keys - set(KEY_WORDS)) == []
    i18n.install("lv")
    try:
        same = sorted(k for k in keys if key_words(k) == KEY_WORDS[k]
                      and KEY_WORDS[k] not in ("Message-ID",))
        assert same == [], f"detail keys in English in Latvian: {same}"
    finally:
        i18n.install("en")
