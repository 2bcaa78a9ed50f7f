"""File → Greeting and away messages…: what Klaros answers by itself, and the business hours per weekday.

The rules (only to a message that just arrived, through ``may_send``, never twice within the quiet time) are
``services.messaging.auto_replies``'; this dialog only edits its settings."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.messaging import auto_replies as ar
from klaros_desktop.ui.i18n import render


class AutoRepliesDialog(QDialog):
    def __init__(self, backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Greeting and away messages"))
        self.setMinimumWidth(560)
        config = ar.load(backend.sessions)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Klaros answers by itself, like the WhatsApp Business app: only to a message that "
                               "just arrived, only while the customer may be messaged, and not again to the same "
                               "person within the quiet time. Automatic replies are marked in the chat."), self)
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)

        def block(title: str, on: bool, text: str, hint: str) -> tuple[QCheckBox, QPlainTextEdit]:
            box = QGroupBox(title, self)
            v = QVBoxLayout(box)
            check = QCheckBox(self.tr("Send it"), box)
            check.setChecked(on)
            edit = QPlainTextEdit(text, box)
            edit.setPlaceholderText(hint)
            edit.setFixedHeight(64)
            edit.setAccessibleName(title)
            v.addWidget(check)
            v.addWidget(edit)
            layout.addWidget(box)
            return check, edit

        self.greeting_on, self.greeting_text = block(
            self.tr("Greeting: to a customer's first message"), config.greeting_on, config.greeting_text,
            self.tr("Welcome to our shop! How can we help?"))
        self.away_on, self.away_text = block(
            self.tr("Away: to a message outside your business hours"), config.away_on, config.away_text,
            self.tr("Thank you for your message. We are closed now and answer tomorrow from 9 o'clock."))

        hours = QGroupBox(self.tr("Business hours"), self)
        grid = QGridLayout(hours)
        self.days: dict[str, tuple[QCheckBox, QTimeEdit, QTimeEdit]] = {}
        locale = QLocale()
        for row, day in enumerate(ar.DAYS):
            open_box = QCheckBox(locale.dayName(row + 1), hours)
            today = config.hours.get(day)
            open_box.setChecked(today is not None)
            opens = QTimeEdit(QTime.fromString(today.opens if today else "09:00", "HH:mm"), hours)
            closes = QTimeEdit(QTime.fromString(today.closes if today else "18:00", "HH:mm"), hours)
            for edit, what in ((opens, self.tr("opens")), (closes, self.tr("closes"))):
                edit.setDisplayFormat("HH:mm")
                edit.setFixedWidth(90)
                edit.setAccessibleName(f"{locale.dayName(row + 1)} {what}")
            open_box.toggled.connect(opens.setEnabled)
            open_box.toggled.connect(closes.setEnabled)
            opens.setEnabled(today is not None)
            closes.setEnabled(today is not None)
            grid.addWidget(open_box, row, 0)
            grid.addWidget(opens, row, 1)
            grid.addWidget(QLabel("–", hours), row, 2)
            grid.addWidget(closes, row, 3)
            self.days[day] = (open_box, opens, closes)
        grid.setColumnStretch(4, 1)  # the times sit beside the day, not spread over the width
        layout.addWidget(hours)
        quiet = QHBoxLayout()
        quiet.addWidget(QLabel(self.tr("Not the same reply to the same person again within"), self))
        self.quiet_hours = QSpinBox(self)
        self.quiet_hours.setRange(1, 24 * 30)
        self.quiet_hours.setValue(config.quiet_hours)
        self.quiet_hours.setSuffix(" " + self.tr("hours"))
        self.quiet_hours.setAccessibleName(self.tr("Quiet time in hours"))
        quiet.addWidget(self.quiet_hours)
        quiet.addStretch(1)
        layout.addLayout(quiet)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setObjectName("heldReason")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._base = config

    def config(self) -> ar.AutoReplies:
        hours = {day: (ar.Hours(o.time().toString("HH:mm"), c.time().toString("HH:mm")) if box.isChecked() else None)
                 for day, (box, o, c) in self.days.items()}
        return ar.AutoReplies(self.greeting_on.isChecked(), self.greeting_text.toPlainText().strip(),
                              self.away_on.isChecked(), self.away_text.toPlainText().strip(), hours,
                              self.quiet_hours.value(), self._base.greeting_after_days)

    def save(self) -> None:
        try:
            changes = ar.save(self.backend.sessions, self.config())
        except ar.AutoReplyError as exc:
            self.error.setText(self.tr("Not saved: {reason}").format(reason=render(exc)))
            return
        self.backend.changed(changes if isinstance(changes, Changes) else Changes(settings=True))
        self.accept()

