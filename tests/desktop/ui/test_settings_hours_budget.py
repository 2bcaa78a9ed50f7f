"""Settings has the shop's business hours (with the greeting and away messages), the monthly budget and the
Campaigns switch, on a tab whose title names all three, so the owner finds them where settings live; the budget
saved there is the one Analytics measures against."""

from __future__ import annotations

from decimal import Decimal

import pytest

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
    assert "Hours, budget and campaigns" in titles
    tab = dialog.tabs.widget(titles.index("Hours, budget and campaigns"))
    return dialog, tab


def test_the_monthly_budget_is_saved_from_settings_and_refused_in_words(qtbot, profile, sessions):
    _dialog, tab = _settings(qtbot, profile, sessions)
    tab.amount.setText("abc")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "is not an amount of money" in tab.budget_error.text(), timeout=WAIT_MS)
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_refused_budget_reads_as_an_error_and_a_saved_one_does_not(qtbot, qapp, profile, sessions, scheme):
    from PySide6.QtGui import QColor

    from klaros_desktop.ui import theme

    def painted_in_danger(label) -> bool:
        image, want = label.grab().toImage(), QColor(theme.colours(scheme).danger)
        return any(max(abs(c.red() - want.red()), abs(c.green() - want.green()), abs(c.blue() - want.blue())) < 16
                   for c in (QColor(image.pixel(x, y)) for x in range(image.width()) for y in range(image.height())))

    theme.apply(qapp, scheme)
    dialog, tab = _settings(qtbot, profile, sessions)
    dialog.tabs.setCurrentWidget(tab)
    dialog.show()
    tab.amount.setText("abc")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "is not an amount of money" in tab.budget_error.text(), timeout=WAIT_MS)
    qtbot.waitUntil(tab.budget_error.isVisible, timeout=WAIT_MS)
    assert painted_in_danger(tab.budget_error)
    tab.amount.setText("150")
    with qtbot.waitSignal(tab.saved, timeout=WAIT_MS):
        tab.save_button.click()
    assert not tab.budget_error.isVisible() and tab.message.isVisible()
    assert not painted_in_danger(tab.message)
