"""The line over the status bar that says a new version is on its way or ready, with its release notes.

``UpdateNotice`` only shows states; ``UpdateChecker`` drives ``klaros_desktop.updater`` (check at start and every
day, download in the background with progress) in a worker thread, since tufup's network calls block, and hands
each result back to the UI thread by a signal. Restarting starts the staged version's ``update-apply`` and closes
the window. A server that cannot be reached is only logged (it is tried again the next day); an update refused
for its signature or an expired list is said on the line, since the shop owner's supplier must act on it.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from klaros_desktop import updater
from klaros_desktop.ui.i18n import render

log = logging.getLogger(__name__)


class UpdateNotice(QWidget):
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("updateNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(180)
        self.progress.setAccessibleName(self.tr("Update download"))
        row.addWidget(self.progress)
        self.notes_button = QPushButton(self.tr("What's new"), self)
        self.notes_button.clicked.connect(self.show_notes)
        row.addWidget(self.notes_button)
        self.restart_button = QPushButton(self.tr("Restart to update"), self)
        self.restart_button.setDefault(True)
        self.restart_button.clicked.connect(self.restart_requested)
        row.addWidget(self.restart_button)
        self.close_button = QPushButton(self.tr("Later"), self)
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button)
        self.notes = ""
        self.version = ""
        self.hide()

    def _show(self, text: str, *, progress: bool = False, ready: bool = False) -> None:
        self.label.setText(text)
        self.progress.setVisible(progress)
        self.notes_button.setVisible(ready and bool(self.notes))
        self.restart_button.setVisible(ready)
        self.close_button.setVisible(not progress)
        self.show()

    def show_downloading(self, version: str, notes: str) -> None:
        self.version, self.notes = version, notes
        self.progress.setRange(0, 0)
        self._show(self.tr("Downloading Klaros %1 in the background. You can keep working.").replace("%1", version),
                   progress=True)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, done * 1000 // total))

    def show_ready(self, version: str, notes: str) -> None:
        self.version, self.notes = version, notes
        self._show(self.tr("Version %1 is ready — restart to update. Your messages and contacts are kept.")
                   .replace("%1", version), ready=True)

    def show_problem(self, text: str) -> None:
        self._show(text)

    def show_result(self, result: updater.ApplyResult) -> None:
        if result.ok:
            self._show(self.tr("Klaros was updated to version %1.").replace("%1", result.version))
        else:
            self._show(self.tr("The update to version %1 did not pass its check, so Klaros went back to version "
                               "%2. Nothing was lost.").replace("%1", result.tried).replace("%2", result.version))

    def show_notes(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("What's new in Klaros %1").replace("%1", self.version),
                          self.notes, QMessageBox.StandardButton.Close, self.window())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        return box


class UpdateChecker(QObject):
    """Checks now and daily; one step at a time, each in a worker thread."""

    found = Signal(object)  # updater.Release
    progressed = Signal(int, int)
    staged = Signal(object)  # updater.Staged
    failed = Signal(object)  # updater.UpdateError
    idle = Signal()  # a check found nothing new

    def __init__(self, config: updater.UpdateConfig, notice: UpdateNotice, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config
        self.notice = notice
        self.ready: updater.Staged | None = None
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(updater.CHECK_EVERY_SECONDS * 1000)
        self.timer.timeout.connect(self.check)
        self.found.connect(lambda release: notice.show_downloading(release.version, release.notes))
        self.progressed.connect(notice.show_progress)
        self.staged.connect(self._staged)
        self.failed.connect(self._failed)
        self.idle.connect(self._done)
        notice.restart_requested.connect(self.restart)

    def start(self) -> None:
        result = updater.take_last_result(self.config.cache_dir)
        if result is not None:
            self.notice.show_result(result)
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def check(self) -> None:
        if self.busy or self.ready is not None:
            return
        self.busy = True
        threading.Thread(target=self._work, name="klaros-update", daemon=True).start()

    def _work(self) -> None:
        try:
            release, client = updater.check(self.config)
            if release is None:
                self.idle.emit()
                return
            self.found.emit(release)
            self.staged.emit(updater.download(self.config, client, release, progress=self.progressed.emit))
        except updater.UpdateError as error:
            self.failed.emit(error)

    def _done(self) -> None:
        self.busy = False

    def _staged(self, staged: updater.Staged) -> None:
        self.busy = False
        self.ready = staged
        self.notice.show_ready(staged.version, staged.notes)

    def _failed(self, error: updater.UpdateError) -> None:
        self.busy = False
        if str(error) == updater.UNREACHABLE:
            self.notice.hide()  # tried again tomorrow; nothing for the shop owner to do
            return
        self.notice.show_problem(render(error))

    def restart(self) -> None:
        if self.ready is None:
            return
        updater.launch_apply(self.config, self.ready)
        for window in QApplication.topLevelWidgets():
            window.close()


def start(notice: UpdateNotice, config: updater.UpdateConfig | None = None) -> UpdateChecker | None:
    """Begin checking for updates when this installation has an update server (None when updates are off)."""
    config = config or updater.configured()
    if config is None:
        log.info("updates are off for this installation")
        return None
    checker = UpdateChecker(config, notice, notice)
    checker.start()
    return checker
