"""The main window: navigation on the left, the chosen list or page beside it with opened cases
in tabs, menus and a toolbar built from the one action registry, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from smarttek_dsar import __version__
from smarttek_dsar.domain.roles import Permission
from smarttek_dsar.services.case_query import CaseFilter
from smarttek_dsar.ui import preferences
from smarttek_dsar.ui.actions import ActionId, ActionRegistry, icon
from smarttek_dsar.ui.audit_page import AuditPage
from smarttek_dsar.ui.audit_warning import AuditTrailWarning
from smarttek_dsar.ui.case_list_page import NEWEST_FIRST, CaseListPage
from smarttek_dsar.ui.case_tabs import CaseTabs
from smarttek_dsar.ui.changes import Changes
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.dashboard_page import DashboardPage
from smarttek_dsar.ui.import_dialog import ImportDialog, accept_dropped_files
from smarttek_dsar.ui.letters_page import LettersPage
from smarttek_dsar.ui.mailbox_fetcher import MailboxFetcher
from smarttek_dsar.ui.plain_text import plain
from smarttek_dsar.ui.register_page import RegisterPage
from smarttek_dsar.ui.settings_page import SettingsPage
from smarttek_dsar.ui.sources_page import SourcesPage
from smarttek_dsar.ui.unsaved_edits import has_unsaved_edits

APP_TITLE = "Smarttek DSAR Desk"


class MainWindow(QMainWindow):
    # The user chose another language: the launcher builds a fresh window in it.
    language_changed = Signal(str)
    # The user signs out: the launcher asks who signs in next and builds their window.
    sign_out_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(" — ".join(
            (APP_TITLE, context.actor.display_name, context.database_description)))
        self.setWindowIcon(icon("app"))
        self.registry = ActionRegistry(self)
        self.pages: dict[str, QWidget] = {}
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(150)
        self.stack = QStackedWidget()
        self._build_pages()
        self.tabs = CaseTabs(context, self.stack, self.tr("Lists"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1100])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._build_status_bar()
        self._wire()
        self._restore()
        self.navigation.setCurrentRow(0)

    # -- building -------------------------------------------------------------------------
    def _build_pages(self) -> None:
        ctx, open_action = self.context, self.registry[ActionId.OPEN_CASE]
        works = ctx.can(Permission.WORK_CASES)

        def case_list(name: str, base: CaseFilter, open_only: bool, **sort) -> CaseListPage:
            return CaseListPage(ctx, name, base, open_only=open_only, open_action=open_action,
                                **sort)

        self._add_page("inbox", self.tr("Inbox"), "inbox",
                       case_list("inbox", CaseFilter(open_only=True, unassigned=True), True),
                       self.tr("New and unassigned open cases"))
        if works:  # a manager is never assigned cases
            self._add_page("mine", self.tr("My cases"), "mine",
                           case_list("mine", CaseFilter(assignee_id=ctx.actor.user_id), True),
                           self.tr("Cases assigned to me"))
        self._add_page("all", self.tr("All cases"), "all",
                       case_list("all", CaseFilter(), False, sort=NEWEST_FIRST),
                       self.tr("Every case"))
        self._add_page("dashboard", self.tr("Dashboard"), "dashboard", DashboardPage(ctx),
                       self.tr("Deadlines and workload"))
        if ctx.can(Permission.AUDIT):
            self._add_page("audit", self.tr("Audit log"), "audit", AuditPage(ctx),
                           self.tr("Who did what, and a check that nothing was altered"))
        # The register holds no personal data: everyone may read it; only admins edit it.
        self._add_page("register", self.tr("Register"), "register", RegisterPage(ctx),
                       self.tr("Register of processing activities (GDPR 30)"))
        if works or ctx.can(Permission.MANAGE_SETTINGS):
            self._add_page("sources", self.tr("Data sources"), "sources", SourcesPage(ctx),
                           self.tr("The company systems searched for a subject's data"))
            # Specialists read and preview the wording; only the administrator edits it.
            self._add_page("letters", self.tr("Letters"), "letters", LettersPage(ctx),
                           self.tr("The wording of the letters to subjects and recipients"))
        if ctx.can(Permission.MANAGE_USERS):
            from smarttek_dsar.ui.administration_page import AdministrationPage

            self._add_page("administration", self.tr("Administration"), "settings",
                           AdministrationPage(ctx),
                           self.tr("Users and roles, backups, the retention purge"))
        settings = SettingsPage(ctx)
        # The window is built again in the new language: unsaved edits are asked about first;
        # Cancel keeps the language in use (the box shows it again).
        settings.language_changed.connect(
            lambda code: self.settle_pages(lambda: self._switch_language(code),
                                           settings.show_language_in_use))
        self._add_page("settings", self.tr("Settings"), "settings", settings,
                       self.tr("Language, organisation settings, holidays"))

    def _add_page(self, key: str, title: str, icon_name: str, page: QWidget, tip: str) -> None:
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(tip)
        self.navigation.addItem(item)
        self.stack.addWidget(page)
        self.pages[key] = page
        if hasattr(page, "status_changed"):
            page.status_changed.connect(lambda text, p=page: self._page_status(p, text))

    def _build_menus(self) -> None:
        a = self.registry
        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        for key in (ActionId.NEW_REQUEST, ActionId.IMPORT, ActionId.HELD_MAIL,
                    ActionId.OPEN_CASE):
            case_menu.addAction(a[key])
        # Issue 15: the privacy mailbox, also fetched every N minutes when Settings say so.
        self.fetch_mail = case_menu.addAction(self.tr("&Fetch mail now"))
        self.fetch_mail.setObjectName("fetch_mail")
        self.fetch_mail.setEnabled(self.context.can(Permission.WORK_CASES))
        self.fetch_mail.triggered.connect(lambda: self.mailbox_fetcher.fetch(interactive=True))
        # Every operation on the case in the current tab, enabled from its allowed actions.
        self.case_menu = case_menu
        operations = self.context.case_operations
        section = None
        for operation in operations.operations:
            if operation.section != section:
                case_menu.addSeparator()
                section = operation.section
            case_menu.addAction(operations[operation.key])
        case_menu.addSeparator()
        case_menu.addAction(a[ActionId.CLOSE_CASE_TAB])
        case_menu.addAction(a[ActionId.SIGN_OUT])
        case_menu.addAction(a[ActionId.QUIT])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(a[ActionId.FIND])
        view_menu.addAction(a[ActionId.REFRESH])
        view_menu.addSeparator()
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            go = view_menu.addAction(item.icon(), item.text())
            if row < 9:  # Ctrl+1 … Ctrl+9; the pages after that are in the menu only
                go.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            go.triggered.connect(lambda _checked=False, r=row: self.show_page_row(r))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionId.HELP])
        help_menu.addAction(a[ActionId.ABOUT])

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for key in (ActionId.NEW_REQUEST, ActionId.IMPORT, ActionId.OPEN_CASE, ActionId.REFRESH,
                    ActionId.FIND):
            toolbar.addAction(a[key])

    def _build_status_bar(self) -> None:
        self.status = plain(QLabel())
        self.status.setObjectName("status")
        roles = ", ".join(sorted(self._role_name(r.value) for r in self.context.actor.roles))
        user = plain(QLabel(self.tr("Signed in as %1 (%2)").replace(
            "%1", self.context.actor.display_name).replace("%2", roles)))
        # Said once, here: every time in the window is Riga time, as in the documents.
        zone = QLabel(self.tr("Times: Riga"))
        zone.setObjectName("time_zone")
        zone.setToolTip(self.tr("Every time shown is Riga time (Europe/Riga), as in the letters "
                                "and dossiers, whatever this computer's time zone."))
        self.statusBar().addWidget(self.status, 1)
        # A damaged audit trail never stops sign-in; it is shown here until verified.
        self.audit_warning = AuditTrailWarning(self.context)
        self.statusBar().addPermanentWidget(self.audit_warning)
        self.mailbox_fetcher = MailboxFetcher(self.context, self)
        for widget in self.mailbox_fetcher.widgets():
            self.statusBar().addPermanentWidget(widget)
        self.mailbox_fetcher.schedule()
        self.statusBar().addPermanentWidget(zone)
        self.statusBar().addPermanentWidget(user)

    def _wire(self) -> None:
        a, ctx = self.registry, self.context
        a[ActionId.NEW_REQUEST].triggered.connect(self.new_request)
        a[ActionId.IMPORT].triggered.connect(self.import_requests)
        a[ActionId.HELD_MAIL].triggered.connect(self.held_mail)
        a[ActionId.FIND].triggered.connect(self.find)
        a[ActionId.REFRESH].triggered.connect(self.refresh)
        a[ActionId.OPEN_CASE].triggered.connect(self.open_selected)
        a[ActionId.CLOSE_CASE_TAB].triggered.connect(self.tabs.close_current_case)
        a[ActionId.SIGN_OUT].triggered.connect(
            lambda: self.settle_pages(self.sign_out_requested.emit))
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.ABOUT].triggered.connect(self.about)
        a[ActionId.HELP].triggered.connect(self.show_guide)
        if ctx.can(Permission.WORK_CASES):
            # E-mail and portal files dropped anywhere on the window are imported.
            self._drop_filter = accept_dropped_files(self, ctx)
        else:
            # Mirrors the role; the service would refuse anyway.
            for key in (ActionId.NEW_REQUEST, ActionId.IMPORT, ActionId.HELD_MAIL):
                a[key].setEnabled(False)
                a[key].setToolTip(
                    self.tr("Your role sees case metadata only and cannot register requests."))
        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.navigation.clicked.connect(self._page_clicked)
        self.navigation.activated.connect(self._page_clicked)
        self.tabs.currentChanged.connect(self._tab_chosen)
        ctx.open_case_requested.connect(self.open_case)

    def _role_name(self, role: str) -> str:
        return {
            "specialist": self.tr("specialist"),
            "manager": self.tr("manager"),
            "admin": self.tr("administrator"),
        }.get(role, role)

    # -- pages ----------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> QWidget:
        self.show_page_row(list(self.pages).index(key))
        return self.pages[key]

    def show_page_row(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
        self.tabs.show_home()

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        leaving = self.stack.currentWidget()
        if row != self.stack.currentIndex() and has_unsaved_edits(leaving):
            # The navigation stays on the edited page until the question is answered.
            self._mark_navigation()
            leaving.settle(lambda: self.navigation.setCurrentRow(row))
            return
        self.stack.setCurrentIndex(row)
        self.tabs.show_home()
        self.tabs.setTabText(0, self.navigation.item(row).text())
        page = self.stack.currentWidget()
        # List-like pages load when first shown and report counts; plain pages do neither.
        if hasattr(page, "activate"):
            page.activate()
        self.status.setText(page.status_text() if hasattr(page, "status_text") else "")

    def _tab_chosen(self, index: int) -> None:
        # The Case menu and its shortcuts act on the case of the current tab, none on the lists.
        widget = self.tabs.widget(index) if index > 0 else None
        self.context.case_operations.bind(widget if hasattr(widget, "perform") else None)
        self._mark_navigation()

    def _mark_navigation(self) -> None:
        """The navigation highlights the page on screen, and nothing while a case tab is:
        the case is not part of the page last chosen. The current row stays (no current row
        would make the list pick its first page on focus); clicking it brings the page back
        (_page_clicked)."""
        with QSignalBlocker(self.navigation):
            self.navigation.setCurrentRow(self.stack.currentIndex())
            if self.tabs.currentWidget() is not self.stack:
                self.navigation.clearSelection()

    def _page_clicked(self) -> None:
        # The page already current, chosen again while a case is on screen: no row change.
        if self.tabs.currentWidget() is not self.stack:
            self.show_page_row(self.navigation.currentRow())

    def _page_status(self, page: QWidget, text: str) -> None:
        if page is self.stack.currentWidget():
            self.status.setText(text)

    # -- commands -------------------------------------------------------------------------
    def new_request(self) -> None:
        if not self.context.can(Permission.WORK_CASES):
            return
        from smarttek_dsar.ui.new_request_dialog import NewRequestDialog

        dialog = NewRequestDialog(self.context, self)
        if dialog.exec() and dialog.created is not None:
            self.context.notify(Changes.of_case(dialog.created.number))
            self.open_case(dialog.created.number)

    def import_requests(self) -> None:
        if not self.context.can(Permission.WORK_CASES):
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import requests"), "",
            self.tr("Request files (*.eml *.msg *.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff "
                    "*.edoc *.asice);;All files (*)"))
        if names:
            dialog = ImportDialog(self.context, [Path(n) for n in names], self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def held_mail(self) -> None:
        if not self.context.can(Permission.WORK_CASES):
            return
        from smarttek_dsar.ui.held_mail_dialog import open_held_mail

        self.held_dialog = open_held_mail(self.context, self)

    def find(self) -> None:
        page = self.current_page()
        if not isinstance(page, CaseListPage):
            page = self.show_page("all")
        self.tabs.show_home()
        page.focus_filter()

    def refresh(self) -> None:
        page = self.current_page()
        if self.tabs.currentIndex() == 0 and hasattr(page, "refresh"):
            page.refresh()
        else:
            self.context.notify(Changes.everything())

    def open_selected(self) -> None:
        page = self.current_page()
        if isinstance(page, CaseListPage):
            page.open_current()

    def open_case(self, number: str) -> None:
        self.tabs.open_case(number)

    def show_guide(self) -> None:
        from smarttek_dsar.ui.help_dialog import HelpDialog

        self.guide = HelpDialog(self)  # kept: open() returns at once
        self.guide.open()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Smarttek DSAR Desk"), self.tr(
            "<b>Smarttek DSAR Desk</b> %1<br>Handling GDPR data subject requests for "
            "SMARTTEK MIXTURE SIA, Riga.<br><br>Deadlines follow GDPR Art. 12(3) and the "
            "Latvian public holidays.").replace("%1", __version__))

    # -- remembering the layout -----------------------------------------------------------
    def _restore(self) -> None:
        geometry = preferences.WINDOW_GEOMETRY.get()
        if geometry.isEmpty():
            # A first start: 1280×800 at most (the smallest laptop screen in use), and never
            # more than the screen offers beside its panels.
            width, height = 1280, 800
            screen = self.screen()
            if screen is not None:
                free = screen.availableGeometry()
                width, height = min(width, free.width()), min(height, free.height())
            self.resize(width, height)
        else:
            self.restoreGeometry(geometry)
        state = preferences.WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)
        splitter = preferences.NAVIGATION_SPLITTER.get()
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        preferences.WINDOW_GEOMETRY.set(self.saveGeometry())
        preferences.WINDOW_STATE.set(self.saveState())
        preferences.NAVIGATION_SPLITTER.set(self.splitter.saveState())
        for page in self.pages.values():
            if isinstance(page, CaseListPage):
                page.save_layout()

    def settle_pages(self, then: Callable[[], None],
                     cancelled: Callable[[], None] | None = None) -> None:
        """Run `then` once no page holds unsaved edits; each such page asks in turn.
        `cancelled` runs when a question is cancelled."""
        pending = [page for page in self.pages.values() if has_unsaved_edits(page)]
        if not pending:
            then()
            return
        self.show_page(next(k for k, p in self.pages.items() if p is pending[0]))
        pending[0].settle(lambda: self.settle_pages(then, cancelled), cancelled)

    def _switch_language(self, code: str) -> None:
        """Nothing unsaved is left: the choice is kept and the launcher rebuilds the window."""
        preferences.LANGUAGE.set(code)
        self.language_changed.emit(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        if any(has_unsaved_edits(page) for page in self.pages.values()):
            event.ignore()  # asked first; closed again once saved or discarded
            self.settle_pages(self.close)
            return
        self.save_layout()
        super().closeEvent(event)

