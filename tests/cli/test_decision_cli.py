"""`case decide` with the facts a decision rests on, and `phrasebook show|set|export|import`,
end to end as the DPO and a specialist run them."""

from __future__ import annotations

from tests.cli.cli_runner import Cli

PW = "a long enough password"
ANNA = {"user": "anna", "password": PW}
DPO = {"user": "dpo", "password": PW}
RECEIVED = "2026-11-02"  # a fixed day in the past: nothing depends on today




def in_review(cli: Cli, language: str) -> str:
    new = cli("case", "new", "--channel", "email", "--received", RECEIVED, "--subject-name",
              "Līga Ozola", "--email", "liga.ozola@example.lv", "--right", "erasure",
              "--right", "restriction", "--language", language, "--json", **ANNA)
    assert new.code == 0, new.err
    number = new.json()["number"]
    assert cli("case", "advance", number, **ANNA).code == 0
    assert cli("case", "verify", number, "--method", "email_on_file", **ANNA).code == 0
    assert cli("case", "advance", number, **ANNA).code == 0
    return number


def test_decide_refuses_missing_facts_and_fills_the_subjects_reason(ready):
    number = in_review(ready, "en")
    bare = ready("case", "decide", number, "--category", "billing_payments", "--right",
                 "erasure", "--outcome", "refuse", "--article", "Art. 17(3)(b)", **ANNA)
    assert bare.code == 1 and "needs the date until which the data is kept" in bare.err
    assert "Traceback" not in bare.err
    done = ready("case", "decide", number, "--category", "billing_payments", "--right",
                 "erasure", "--outcome", "refuse", "--ground", "17(3)(b)", "--keep-until",
                 "2036-12-31", "--reason", "Invoices: accounting law", **ANNA)
    assert done.code == 0, done.err
    restricted = ready("case", "decide", number, "--category", "contact_details", "--right",
                       "restriction", "--outcome", "grant", **ANNA)
    assert restricted.code == 1 and "18(1)(a)-(d)" in restricted.err
    assert ready("case", "decide", number, "--category", "contact_details", "--right",
                 "restriction", "--outcome", "grant", "--ground", "18(1)(a)", **ANNA).code == 0
    conflict = ready("case", "decide", number, "--category", "contact_details", "--right",
                     "erasure", "--outcome", "grant", "--ground", "17(1)(a)", **ANNA)
    assert conflict.code == 1 and "choose one" in conflict.err

    shown = {(d["category"], d["right"]): d
             for d in ready("case", "show", number, "--json", **ANNA).json()["decisions"]}
    refusal = shown[("billing_payments", "erasure")]
    assert (refusal["ground"], refusal["keep_until"]) == ("17(3)(b)", "2036-12-31")
    assert "We keep it until 31 December 2036" in refusal["subject_reason"]
    assert refusal["reason"] == "Invoices: accounting law"
    assert shown[("contact_details", "restriction")]["article"] == "Art. 18(1)(a)"
    text = ready("case", "show", number, **ANNA).out
    assert "kept until 31.12.2036" in text and "To the subject: We cannot erase" in text


def test_the_dpo_edits_the_phrasebook_and_the_next_decision_uses_it(ready, tmp_path):
    shown = ready("phrasebook", "show", "17(3)(b)", "--lang", "lv", **ANNA)
    assert shown.code == 0 and "shipped default" in shown.out and "grāmatvedības" in shown.out
    refused = ready("phrasebook", "set", "18(1)(a)", "--lang", "lv", "--text", "Cits.", **ANNA)
    assert refused.code == 1 and "may not" in refused.err
    wording = ("Ierobežojam šo datu apstrādi, kamēr pārbaudām to precizitāti (VDAR 18. panta "
               "1. punkta a) apakšpunkts).")
    done = ready("phrasebook", "set", "18(1)(a)", "--lang", "lv", "--text", wording, **DPO)
    assert done.code == 0 and "version 1" in done.out
    empty = ready("phrasebook", "set", "18(1)(a)", "--lang", "en", "--text", " ", **DPO)
    assert empty.code == 1 and "English" in empty.err

    exported = tmp_path / "phrasebook.toml"
    assert ready("phrasebook", "export", str(exported), **ANNA).code == 0
    assert wording in exported.read_text(encoding="utf-8")
    exported.write_text(exported.read_text(encoding="utf-8").replace(
        "We will no longer use this data", "We no longer use this data"), encoding="utf-8")
    imported = ready("phrasebook", "import", str(exported), **DPO)
    assert imported.code == 0 and "version 2" in imported.out
    assert "We no longer use" in ready("phrasebook", "show", "21(3)", "--json",
                                       **ANNA).json()["phrases"]["21(3)"]["en"]

    number = in_review(ready, "lv")
    assert ready("case", "decide", number, "--category", "contact_details", "--right",
                 "restriction", "--outcome", "grant", "--ground", "18(1)(a)", **ANNA).code == 0
    decision = ready("case", "show", number, "--json", **ANNA).json()["decisions"][0]
    assert decision["subject_reason"] == wording and decision["phrase_key"] == "18(1)(a)"
