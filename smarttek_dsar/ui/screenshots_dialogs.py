"""Screenshots of the dialogs (issue 14), called by ui/screenshots.py for each language: every
dialog and question box the desk opens, each opened the way the window opens it (the same
menu action or button method) on the screenshot tool's demo database, so it shows real content.

Each picture is taken by `_shoot`: it opens the dialog, waits for the new dialog window,
saves it and closes it with done(0), which answers a question box "no" (nothing changes)."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from smarttek_dsar.domain.workflow import Stage
from smarttek_dsar.services.case_query import CaseFilter

Save = Callable[[QWidget, Path, str], None]

# The file names the run writes per language (dialog-<name>-<lang>.png); the test checks
# that the run and this list agree, so a dialog added or lost is noticed.
DIALOGS = (
    "sign-in", "first-start", "cannot-open-database", "about", "help", "import", "held-mail",
    "discard-request", "acknowledgement", "confirm-move-on", "confirm-close",
    "confirm-merge", "confirm-reject", "case-changed", "letter", "send-mail", "late-refusal",
    "confirm-response-sent",
    "dossier", "exclude-row", "redact-field", "package", "annual-report", "store-password",
    "mailbox-password", "add-user", "roles", "confirm-purge",
)

# Which picture shows each dialog class of the window (tests/ui/test_screenshot_dialogs.py
# finds every QDialog subclass in smarttek_dsar/ui and wants it here): a new dialog needs a
# picture. Message and input boxes have no class of their own; they are in DIALOGS only.
DIALOG_CLASSES = {
    "SignInDialog": "dialog-sign-in", "FirstAdminDialog": "dialog-first-start",
    "HelpDialog": "dialog-help", "ImportDialog": "dialog-import",
    "HeldMailDialog": "dialog-held-mail", "AcknowledgementDialog": "dialog-acknowledgement",
    "LetterDialog": "dialog-letter", "SendMailDialog": "dialog-send-mail",
    "DossierDialog": "dialog-dossier", "PackageDialog": "dialog-package",
    "AddUserDialog": "dialog-add-user", "RolesDialog": "dialog-roles",
    # Shot by screenshots.py and screenshots_case_files.py under their older names.
    "NewRequestDialog": "new-request", "SubjectDialog": "correct-details",
    "EmailViewer": "email-viewer",
}
# Bases that are never shown by themselves.
DIALOG_BASES = ("RememberedDialog", "_DocumentDialog")


def _shoot(open_dialog: Callable[[], object], out: Path, name: str, language: str,
           save: Save, size: tuple[int, int] | None = None,
           fill: Callable[[QDialog], None] | None = None) -> bool:
    """Open a dialog (exec() or open(), both work), `fill` it as a user would, save it and
    close it unanswered."""
    before = set(QApplication.topLevelWidgets())
    taken: list[QDialog] = []
    tries = [0]

    def look() -> None:
        new = [w for w in QApplication.topLevelWidgets()
               if w not in before and isinstance(w, QDialog) and w.isVisible()]
        if not new:
            tries[0] += 1
            if tries[0] < 60:
                QTimer.singleShot(50, look)
            return
        dialog = new[-1]
        if size is not None:
            dialog.resize(*size)
        if fill is not None:
            fill(dialog)
        save(dialog, out, f"dialog-{name}-{language}.png")
        taken.append(dialog)
        dialog.done(0)

    QTimer.singleShot(50, look)
    open_dialog()
    loop = QEventLoop()
    for _ in range(80):
        if taken or tries[0] >= 60:
            break
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    if not taken:
        print(f"dialog-{name}-{language}.png: the dialog did not open")
    return bool(taken)


def _sign_in(services, work: Path, out: Path, language: str, save: Save) -> None:
    """The sign-in on the demo database and the first start on an empty one, as launch.py
    builds them."""
    from smarttek_dsar.services import Services
    from smarttek_dsar.ui.launch import DatabaseError, Startup

    def sqlite_url(path: Path) -> str:  # the window's layer does not import storage
        return f"sqlite:///{path.resolve()}"

    startup = Startup(None, demo=True)
    startup.services = services
    _shoot(lambda: startup.sign_in_dialog().exec(), out, "sign-in", language, save)
    empty = Services.open(sqlite_url(work / f"empty-{language}.sqlite3"))
    try:
        first = Startup(None, demo=False)
        first.services = empty
        _shoot(lambda: first.sign_in_dialog().exec(), out, "first-start", language, save)
    finally:
        empty.db.dispose()
    # A database address that cannot be opened (a folder inside a file): the start-up's notice.
    not_a_folder = work / "not-a-folder"
    not_a_folder.write_bytes(b"")
    broken = sqlite_url(not_a_folder / "desk.sqlite3")
    try:
        Services.open(broken).db.dispose()
        message = "opened"
    except Exception as exc:  # what the start-up's job reports, as it words it
        message = str(exc) if isinstance(exc, DatabaseError) else QCoreApplication.translate(
            "Startup", "Cannot open the database: {0}").format(exc)
    _shoot(lambda: Startup(broken, demo=False).cannot_open_notice(message), out,
           "cannot-open-database", language, save)


def _scan(work: Path) -> Path:
    """A scanned letter, so the import dialog waits for its delivery date (nothing imported)."""
    path = work / "skenets-pieprasijums.png"
    image = QImage(600, 800, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    image.save(str(path))
    return path


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _auto_reply(work: Path) -> Path:
    """An out-of-office answer to the privacy mailbox: held as no request, for Held mail."""
    message = EmailMessage()
    message["From"] = "Andris Bērziņš <andris.berzins@example.lv>"
    message["To"] = "privacy@smarttek.eu"
    message["Subject"] = "Automātiskā atbilde: Jūsu pieprasījums"
    message["Auto-Submitted"] = "auto-replied"
    message["Date"] = "Tue, 01 Dec 2026 09:15:00 +0200"
    message["Message-ID"] = "<screenshot-auto-reply@example.lv>"
    message.set_content("Esmu atvaļinājumā līdz 14. decembrim.")
    path = work / "automatiska-atbilde.eml"
    path.write_bytes(message.as_bytes())
    return path


def _write_into(work: Path, name: str) -> Callable[[QDialog], None]:
    """Write the letter or dossier PDF into the run's folder, so the preview shows it."""
    def fill(dialog: QDialog) -> None:
        dialog.output.setText(str(work / name))
        dialog.write()
        _wait(800)  # the preview renders its pages in the background
    return fill


def _export_into(work: Path) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        work.mkdir(exist_ok=True)
        dialog.folder.setText(str(work))
        dialog.export()
        _wait(800)
    return fill


def _case(services, actor, stage: Stage) -> str | None:
    cases = services.cases.list(actor, CaseFilter(stages=[stage]), limit=5)
    return cases[0].number if cases else None


def _ready_case(services, actor) -> str | None:
    """An open case with every step done for moving on, so Move on asks before it moves."""
    for stage in (Stage.INTAKE, Stage.IDENTITY, Stage.REVIEW, Stage.FULFILMENT):
        for summary in services.cases.list(actor, CaseFilter(stages=[stage]), limit=15):
            if "advance" in services.cases.detail(actor, summary.number).ready_actions:
                return summary.number
    return None


def _duplicate_case(services, actor, work: Path) -> str | None:
    """A reminder from the subject of the request the case files' run imported: the desk
    flags it as a likely duplicate of that case (the second language finds it imported)."""
    message = EmailMessage()
    message["From"] = "Marta Liepiņa <marta.liepina@example.lv>"
    message["To"] = "privacy@smarttek.eu"
    message["Subject"] = "Atgādinājums: pieprasījums izsniegt manus personas datus"
    message["Date"] = "Tue, 01 Dec 2026 10:40:00 +0200"
    message["Message-ID"] = "<screenshot-reminder@example.lv>"
    message.set_content("Labdien!\n\nAtgādinu par savu pieprasījumu saskaņā ar VDAR 15. pantu "
                        "izsniegt manu personas datu kopiju.\n\nAr cieņu,\nMarta Liepiņa")
    path = work / "atgadinajums-liepina.eml"
    path.write_bytes(message.as_bytes())
    result = services.imports.import_file(actor, path)
    number = result.case_number or result.duplicate_of
    if number and services.cases.detail(actor, number).duplicate_of:
        return number
    return None


def _mailbox_password(window, services, actor, out: Path, language: str, save: Save) -> None:
    """Fetch mail now on a mailbox set up without a stored password asks for it; the mailbox
    is unset again after, so the next language's pages look the same."""
    mailbox = services.mailbox
    mailbox.configure(actor, host="imap.smarttek.eu", user="privacy@smarttek.eu")
    try:
        if not mailbox.stored_password():  # with one, Fetch would really connect
            _shoot(lambda: window.mailbox_fetcher.fetch(interactive=True), out,
                   "mailbox-password", language, save)
    finally:
        mailbox.configure(actor, host="", user="")


def _purge_question(administration, services, actor, out: Path, language: str,
                    save: Save) -> None:
    """Purge asks first. No demo case is due under the default retention, so the shortest
    (1 year) is set for the question only and put back; the question is answered no."""
    organisation = services.organisation
    kept = organisation.settings().retention_years
    organisation.update(actor, "retention_years", 1)
    try:
        administration.list_due()
        _shoot(administration.purge, out, "confirm-purge", language, save)
    finally:
        organisation.update(actor, "retention_years", kept)
        administration.list_due()


def _all_tasks_done(services, actor) -> str | None:
    """A case in fulfilment with every task done, as the delivery form checks it."""
    for summary in services.cases.list(actor, CaseFilter(stages=[Stage.FULFILMENT]), limit=40):
        detail = services.cases.detail(actor, summary.number)
        if "advance" in detail.allowed_actions and all(t.done_at for t in detail.tasks):
            return summary.number
    return None


def _stale_change(services, actor, number: str) -> str:
    """The service's own words when a case changed after it was opened, in the window's
    language as the case view gets them (ui/case_view/actions.py): a close with a version the
    case never had is refused before anything changes."""
    from smarttek_dsar.services.errors import ServiceError
    from smarttek_dsar.ui.service_messages import error_text

    try:
        services.closing.close(actor, number, expected_version=-1)
    except ServiceError as refused:
        return error_text(refused)
    raise RuntimeError(f"{number} was closed with a wrong version")


def shoot_dialogs(window, services, work: Path, out: Path, language: str, save: Save, *,
                  collected: str | None = None) -> None:
    """`collected`: a case whose subject's data was collected (by screenshots_case_files)."""
    from smarttek_dsar.ui.dashboard.exports import ReportExports
    from smarttek_dsar.ui.import_dialog import ImportDialog
    from smarttek_dsar.ui.letter_dialog import LetterDialog
    from smarttek_dsar.ui.new_request_dialog import NewRequestDialog

    context, actor = window.context, window.context.actor
    _sign_in(services, work, out, language, save)
    _shoot(window.about, out, "about", language, save)
    _shoot(window.show_guide, out, "help", language, save, (900, 700))
    mails = sorted(work.glob("pieprasijums-*.eml"))
    services.imports.import_file(actor, _auto_reply(work))
    _shoot(lambda: ImportDialog(context, [*mails, _scan(work)], window).open(), out, "import",
           language, save)
    _shoot(window.held_mail, out, "held-mail", language, save)

    request = NewRequestDialog(context, window)
    request.show()
    request.subject_name.setText("Līga Kalniņa")
    _shoot(request.reject, out, "discard-request", language, save)
    request.done(0)

    # A case just received: acknowledgement, moving it on, closing it, the conflict notice.
    number = _case(services, actor, Stage.INTAKE) or window.pages["all"].model.summary(0).number
    view = window.tabs.open_case(number)
    header = view.header
    _shoot(header.open_acknowledgement, out, "acknowledgement", language, save)
    ready = _ready_case(services, actor)
    if ready is not None:  # else Move on has nothing to ask: the service names what is missing
        _shoot(window.tabs.open_case(ready).header.advance, out, "confirm-move-on", language,
               save)
    _shoot(header.close_case, out, "confirm-close", language, save)
    duplicate = _duplicate_case(services, actor, work)
    if duplicate is not None:
        _shoot(window.tabs.open_case(duplicate).duplicate_banner.merge, out, "confirm-merge",
               language, save)
    _shoot(lambda: view._conflicted(_stale_change(services, actor, number)), out,
           "case-changed", language, save)

    # A case in fulfilment: its response, letter, dossier, package and e-mail.
    number = _case(services, actor, Stage.FULFILMENT) or number
    view = window.tabs.open_case(number)
    view.tabs.setCurrentWidget(view.response_panel)
    response = view.response_panel
    _shoot(response.reject, out, "confirm-reject", language, save)
    _shoot(response.open_letter_dialog, out, "letter", language, save,
           fill=_write_into(work, f"letter-{language}.pdf"))
    letter = LetterDialog(context, services.cases.detail(actor, number), window)
    letter.show()
    _shoot(letter.send_by_email, out, "send-mail", language, save)
    _shoot(letter._confirm_late, out, "late-refusal", language, save)
    letter.done(0)
    done = _all_tasks_done(services, actor)
    if done is not None:  # recording the delivery then offers to move to Response sent
        detail = services.cases.detail(actor, done)
        delivery = window.tabs.open_case(done).response_panel.delivery
        _shoot(lambda: delivery._offer_response_sent(detail, detail.summary), out,
               "confirm-response-sent", language, save)
    _shoot(response.open_dossier_dialog, out, "dossier", language, save,
           fill=_write_into(work, f"dossier-{language}.pdf"))

    # The subject's data, reviewed and packaged; leaving a row out asks why.
    view = window.tabs.open_case(collected or number)
    _shoot(view.data_panel._ask_exclude, out, "exclude-row", language, save)
    for views in view.data_panel.category_views.values():
        if views and views[0].model().rowCount():
            views[0].selectRow(0)
            _shoot(view.data_panel._ask_redact, out, "redact-field", language, save)
            break
    if collected is not None:  # else the package dialog shows why it cannot export yet
        services.snapshot.mark_reviewed(actor, collected)
        view.reload()
    _shoot(view.response_panel.open_package_dialog, out, "package", language, save,
           fill=_export_into(work / f"package-{language}"))

    _mailbox_password(window, services, actor, out, language, save)

    window.tabs.show_home()
    window.show_page("dashboard")
    for exports in window.findChildren(ReportExports):
        _shoot(exports.ask_year, out, "annual-report", language, save)
        break

    sources = window.show_page("sources")
    sources.sources_list.setCurrentRow(0)
    _shoot(sources._ask_password, out, "store-password", language, save)

    administration = window.show_page("administration")
    _shoot(administration.add_user, out, "add-user", language, save)
    administration.users.selectRow(1)
    _shoot(administration.change_roles, out, "roles", language, save)
    _purge_question(administration, services, actor, out, language, save)
