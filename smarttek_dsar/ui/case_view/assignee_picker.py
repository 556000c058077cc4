"""Who works the case: a specialist picks a colleague (or nobody) from the team, or takes the
case with one click; a manager, or anyone once the case is finished, only reads the name.

The team is read off the UI thread once per view; the change goes through CaseActions with the
version the user saw, so two people assigning at once get the conflict, not a silent overwrite."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from smarttek_dsar.services.administration.users import UserView
from smarttek_dsar.services.views import CaseDetail
from smarttek_dsar.ui.case_view.actions import CaseActions
from smarttek_dsar.ui.plain_text import plain, plain_tip
from smarttek_dsar.ui.tasks import run_task


class AssigneePicker(QWidget):
    def __init__(self, actions: CaseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._assignee: str | None = None
        self._team: list[UserView] | None = None  # None until read
        self._reading = False
        self.label = plain(QLabel())
        self.label.setObjectName("assigneeLabel")
        self.combo = QComboBox()
        self.combo.setObjectName("assigneeCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(18)
        self.combo.setToolTip(self.tr("Give the case to a specialist, or to nobody"))
        # activated: the user's choice only, never the refill after a reload.
        self.combo.activated.connect(self._chosen)
        self.me_button = QPushButton(self.tr("Assign to me"))
        self.me_button.setObjectName("assignToMe")
        self.me_button.clicked.connect(lambda: actions.trigger("assign"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.me_button)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # A refused change leaves the case as it was: show that again, not the user's pick.
        actions.refused.connect(lambda _message: self._fill())

    @property
    def editable(self) -> bool:
        return self._actions.allowed("assign")

    def set_detail(self, detail: CaseDetail) -> None:
        self._assignee = detail.summary.assignee
        editable = self.editable
        self.label.setText(self._assignee or self.tr("Unassigned"))
        self.label.setVisible(not editable)
        self.combo.setVisible(editable)
        me = self._actions.context.actor.username
        self.me_button.setVisible(editable and self._assignee != me)
        self.me_button.setEnabled(editable)
        self.combo.setEnabled(editable)
        if editable:
            self._fill()
            if self._team is None and not self._reading:
                self._read_team()

    def _read_team(self) -> None:
        self._reading = True
        users, actor = self._actions.context.services.users, self._actions.context.actor

        def read() -> list[UserView]:
            return users.assignable(actor)

        run_task(self, read, self._team_read, on_error=self._team_unreadable)

    def _team_read(self, team: list[UserView]) -> None:
        self._reading = False
        self._team = team
        self._fill()

    def _team_unreadable(self, message: str) -> None:
        # The case can still be taken or let go; the list of colleagues is what is missing.
        self._reading = False
        self._team = []
        self.combo.setToolTip(plain_tip(message))
        self._fill()

    def _fill(self) -> None:
        self.combo.clear()
        self.combo.addItem(self.tr("Unassigned"), None)
        known = set()
        for user in self._team or []:
            same = user.display_name == user.username
            text = user.username if same else f"{user.display_name} ({user.username})"
            self.combo.addItem(text, user.username)
            known.add(user.username)
        if self._assignee and self._assignee not in known:
            # Not (or not yet) in the team list, e.g. a deactivated colleague: still shown.
            self.combo.addItem(self._assignee, self._assignee)
        self.combo.setCurrentIndex(max(self.combo.findData(self._assignee), 0))

    def usernames(self) -> list[str | None]:
        return [self.combo.itemData(i) for i in range(self.combo.count())]

    def _chosen(self, index: int) -> None:
        username = self.combo.itemData(index)
        if username != self._assignee:
            self.assign(username)

    def assign_to_me(self) -> None:
        self.assign(self._actions.context.actor.username)

    def assign(self, username: str | None) -> None:
        self._actions.run(
            lambda s, actor, number, version: s.cases.assign(
                actor, number, username, expected_version=version
            ),
            title=self.tr("Assigning the case"),
        )
