"""Exporting the subject's package (GDPR 15(3), 20) and recording that it was delivered.

`write` checks the role, composes the package, writes it into the private staging place
(reporting through `progress`; a cancel leaves nothing behind), commits the audit entry with
the SHA-256 of every file and only then publishes the package folder in one rename. Who may: Permission.EXPORT, i.e. specialists; managers never see
or export personal data. The export and the delivery are both in the audit trail, with the
SHA-256 of every file. The password is handed to the writer only: never stored or logged.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.progress import NO_PROGRESS, ProgressReporter
from smarttek_dsar.domain.rights import Channel
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.exporters.atomic import staged_folder
from smarttek_dsar.exporters.content import PackageContent
from smarttek_dsar.exporters.encryption import (
    ARCHIVE_SUFFIX,
    MIN_PASSWORD_LENGTH,
    check_password,
    generate_passphrase,
    read_from_archive,
)
from smarttek_dsar.exporters.package import PackageResult, package_directory, write_package
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_calendar, load_settings
from smarttek_dsar.services.case_records import detail_of, find_case
from smarttek_dsar.services.deadlines import deadline_of
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.letters.letters import LetterService, case_language
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.package.package_content import WithheldCount, compose_package
from smarttek_dsar.services.response.delivered_files import delivered_file
from smarttek_dsar.services.response.delivery import DeliveryService
from smarttek_dsar.services.review.collection_views import ReviewedSnapshot
from smarttek_dsar.services.review.snapshot_review import SnapshotReviewService
from smarttek_dsar.services.views import CaseDetail, CaseSummary
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import SnapshotRow

# For the window and the command line: the shortest package password accepted.
MIN_PACKAGE_PASSWORD = MIN_PASSWORD_LENGTH


def new_package_password() -> str:
    """A strong passphrase for one package (shown once; never stored)."""
    return generate_passphrase()


def pdf_of_encrypted_package(result: PackageResult, password: str) -> tuple[str, bytes] | None:
    """The package PDF decrypted in memory, for the preview; None without an archive."""
    archive = next((f.path for f in result.files if f.path.suffix == ARCHIVE_SUFFIX), None)
    if archive is None:
        return None
    name = f"{result.directory.name}_data.pdf"
    return name, read_from_archive(archive, name, password)


class ExportService:
    def __init__(self, db: Database, snapshot: SnapshotReviewService, letters: LetterService,
                 delivery: DeliveryService) -> None:
        self.db = db
        self.snapshot = snapshot
        self.letters = letters
        self.delivery = delivery

    def write(
        self, actor: Actor, number: str, out_dir: Path, *, language: str | None = None,
        password: str | None = None, progress: ProgressReporter = NO_PROGRESS,
        today: date | None = None,
    ) -> PackageResult:
        """Write the package, record it in the audit trail, then publish it in one rename.

        A cancel (progress raises Cancelled), a failed write or a failed commit publishes
        nothing; with a password the unencrypted files never leave the private staging."""
        return self._prepare(actor, number, out_dir, language, password, today)(progress)

    def export_all(self, actor: Actor, number: str, out_dir: Path, **kwargs) -> PackageResult:
        """Run an export to its end (command line, tests)."""
        return self.write(actor, number, out_dir, **kwargs)

    def _prepare(
        self, actor: Actor, number: str, out_dir: Path, language: str | None,
        password: str | None, today: date | None,
    ) -> Callable[[ProgressReporter], PackageResult]:
        actor.require(Permission.EXPORT, "export a data subject's package")
        if password is not None:
            try:
                check_password(password)
            except ValueError as exc:
                raise ServiceError(str(exc)) from None
        today = today or date.today()
        detail, withheld = self._case(actor, number, today)
        chosen = case_language(language, detail.language)
        snapshot = self.snapshot.reviewed_snapshot(actor, detail.summary.number)
        if snapshot.pending:
            # GDPR 15(3): the copy must be complete; unreviewed data may hold other people's.
            raise ServiceError(
                f"Case {detail.summary.number} has collected data nobody has reviewed yet "
                f"({', '.join(snapshot.pending)}). Review those categories, then export.")
        register = self.letters.register_for(detail.register_version)
        content = compose_package(
            detail, register, snapshot if snapshot.run_id is not None else None, withheld,
            chosen, today, encrypted=password is not None, overrides=self.letters.overrides,
        )
        return lambda progress: self._write(actor, content, Path(out_dir), password,
                                            progress, snapshot)

    def _case(self, actor: Actor, number: str, today: date
              ) -> tuple[CaseDetail, list[WithheldCount]]:
        with self.db.unit_of_work() as session:
            case = find_case(session, number)
            require_operation(actor, Operation.EXPORT, case, session)
            deadline = deadline_of(case, load_calendar(session),
                                   load_settings(session).pause_request_within_days, today)
            detail = detail_of(session, case, actor, deadline, today, frozenset())
            return detail, _withheld(session, case.id)

    def _write(
        self, actor: Actor, content: PackageContent, out_dir: Path, password: str | None,
        progress: ProgressReporter, snapshot: ReviewedSnapshot,
    ) -> PackageResult:
        final = package_directory(out_dir, content.case_number)
        with staged_folder(final) as folder:
            staged = write_package(content, folder, password=password, progress=progress)
            with self.db.unit_of_work() as session:
                case = find_case(session, content.case_number)
                audit.record(
                    session, actor, "package.exported", case_id=case.id,
                    case_number=case.number,
                    details={
                        "language": content.language,
                        "encrypted": password is not None,
                        "run": snapshot.run_id,
                        "categories": [c.category_id for c in content.categories],
                        "rows": content.total_rows,
                        "files": [[f.path.name, f.sha256, f.size] for f in staged.files],
                    },
                )
            # Committed: leaving the block publishes the folder in one rename.
        return staged.moved_to(final)

    def record_delivery_from_package(
        self, actor: Actor, number: str, result: PackageResult, *, channel: Channel,
        sent_on: date, proof: str = "", expected_version: int | None = None,
    ) -> CaseSummary:
        """Record that the package reached the subject, with the SHA-256 of every file sent.

        The files are hashed again first: a file changed after the export is not the one the
        case would claim was sent (GDPR 5(2) accountability)."""
        actor.require(Permission.EXPORT, "record deliveries")
        if result.directory.name != number.strip().upper():
            raise ServiceError(f"The package in {result.directory} is not the package of case "
                               f"{number}.")
        files = []
        for item in result.files:
            if not item.path.is_file():
                raise ServiceError(f"The package file {item.path} is gone; export the package "
                                   "again before recording its delivery.")
            delivered = delivered_file(item.path)
            if delivered.sha256 != item.sha256:
                raise ServiceError(f"The package file {item.path.name} changed after the "
                                   "export; export the package again.")
            files.append(delivered)
        return self.delivery.record_delivery(
            actor, number, sent_on=sent_on, channel=channel, format=package_format(result),
            proof=proof, files=files, expected_version=expected_version,
        )


def package_format(result: PackageResult) -> str:
    names = [f.path.name for f in result.files] + list(result.archived)
    parts = ["PDF", "XLSX"] + (["JSON"] if any(n.endswith("_portability.json") for n in names)
                               else [])
    if result.archived:
        return "7z (AES-256): " + " + ".join(parts)
    return " + ".join(parts)


def _withheld(session, case_id: int) -> list[WithheldCount]:
    """Rows left out and fields redacted in the case's newest snapshot, counted per reason."""
    run_id = session.scalar(select(SnapshotRow.run_id).where(SnapshotRow.case_id == case_id)
                            .order_by(SnapshotRow.run_id.desc()).limit(1))
    if run_id is None:
        return []
    counts: Counter[tuple[str, str | None, str]] = Counter()
    for category_id, excluded, reason, redactions in session.execute(
        select(SnapshotRow.category_id, SnapshotRow.excluded, SnapshotRow.exclusion_reason,
               SnapshotRow.redactions).where(SnapshotRow.run_id == run_id)
    ):
        if excluded:
            counts[(category_id, None, (reason or "").strip())] += 1
            continue
        for field, why in json.loads(redactions or "{}").items():
            counts[(category_id, field, str(why).strip())] += 1
    return [WithheldCount(category, field, reason, rows)
            for (category, field, reason), rows in sorted(counts.items(),
                                                          key=lambda kv: (kv[0][0],
                                                                          kv[0][1] or "",
                                                                          kv[0][2]))]
