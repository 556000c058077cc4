"""`--lang lv`: refusals and errors on the command line in Latvian, from the same catalogue the
window uses (read without Qt); English stays the default."""

from __future__ import annotations

PW = "a long enough password"


def test_refusals_in_latvian_with_lang_lv(ready):
    english = ready("case", "show", "DSAR-2026-9999", user="anna", password=PW)
    assert english.code == 1
    assert "No case numbered 'DSAR-2026-9999'." in english.err
    latvian = ready("--lang", "lv", "case", "show", "DSAR-2026-9999", user="anna", password=PW)
    assert latvian.code == 1
    assert latvian.err.strip() == ("smarttek-dsar: Nav lietas ar numuru 'DSAR-2026-9999'. Lietu "
                                   "numuri izskatās šādi: DSAR-2026-0001.")
    wrong = ready("--lang", "lv", "case", "list", user="anna", password="not the password")
    assert wrong.code == 1 and "Nepareizs lietotājvārds vai parole." in wrong.err
