"""The case's audit trail as a reader sees it: when, who, what, and the details recorded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from smarttek_dsar.services.audit import EventView
from smarttek_dsar.ui.audit_details import details_text
from smarttek_dsar.ui.case_view.tables import fill_rows, read_only_table
from smarttek_dsar.ui.case_view.wording import format_time


class TimelinePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = read_only_table(
            [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Details")]
        )
        # One line per event keeps the trail scannable; the full details are in the tooltip.
        self.table.setWordWrap(False)
        # Every opening of the case is audited (GDPR 5(2)); shown on demand, they would
        # otherwise bury the changes.
        self.show_views = QCheckBox(self.tr("Also show when the case and its data were opened"))
        self.show_views.toggled.connect(self._fill)
        self._events: list[EventView] = []
        self._hide_personal = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_views)
        layout.addWidget(self.table)

    def set_events(self, events: list[EventView], *, personal_data_hidden: bool = False) -> None:
        self._events = events
        self._hide_personal = personal_data_hidden
        self._fill()

    def _fill(self) -> None:
        shown = [e for e in self._events
                 if self.show_views.isChecked() or e.action not in _VIEWS]
        # Newest first: the latest change is what a reader looks for.
        fill_rows(self.table, [
            [format_time(e.at), e.username, self.action_name(e.action),
             self._details(e.details)]
            for e in reversed(shown)
        ])

    def action_name(self, action: str) -> str:
        return action_words(action)

    def _details(self, details: dict) -> str:
        return details_text(details, hide_personal=self._hide_personal)


# Openings of the case and of the subject's data: audited, shown only on demand.
_VIEWS = frozenset({"case.viewed", "snapshot.viewed", "attachment.opened"})


def action_words(action: str) -> str:
    """An audit action in words of the window's language (the case timeline and the audit
    log); an action without words yet is shown as recorded."""
    return all_action_words().get(action, action)


def all_action_words() -> dict[str, str]:
    """Every audit action with words, in the window's language (the audit log's filter)."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("TimelinePanel", text)

    return {
        "case.created": tr("Request registered"),
        "case.merge_received": tr("A repeat request merged into this case"),
        "holiday.added": tr("Public holiday added"),
        "holiday.removed": tr("Public holiday removed"),
        "letter.emailed": tr("Letter sent by e-mail"),
        "mailbox.fetched": tr("Privacy mailbox fetched"),
        "organisation_document.imported": tr("Organisation document imported"),
        "organisation_document.saved": tr("Organisation document saved"),
        "package.exported": tr("Data package exported"),
        "phrasebook.saved": tr("Phrasebook saved"),
        "recipient.removed": tr("Recipient removed"),
        "register.saved": tr("Register saved"),
        "report.created": tr("Report created"),
        "retention.run": tr("Retention purge run"),
        "settings.changed": tr("Settings changed"),
        "snapshot.read_for_disclosure": tr("Subject's data read for the answer"),
        "sources.password_stored": tr("Data source password stored"),
        "sources.query_tested": tr("Data source query tested"),
        "sources.saved": tr("Data sources saved"),
        "sources.tested": tr("Data sources tested"),
        "user.created": tr("User added"),
        "user.disabled": tr("User disabled"),
        "user.password_changed": tr("User's password changed"),
        "user.roles_changed": tr("User's roles changed"),
        "user.unlocked": tr("User unlocked"),
        "case.viewed": tr("Case opened"),
        "case.listed": tr("Case list searched"),
        "case.assigned": tr("Case assigned"),
        "case.advanced": tr("Moved to the next stage"),
        "case.closed": tr("Case closed"),
        "case.rejected": tr("Request rejected"),
        "case.withdrawn": tr("Request withdrawn"),
        "case.subject_corrected": tr("Subject's details corrected"),
        "case.duplicate_flagged": tr("Flagged as a likely repeat request"),
        "case.merged": tr("Merged into the earlier case"),
        "case.kept_apart": tr("Kept apart from the earlier case"),
        "case.message_id_reused": tr("Imported: another mail with the same Message-ID"),
        "mail.held": tr("Mail held as no request"),
        "mail.held_dismissed": tr("Held mail dismissed"),
        "mail.held_imported": tr("Held mail imported as a request"),
        "mail.held_purged": tr("Held mail deleted after retention"),
        "case.purged": tr("Personal data purged after retention"),
        "identity.checked": tr("Identity checked"),
        "clock.paused": tr("Clock paused: information requested"),
        "clock.resumed": tr("Clock resumed: information received"),
        "deadline.extended": tr("Deadline extended"),
        "data.collected": tr("Subject's data collected"),
        "snapshot.field_redacted": tr("Field redacted"),
        "snapshot.row_excluded": tr("Record left out"),
        "snapshot.reviewed": tr("Subject's data reviewed"),
        "review.decided": tr("Review decisions recorded"),
        "tasks.generated": tr("Tasks planned from the decisions"),
        "task.added": tr("Fulfilment task added"),
        "task.done": tr("Fulfilment task done"),
        "recipient.confirmed": tr("Recipient confirmed"),
        "letter.written": tr("Letter written"),
        "response.delivered": tr("Response delivered"),
        "portability.transmitted": tr("Portable data sent to another controller"),
        "dossier.written": tr("Dossier written"),
        "snapshot.viewed": tr("Subject's data opened"),
        "attachment.opened": tr("Attachment opened"),
        "subject.suggested": tr("Company systems searched for the subject"),
        "user.login": tr("Signed in"),
        "user.login_failed": tr("Sign-in refused"),
        "backup.made": tr("Backup made"),
        "audit.verified": tr("Audit trail verified"),
        "trust_anchor.added": tr("Signature authority trusted"),
        "trust_anchor.removed": tr("Signature authority no longer trusted"),
        "demo.generated": tr("Demo cases generated"),
        "team.roles_set_up": tr("Team database roles set up"),
        "user.actor_without_password": tr("Acted as a user without password (set-up)"),
    }
