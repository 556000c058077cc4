"""Opening a case's file from the window: the services hand the bytes over (role checked,
audited), the window writes them to its private folder and asks the system's viewer to open
them. A saved e-mail is not handed to a mail program: it is shown inside the app.

The private folder (paths.opened_files_dir) is the user's alone (0700, each file 0600, a
folder of its own per opening so two files of one name never meet) and is emptied when the
window starts and ends: the copies are personal data and must not pile up."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from smarttek_dsar.paths import opened_files_dir
from smarttek_dsar.services.intake.attachments import AttachmentFile, EmailView, is_email
from smarttek_dsar.ui.context import AppContext
from smarttek_dsar.ui.tasks import run_task


def clean_opened_files() -> None:
    """Remove every copy opened before (at start: left by a window that was killed)."""
    root = opened_files_dir()
    for entry in root.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def write_private(found: AttachmentFile) -> Path:
    """`found` written for the viewer, readable by the user only."""
    folder = Path(tempfile.mkdtemp(prefix="open-", dir=opened_files_dir()))  # 0700
    path = folder / found.disk_name
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(found.content)
    return path


class AttachmentOpener(QObject):
    """Opens one file of one case; `failed` carries the service's (or the system's) refusal
    in words for the user, `email_shown` the e-mail viewer dialog that was opened."""

    failed = Signal(str)
    opened = Signal(str)  # the path handed to the system's viewer
    email_shown = Signal(object)

    def __init__(self, context: AppContext, owner: QWidget) -> None:
        super().__init__(owner)
        self._context = context
        self._owner = owner

    def open(self, number: str, attachment: int, filename: str, media_type: str = "",
             inner: str | None = None, inner_media_type: str = "") -> None:
        """Open `attachment` of case `number` (or the file `inner` attached to that e-mail)."""
        services, actor = self._context.services, self._context.actor
        shown = inner or filename
        if is_email(shown, media_type if inner is None else inner_media_type):
            run_task(self._owner,
                     lambda: services.attachments.read_email(actor, number, attachment,
                                                             inner=inner),
                     lambda view: self._show_email(number, attachment, filename, inner, view),
                     title=self.tr("Opening {0}").format(shown), on_error=self.failed.emit)
            return

        def job() -> Path:  # the write, too, is kept off the UI thread
            return write_private(services.attachments.open_file(actor, number, attachment,
                                                                inner=inner))

        run_task(self._owner, job, self._hand_to_viewer,
                 title=self.tr("Opening {0}").format(shown), on_error=self.failed.emit)

    def _hand_to_viewer(self, path: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.opened.emit(str(path))
        else:
            self.failed.emit(self.tr(
                "No program on this computer opens {0}. Install a viewer for this kind of "
                "file, or save it with the command line (case attachment … --out FILE)."
            ).format(path.name))

    def _show_email(self, number: str, attachment: int, filename: str, inner: str | None,
                    view: EmailView) -> None:
        from smarttek_dsar.ui.email_viewer import EmailViewer

        dialog = EmailViewer(view, parent=self._owner)
        # A file of this e-mail is found by its path from the case's attachment down
        # ("earlier.eml/scan.pdf"), however deep the e-mails are nested.
        dialog.open_requested.connect(
            lambda name, media: self.open(number, attachment, filename, "",
                                          inner=f"{inner}/{name}" if inner else name,
                                          inner_media_type=media))
        self.failed.connect(dialog.show_error)
        self.email_shown.emit(dialog)
        dialog.open()
