"""`case deliver` says what comes next, as the window offers it: with every task done, the
move to 'Response sent' (with tasks open it prints the refusal of `advance`, which names
them; not exercised here)."""

from __future__ import annotations

from tests.cli.conftest import PW

ANNA = {"user": "anna", "password": PW}


def test_delivery_names_the_next_step(ready, tmp_path):
    number = ready("case", "new", "--channel", "email", "--received", "2026-11-20",
                   "--subject-name", "Jānis Bērziņš", "--email", "janis@example.lv",
                   "--right", "access", "--json", **ANNA).json()["number"]
    assert ready("case", "verify", number, "--method", "in_person", **ANNA).code == 0
    assert ready("case", "advance", number, **ANNA).code == 0
    assert ready("case", "decide", number, "--category", "contact_details", "--right",
                 "access", "--outcome", "grant", "--article", "Art. 15", **ANNA).code == 0
    assert ready("case", "advance", number, **ANNA).code == 0  # -> fulfilment
    package = tmp_path / "atbilde.pdf"
    package.write_bytes(b"%PDF-1.4 answer")
    delivered = ready("case", "deliver", number, "--channel", "email", "--file", str(package),
                      **ANNA)
    assert delivered.code == 0, delivered.err
    assert f"case advance {number}" in delivered.out
    assert ready("case", "advance", number, **ANNA).code == 0
