"""Importing request files (e-mail, Outlook, portal, scanned letters) as cases.

Each file is all or nothing: it is parsed completely first, then registered in one
transaction together with everything intake adds (the portal identity check, the duplicate
flag, the audit events). A file that cannot be taken in gets a message saying why and leaves
nothing behind; the other files of the batch are imported regardless.

Importing is idempotent: the case keeps the file's message id, portal request id or file hash
as its external id, so importing the same file again reports the existing case. A mail is the
same only with the same Message-ID and the same content (services/intake/message_identity.py).

A mail that is not a request (a bounce, an auto-reply, a newsletter, ...) is held for the DPO
instead of registered (services/intake/held_mail.py); every caller of register_request (files,
the window, the mailbox) gets that for free.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.messages import Message, message
from smarttek_dsar.domain.progress import NO_PROGRESS, Cancelled, ProgressReporter
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.intake.incoming import IDENTITY_PORTAL_LOGIN, IncomingRequest, MiB
from smarttek_dsar.intake.signature_verdict import SignatureVerdict
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import OrganisationService
from smarttek_dsar.services.cases import (
    CaseService,
    DuplicateRequest,
    NewCase,
    raise_if_registered,
)
from smarttek_dsar.services.errors import USER_ERRORS, ConflictError, unexpected_error_text
from smarttek_dsar.services.identity.e_signature import record_e_signature
from smarttek_dsar.services.identity.trust_anchors import installed_anchor_bytes
from smarttek_dsar.services.intake.duplicates import flag_likely_duplicate
from smarttek_dsar.services.intake.held_mail import Held, held_message, hold, release_as_case
from smarttek_dsar.services.intake.incoming_case import incoming_case
from smarttek_dsar.services.intake.message_identity import message_identity
from smarttek_dsar.services.intake.subject_suggestions import SubjectFinder, SubjectSuggestion
from smarttek_dsar.storage.database import Database, DatabaseError
from smarttek_dsar.storage.models import Case, IdentityCheck
from smarttek_dsar.storage.timestamps import now_utc

log = logging.getLogger(__name__)

# "held": the mail is not a request (a bounce, an auto-reply, ...) and waits for the DPO.
Status = Literal["created", "duplicate", "held", "error"]

INTERNAL_ERROR = "unexpected error"


@dataclass(frozen=True)
class FileResult:
    """What became of one file. `duplicate_of` is the existing case a re-imported file is,
    or the open case a new one probably repeats (then `case_number` is the new case)."""

    path: Path
    status: Status
    case_number: str | None = None
    duplicate_of: str | None = None
    message: str = ""  # in English
    # The same as a message code (a refused file's reason, a new or held file's outcome):
    # the window says it in its language.
    said: Message | None = None
    possible_duplicates: list[str] = field(default_factory=list)
    suggested_subjects: list[SubjectSuggestion] = field(default_factory=list)
    # What the DPO must check on the new case (also written into its receipt proof); a
    # Message is said in the reader's language, str() of it in English.
    notes: tuple[str | Message, ...] = ()
    # The case store could not be reached: not the file's fault, so try the file again later.
    retry_later: bool = False
    # A signed request's (.edoc) verification, and whether it was recorded as the identity
    # check; the window words them in its own language.
    signature: SignatureVerdict | None = None
    identity_verified: bool = False
    # The held mail's number, when the file was held as not a request.
    held_id: int | None = None
    # A different mail with the Message-ID of this case: imported, and flagged.
    reuses_message_id_of: str | None = None

    def to_json(self) -> dict:
        return {
            "file": str(self.path),
            "status": self.status,
            "case": self.case_number,
            "duplicate_of": self.duplicate_of,
            "error": self.message if self.status == "error" else None,
            "message": self.message,
            "possible_duplicates": list(self.possible_duplicates),
            "suggested_subjects": [s.label for s in self.suggested_subjects],
            "notes": [str(note) for note in self.notes],
            **({"signature": {
                "valid": self.signature.valid, "signer": self.signature.signer_name,
                "personal_code": self.signature.personal_code,
                "signing_time": self.signature.signing_time.isoformat()
                if self.signature.signing_time else None,
                "qualified": self.signature.qualified, "problems": [str(p) for p in self.signature.problems],
                "identity_verified": self.identity_verified,
            }} if self.signature is not None else {}),
            "held": self.held_id,
            "reuses_message_id_of": self.reuses_message_id_of,
        }


@dataclass(frozen=True)
class _Registered:
    number: str
    candidates: list[str]
    reuses: str | None = None  # the case whose Message-ID this different mail reuses
    notes: tuple[Message | str, ...] = ()


class ImportService:
    def __init__(self, db: Database, *, subject_finder: SubjectFinder | None = None) -> None:
        self.db = db
        self.cases = CaseService(db)
        self.organisation = OrganisationService(db)
        self.subject_finder = subject_finder or SubjectFinder(db)

    def import_files(
        self, actor: Actor, paths: Iterable[Path | str], *, received_on: date | None = None,
        progress: ProgressReporter = NO_PROGRESS,
    ) -> list[FileResult]:
        """One result per file, in the order given. `received_on` is the delivery date of
        scanned letters (the scan cannot show it); other kinds of file carry their own.

        A cancel stops between files: the files imported so far are real cases, so their
        results are returned rather than lost."""
        actor.require(Permission.WORK_CASES, "import requests")
        files = [Path(p) for p in paths]
        # Read once for the batch: a limit changed while it runs applies to the next batch.
        max_mb = self.organisation.settings().max_attachment_mb if files else None
        results = []
        try:
            for done, path in enumerate(files):
                progress.report(done, len(files), path.name)
                results.append(self.import_file(actor, path, received_on=received_on,
                                                max_attachment_mb=max_mb))
            progress.report(len(files), len(files), "")
        except Cancelled:
            pass
        return results

    def import_file(
        self, actor: Actor, path: Path, *, received_on: date | None = None,
        max_attachment_mb: int | None = None,
    ) -> FileResult:
        """One file; `max_attachment_mb` is read from the settings unless the caller did."""
        actor.require(Permission.WORK_CASES, "import requests")
        path = Path(path)
        # Imported here: the Outlook reader costs a quarter of a second to load, which every
        # command and the window's start-up would otherwise pay without importing anything.
        from smarttek_dsar.intake.detect import parse_incoming_file
        from smarttek_dsar.intake.signed_attachment import with_signed_attachment

        def parse(max_bytes: int) -> IncomingRequest:
            anchors = installed_anchor_bytes()
            return with_signed_attachment(parse_incoming_file(
                path, received_on=received_on, max_attachment_bytes=max_bytes,
                trust_anchors=anchors,
            ), anchors)

        return self._import(actor, path, parse, max_attachment_mb)

    def import_message(
        self, actor: Actor, raw: bytes, name: str, *, received_at: datetime | None = None,
        received_evidence: str = "", max_attachment_mb: int | None = None,
    ) -> FileResult:
        """One e-mail given as its bytes (from the privacy mailbox), imported exactly as the
        same message saved as `name` (.eml) would be. `received_at` is the moment the mail
        server took the message in (IMAP INTERNALDATE), named by `received_evidence`; without
        it the topmost Received header decides, as for a file."""
        actor.require(Permission.WORK_CASES, "import requests")
        from smarttek_dsar.intake.mailbox_message import parse_incoming_message
        from smarttek_dsar.intake.signed_attachment import with_signed_attachment

        def parse(max_bytes: int) -> IncomingRequest:
            # An .edoc attached to the mail is verified as for a saved file.
            anchors = installed_anchor_bytes()
            return with_signed_attachment(parse_incoming_message(
                raw, name, received_at=received_at, received_evidence=received_evidence,
                max_attachment_bytes=max_bytes,
            ), anchors)

        return self._import(actor, Path(name), parse, max_attachment_mb)

    def _import(
        self, actor: Actor, path: Path, parse: Callable[[int], IncomingRequest],
        max_attachment_mb: int | None,
    ) -> FileResult:
        try:
            max_mb = max_attachment_mb or self.organisation.settings().max_attachment_mb
            request = parse(max_mb * MiB)
        except USER_ERRORS as exc:
            return FileResult(path, "error", message=_naming(path, str(exc)), said=exc.message)
        except (SQLAlchemyError, DatabaseError) as exc:  # reading the settings
            return _database_failure(path, exc)
        except Exception as exc:  # noqa: BLE001 - one faulty file must not stop the batch
            return _unexpected(path, exc)
        return self.register_request(actor, request, path)

    def register_request(
        self, actor: Actor, request: IncomingRequest, path: Path, *,
        held_id: int | None = None,
    ) -> FileResult:
        """Register a parsed request as a case, whole or not at all; `path` names it in the
        result. A mail that is not a request (a bounce, an auto-reply, ...) is held for the
        DPO instead, unless `held_id` says the DPO has chosen to import that held mail: then
        the held mail is released in the same transaction."""
        actor.require(Permission.WORK_CASES, "import requests")
        path = Path(path)
        try:
            prepared = incoming_case(request)
            outcome = self._register(actor, request, prepared.new, held_id=held_id,
                                     signature=prepared.proves_identity)
        except DuplicateRequest as exc:
            said = message("Imported before as {case_number}; nothing new was created.",
                           case_number=exc.number)
            return FileResult(path, "duplicate", duplicate_of=exc.number, message=str(said),
                              said=said)
        except ConflictError as exc:
            # Another desk changed the case this import also changes: nothing was written, and
            # the same file goes in cleanly once the other change is committed.
            return FileResult(path, "error", retry_later=True, message=_naming(path, str(exc)),
                              said=exc.message)
        except USER_ERRORS as exc:
            return FileResult(path, "error", message=_naming(path, str(exc)), said=exc.message)
        except (SQLAlchemyError, DatabaseError) as exc:
            return _database_failure(path, exc)
        except Exception as exc:  # noqa: BLE001 - one faulty file must not stop the batch
            return _unexpected(path, exc)
        if isinstance(outcome, Held):
            said = held_message(outcome, request)
            return FileResult(path, "held", held_id=outcome.id, message=str(said), said=said)
        registered = outcome
        subject = prepared.new.subject
        suggestions, note = self.subject_finder.suggest(
            actor, personal_code=subject.personal_code, email=subject.email,
            phone=subject.phone, case_number=registered.number,
        )
        notes = prepared.notes + registered.notes + ((note,) if note else ())
        said = _created_message(registered, request, prepared.proves_identity)
        return FileResult(
            path, "created", case_number=registered.number,
            duplicate_of=registered.candidates[0] if registered.candidates else None,
            message=str(said), said=said,
            possible_duplicates=registered.candidates,
            suggested_subjects=suggestions,
            notes=notes,
            reuses_message_id_of=registered.reuses,
            signature=request.signature,
            identity_verified=prepared.proves_identity is not None,
        )

    def watch_folder(
        self, actor: Actor, folder: Path, *, interval: float = 2.0,
        stop: threading.Event | None = None, once: bool = False,
        on_result: Callable[[FileResult], None] | None = None,
    ) -> list[FileResult]:
        """Import what is dropped into `folder` until `stop` is set (or one pass if `once`);
        see services/intake/drop_folder.py."""
        from smarttek_dsar.services.intake.drop_folder import DropFolder

        actor.require(Permission.WORK_CASES, "import requests")
        return DropFolder(self, actor, Path(folder)).watch(
            interval=interval, stop=stop, once=once, on_result=on_result
        )

    def _register(
        self, actor: Actor, request: IncomingRequest, new: NewCase, *, held_id: int | None,
        signature: SignatureVerdict | None = None,
    ) -> _Registered | Held:
        try:
            with self.db.unit_of_work() as session:
                identity = message_identity(session, request, new)
                new = identity.new
                if request.not_a_request is not None and held_id is None:
                    return hold(session, actor, request)
                case = self.cases.create_in(session, actor, new)
                if request.identity_method == IDENTITY_PORTAL_LOGIN:
                    _record_portal_login(session, actor, case)
                if signature is not None:
                    record_e_signature(session, actor, case, signature)
                candidates = flag_likely_duplicate(session, actor, case)
                if identity.reuses is not None:
                    audit.record(session, actor, "case.message_id_reused", case_id=case.id,
                                 case_number=case.number, details={"reuses": identity.reuses})
                if held_id is not None:
                    release_as_case(session, actor, held_id, case.id, case.number)
                return _Registered(case.number, candidates, identity.reuses,
                                   (identity.note,) if identity.note else ())
        except IntegrityError:
            # Another desk imported the same file a moment ago: report its case.
            raise_if_registered(self.db, new.external_id)
            raise


def _record_portal_login(session: Session, actor: Actor, case: Case) -> None:
    # EDPB Guidelines 01/2022: a request made from the subject's logged-in account is already
    # a strong, proportionate identity check; asking for more would be excessive (GDPR 12(6)).
    case.identity_checks.append(IdentityCheck(
        method=VerificationMethod.PORTAL_LOGIN.value,
        result="verified",
        notes="Submitted from the customer's logged-in portal account (recorded at import).",
        verifier_id=actor.user_id,
        checked_at=now_utc(),
    ))
    case.stage = Stage.IDENTITY.value
    session.flush()
    audit.record(session, actor, "identity.checked", case_id=case.id, case_number=case.number,
                 details={"method": VerificationMethod.PORTAL_LOGIN.value, "result": "verified",
                          "at_import": True})


def _created_message(registered: _Registered, request: IncomingRequest,
                     signature: SignatureVerdict | None = None) -> Message:
    parts = [message("Created {case_number}.", case_number=registered.number)]
    if request.identity_method == IDENTITY_PORTAL_LOGIN:
        parts.append(message("Identity verified by the portal login."))
    if request.signature is not None:
        parts.append(request.signature.said())
        if signature is not None:
            parts.append(message("Identity verified by the qualified e-signature.")
                         if signature.qualified else message("Identity verified by the "
                                                             "e-signature."))
        else:
            parts.append(message("No identity check was recorded."))
    if registered.reuses:
        parts.append(message("It reuses the Message-ID of {case_number}; content differs.",
                             case_number=registered.reuses))
    if registered.candidates:
        parts.append(message("Probably the same request as {case_number} (still open): merge "
                             "it or keep it apart.", case_number=registered.candidates[0]))
    # The sentences one after another, each in the reader's language.
    return message("{sentences:join: }", sentences=parts)


def _database_failure(path: Path, exc: Exception) -> FileResult:
    # The error text would quote the request's values: its kind is enough for the log.
    log.warning("import of %s failed on the database: %s", path.name, type(exc).__name__)
    return FileResult(
        path, "error", retry_later=True,
        message=_naming(path, f"the case store could not be written "
                              f"({type(exc).__name__}); nothing was imported. Try again."),
    )


def _unexpected(path: Path, exc: Exception) -> FileResult:
    log.exception("import of %s failed", path.name)
    return FileResult(
        path, "error",
        message=_naming(path, f"{INTERNAL_ERROR} ({unexpected_error_text(exc)}); nothing "
                              "was imported from this file. Please report it."),
    )


def _naming(path: Path, message: str) -> str:
    """Every message names its file, as a batch shows many."""
    return message if message.startswith(path.name) else f"{path.name}: {message}"
