"""The shop's data rights inside the app: export everything, erase one person, erase everything on this PC.

Only presentation: each dialog explains, asks for a deliberate confirmation and shows the outcome; the work
is the services' (``export_archive.write_archive``, ``erasure.erase_contact``, ``erasure.erase_profile``),
run off the GUI thread by ``ui.ops`` under one correlation id per click, so its log lines and audit rows
belong together. Sentences the services build (the erasure summary, its problems) arrive as Phrases and
are shown with ``i18n.render``.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.dataio.export_archive import write_archive
from klaros_desktop.services.people import contact_edit
from klaros_desktop.services.privacy.erasure import erase_contact_id, erase_profile_in_use
from klaros_desktop.ui import ops
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.i18n import capitalised, render
from klaros_desktop.ui.phone_format import pretty_number
from klaros_desktop.ui.setup_wizard import keyring_name

log = logging.getLogger(__name__)


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def quit_application() -> None:
    """End the app by closing every window: ``klaros_desktop.app`` then closes the backend and the HTTP client
    while its loop still runs, and returns (tests replace this)."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


def default_export_path(today: date | None = None) -> Path:
    """``klaros-export-2025-11-23.zip`` in the user's Documents folder (home when there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(folder) / f"klaros-export-{(today or date.today()).isoformat()}.zip"


def _label(text: str, parent: QWidget, name: str | None = None, *, selectable: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _busy_bar(parent: QWidget, name: str) -> QProgressBar:
    """An indeterminate bar: the services report no progress, so it says "working", not how far."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setAccessibleName(name)
    return bar


def _rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


# ---------------------------------------------------------------------------------------------- export
def export_all(backend: Backend, parent: QWidget, target: Path | None = None) -> ExportDialog | None:
    """File → Export all data…: ask where (a .zip, named with today's date), then write it in the background."""
    if target is None:
        name, _chosen = QFileDialog.getSaveFileName(
            parent, QApplication.translate("ExportDialog", "Export all data"), str(default_export_path()),
            QApplication.translate("ExportDialog", "Zip archive (*.zip)"))
        if not name:
            return None
        target = Path(name)
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    dialog = ExportDialog(backend, target, parent)
    dialog.open()
    dialog.start()
    return dialog


class ExportDialog(QDialog):
    """Writes the archive (a busy bar; it cannot be stopped halfway), then says where it is and what it holds."""

    exported = Signal(object)  # the service's ArchiveReport

    BUSY, DONE, FAILED = range(3)

    def __init__(self, backend: Backend, target: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.target = Path(target)
        self.report = None
        self.error: BaseException | None = None
        self.setWindowTitle(self.tr("Export all data"))
        self.setMinimumWidth(540)
        self.pages = QStackedWidget(self)

        busy = QWidget(self.pages)
        bl = QVBoxLayout(busy)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(_label(self.tr("Exporting everything Klaros holds…"), busy, "pageTitle"))
        bl.addWidget(_label(self.tr("Writing {file}").format(file=self.target), busy, "muted", selectable=True))
        self.progress = _busy_bar(busy, self.tr("Export in progress"))
        bl.addWidget(self.progress)
        bl.addWidget(_label(self.tr("This takes seconds for a small shop and a few minutes for years of chats "
                                    "with photos. You can keep working meanwhile."), busy, "muted"))
        bl.addStretch(1)
        self.pages.addWidget(busy)

        done = QWidget(self.pages)
        dl = QVBoxLayout(done)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(_label(self.tr("Export finished"), done, "pageTitle"))
        self.where = _label("", done, selectable=True)
        self.where.setAccessibleName(self.tr("Where the archive is"))
        dl.addWidget(self.where)
        counts = QWidget(done)
        self.counts = QFormLayout(counts)
        self.counts.setContentsMargins(12, 4, 0, 4)
        self.counts.setHorizontalSpacing(24)
        self.counts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        dl.addWidget(counts)
        dl.addWidget(_label(self.tr("Each kind of record is a file of its own, readable by other programs; the "
                                    "contacts are also in it as a spreadsheet (CSV) and as address-book cards "
                                    "(vCard). README.md inside explains every field."), done, "muted"))
        dl.addStretch(1)
        self.pages.addWidget(done)

        failed = QWidget(self.pages)
        fl = QVBoxLayout(failed)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(_label(self.tr("The export did not work"), failed, "pageTitle"))
        self.failure = _label("", failed, selectable=True)
        self.failure.setAccessibleName(self.tr("Why the export failed"))
        fl.addWidget(self.failure)
        fl.addStretch(1)
        self.pages.addWidget(failed)

        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.open_button.setObjectName("primary")
        self.open_button.setAccessibleName(self.tr("Open the folder holding the archive"))
        self.open_button.clicked.connect(lambda: open_folder(self.target.parent))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.setToolTip(self.tr("An export cannot be stopped halfway; it ends by itself."))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show(self.BUSY)

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.open_button.setVisible(page == self.DONE)
        self.cancel_button.setVisible(page == self.BUSY)
        self.close_button.setVisible(page != self.BUSY)
        (self.open_button if page == self.DONE else self.close_button).setFocus()

    def busy(self) -> bool:
        return self.pages.currentIndex() == self.BUSY

    def start(self) -> None:
        sessions, target, media = self.backend.sessions, self.target, self.backend.profile.media
        ops.run_sync(lambda: write_archive(sessions, target, media_root=media, actor="user"),
                     self._done, self._failed)

    def _done(self, report) -> None:
        self.report = report
        size = QLocale().formattedDataSize(self.target.stat().st_size, 1,
                                           QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        self.where.setText(self.tr("Saved as {file} ({size}).").format(file=self.target, size=size))
        c = report.counts
        for label, count in (
            (self.tr("Contacts"), c.get("contacts.jsonl", 0)),
            (self.tr("Conversations"), c.get("conversations.jsonl", 0)),
            (self.tr("Messages"), c.get("messages.jsonl", 0)),
            (self.tr("Consent records (opt-ins and opt-outs)"), c.get("consent.jsonl", 0)),
            (self.tr("Message templates"), c.get("templates.jsonl", 0)),
            (self.tr("Audit trail entries"), c.get("audit.jsonl", 0)),
            (self.tr("Photos, voice notes and files"), report.media_files),
        ):
            value = QLabel(QLocale().toString(count), self)
            value.setAccessibleName(label)
            self.counts.addRow(label, value)
        self._show(self.DONE)
        self.exported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        if isinstance(exc, OSError):
            reason = self.tr("Klaros could not write to {folder}: {reason}. Choose another place, for example "
                             "your Documents folder, and try again.").format(
                folder=self.target.parent, reason=exc.strerror or render(exc))
        else:
            log.error("export failed", exc_info=exc)
            reason = self.tr("Something went wrong while writing it: {reason}.").format(reason=render(exc))
        self.failure.setText(reason + "\n\n" + self.tr("No half-written archive was left behind."))
        self._show(self.FAILED)

    def reject(self) -> None:  # Esc and the window's close button wait for the end, like Cancel
        if not self.busy():
            super().reject()


# ---------------------------------------------------------------------------------------------- one person
class EraseContactDialog(QDialog):
    """Names the person, says what goes and what stays, and erases only after the last 4 digits of their number
    are typed (ERASE for someone Klaros knows without a number: a WhatsApp username, a contact saved without
    one)."""

    erased = Signal(object)  # the service's ContactErasure

    def __init__(self, backend: Backend, contact_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        form = contact_edit.load(backend.sessions, contact_id)
        self.contact_id = contact_id
        self.number = form.phone
        self.name = form.display_name or form.profile_name or pretty_number(form.phone) or \
            self.tr("this contact")
        self.digits = "".join(ch for ch in (self.number or "") if ch.isdigit())[-4:]
        self.word = self.tr("ERASE")  # what to type when there are no digits
        self.report = None
        self._busy = False
        self.setWindowTitle(self.tr("Erase contact"))
        self.setMinimumWidth(560)

        title = _label(self.tr("Erase {name} from Klaros?").format(name=self.name), self, "pageTitle")
        number = _label(pretty_number(self.number) if self.number else self.tr("No phone number"), self, "muted",
                        selectable=bool(self.number))
        goes = _label(self.tr("Deleted from this PC for good:"), self)
        goes.setStyleSheet("font-weight: 600;")
        what = _label("\n".join("•  " + line for line in (
            self.tr("every message with them, sent and received, and the conversation"),
            self.tr("their contact details: name, tags, notes and custom fields"),
            self.tr("the photos, voice notes and files in those messages"),
            self.tr("their consent history (opt-ins and opt-outs)"),
            self.tr("their number wherever the audit trail and the log files mention it") if self.digits else
            self.tr("their WhatsApp user ID wherever the audit trail and the log files mention it"),
            self.tr("automatic database backups that still hold their number") if self.digits else
            self.tr("automatic database backups that still hold their user ID"),
        )), self)
        stays = _label(self.tr("What stays: a salted hash of the number, which cannot be turned back into it. It "
                               "makes Klaros refuse to message or import this number again.") if self.digits else
                       self.tr("What stays: nothing. They have no phone number, so there is nothing to keep them "
                               "from being messaged if they write again."), self)
        outside = _label(self.tr("Not affected: the chat on their phone, and the copies Meta keeps under its own "
                                 "rules."), self, "muted")
        self.confirm_label = _label(self.tr("This cannot be undone. To confirm, type the last 4 digits of "
                                            "{name}’s number:").format(name=self.name) if self.digits else
                                    self.tr("This cannot be undone. To confirm, type {word}:").format(word=self.word),
                                    self)
        self.confirm = QLineEdit(self)
        self.confirm.setAccessibleName(self.tr("Last 4 digits of the number") if self.digits else
                                       self.tr("Confirmation word"))
        self.confirm.setMaxLength(12)
        self.confirm.setMaximumWidth(140)
        self.confirm_label.setBuddy(self.confirm)
        self.progress = _busy_bar(self, self.tr("Erasing"))
        self.progress.hide()
        self.status = _label("", self)
        self.status.setStyleSheet("color: palette(bright-text);")
        self.status.setAccessibleName(self.tr("Erasure state"))
        self.status.hide()

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.erase_button = QPushButton(self.tr("Erase {name}").format(name=self.name), self)
        self.erase_button.setObjectName("danger")
        self.erase_button.setAccessibleName(self.tr("Erase {name} for good").format(name=self.name))
        self.erase_button.setEnabled(False)
        for button in (self.cancel_button, self.erase_button):
            button.setAutoDefault(False)  # Enter in the digits field erases only when they match
        self.cancel_button.clicked.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        self.confirm.textChanged.connect(lambda _text: self.erase_button.setEnabled(self.confirmed()))
        self.confirm.returnPressed.connect(self.erase)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(number)
        layout.addSpacing(6)
        layout.addWidget(goes)
        layout.addWidget(what)
        layout.addSpacing(4)
        layout.addWidget(stays)
        layout.addWidget(outside)
        layout.addWidget(_rule(self))
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.erase_button)
        layout.addLayout(buttons)
        self.confirm.setFocus()

    def confirmed(self) -> bool:
        if self._busy:
            return False
        if not self.digits:
            return self.confirm.text().strip().casefold() == self.word.casefold()
        return "".join(ch for ch in self.confirm.text() if ch.isdigit()) == self.digits

    def erase(self) -> None:
        if not self.confirmed():
            return
        self._busy = True
        for widget in (self.confirm, self.erase_button, self.cancel_button):
            widget.setEnabled(False)
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Erasing {name}…").format(name=self.name))
        self.status.show()
        sessions, profile, contact_id = self.backend.sessions, self.backend.profile, self.contact_id
        ops.run_sync(lambda: erase_contact_id(sessions, contact_id, profile=profile, actor="user"), self._done,
                     self._failed)

    def _done(self, report) -> None:
        self._busy = False
        self.report = report
        if getattr(report, "relay_media_refs", None):
            self._erase_relay_copies(list(report.relay_media_refs))
        self.erased.emit(report)
        self.accept()

    def _erase_relay_copies(self, refs: list[str]) -> None:
        """The relay's kept copies of the person's files go too, in the background (the relay deletes copies
        nobody fetched at its retention, so a failure here is logged, not shown as a failed erasure)."""
        from klaros_desktop.services.setup import relay_media

        sessions, store = self.backend.sessions, self.backend.secret_store
        ops.run_async(lambda: relay_media.delete_relay_copies(sessions, store, refs, actor="user"),
                      lambda n: log.info("the relay deleted %d kept file(s) of an erased contact", n),
                      lambda exc: log.warning("the relay's kept files of an erased contact were not deleted: %s",
                                              type(exc).__name__))

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.error("erasing a contact failed", exc_info=exc)
        self.progress.hide()
        self.status.setStyleSheet("color: palette(bright-text);")
        self.status.setText(self.tr("The erasure did not finish: {reason}. Try again; if it keeps failing, "
                                    "close Klaros and use “klaros erase --contact”.").format(
            reason=render(exc)))
        for widget in (self.confirm, self.cancel_button):
            widget.setEnabled(True)
        self.erase_button.setEnabled(self.confirmed())

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def show_result(self, parent: QWidget) -> QMessageBox:
        """The service's summary (and any problems, as warnings) in a message box over ``parent``."""
        report = self.report
        box = QMessageBox(parent)
        box.setWindowTitle(self.tr("Contact erased"))
        box.setText(self.tr("{name} is erased from Klaros.").format(name=self.name))
        text = render(report.summary())
        if report.problems:
            box.setIcon(QMessageBox.Icon.Warning)
            text += "\n\n" + self.tr("Not everything could be done:") + "\n" + "\n".join(
                "•  " + capitalised(render(problem)) for problem in report.problems)
        else:
            box.setIcon(QMessageBox.Icon.Information)
        box.setInformativeText(text)
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 440px; }")  # the summary is long
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box


# ---------------------------------------------------------------------------------------------- everything
class EraseEverythingDialog(QDialog):
    """Explains what goes (and what Meta and the relay keep), asks for a typed word, erases, then closes Klaros.

    The main window stops its background work first (``closing``); the backend is closed (sync loop,
    audit writer, database engine) before ``erase_profile`` runs, so no open file blocks the deletion
    (Windows cannot delete open files) and nothing writes into the folder while it goes.
    """

    started = Signal()
    erased = Signal(object)  # ProfileErasure, or the exception that stopped it
    close_app = Signal()

    CONFIRM, BUSY, DONE = range(3)

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.result_value = None
        self._waits = 0
        self.word = self.tr("ERASE")
        self.setWindowTitle(self.tr("Erase everything on this PC"))
        self.setMinimumWidth(600)
        folder = backend.profile.root
        self.pages = QStackedWidget(self)

        confirm = QWidget(self.pages)
        cl = QVBoxLayout(confirm)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(_label(self.tr("Erase everything Klaros keeps on this PC?"), confirm, "pageTitle"))
        cl.addWidget(_label(self.tr("This deletes the folder {folder} with everything in it that Klaros made: the "
                                    "database (every contact, conversation, message, template, consent record "
                                    "and the audit trail), its automatic backups, the log files and the "
                                    "downloaded photos and files.").format(folder=folder), confirm,
                            selectable=True))
        cl.addWidget(_label(self.tr("It also removes the Meta access token, the relay token and this PC’s key "
                                    "from {keyring}.").format(keyring=self._keyring()), confirm))
        cl.addWidget(_label(self.tr("Want a copy first? Cancel and use File → Export all data…"), confirm, "muted"))
        outside = _label(self.tr("Not deleted by this, because they are not on this PC:"), confirm)
        outside.setStyleSheet("font-weight: 600;")
        cl.addWidget(outside)
        cl.addWidget(_label("\n".join("•  " + line for line in (
            self.tr("Meta keeps your WhatsApp Business account, its phone number and templates. To delete them, "
                    "open WhatsApp Manager in Meta Business Suite and delete the phone number or the account."),
            self.tr("The relay keeps this PC paired and holds messages not yet fetched (for 30 days at most). "
                    "Ask whoever runs your relay to remove this device."),
        )), confirm))
        cl.addWidget(_rule(confirm))
        self.confirm_label = _label(self.tr("This cannot be undone, and Klaros closes when it is done. To confirm, "
                                            "type {word}:").format(word=self.word), confirm)
        cl.addWidget(self.confirm_label)
        self.confirm = QLineEdit(confirm)
        self.confirm.setAccessibleName(self.tr("Confirmation word"))
        self.confirm.setMaximumWidth(200)
        self.confirm_label.setBuddy(self.confirm)
        cl.addWidget(self.confirm)
        cl.addStretch(1)
        self.pages.addWidget(confirm)

        busy = QWidget(self.pages)
        bl = QVBoxLayout(busy)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(_label(self.tr("Erasing everything on this PC…"), busy, "pageTitle"))
        bl.addWidget(_busy_bar(busy, self.tr("Erasing")))
        bl.addStretch(1)
        self.pages.addWidget(busy)

        done = QWidget(self.pages)
        dl = QVBoxLayout(done)
        dl.setContentsMargins(0, 0, 0, 0)
        self.done_title = _label("", done, "pageTitle")
        self.done_text = _label("", done, selectable=True)
        self.done_text.setAccessibleName(self.tr("What was erased"))
        dl.addWidget(self.done_title)
        dl.addWidget(self.done_text)
        dl.addStretch(1)
        self.pages.addWidget(done)

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.erase_button = QPushButton(self.tr("Erase everything"), self)
        self.erase_button.setObjectName("danger")
        self.erase_button.setAccessibleName(self.tr("Erase everything on this PC for good"))
        self.erase_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("Close Klaros"), self)
        self.quit_button.setObjectName("primary")
        for button in (self.cancel_button, self.erase_button, self.quit_button):
            button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        self.quit_button.clicked.connect(self._close_app)
        self.confirm.textChanged.connect(lambda _text: self.erase_button.setEnabled(self.confirmed()))
        self.confirm.returnPressed.connect(self.erase)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.erase_button, self.quit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show(self.CONFIRM)
        self.confirm.setFocus()

    def _keyring(self) -> str:
        try:
            return keyring_name(self.backend.secret_store)
        except Exception:  # a refused keyring still gets wiped by the service; name it plainly
            return self.tr("the system’s password store")

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.cancel_button.setVisible(page == self.CONFIRM)
        self.erase_button.setVisible(page == self.CONFIRM)
        self.quit_button.setVisible(page == self.DONE)
        if page == self.DONE:
            self.quit_button.setFocus()

    def confirmed(self) -> bool:
        typed = self.confirm.text().strip()
        return self.pages.currentIndex() == self.CONFIRM and typed.casefold() == self.word.casefold()

    def erase(self) -> None:
        if not self.confirmed():
            return
        self._show(self.BUSY)
        self.started.emit()  # the window stops its timers and background reads
        backend = self.backend
        ops.run_async(backend.aclose, lambda _none: self._erase_profile(), self._erase_profile)

    def _erase_profile(self, *_ignored) -> None:
        """Once the backend is closed (sync stopped, writers flushed) and the reads started before the click
        have reported back (5 s at most): delete the folder and the secrets."""
        if ops.pending() and self._waits < 100:
            self._waits += 1
            QTimer.singleShot(50, self._erase_profile)
            return
        backend = self.backend
        ops.run_sync(lambda: erase_profile_in_use(backend.sessions, backend.profile, backend.secret_store,
                                                  actor="user"), self._done, self._failed)

    def _done(self, result) -> None:
        self.result_value = result
        self.done_title.setText(self.tr("Everything is erased"))
        lines = [self.tr("The folder {folder} and the keyring entries of this profile are gone.").format(
            folder=result.root)]
        if result.left:
            lines.append(self.tr("Left in place because Klaros did not make them: {files}. Delete them yourself if "
                                 "you do not need them.").format(files=", ".join(result.left)))
        if result.audit_log is not None:
            lines.append(self.tr("The erasure is recorded, without any of the erased data, in {file}.").format(
                file=result.audit_log))
        lines.append(self.tr("Remember Meta and the relay: they keep their own copies (see above)."))
        self.done_text.setText("\n\n".join(lines))
        self._show(self.DONE)
        self.erased.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.result_value = exc
        log.error("erasing the profile failed", exc_info=exc)
        self.done_title.setText(self.tr("The erasure did not finish"))
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else render(exc)
        self.done_text.setText(self.tr("{reason}.\n\nKlaros closes now. Then delete the folder {folder} yourself, "
                                       "or start Klaros again and repeat the erasure.").format(
            reason=capitalised(str(reason)).rstrip("."), folder=self.backend.profile.root))
        self._show(self.DONE)
        self.erased.emit(exc)

    def _close_app(self) -> None:
        self.accept()
        self.close_app.emit()

    def reject(self) -> None:
        page = self.pages.currentIndex()
        if page == self.CONFIRM:
            super().reject()
        elif page == self.DONE:  # however the last page is closed, Klaros closes after it
            self._close_app()
