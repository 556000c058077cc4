"""A large mail's notes (text cut, a file kept only inside the original) are written into the
case's receipt proof in English, as the record; a Latvian reader sees them in Latvian."""

from __future__ import annotations

from smarttek_dsar.intake.mail_size import left_out_note, text_cut_note
from smarttek_dsar.services.intake.case_words import receipt_proof_said
from smarttek_dsar.services.message_catalogue import message_in

MiB = 1024 * 1024


def test_the_notes_of_a_large_mail_are_read_back_in_latvian():
    notes = [text_cut_note(), left_out_note("līgums.zip", "application/zip", 74 * MiB, 25 * MiB),
             left_out_note(None, "video/mp4", 30 * MiB, 25 * MiB)]
    stored = "To check:\n" + "\n".join(f"- {message_in(note, 'en')}" for note in notes)

    latvian = [message_in(line, "lv") for line in receipt_proof_said(stored)]

    assert latvian[0] != "To check:"
    assert "līgums.zip" in latvian[2] and "74.0 MB" in latvian[2]
    assert "video/mp4" in latvian[3]
    for english, said in zip(stored.splitlines()[1:], latvian[1:], strict=True):
        assert said != english, said
        assert said.startswith("- ")
    assert not any(word in line for line in latvian for word in ("attachment", "evidence",
                                                                  "the desk"))
