"""The first-run screens for ``klaros screenshots``: every step of the set-up wizard (both ways through step 1,
a Meta refusal in words, step 3 with its addresses and a passed test), the drawn token guide, and Settings' tabs.

Each screen is reached through the widgets' own methods, with the results a live run would hand them (a
``GraphError`` for the refusal, a ``WebhookState`` for the passed test), since the screenshots run without a
relay or Meta to ask.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

WIZARD_SIZE = QSize(780, 640)


def render(window, dialog_shot: Callable[..., None], settle: Callable[[], None]) -> None:
    from klaros_desktop.graph.errors import AuthError
    from klaros_desktop.models import utcnow
    from klaros_desktop.services.setup.webhook import WebhookState

    def wizard(step: int = 0):
        made = window.open_wizard()
        for _ in range(step):
            made.currentPage().passed = True
            made.next()
        return made

    def relay_step() -> QWidget:
        made = wizard(1)
        made.relay_page.url.setText("https://relay.klaros.example")
        made.relay_page.code.setText("K7Q4-MX2P-9RTE-B3WN")
        return made

    def signup_step() -> QWidget:
        made = wizard(1)
        page = made.relay_page
        page.url.setText("https://relay.klaros.example")
        page.create_shop.setChecked(True)
        page.email.setText("laden@blumen-becker.de")
        from klaros_desktop.phrases import QT_TRANSLATE_NOOP

        page._code_sent(QT_TRANSLATE_NOOP("Setup", "We sent a six-digit code to {email}. It may take a minute; look "
                                                   "in the spam folder too.").format(email=page.email.text()))
        page.email_code.setText("482 913")
        return made

    def meta_step(refused: bool = False) -> QWidget:
        made = wizard(1)
        made.relay_page.passed = True
        made.next()
        page = made.meta_page
        page.phone_number_id.setText("106540352242922")
        page.waba_id.setText("102290129340398")
        page.token.setText("EAAGm0PX4ZCpsBAKZA0ZCj2x")
        if refused:
            page._failed(AuthError(code=190, title="Invalid OAuth access token - Cannot parse access token",
                                   http_status=401))
        return made

    def check_step() -> QWidget:
        made = meta_step()
        made.meta_page.passed = True
        made.next()
        settle()  # its own check (no relay answers here) reports first; then the answer a live relay gives
        now = utcnow()
        made.check_page._passed(WebhookState(
            "https://relay.klaros.example/webhooks/meta/3f9c2a7e5b1d4c6f8a0e2b4d6f8a1c3e", "q8Zr3kT1vW6yN0pB2xD4fH7j",
            now - timedelta(minutes=6), now - timedelta(minutes=1)))
        return made

    def token_guide() -> QWidget:
        from klaros_desktop.ui.token_guide import TokenGuide

        guide = TokenGuide(window)
        guide.show_step(3)
        return guide

    def settings_tab(index: int, advanced: bool = False) -> Callable[[], QWidget]:
        def make() -> QWidget:
            dialog = window.open_settings()
            dialog.tabs.setCurrentIndex(index)
            dialog.advanced.setChecked(advanced)
            return dialog
        return make

    dialog_shot("wizard-welcome", lambda: wizard(0), WIZARD_SIZE)
    dialog_shot("wizard", relay_step, WIZARD_SIZE)
    dialog_shot("wizard-signup", signup_step, WIZARD_SIZE)
    dialog_shot("wizard-meta", meta_step, WIZARD_SIZE)
    dialog_shot("wizard-meta-refused", lambda: meta_step(refused=True), WIZARD_SIZE)
    dialog_shot("wizard-check", check_step, WIZARD_SIZE)
    dialog_shot("token-guide", token_guide, QSize(700, 520))
    dialog_shot("settings", settings_tab(0), QSize(680, 640))
    dialog_shot("settings-advanced", settings_tab(0, advanced=True), QSize(680, 760))
    dialog_shot("settings-general", settings_tab(1), QSize(680, 640))

    def hours_and_budget() -> QWidget:
        from klaros_desktop.ui.settings_extras import HoursAndBudgetTab

        dialog = window.open_settings()
        for i in range(dialog.tabs.count()):
            if isinstance(dialog.tabs.widget(i), HoursAndBudgetTab):
                dialog.tabs.setCurrentIndex(i)
        return dialog

    dialog_shot("settings-hours-budget", hours_and_budget, QSize(680, 640))
