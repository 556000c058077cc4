"""`smarttek-dsar trust ...` and `import X.edoc` end to end: an administrator installs the
test CA, a specialist imports a signed request and sees the verification result."""

from __future__ import annotations

from datetime import timedelta

from tests.fixed_clock import TODAY
from tests.intake.asice_builder import SIGNER_CODE, signed_request
from tests.services.intake_files import write

PW = "a long enough password"


def test_trust_an_authority_then_import_a_signed_request(ready, tmp_path):
    data, pki = signed_request()
    edoc = str(write(tmp_path, "iesniegums.edoc", data))
    day = (TODAY - timedelta(days=1)).isoformat()

    untrusted = ready("import", edoc, "--received-on", day, user="anna", password=PW)
    assert untrusted.code == 0, untrusted.err
    assert "Signature NOT valid" in untrusted.out and "No trust anchors" in untrusted.out

    ca = str(write(tmp_path, "root.pem", pki.root.pem))
    refused = ready("trust", "add", ca, user="anna", password=PW)
    assert refused.code == 1 and "may not trust a signature authority" in refused.err
    added = ready("trust", "add", ca, user="dpo", password=PW)
    assert added.code == 0, added.err
    assert "Trusted “Test eParaksts Root CA”" in added.out
    listed = ready("trust", "list", "--json", user="dpo", password=PW).json()
    assert [a["subject"] for a in listed] == ["Test eParaksts Root CA"]
    # A root is its own issuer; the table names it as the window does.
    assert [a["issuer"] for a in listed] == ["Test eParaksts Root CA"]
    table = ready("trust", "list", user="dpo", password=PW).out
    assert "ISSUER" in table and table.count("Test eParaksts Root CA") == 2

    again, _ = signed_request(pki, text="Lūdzu dzēst manus datus.\n")
    second = str(write(tmp_path, "otrs.asice", again))
    result = ready("import", second, "--received-on", day, "--json", user="anna", password=PW)
    assert result.code == 0, result.err
    (row,) = result.json()
    assert row["status"] == "created"
    assert f"revocation NOT confirmed: signed by Jānis Bērziņš (personal code {SIGNER_CODE})" \
        in row["message"]
    assert "Identity verified by the qualified e-signature." in row["message"]

    removed = ready("trust", "remove", listed[0]["sha256"][:16], user="dpo", password=PW)
    assert removed.code == 0 and "No longer trusted" in removed.out
    assert "No certificate authority is trusted" in ready("trust", "list", user="dpo",
                                                          password=PW).out
