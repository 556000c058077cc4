"""What intake could not read is said in the import result and on the case: an S/MIME
encrypted body, a header cut because it was too long. SQLite and PostgreSQL."""

from __future__ import annotations

from smarttek_dsar.intake.encoded_parts import ENCRYPTED
from tests.intake.encoded_mails import encoded_forward, smime_encrypted
from tests.intake.long_headers import folded_subject_mail
from tests.services.intake_files import write


def imported(services, actor, path):
    (result,) = services.imports.import_files(actor, [path])
    assert result.status == "created", result.message
    return result, services.cases.detail(actor, result.case_number)


def test_an_encrypted_mail_becomes_a_case_that_says_it_cannot_be_read(services, specialist,
                                                                        tmp_path):
    result, case = imported(services, specialist, write(tmp_path, "enc.eml", smime_encrypted()))
    assert ENCRYPTED in result.notes
    assert str(ENCRYPTED) in case.receipt_proof
    assert case.request_text == "Subject: Fwd: Datu dzēšana"


def test_a_cut_header_and_a_decoded_forward_reach_the_case(services, specialist, tmp_path):
    long_result, long_case = imported(services, specialist,
                                      write(tmp_path, "long.eml", folded_subject_mail(420)))
    assert any("Subject header is 420 KB long" in n for n in long_result.notes)
    assert "Subject header is 420 KB long" in long_case.receipt_proof  # stored English
    evidence = next(a for a in long_case.attachments if a.kind == "evidence")
    assert evidence.size == len(folded_subject_mail(420))  # the original, uncut
    _, forwarded = imported(services, specialist,
                            write(tmp_path, "fwd.eml", encoded_forward("base64")))
    assert "Lūdzu dzēst visus manus personas datus." in forwarded.request_text
