"""Exporting the subject's package (GDPR 15(3), 20) and recording that it was delivered.

`write` checks the role, composes the package, writes it into the private staging place
(reporting through `progress`; a cancel leaves nothing behind), commits the audit entry with
the SHA-256 of every file and only then publishes the package folder in one rename. Who may: Permission.EXPORT, i.e. specialists; managers never see
or export personal data. The export and the delivery are both in the audit trail, with the
SHA-256 of every file. The password is handed to the writer only: never stored or logged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from smarttek_dsar.domain.operations import Operation
from smarttek_dsar.domain.progress import NO_PROGRESS, ProgressReporter
from smarttek_dsar.domain.redaction import parse_redactions
from smarttek_dsar.domain.rights import Channel, Right
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.exporters.atomic import staged_folder
from smarttek_dsar.exporters.content import PackageContent
from smarttek_dsar.exporters.encryption import (
    ARCHIVE_SUFFIX,
    MIN_PASSWORD_LENGTH,
    PasswordTooShort,
    check_password,
    generate_passphrase,
    read_from_archive,
)
from smarttek_dsar.exporters.manifest import PackageFile, describe
from smarttek_dsar.exporters.package import PackageResult, package_directory, write_package
from smarttek_dsar.services import audit
from smarttek_dsar.services.actor import Actor
from smarttek_dsar.services.administration.organisation import load_calendar, load_settings
from smarttek_dsar.services.administration.sources_service import SourcesService
from smarttek_dsar.services.case_records import case_for_change, detail_of, find_case
from smarttek_dsar.services.deadlines import deadline_of
from smarttek_dsar.services.errors import ServiceError
from smarttek_dsar.services.letters.letters import LetterService, case_language
from smarttek_dsar.services.operations_guard import require_operation
from smarttek_dsar.services.package.controller_transfer import (
    controller_folder_name,
    write_for_controller,
)
from smarttek_dsar.services.package.package_content import WithheldCount, compose_package
from smarttek_dsar.services.response.delivered_files import delivered_file
from smarttek_dsar.services.response.delivery import DeliveryService
from smarttek_dsar.services.review.collection_views import ReviewedSnapshot
from smarttek_dsar.services.review.snapshot_review import SnapshotReviewService
from smarttek_dsar.services.views import CaseDetail, CaseSummary
from smarttek_dsar.sources.config import SourcesConfig
from smarttek_dsar.storage.database import Database
from smarttek_dsar.storage.models import DisclosedFile, Disclosure, SnapshotRow
from smarttek_dsar.storage.timestamps import now_utc

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
                 delivery: DeliveryService, sources: SourcesService | None = None) -> None:
        self.db = db
        self.snapshot = snapshot
        self.letters = letters
        self.delivery = delivery
        self.sources = sources

    def write(
        self, actor: Actor, number: str, out_dir: Path, *, language: str | None = None,
        password: str | None = None, progress: ProgressReporter = NO_PROGRESS,
        today: date | None = None, config: SourcesConfig | None = None,
    ) -> PackageResult:
        """Write the package, record it in the audit trail, then publish it in one rename.

        A cancel (progress raises Cancelled), a failed write or a failed commit publishes
        nothing; with a password the unencrypted files never leave the private staging.
        `config`: the data-source definitions whose labels and media folders apply (the
        ones in force when None)."""
        return self._prepare(actor, number, out_dir, language, password, today,
                             config)(progress)

    def export_all(self, actor: Actor, number: str, out_dir: Path, **kwargs) -> PackageResult:
        """Run an export to its end (command line, tests)."""
        return self.write(actor, number, out_dir, **kwargs)

    def _prepare(
        self, actor: Actor, number: str, out_dir: Path, language: str | None,
        password: str | None, today: date | None, config: SourcesConfig | None,
    ) -> Callable[[ProgressReporter], PackageResult]:
        actor.require(Permission.EXPORT, "export a data subject's package")
        if password is not None:
            try:
                check_password(password)
            except PasswordTooShort as exc:
                raise ServiceError(exc.message) from None
        content, snapshot = self._compose(actor, number, language, today, config,
                                          encrypted=password is not None)
        return lambda progress: self._write(actor, content, Path(out_dir), password,
                                            progress, snapshot)

    def _compose(self, actor: Actor, number: str, language: str | None, today: date | None,
                 config: SourcesConfig | None, *, encrypted: bool
                 ) -> tuple[PackageContent, ReviewedSnapshot]:
        today = today or date.today()
        detail, withheld = self._case(actor, number, today)
        chosen = case_language(language, detail.language)
        snapshot = self.snapshot.reviewed_snapshot(actor, detail.summary.number)
        require_reviewed(snapshot)
        register = self.letters.register_for(detail.register_version)
        if config is None:
            config = self.sources.config() if self.sources is not None else SourcesConfig()
        content = compose_package(
            detail, register, snapshot, withheld, chosen, today, encrypted=encrypted,
            overrides=self.letters.overrides, labels_of=config.labels_for,
        )
        return content, snapshot

    def export_for_controller(
        self, actor: Actor, number: str, out_dir: Path, controller: str, *,
        channel: Channel = Channel.EMAIL, today: date | None = None,
        config: SourcesConfig | None = None,
    ) -> PackageResult:
        """GDPR 20(2): the subject's portable data, transmitted directly to another controller
        the subject named: the same JSON (with its schema) as in the package, as a separate
        file, recorded as a disclosure to that controller and audited."""
        actor.require(Permission.EXPORT, "export data for another controller")
        name = " ".join(controller.split())
        if not name:
            raise ServiceError("Name the controller the subject asked us to send the data to "
                               "(GDPR 20(2)).")
        if len(name) > 300:
            raise ServiceError("The controller's name is longer than 300 characters.")
        today = today or date.today()
        content, snapshot = self._compose(actor, number, None, today, config, encrypted=False)
        with self.db.read() as session:
            case = find_case(session, number)
            rights = {r for r in case.rights.split(",") if r}
        if Right.PORTABILITY.value not in rights:
            raise ServiceError("Case {case_number} does not ask for data portability (GDPR "
                               "20); a transfer to another controller needs that right.", case_number=content.case_number)
        if not content.portable_categories:
            raise ServiceError("Case {case_number} has no data within GDPR 20 (data the "
                               "subject provided, on consent or contract, granted for "
                               "portability); there is nothing to transmit.", case_number=content.case_number)
        final = Path(out_dir) / controller_folder_name(content.case_number, name)
        with staged_folder(final) as folder:
            written = write_for_controller(content, folder)
            files = [describe(path) for path in written]
            with self.db.unit_of_work() as session:
                case = case_for_change(session, content.case_number, None)
                require_operation(actor, Operation.EXPORT, case, session)
                disclosure = Disclosure(
                    sent_on=today, channel=Channel(channel).value,
                    format="JSON + JSON Schema (GDPR 20(2))", proof="",
                    recorded_by_id=actor.user_id, recorded_at=now_utc(), recipient=name)
                for item in files:
                    disclosure.files.append(DisclosedFile(
                        filename=item.path.name, sha256=item.sha256, size=item.size))
                case.disclosures.append(disclosure)
                case.updated_at = now_utc()
                audit.record(session, actor, "portability.transmitted", case_id=case.id,
                             case_number=case.number,
                             details={"recipient": name, "channel": disclosure.channel,
                                      "run": snapshot.run_id,
                                      "categories": [c.category_id
                                                     for c in content.portable_categories],
                                      "files": [[f.path.name, f.sha256] for f in files]})
        return PackageResult(final, [PackageFile(final / f.path.name, f.sha256, f.size)
                                     for f in files], final / written[0].name)

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
            raise ServiceError("The package in {directory} is not the package of case "
                               "{number}.", directory=result.directory, number=number)
        files = []
        for item in result.files:
            if not item.path.is_file():
                raise ServiceError("The package file {path} is gone; export the package "
                                   "again before recording its delivery.", path=item.path)
            delivered = delivered_file(item.path)
            if delivered.sha256 != item.sha256:
                raise ServiceError("The package file {name} changed after the export; export "
                                   "the package again.", name=item.path.name)
            files.append(delivered)
        return self.delivery.record_delivery(
            actor, number, sent_on=sent_on, channel=channel, format=package_format(result),
            proof=proof, files=files, expected_version=expected_version,
        )


def require_reviewed(snapshot: ReviewedSnapshot) -> None:
    """An answer discloses only data that was searched for and reviewed (GDPR 15(3), 15(4));
    the one exception is the negative answer: searched everywhere, found nowhere."""
    number = snapshot.case_number
    if snapshot.run_id is None:
        raise ServiceError(
            "Case {number} has no collected data: search the company's systems for the "
            "subject (Collect data), review what was found, then export.", number=number)
    if snapshot.pending:
        # GDPR 15(3): the copy must be complete; unreviewed data may hold other people's.
        raise ServiceError(
            "Case {number} has collected data nobody has reviewed yet ({pending}). Review "
            "those categories, then export.", number=number, pending=', '.join(snapshot.pending))
    failed = [s.name for s in snapshot.systems_searched if s.status != "ok"]
    if not snapshot.found and failed:
        raise ServiceError(
            "Case {number}: the subject was found nowhere, but {failed} could not be "
            "searched; collect the data again before answering that nothing is held.", number=number, failed=', '.join(failed))


def package_format(result: PackageResult) -> str:
    names = [f.path.name for f in result.files] + list(result.archived)
    media = sum(1 for name in names if "_media_" in name)
    extra = (" + JSON" if any(n.endswith("_portability.json") for n in names) else "") + (
        f" + {media} recording(s)/image(s)" if media else "")
    if result.archived:
        return "7z (AES-256): PDF + XLSX" + extra
    return "PDF + XLSX" + extra


def _withheld(session, case_id: int) -> list[WithheldCount]:
    """Rows left out and fields redacted in the case's newest snapshot, counted per reason
    category (never the internal note)."""
    run_id = session.scalar(select(SnapshotRow.run_id).where(SnapshotRow.case_id == case_id)
                            .order_by(SnapshotRow.run_id.desc()).limit(1))
    if run_id is None:
        return []
    counts: Counter[tuple[str, str | None, str]] = Counter()
    for category_id, excluded, redactions in session.execute(
        select(SnapshotRow.category_id, SnapshotRow.excluded, SnapshotRow.redactions)
        .where(SnapshotRow.run_id == run_id)
    ):
        if excluded:
            counts[(category_id, None, "")] += 1
            continue
        for field, redaction in parse_redactions(redactions).items():
            counts[(category_id, field, redaction.reason.value)] += 1
    return [WithheldCount(category, field, reason, rows)
            for (category, field, reason), rows in sorted(counts.items(),
                                                          key=lambda kv: (kv[0][0],
                                                                          kv[0][1] or "",
                                                                          kv[0][2]))]
