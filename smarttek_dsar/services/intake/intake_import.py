"""Importing request files (e-mail, Outlook, portal, scanned letters) as cases.

Each file is all or nothing: it is parsed completely first, then registered in one
transaction together with everything intake adds (the portal identity check, the duplicate
flag, the audit events). A file that cannot be taken in gets a message saying why and leaves
nothing behind; the other files of the batch are imported regardless.

Importing is idempotent: the case keeps the file's message id, portal request id or file hash
as its external id, so importing the same file again reports the existing case.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from smarttek_dsar.domain.identity import VerificationMethod
from smarttek_dsar.domain.messages import Message
from smarttek_dsar.domain.progress import NO_PROGRESS, Cancelled, ProgressReporter
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.intake.incoming import IDENTITY_PORTAL_LOGIN, IncomingRequest, MiB
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
from smarttek_dsar.services.intake.duplicates import flag_likely_duplicate
from smarttek_dsar.services.intake.incoming_case import incoming_case
from smarttek_dsar.services.intake.subject_suggestions import SubjectFinder, SubjectSuggestion
from smarttek_dsar.storage.database import Database, DatabaseError
from smarttek_dsar.storage.models import Case, IdentityCheck
from smarttek_dsar.storage.timestamps import now_utc

log = logging.getLogger(__name__)

Status = Literal["created", "duplicate", "error"]

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
    # A refused file's reason as a message code: the window says it in its language.
    said: Message | None = None
    possible_duplicates: list[str] = field(default_factory=list)
    suggested_subjects: list[SubjectSuggestion] = field(default_factory=list)
    # What the DPO must check on the new case (also written into its receipt proof).
    notes: tuple[str, ...] = ()
    # The case store could not be reached: not the file's fault, so try the file again later.
    retry_later: bool = False

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
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class _Registered:
    number: str
    candidates: list[str]


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

        try:
            max_mb = max_attachment_mb or self.organisation.settings().max_attachment_mb
            request = parse_incoming_file(
                path, received_on=received_on, max_attachment_bytes=max_mb * MiB
            )
            prepared = incoming_case(request)
            registered = self._register(actor, request, prepared.new)
        except DuplicateRequest as exc:
            return FileResult(path, "duplicate", duplicate_of=exc.number,
                              message=f"Imported before as {exc.number}; nothing new was created.")
        except ConflictError as exc:
            # Another desk changed the case this import also changes: nothing was written, and
            # the same file goes in cleanly once the other change is committed.
            return FileResult(path, "error", retry_later=True, message=_naming(path, str(exc)),
                              said=exc.message)
        except USER_ERRORS as exc:
            return FileResult(path, "error", message=_naming(path, str(exc)), said=exc.message)
        except (SQLAlchemyError, DatabaseError) as exc:
            # The error text would quote the request's values: its kind is enough for the log.
            log.warning("import of %s failed on the database: %s", path.name, type(exc).__name__)
            return FileResult(
                path, "error", retry_later=True,
                message=_naming(path, f"the case store could not be written "
                                      f"({type(exc).__name__}); nothing was imported. Try again."),
            )
        except Exception as exc:  # noqa: BLE001 - one faulty file must not stop the batch
            log.exception("import of %s failed", path.name)
            return FileResult(
                path, "error",
                message=_naming(path, f"{INTERNAL_ERROR} ({unexpected_error_text(exc)}); nothing "
                                      "was imported from this file. Please report it."),
            )
        subject = prepared.new.subject
        suggestions, note = self.subject_finder.suggest(
            actor, personal_code=subject.personal_code, email=subject.email,
            phone=subject.phone, case_number=registered.number,
        )
        notes = prepared.notes + ((note,) if note else ())
        return FileResult(
            path, "created", case_number=registered.number,
            duplicate_of=registered.candidates[0] if registered.candidates else None,
            message=_created_message(registered, request),
            possible_duplicates=registered.candidates,
            suggested_subjects=suggestions,
            notes=notes,
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

    def _register(self, actor: Actor, request: IncomingRequest, new: NewCase) -> _Registered:
        try:
            with self.db.unit_of_work() as session:
                case = self.cases.create_in(session, actor, new)
                if request.identity_method == IDENTITY_PORTAL_LOGIN:
                    _record_portal_login(session, actor, case)
                candidates = flag_likely_duplicate(session, actor, case)
                return _Registered(case.number, candidates)
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


def _created_message(registered: _Registered, request: IncomingRequest) -> str:
    parts = [f"Created {registered.number}."]
    if request.identity_method == IDENTITY_PORTAL_LOGIN:
        parts.append("Identity verified by the portal login.")
    if registered.candidates:
        parts.append(f"Probably the same request as {registered.candidates[0]} (still open): "
                     "merge it or keep it apart.")
    return " ".join(parts)


def _naming(path: Path, message: str) -> str:
    """Every message names its file, as a batch shows many."""
    return message if message.startswith(path.name) else f"{path.name}: {message}"
