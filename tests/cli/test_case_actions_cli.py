"""`smarttek-dsar case actions`: every operation with the table's answer, and the commands
refusing with exactly the reason it printed."""

from __future__ import annotations

from smarttek_dsar.domain.operations import Operation
from tests.cli.cli_runner import Cli

PW = "a long enough password"
ANNA = {"user": "anna", "password": PW}
# Fixed dates in the past: nothing here depends on the day the test runs.
RECEIVED = "2026-11-02"
SENT = "2026-11-20"




def actions(cli: Cli, number: str, **who) -> dict[str, dict]:
    listed = cli("case", "actions", number, "--json", **who)
    assert listed.code == 0, listed.err
    return {row["operation"]: row for row in listed.json()}


def test_case_actions_lists_every_operation_and_why_not(ready, tmp_path):
    new = ready("case", "new", "--channel", "email", "--received", RECEIVED, "--subject-name",
                "Līga Ozola", "--email", "liga.ozola@example.lv", "--right", "access",
                "--json", **ANNA)
    assert new.code == 0, new.err
    number = new.json()["number"]

    rows = actions(ready, number, **ANNA)
    assert list(rows) == [op.value for op in Operation]
    assert rows["verify"]["allowed"] and rows["reject"]["allowed"]
    assert rows["decide"] == {
        "operation": "decide", "allowed": False, "refused_by": "stage",
        "reason": "Decisions are recorded during the legal review; the case is in 'Intake'."}
    # `case show` offers exactly the allowed ones.
    shown = ready("case", "show", number, **ANNA).out
    offered = {op for op, row in rows.items() if row["allowed"]}
    assert f"Next: {', '.join(sorted(offered))}" in shown

    text = ready("case", "actions", number, **ANNA).out.splitlines()
    assert text[0].split() == ["OPERATION", "ALLOWED", "WHY", "NOT"]
    close = next(line for line in text if line.startswith("close "))
    assert close.split()[1] == "no" and "Only a case whose response was sent" in close

    # The command refuses with the very words `case actions` gave.
    refused = ready("case", "decide", number, "--category", "contact_details", "--right",
                    "access", "--outcome", "grant", "--article", "Art. 15", **ANNA)
    assert refused.code == 1
    assert refused.err.strip() == f"smarttek-dsar: {rows['decide']['reason']}"

    managed = actions(ready, number, user="maris", password=PW)
    assert not any(row["allowed"] for row in managed.values())
    assert managed["advance"]["reason"] == "maris (manager) may not move cases along."


def test_where_the_command_line_disagreed_the_table_wins(ready, tmp_path):
    number = ready("case", "new", "--channel", "letter", "--received", RECEIVED,
                   "--subject-name", "Jānis Bērziņš", "--email", "janis@example.lv",
                   "--right", "access", "--json", **ANNA).json()["number"]
    assert ready("case", "verify", number, "--method", "in_person", **ANNA).code == 0
    assert ready("case", "advance", number, **ANNA).code == 0
    assert ready("case", "decide", number, "--category", "contact_details", "--right",
                 "access", "--outcome", "grant", "--article", "Art. 15", **ANNA).code == 0
    assert ready("case", "advance", number, **ANNA).code == 0  # -> fulfilment
    # In fulfilment a refusal is still possible (the window used to hide it)...
    assert actions(ready, number, **ANNA)["reject"]["allowed"]
    package = tmp_path / "atbilde.pdf"
    package.write_bytes(b"%PDF-1.4 answer")
    delivered = ready("case", "deliver", number, "--channel", "letter", "--sent-on", SENT,
                      "--file", str(package), **ANNA)
    assert delivered.code == 0, delivered.err
    # ...but not once the answer was sent (the command line used to accept it).
    why = actions(ready, number, **ANNA)["reject"]
    assert not why["allowed"] and "GDPR 12(4)" in why["reason"]
    refused = ready("case", "reject", number, "--reason", "excessive", "--note", "late",
                    **ANNA)
    assert refused.code == 1 and why["reason"] in refused.err
    assert ready("case", "advance", number, **ANNA).code == 0  # -> response sent
    # `case advance` used to close a responded case; closing is its own operation.
    moved = ready("case", "advance", number, **ANNA)
    assert moved.code == 1 and "'Response sent' cannot move forward" in moved.err
    closed = ready("case", "close", number, **ANNA)
    assert closed.code == 0 and "Closed" in closed.out


def test_a_mistyped_code_is_corrected_from_the_command_line(ready):
    new = ready("case", "new", "--channel", "email", "--received", "2026-11-02",
                "--subject-name", "Līga Ozola", "--email", "liga.ozola@example.lv",
                "--right", "access", "--json", user="anna", password=PW)
    assert new.code == 0, new.err
    number = new.json()["number"]
    bad = ready("case", "correct", number, "--code", "010190-1000", user="anna", password=PW)
    assert bad.code == 1 and "11 digits" in bad.err
    fixed = ready("case", "correct", number, "--code", "010190-10001", user="anna",
                  password=PW)
    assert fixed.code == 0, fixed.err
    assert fixed.out.strip() == f"{number}: corrected personal_code."
    shown = ready("case", "show", number, "--json", user="anna", password=PW).json()
    subject = next(p for p in shown["parties"] if p["role"] == "subject")
    assert subject["personal_code"] == "010190-10001"
    assert subject["email"] == "liga.ozola@example.lv"  # fields not given stay as recorded
    refused = ready("case", "correct", number, "--code", "010190-10001", user="maris",
                    password=PW)
    assert refused.code == 1
