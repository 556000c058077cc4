"""The service layer: every use case a user has, with role checks and the audit trail."""

from __future__ import annotations

from dataclasses import dataclass

from smarttek_dsar.storage.database import Database


@dataclass
class Services:
    """All services over one database, as the window and the command line use them."""

    db: Database

    def __post_init__(self) -> None:
        from smarttek_dsar.services.audit import AuditService
        from smarttek_dsar.services.backup import BackupService
        from smarttek_dsar.services.case_review import CaseReview
        from smarttek_dsar.services.case_workflow import CaseWorkflow
        from smarttek_dsar.services.cases import CaseService
        from smarttek_dsar.services.organisation import OrganisationService
        from smarttek_dsar.services.retention import RetentionService
        from smarttek_dsar.services.users import UserService

        self.users = UserService(self.db)
        self.cases = CaseService(self.db)
        self.workflow = CaseWorkflow(self.db)
        self.review = CaseReview(self.db)
        self.audit = AuditService(self.db)
        self.organisation = OrganisationService(self.db)
        self.retention = RetentionService(self.db)
        self.backup = BackupService(self.db)

    @classmethod
    def open(cls, url: str) -> Services:
        return cls(Database(url))
