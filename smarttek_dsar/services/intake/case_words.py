"""The words intake writes into a new case (the name of an unknown sender, a scanned letter's
request text, the receipt proof), kept in English as the case's record, and read back to their
message templates so that the window says them in its language.

The case keeps what was written: the receipt proof is evidence and is never rewritten. What a
reader sees is the same text, line by line, in the window's language wherever this version
knows the sentence; a line typed by hand or from an older version is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from smarttek_dsar.domain.identity import INVALID
from smarttek_dsar.domain.messages import Message, read_back, split_joined
from smarttek_dsar.domain.rights import Right
from smarttek_dsar.intake.incoming import (
    EVIDENCE_DATE_HEADER,
    EVIDENCE_LETTER,
    EVIDENCE_MSG_DELIVERY_TIME,
    EVIDENCE_MSG_SUBMIT_TIME,
    EVIDENCE_PORTAL,
    EVIDENCE_RECEIVED_HEADER,
)
from smarttek_dsar.intake.mail_size import LEFT_OUT_NAMED, LEFT_OUT_UNNAMED, TEXT_CUT
from smarttek_dsar.intake.scan_text import NOTES as SCAN_NOTES
from smarttek_dsar.intake.scanned_letter import OCR_MAY_MISREAD

# Names a request without any sender details gets, so the case can be registered at once and
# the name typed in from the letter later.
UNKNOWN_SENDER = {
    "scan": "Unknown – see the scanned letter",
    "portal": "Unknown portal customer",
    "signed": "Unknown – see the signed document",
}
UNKNOWN = "Unknown sender"

SCANNED_WITH_TEXT = ("Paper letter, scanned as {filename}; its text as read from the scan "
                     "(check it against the scan):\n\n{text}")
SCANNED = "Paper letter, scanned as {filename}: read the scan."

# A signed document's request text: its head line, the signature's summary, and its text.
SIGNED_WITH_VERDICT_TEXT = "E-signed document {filename} ({signature})\n\n{text}"
SIGNED_WITH_VERDICT = "E-signed document {filename} ({signature})"
SIGNED_WITH_TEXT = "E-signed document {filename}\n\n{text}"
SIGNED = "E-signed document {filename}"
_SIGNED_TEXTS = (SIGNED_WITH_VERDICT_TEXT, SIGNED_WITH_VERDICT, SIGNED_WITH_TEXT, SIGNED)

RECEIVED = "Received {when} Riga time ({iso}); proof: {evidence} of {filename}."
KEPT = "Original file kept as evidence: {filename}, SHA-256 {sha256}."
MESSAGE_ID = "Message identifier: {message_id}"
PORTAL_ID = "Portal request id: {request_id}"
TO_CHECK = "To check:"
NOTE = "- {note}"
E_SIGNATURE = "E-signature: {signature}"
_PROOF_LINES = (RECEIVED, KEPT, MESSAGE_ID, PORTAL_ID, TO_CHECK, NOTE, E_SIGNATURE)

# What a valid signature of someone other than the subject leaves for the DPO to check.
SIGNER_WITHOUT_CODE = ("The signer {signer} has no Latvian personal code in the certificate; "
                       "check the identity by another means. No identity check was recorded.")
SIGNER_NOT_SUBJECT = (
    "Signed by {signer} (personal code {signer_code}), but the request is about personal "
    "code {subject_code}: the signature proves who signed, not that the signer may act for "
    "the subject. Ask for the authority (power of attorney); no identity check was recorded.")


_SIGNED_ON = re.compile(r" on \d\d\.\d\d\.\d{4} \d\d:\d\d Riga time\Z")


@cache
def _evidence() -> tuple[str, ...]:
    # Imported when a proof is first shown: the signed-document reader loads cryptography.
    from smarttek_dsar.intake.mailbox_message import EVIDENCE_INTERNALDATE
    from smarttek_dsar.intake.signed_request import EVIDENCE_SIGNED

    return (EVIDENCE_RECEIVED_HEADER, EVIDENCE_DATE_HEADER, EVIDENCE_MSG_DELIVERY_TIME,
            EVIDENCE_MSG_SUBMIT_TIME, EVIDENCE_PORTAL, EVIDENCE_LETTER, EVIDENCE_INTERNALDATE,
            EVIDENCE_SIGNED)

# A guessed right as the rights note names it, and the note itself.
RIGHT = "{right} (Art. {number})"
RIGHTS_GUESSED = ("Rights guessed from the words of the request: {rights}. A person must read "
                  "the request and confirm them (GDPR 12(2)).")
# A sender's detail that was not stored: {what} is one of NOT_STORED_WHAT, {problem} the
# validator's sentence (domain/identity.py INVALID).
NOT_STORED = "The {what} in the request was not stored because it is not valid: {problem}"
NOT_STORED_WHAT = ("e-mail address", "personal code", "phone number")
# The notes intake writes under "To check:" that a reader is most likely to meet.
NOTES = (RIGHTS_GUESSED, NOT_STORED,
    "The request names no sender; enter the data subject from the document.",
    "The request is in Russian; the answer language was set to Latvian. Change it if the "
    "subject should be answered in English.",
    "No right was recognised in the request; read it and set the rights.",
    "The mail reuses the Message-ID of {case_number}; its content differs, so it was imported "
    "as a request of its own. Check whether it is the same request.",
    TEXT_CUT, LEFT_OUT_NAMED, LEFT_OUT_UNNAMED, SIGNER_WITHOUT_CODE, SIGNER_NOT_SUBJECT,
    *SCAN_NOTES, OCR_MAY_MISREAD,
)


def name_said(stored: str) -> Message:
    """A party's name: the words for an unknown sender in the reader's language."""
    return read_back(stored, (*UNKNOWN_SENDER.values(), UNKNOWN))


def request_text_said(stored: str) -> Message:
    """A case's request text: a scanned letter's or signed document's head line in the
    reader's language."""
    said = read_back(stored, (SCANNED_WITH_TEXT, SCANNED, *_SIGNED_TEXTS))
    if "signature" in said.params:
        return Message(said.template, {**said.params,
                                       "signature": signature_said(said.params["signature"])})
    return said


def signature_said(stored: str) -> Message:
    """A signature's stored summary (signature_verdict.py) in the reader's language, with the
    revocation note and the problems inside it; file and element names stay as written."""
    from smarttek_dsar.intake import signature_verdict as verdict

    said = read_back(stored, verdict.SUMMARIES)
    if "who" not in said.params:
        return said
    params = dict(said.params)
    if "when" in params:
        # {who}{when} stand side by side: the time is the tail that reads " on ... Riga time".
        person = params["who"] + params["when"]
        found = _SIGNED_ON.search(person)
        params["who"] = person[: found.start()] if found else person
        params["when"] = read_back(found.group(0), (verdict.ON_WHEN,)) if found else ""
    who = read_back(params["who"], (verdict.WITH_CODE, verdict.UNKNOWN_SIGNER))
    if who.template == verdict.WITH_CODE:
        who = Message(verdict.WITH_CODE, {**who.params, "name": read_back(
            who.params["name"], (verdict.UNKNOWN_SIGNER,))})
    params["who"] = who
    if "note" in params:
        params["note"] = _revocation_said(params["note"])
    if "problems" in params:
        params["problems"] = _problems_said(params["problems"])
    return Message(said.template, params)


_REVOKED_WHEN_REASON = re.compile(r"(?P<when> on .*? Riga time)?(?P<reason> \(reason: .*\))?")
_WHERE_DETAIL = re.compile(r"(?P<where> \(\S*\))? (?P<detail>.*)", re.DOTALL)


def _revocation_said(stored: str) -> Message:
    """The OCSP sentence (ocsp_check.Revocation.said) with its detail or reason."""
    from smarttek_dsar.intake import ocsp_check as ocsp

    said = read_back(stored, ocsp.SENTENCES)
    params = dict(said.params)
    if said.template == ocsp.UNKNOWN:
        # "service{where} {detail}": the URL in brackets, if any, is the part before the space.
        found = _WHERE_DETAIL.fullmatch(params["where"] + " " + params["detail"])
        if found is not None:
            params["where"], params["detail"] = found["where"] or "", found["detail"]
    if "detail" in params:
        params["detail"] = ocsp.detail_said(params["detail"])
    if said.template == ocsp.REVOKED:
        found = _REVOKED_WHEN_REASON.fullmatch(params["when"] + params["reason"])
        if found is not None:
            params["when"] = read_back(found["when"], (ocsp.REVOKED_ON,)) \
                if found["when"] else ""
            params["reason"] = _revoked_because(found["reason"]) if found["reason"] else ""
    return Message(said.template, params)


def _revoked_because(stored: str) -> Message:
    from smarttek_dsar.intake import ocsp_check as ocsp

    said = read_back(stored, (ocsp.REVOKED_BECAUSE,))
    if said.template != ocsp.REVOKED_BECAUSE:
        return said
    return Message(said.template, {"reason": read_back(said.params["reason"], ocsp.REASONS)})


def _problems_said(stored: str) -> list[Message]:
    """A refused signature's problems, each sentence in the reader's language."""
    from smarttek_dsar.intake import signed_request as signed
    from smarttek_dsar.intake.ocsp_check import REVOKED
    from smarttek_dsar.intake.xades_signature import PROBLEMS

    parts = split_joined(stored, signed.SIGNATURE_PROBLEMS)
    if parts is not None:
        return [_revocation_said(part) if read_back(part, (REVOKED,)).template == REVOKED
                else read_back(part, signed.SIGNATURE_PROBLEMS) for part in parts]
    in_file = read_back(stored, (signed.IN_FILE,))
    if in_file.template == signed.IN_FILE:
        problem = read_back(in_file.params["problem"], PROBLEMS)
        if problem.template in PROBLEMS:
            return [Message(signed.IN_FILE, {"name": in_file.params["name"], "problem": problem})]
    return [Message(stored)]


def receipt_proof_said(stored: str) -> list[Message]:
    """A case's receipt proof line by line, each line intake wrote in the reader's language."""
    return [_line(line) for line in stored.split("\n")]


def _line(line: str) -> Message:
    said = read_back(line, _PROOF_LINES)
    if said.template == RECEIVED:
        return Message(RECEIVED, {**said.params,
                                  "evidence": read_back(said.params["evidence"], _evidence())})
    if said.template == E_SIGNATURE:
        return Message(E_SIGNATURE, {"signature": signature_said(said.params["signature"])})
    if said.template == NOTE:
        return Message(NOTE, {"note": _note(said.params["note"])})
    return said


def _note(stored: str) -> Message:
    said = read_back(stored, NOTES)
    if said.template == NOT_STORED:
        return Message(NOT_STORED, {"what": read_back(said.params["what"], NOT_STORED_WHAT),
                                    "problem": read_back(said.params["problem"], INVALID)})
    if said.template != RIGHTS_GUESSED:
        return said
    rights = [read_back(text, (RIGHT,)) for text in said.params["rights"].split(", ")]
    return Message(RIGHTS_GUESSED, {"rights": [
        Message(RIGHT, {**r.params, "right": _LABELS.get(r.params["right"], r.params["right"])})
        if r.template == RIGHT else r for r in rights]})


_LABELS = {right.label: right for right in Right}
