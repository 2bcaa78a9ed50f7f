"""The dialog a shop owner sees when something in Klaros failed unexpectedly, with "Copy details".

``crash_report`` writes the file and calls the notifier on whichever thread crashed; ``CrashNotice`` carries
the report to the UI thread through a queued signal and shows one dialog at a time (a crash while one is open
is counted into it, not stacked). The details are the crash file's text, which holds no customer data.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from klaros_desktop import crash_report


class CrashDialog(QDialog):
    def __init__(self, report: crash_report.CrashReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setObjectName("crashDialog")
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(report.text, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMinimumHeight(160)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)
        self.more = 0
        self._say()

    def _say(self) -> None:
        where = (self.tr("A copy is saved in %1.").replace("%1", str(self.report.file))
                 if self.report.file else self.tr("It could not be saved to a file."))
        text = self.tr("Klaros ran into an unexpected problem. Your saved messages and contacts are not affected. "
                       "If it keeps happening, copy the details and send them to your Klaros support; "
                       "they contain no messages, phone numbers or passwords.") + " " + where
        if self.more:
            text += " " + self.tr("It happened %n more time(s) since.", "", self.more)
        self.message.setText(text)

    def add_another(self) -> None:
        self.more += 1
        self._say()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report.text)
        self.copy_button.setText(self.tr("Copied"))


class CrashNotice(QObject):
    """Lives on the UI thread; ``crash_report`` calls ``report`` from any thread."""

    arrived = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, report: crash_report.CrashReport) -> None:
        self.arrived.emit(report)

    @Slot(object)
    def _show(self, report: crash_report.CrashReport) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_another()
            return
        self.dialog = CrashDialog(report, QApplication.activeWindow())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()

    def _forget(self) -> None:
        self.dialog = None


def install(app: QApplication) -> CrashNotice:
    """Show crash reports as dialogs for as long as ``app`` lives."""
    notice = CrashNotice(app)
    crash_report.set_notifier(notice.report)
    app.aboutToQuit.connect(lambda: crash_report.set_notifier(None))
    return notice
