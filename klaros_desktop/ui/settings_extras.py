"""Settings' "Hours, budget and campaigns" tab: the shop's business hours with its greeting and away messages, the
monthly budget the Analytics screen measures the month's charges against, and how marketing campaigns go to
Meta (the Marketing Messages API or the Cloud API's messages). Each is edited where the owner looks for it
first (Settings) and stays editable where it is used (File menu, Analytics)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.analytics import budget as budget_service
from klaros_desktop.services.core import settings
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.ui import i18n, ops
from klaros_desktop.ui.i18n import number, render


class HoursAndBudgetTab(QWidget):
    saved = Signal(str)  # the sentence shown after a save

    def __init__(self, backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        layout = QVBoxLayout(self)

        hours = QGroupBox(self.tr("Business hours and automatic replies"), self)
        hours_layout = QVBoxLayout(hours)
        explain = QLabel(self.tr("Set your opening hours for each weekday. Klaros can greet a customer who writes "
                                 "for the first time and answer outside your hours, only inside WhatsApp's "
                                 "24-hour window."), hours)
        explain.setWordWrap(True)
        self.hours_button = QPushButton(self.tr("Business hours and automatic replies…"), hours)
        self.hours_button.clicked.connect(self.open_auto_replies)
        hours_layout.addWidget(explain)
        hours_layout.addWidget(self.hours_button)

        money = QGroupBox(self.tr("Monthly budget"), self)
        form = QFormLayout(money)
        note = QLabel(self.tr("What you plan to spend on WhatsApp messages each month. Analytics shows the month's "
                              "charges against it, and a campaign that would go over it warns you first."), money)
        note.setWordWrap(True)
        form.addRow(note)
        self.amount = QLineEdit(money)
        self.amount.setPlaceholderText(self.tr("e.g. 150"))
        self.amount.setAccessibleName(self.tr("Monthly budget amount"))
        self.currency = QLineEdit(money)
        self.currency.setPlaceholderText(self.tr("EUR"))
        self.currency.setMaxLength(3)
        self.currency.setAccessibleName(self.tr("Budget currency"))
        row = QHBoxLayout()
        row.addWidget(self.amount, 2)
        row.addWidget(self.currency, 1)
        form.addRow(self.tr("Amount"), row)
        self.save_button = QPushButton(self.tr("Save budget"), money)
        self.save_button.clicked.connect(self.save_budget)
        self.message = QLabel(money)
        self.message.setWordWrap(True)
        self.budget_error = QLabel(money)  # a refused amount, in the theme's error colour (app.qss)
        self.budget_error.setObjectName("fieldProblem")
        self.budget_error.setWordWrap(True)
        self.budget_error.hide()
        said = QVBoxLayout()
        said.addWidget(self.message)
        said.addWidget(self.budget_error)
        form.addRow(self.save_button, said)

        campaigns = QGroupBox(self.tr("Campaigns"), self)
        campaigns_layout = QVBoxLayout(campaigns)
        self.marketing_api = QCheckBox(self.tr("Send marketing campaigns through Meta's Marketing Messages API"),
                                       campaigns)
        explain_api = QLabel(self.tr("Meta delivers marketing templates sent this way with its own optimisation and "
                                     "bills them as “marketing lite”. Accept Meta's terms for it in WhatsApp Manager "
                                     "first. Other messages are not affected."), campaigns)
        explain_api.setWordWrap(True)
        explain_api.setObjectName("muted")
        self.campaigns_message = QLabel(campaigns)
        campaigns_layout.addWidget(self.marketing_api)
        campaigns_layout.addWidget(explain_api)
        campaigns_layout.addWidget(self.campaigns_message)
        self._marketing_api_touched = False  # the owner changed it before the stored value was read
        self.marketing_api.toggled.connect(self.save_marketing_api)

        layout.addWidget(hours)
        layout.addWidget(money)
        layout.addWidget(campaigns)
        layout.addStretch(1)
        self.dialog = None
        ops.run_sync(lambda: budget_service.current(backend.sessions), self._show_budget, self._budget_refused)
        ops.run_sync(lambda: settings.read_many(backend.sessions, (settings.CAMPAIGNS_MARKETING_MESSAGES_API,)),
                     self._show_campaign_settings, lambda exc: self.campaigns_message.setText(render(exc)))

    def _show_campaign_settings(self, values: dict[str, Any]) -> None:
        if self._marketing_api_touched:
            return
        self.marketing_api.blockSignals(True)
        self.marketing_api.setChecked(bool(values.get(settings.CAMPAIGNS_MARKETING_MESSAGES_API)))
        self.marketing_api.blockSignals(False)

    def save_marketing_api(self, on: bool) -> None:
        """Saved at once (and audited, as every settings change)."""
        self._marketing_api_touched = True
        sessions = self.backend.sessions

        def done(_result: Any) -> None:
            self.backend.changed(Changes(settings=True))
            text = self.tr("Marketing campaigns now go through the Marketing Messages API.") if on else \
                self.tr("Marketing campaigns now go through the usual messages API.")
            self.campaigns_message.setText(text)
            self.saved.emit(text)

        ops.run_sync(lambda: settings.save_changes(
            sessions, {settings.CAMPAIGNS_MARKETING_MESSAGES_API: on}), done,
            lambda exc: self.campaigns_message.setText(render(exc)))

    def _show_budget(self, budget: budget_service.Budget | None) -> None:
        if budget is not None:
            self.amount.setText(number(budget.amount, 2, grouped=False))
            self.currency.setText(budget.currency)

    def open_auto_replies(self) -> None:
        from klaros_desktop.ui.auto_replies_dialog import AutoRepliesDialog

        self.dialog = AutoRepliesDialog(self.backend, self)
        self.dialog.open()

    def save_budget(self) -> None:
        sessions, amount, currency = self.backend.sessions, self.amount.text(), self.currency.text()

        def done(said: Any) -> None:
            self.backend.changed(Changes(settings=True))
            text = render(said)
            self.budget_error.hide()
            self.message.setText(text)
            self.message.show()
            self.saved.emit(text)

        point = i18n.decimal_point()
        ops.run_sync(lambda: budget_service.save_text(sessions, amount, currency, decimal_point=point),
                     done, self._budget_refused)

    def _budget_refused(self, exc: BaseException) -> None:
        self.message.hide()
        self.budget_error.setText(render(exc.phrase if isinstance(exc, budget_service.BadBudget) else exc))
        self.budget_error.show()
