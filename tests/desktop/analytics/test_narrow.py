"""The Analytics screen in the narrowest window Klaros allows (880 px wide), in each of its languages:
every card and every button fits the page, nothing is cut at the right edge; the funnel's note on unconfirmed
messages has a line of its own under the card's header, not squeezed beside the save button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import QAbstractButton

from klaros_desktop.ui import i18n, theme

WAIT_MS = 10_000


@pytest.fixture(params=["de", "en", "es", "fr", "it", "pt_BR", "tr"])
def language(request, qapp):
    i18n.use_language(qapp, request.param)
    yield request.param
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _cut(page) -> list[str]:
    """The page's buttons that are narrower than they ask for, or reach past the page's right edge (the ones in
    the scrolled body: past the visible part of it)."""
    viewport = page.scroll.viewport()
    body = page.scroll.widget()
    cut = []
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(page):
            continue
        frame = viewport if body.isAncestorOf(button) else page
        place = QRect(button.mapTo(frame, QPoint(0, 0)), button.size())
        if button.width() < button.sizeHint().width() or place.right() > frame.rect().right():
            cut.append(f"{button.text()!r}: {place} in {frame.rect()}, asks for {button.sizeHint().width()}")
    return cut


def _demo_traffic(sessions, profile) -> None:
    """The demo shop's month of messages, priced, with a budget: the tiles and tables at their widest."""
    from datetime import timedelta
    from decimal import Decimal

    from klaros_desktop.demo.seed import seed_demo_shop
    from klaros_desktop.demo.traffic import import_simulator_rates, seed_traffic
    from klaros_desktop.models import utcnow
    from klaros_desktop.services.analytics import budget

    seed_demo_shop(sessions)
    seed_traffic(sessions, newest_days=2)
    import_simulator_rates(sessions, profile.root, (utcnow() - timedelta(days=120)).date().replace(day=1))
    budget.save(sessions, budget.Budget(Decimal("25.00"), "USD"), actor="demo")


def test_at_the_narrowest_window_nothing_is_cut(qtbot, qapp, language, profile, sessions):
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.main_window import ANALYTICS, MainWindow

    _demo_traffic(sessions, profile)
    theme.apply(qapp, theme.LIGHT)
    window = MainWindow(Backend(profile, sessions))
    qtbot.addWidget(window)
    window.resize(window.minimumSize().width(), 700)
    window.show()
    with qtbot.waitSignal(window.analytics.painted, timeout=WAIT_MS):
        window.show_page(ANALYTICS)
    page = window.analytics
    qtbot.waitUntil(lambda: page.width() < 800, timeout=WAIT_MS)
    body = page.scroll.widget()
    assert body.minimumSizeHint().width() <= page.scroll.viewport().width()
    qapp.processEvents()  # the scroll area gives the body its laid-out size
    assert _cut(page) == []
    _assert_note_on_its_own_line(page)


def _assert_note_on_its_own_line(page) -> None:
    """The demo history has unconfirmed messages: the note shows, below the save button (not in its row), across
    the card's width, in at most two lines."""
    note = page.unconfirmed_note
    assert note.isVisibleTo(page)
    card = page.funnel.parentWidget()
    assert card.isAncestorOf(note)
    note_place = QRect(note.mapTo(card, QPoint(0, 0)), note.size())
    save_place = QRect(card.save.mapTo(card, QPoint(0, 0)), card.save.size())
    funnel_top = page.funnel.mapTo(card, QPoint(0, 0)).y()
    assert note_place.top() > save_place.bottom(), f"note {note_place} beside the save button {save_place}"
    assert note_place.bottom() < funnel_top
    assert note_place.width() >= card.contentsRect().width() - 24, f"note {note_place} in card {card.rect()}"
    lines = note.fontMetrics().lineSpacing()
    assert note.height() <= 2 * lines + 2, f"note {note.height()} px high, a line is {lines} px: {note.text()!r}"
