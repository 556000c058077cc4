"""The service layer: every use case a user has, with role checks and the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from smarttek_dsar.storage.database import Database

if TYPE_CHECKING:
    from smarttek_dsar.services.actor import Actor
    from smarttek_dsar.services.administration.dashboard import DashboardService
    from smarttek_dsar.services.administration.organisation_documents import OrganisationDocuments
    from smarttek_dsar.services.administration.phrasebook_service import PhrasebookService
    from smarttek_dsar.services.administration.register_service import RegisterService
    from smarttek_dsar.services.administration.reports import ReportService
    from smarttek_dsar.services.administration.sources_service import SourcesService
    from smarttek_dsar.services.administration.team import TeamRolesService
    from smarttek_dsar.services.closing.dossier import DossierService
    from smarttek_dsar.services.fulfilment.recipients import RecipientService
    from smarttek_dsar.services.identity.trust_anchors import TrustAnchorService
    from smarttek_dsar.services.intake.attachments import AttachmentService
    from smarttek_dsar.services.intake.held_mail import HeldMailService
    from smarttek_dsar.services.intake.intake_import import ImportService
    from smarttek_dsar.services.letters.letter_templates import LetterTemplates
    from smarttek_dsar.services.letters.letters import LetterService
    from smarttek_dsar.services.mailbox.mailbox import MailboxService
    from smarttek_dsar.services.mailbox.sending import SendingService
    from smarttek_dsar.services.operations_guard import CaseOperations
    from smarttek_dsar.services.package.package_export import ExportService
    from smarttek_dsar.services.review.collection import CollectionService
    from smarttek_dsar.services.review.review_plan import ReviewPlan
    from smarttek_dsar.services.review.snapshot_review import SnapshotReviewService


@dataclass
class Services:
    """All services over one database, as the window and the command line use them."""

    db: Database
    # Team mode: who opened these services with their own database login (already signed in).
    signed_in: Actor | None = None

    def __post_init__(self) -> None:
        from smarttek_dsar.services.administration.backup import BackupService
        from smarttek_dsar.services.administration.organisation import OrganisationService
        from smarttek_dsar.services.administration.user_file_import import import_user_files
        from smarttek_dsar.services.administration.users import UserService
        from smarttek_dsar.services.audit import AuditService
        from smarttek_dsar.services.cases import CaseService
        from smarttek_dsar.services.closing.closing import ClosingService
        from smarttek_dsar.services.closing.retention import RetentionService
        from smarttek_dsar.services.fulfilment.tasks import FulfilmentService
        from smarttek_dsar.services.identity.verification import IdentityService
        from smarttek_dsar.services.intake.duplicates import DuplicateService
        from smarttek_dsar.services.intake.subject_correction import SubjectCorrectionService
        from smarttek_dsar.services.response.delivery import DeliveryService
        from smarttek_dsar.services.response.response import ResponseService
        from smarttek_dsar.services.review.decisions import DecisionService

        self.users = UserService(self.db)
        self.cases = CaseService(self.db)
        # One service per step of the case's life, in the order a case meets them.
        self.identity = IdentityService(self.db)
        self.decisions = DecisionService(self.db)
        self.fulfilment = FulfilmentService(self.db)
        self.response = ResponseService(self.db)
        self.delivery = DeliveryService(self.db)
        self.closing = ClosingService(self.db)
        self.audit = AuditService(self.db)
        self.organisation = OrganisationService(self.db)
        self.retention = RetentionService(self.db)
        self.backup = BackupService(self.db)
        self.duplicates = DuplicateService(self.db)
        self.corrections = SubjectCorrectionService(self.db)
        # The per-user register, letters and sources of older installations: imported once.
        import_user_files(self.db)

    @cached_property
    def imports(self) -> ImportService:
        # Built on first use: the file readers (Outlook's above all) take a noticeable part
        # of a second to load, which commands and a window that import nothing need not pay.
        from smarttek_dsar.services.intake.intake_import import ImportService

        return ImportService(self.db)

    @cached_property
    def trust(self) -> TrustAnchorService:
        # The CA certificates signed requests (.edoc) are verified against.
        from smarttek_dsar.services.identity.trust_anchors import TrustAnchorService

        return TrustAnchorService(self.db)

    @cached_property
    def held(self) -> HeldMailService:
        # Mail intake held as no request (bounces, auto-replies, ...) for the DPO to decide on.
        from smarttek_dsar.services.intake.held_mail import HeldMailService

        return HeldMailService(self.db, self.imports)

    @cached_property
    def attachments(self) -> AttachmentService:
        # Opening a case's files and reading its e-mails (issue 14).
        from smarttek_dsar.services.intake.attachments import AttachmentService

        return AttachmentService(self.db)

    # Data sources, collection and the register (issue 4): built on first use as well.
    @cached_property
    def register(self) -> RegisterService:
        from smarttek_dsar.services.administration.register_service import RegisterService

        return RegisterService(self.db)

    @cached_property
    def phrasebook(self) -> PhrasebookService:
        from smarttek_dsar.services.administration.phrasebook_service import PhrasebookService

        return PhrasebookService(self.db)

    @cached_property
    def documents(self) -> OrganisationDocuments:
        from smarttek_dsar.services.administration.organisation_documents import (
            OrganisationDocuments,
        )

        return OrganisationDocuments(self.db)

    @cached_property
    def sources(self) -> SourcesService:
        from smarttek_dsar.services.administration.sources_service import SourcesService

        return SourcesService(self.db)

    @cached_property
    def collection(self) -> CollectionService:
        from smarttek_dsar.services.review.collection import CollectionService

        return CollectionService(self.db, self.sources, self.register)

    @cached_property
    def snapshot(self) -> SnapshotReviewService:
        from smarttek_dsar.services.review.snapshot_review import SnapshotReviewService

        return SnapshotReviewService(self.db)

    @cached_property
    def review_plan(self) -> ReviewPlan:
        from smarttek_dsar.services.review.review_plan import ReviewPlan

        return ReviewPlan(self.db, self.decisions, self.register)

    # The deadline dashboard and the management reports (issue 7).
    @cached_property
    def dashboard(self) -> DashboardService:
        from smarttek_dsar.services.administration.dashboard import DashboardService

        return DashboardService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from smarttek_dsar.services.administration.reports import ReportService

        return ReportService(self.db, self.dashboard)

    # Letters, the data package and the dossier (issue 5): built on first use as well.
    @cached_property
    def letter_templates(self) -> LetterTemplates:
        from smarttek_dsar.services.letters.letter_templates import LetterTemplates

        return LetterTemplates(self.db)

    @cached_property
    def letters(self) -> LetterService:
        from smarttek_dsar.services.letters.letters import LetterService

        # The DPO's wording is read from the shared database for every letter.
        return LetterService(self.db, self.register, self.letter_templates.stored)

    @cached_property
    def recipients(self) -> RecipientService:
        from smarttek_dsar.services.fulfilment.recipients import RecipientService

        # GDPR 19: the recipients this subject's data actually went to, confirmed per case.
        return RecipientService(self.db, self.register)

    @cached_property
    def exports(self) -> ExportService:
        from smarttek_dsar.services.package.package_export import ExportService

        return ExportService(self.db, self.snapshot, self.letters, self.delivery, self.sources)

    @cached_property
    def dossier(self) -> DossierService:
        from smarttek_dsar.services.closing.dossier import DossierService

        return DossierService(self.db, self.letters)

    # PostgreSQL team roles and grants (issue 13).
    @cached_property
    def team(self) -> TeamRolesService:
        from smarttek_dsar.services.administration.team import TeamRolesService

        return TeamRolesService(self.db)

    @cached_property
    def operations(self) -> CaseOperations:
        from smarttek_dsar.services.operations_guard import CaseOperations

        return CaseOperations(self.db)

    # The privacy mailbox and answers sent by e-mail (issue 15).
    @cached_property
    def mailbox(self) -> MailboxService:
        from smarttek_dsar.services.mailbox.mailbox import MailboxService

        return MailboxService(self.db, self.imports)

    @cached_property
    def sending(self) -> SendingService:
        from smarttek_dsar.services.mailbox.sending import SendingService

        return SendingService(self.db, self.letters, self.delivery)

    @classmethod
    def open(cls, url: str) -> Services:
        """The services over the case store at `url`, as the window and the command line
        start them: staging left by a process that died is removed first."""
        from smarttek_dsar.exporters.atomic import clean_stale_staging

        clean_stale_staging()
        return cls(Database(url))
