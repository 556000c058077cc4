"""Is an incoming mail one the desk already has? The same Message-ID *and* the same content.

A Message-ID is the sender's promise of uniqueness (RFC 5322 3.6.4), and senders break it:
broken clients, templates and list servers reuse one ID for different mails. Judged by the ID
alone, a second, different request was reported as "imported before" and lost. So a mail is a
duplicate only when its content digest (SHA-256 of the file) is the same too; a different mail
that reuses an ID is registered under its digest and flagged, naming the case whose ID it
reuses.

Cases imported before the digest was kept (content_sha256 NULL) are compared with their
evidence file's digest, which every imported case carries. A mail saved once as .eml and once
as Outlook .msg has different bytes for the same message: there the ID decides, as it always
did, because the files cannot be compared.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.intake.incoming import IncomingRequest
from smarttek_dsar.services.cases import DuplicateRequest, NewCase
from smarttek_dsar.storage.models import Attachment, Case

_MAIL_SOURCES = ("email", "msg")
DIGEST_PREFIX = "sha256:"


@dataclass(frozen=True)
class MessageIdentity:
    new: NewCase  # with the external id the case is registered under
    reuses: str | None = None  # the case whose Message-ID this different mail reuses

    @property
    def note(self) -> Message | None:
        if self.reuses is None:
            return None
        return message("The mail reuses the Message-ID of {case_number}; its content differs, "
                       "so it was imported as a request of its own. Check whether it is the same "
                       "request.", case_number=self.reuses)


def message_identity(session: Session, request: IncomingRequest, new: NewCase) -> MessageIdentity:
    """`new` as it must be registered, or DuplicateRequest naming the case it already is."""
    external_id = new.external_id
    if request.source not in _MAIL_SOURCES or not external_id \
            or external_id.startswith(DIGEST_PREFIX):
        return MessageIdentity(new)  # identified by content already (or not a mail)
    existing = session.scalar(select(Case).where(Case.external_id == external_id))
    if existing is None:
        return MessageIdentity(new)
    digest, comparable = _stored_digest(session, existing, new)
    if not comparable or digest == request.original_sha256:
        raise DuplicateRequest(existing.number)
    by_content = DIGEST_PREFIX + request.original_sha256
    same_file = session.scalar(select(Case.number).where(Case.external_id == by_content))
    if same_file is not None:
        raise DuplicateRequest(same_file)
    note = MessageIdentity(new, existing.number).note
    return MessageIdentity(
        replace(new, external_id=by_content, receipt_proof=_with_note(new.receipt_proof, note)),
        existing.number,
    )


def _stored_digest(session: Session, case: Case, new: NewCase) -> tuple[str | None, bool]:
    """The digest the case was imported from, and whether it can be compared with this file."""
    evidence = session.execute(
        select(Attachment.sha256, Attachment.media_type)
        .where(Attachment.case_id == case.id, Attachment.kind == "evidence")
        .order_by(Attachment.id).limit(1)
    ).first()
    ours = next((a.media_type for a in new.attachments if a.kind == "evidence"), None)
    if evidence is not None and ours is not None and evidence.media_type != ours:
        return None, False  # .eml against .msg: different bytes for the same message
    digest = case.content_sha256 or (evidence.sha256 if evidence is not None else None)
    # A purged case keeps neither: the ID is all there is to go by.
    return digest, digest is not None


def _with_note(proof: str, note: Message | None) -> str:
    if not note:
        return proof
    if "\nTo check:" not in proof:
        proof += "\nTo check:"
    return f"{proof}\n- {note}"
