"""Settings has the shop's business hours (with the greeting and away messages) and the monthly budget, so the
owner finds them where settings live; the budget saved there is the one Analytics measures against."""

from __future__ import annotations

from decimal import Decimal

from klaros_desktop import secrets
from klaros_desktop.services.analytics import budget
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.main_window import MainWindow

WAIT_MS = 10_000


def _settings(qtbot, profile, sessions):
    window = MainWindow(Backend(profile, sessions, secret_store=secrets.SecretStore(str(profile.root))))
    qtbot.addWidget(window)
    dialog = window.open_settings()
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Hours and budget" in titles
    tab = dialog.tabs.widget(titles.index("Hours and budget"))
    return dialog, tab


def test_the_monthly_budget_is_saved_from_settings_and_refused_in_words(qtbot, profile, sessions):
    _dialog, tab = _settings(qtbot, profile, sessions)
    tab.amount.setText("abc")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "is not an amount of money" in tab.message.text(), timeout=WAIT_MS)
    assert budget.current(sessions) is None

    tab.amount.setText("150,50")
    tab.currency.setText("eur")
    with qtbot.waitSignal(tab.saved, timeout=WAIT_MS):
        tab.save_button.click()
    assert budget.current(sessions) == budget.Budget(Decimal("150.50"), "EUR")

    _again, shown = _settings(qtbot, profile, sessions)  # a new Settings shows what was saved
    qtbot.waitUntil(lambda: shown.amount.text() == "150.50", timeout=WAIT_MS)
    assert shown.currency.text() == "EUR"


def test_the_budget_takes_thousands_separators_the_screens_way(qtbot, profile, sessions):
    from PySide6.QtCore import QLocale

    _dialog, tab = _settings(qtbot, profile, sessions)
    tab.amount.setText("1,500.00")
    with qtbot.waitSignal(tab.saved, timeout=WAIT_MS):
        tab.save_button.click()
    assert budget.current(sessions).amount == Decimal("1500.00")

    QLocale.setDefault(QLocale("de_DE"))  # the fixture puts it back
    _dialog, tab = _settings(qtbot, profile, sessions)
    tab.amount.setText("2.500")
    with qtbot.waitSignal(tab.saved, timeout=WAIT_MS):
        tab.save_button.click()
    assert budget.current(sessions).amount == Decimal("2500.00")


def test_business_hours_open_from_settings(qtbot, profile, sessions):
    from klaros_desktop.ui.auto_replies_dialog import AutoRepliesDialog

    _dialog, tab = _settings(qtbot, profile, sessions)
    tab.hours_button.click()
    assert isinstance(tab.dialog, AutoRepliesDialog) and tab.dialog.isVisible()


def test_the_marketing_messages_api_is_turned_on_from_settings(qtbot, profile, sessions):
    from klaros_desktop.services.core import settings

    _dialog, tab = _settings(qtbot, profile, sessions)
    assert not tab.marketing_api.isChecked()
    with qtbot.waitSignal(tab.saved, timeout=WAIT_MS):
        tab.marketing_api.setChecked(True)
    with sessions() as s:
        assert settings.get(s, settings.CAMPAIGNS_MARKETING_MESSAGES_API) is True
    _again, shown = _settings(qtbot, profile, sessions)
    qtbot.waitUntil(shown.marketing_api.isChecked, timeout=WAIT_MS)
