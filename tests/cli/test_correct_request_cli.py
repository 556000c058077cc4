"""`case correct` also corrects the representative, the answer's language and the receipt
proof, validated as at intake; the flags not given stay as recorded."""

from __future__ import annotations

from tests.cli.conftest import PW

ANNA = {"user": "anna", "password": PW}


def test_representative_language_and_proof_from_the_command_line(ready):
    new = ready("case", "new", "--channel", "email", "--received", "2026-11-02",
                "--subject-name", "Līga Ozola", "--email", "liga.ozola@example.lv",
                "--right", "access", "--proof", "Message-ID <a@b.lv>", "--json", **ANNA)
    assert new.code == 0, new.err
    number = new.json()["number"]
    no_proof = ready("case", "correct", number, "--representative", "Anna Liepa", **ANNA)
    assert no_proof.code == 1 and "proof of authority" in no_proof.err
    fixed = ready("case", "correct", number, "--representative", "Anna Liepa",
                  "--representative-proof", "Pilnvara Nr. 12", "--language", "en",
                  "--receipt-proof", "Received: by mx.smarttek.eu; 2 Nov 2026", **ANNA)
    assert fixed.code == 0, fixed.err
    assert fixed.out.strip() == (f"{number}: corrected representative, language, "
                                 "receipt_proof.")
    shown = ready("case", "show", number, "--json", **ANNA).json()
    representative = next(p for p in shown["parties"] if p["role"] == "representative")
    assert representative["authority_proof"] == "Pilnvara Nr. 12"
    assert shown["receipt_proof"] == "Received: by mx.smarttek.eu; 2 Nov 2026"
    alone = ready("case", "correct", number, "--no-representative", **ANNA)
    assert alone.code == 0 and "corrected representative." in alone.out
    shown = ready("case", "show", number, "--json", **ANNA).json()
    assert [p["role"] for p in shown["parties"]] == ["subject"]
    blank = ready("case", "correct", number, "--receipt-proof", " ", **ANNA)
    assert blank.code == 1 and "receipt proof cannot be empty" in blank.err
