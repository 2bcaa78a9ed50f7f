"""The Analytics screen with pytest-qt: it shows the counted numbers, follows the period, opens the messages
behind a failure group and their chat, keeps the budget, saves charts and tables, and explains Meta's figures."""

from __future__ import annotations

import csv
from datetime import timedelta
from types import SimpleNamespace

import httpx
import pytest
from PySide6.QtGui import QImage

from klaros_desktop.models import utcnow
from klaros_desktop.services.analytics import budget, reconcile
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.ui import ops, theme
from klaros_desktop.ui.analytics_page import AnalyticsPage, Card
from klaros_desktop.ui.backend import Backend

WAIT_MS = 10_000


@pytest.fixture
def page(qtbot, qapp, profile, sessions):
    theme.apply(qapp, theme.LIGHT)
    backend = Backend(profile, sessions)
    widget = AnalyticsPage(backend)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def _traffic(shop):
    now = utcnow()
    shop.delivered("+4915112345678", now - timedelta(days=2), category="marketing", read=True)
    shop.message("+4915112345678", now - timedelta(days=2, hours=-1), "in")
    shop.delivered("+447400123456", now - timedelta(days=3), category="utility")
    failed = shop.message("+4916012345678", now - timedelta(days=1), template="promo", category="marketing")
    shop.status(failed, "failed", now - timedelta(days=1) + timedelta(seconds=3), error=131050)
    shop.delivered("+4917612345678", now - timedelta(days=10), category="marketing")  # not in the last 7 days
    return failed


def _shown(qtbot, page):
    with qtbot.waitSignal(page.painted, timeout=WAIT_MS) as blocker:
        page.show()
    return blocker.args[0]


def test_sends_whatsapp_did_not_confirm_are_shown_apart_only_when_there_are_some(qtbot, page, shop):
    _traffic(shop)
    _shown(qtbot, page)
    assert page.unconfirmed_note.isHidden()
    shop.message("+4915198765432", utcnow() - timedelta(hours=5), status="unconfirmed")
    with qtbot.waitSignal(page.painted, timeout=WAIT_MS) as blocker:
        page.reload()
    assert blocker.args[0].delivery.unconfirmed == 1
    assert not page.unconfirmed_note.isHidden() and page.unconfirmed_note.text() == (
        "Not confirmed by WhatsApp: 1 (they may or may not have reached the customer)")
    assert page.tiles["failed"].value.text() == "1" and [s.value for s in page.funnel.stages] == [3, 3, 1, 1, 1]


def test_the_screen_shows_the_counted_numbers_and_follows_the_period(qtbot, page, shop):
    _traffic(shop)
    result = _shown(qtbot, page)
    assert result.delivery.funnel.sent == 3  # the failed message never reached "sent"
    assert page.tiles["sent"].value.text() == "3"
    assert page.tiles["failed"].value.text() == "1"
    assert [s.value for s in page.funnel.stages] == [3, 3, 1, 1, 1]
    assert page.cost_categories.rowCount() == 2
    assert page.failures.rows[0][1] == 1 and "stopped marketing messages" in page.failures.rows[0][0]
    with qtbot.waitSignal(page.painted, timeout=WAIT_MS) as blocker:
        page.period_box.setCurrentIndex(page.PERIODS.index("7d"))
    assert blocker.args[0].delivery.funnel.sent == 2
    assert page.tiles["sent"].value.text() == "2"
    with qtbot.waitSignal(page.painted, timeout=WAIT_MS) as blocker:
        page.compare.setChecked(True)
    assert blocker.args[0].previous is not None and blocker.args[0].previous.sent == 1  # the one of 10 days ago
    assert page.funnel.stages[0].previous == 1


def test_opt_ins_and_opt_outs_are_shown_per_day_and_by_source(qtbot, page, shop, sessions):
    """Over time (a chart of the period's days, one series each) and with their sources (the table)."""
    from klaros_desktop.models import ConsentEvent

    now = utcnow()
    contact = shop.contact("+4915112345678")
    events = (("opt_in", "import", 5), ("opt_in", "button", 5), ("opt_in", "import", 1), ("opt_out", "keyword", 2))
    with sessions.begin() as s:
        for kind, source, days_ago in events:
            s.add(ConsentEvent(contact_id=contact, kind=kind, scope="marketing", source=source,
                               occurred_at=now - timedelta(days=days_ago)))
    shown = _shown(qtbot, page)
    days = shown.period.local_days()

    def local_day(days_ago):
        return (now - timedelta(days=days_ago) + timedelta(minutes=shown.period.offset_minutes)).date()

    chart = page.consent_chart
    assert len(chart.labels) == len(days)
    agreed, stopped = chart.series
    assert {days[i]: v for i, v in enumerate(agreed.values) if v} == {local_day(5): 2, local_day(1): 1}
    assert {days[i]: v for i, v in enumerate(stopped.values) if v} == {local_day(2): 1}
    assert agreed.colour != stopped.colour
    assert any(card.content is chart for card in page.findChildren(Card))  # with its "Save picture…"
    assert sorted(row[1:] for row in page.consent.rows) == [
        ["imported from a file", 2], ["pressed a button", 1], ["wrote a keyword (STOP / START)", 1]]


def test_meta_s_price_list_is_imported_from_the_screen_and_prices_the_period(qtbot, page, shop, tmp_path):
    """The screen tells the owner to import Meta's newest rate CSV (no card, or one out of date): it can be done
    right there, and the period is priced with it at once."""
    from datetime import UTC, datetime, time
    from pathlib import Path

    from klaros_desktop.services.pricing import rates_csv

    now = utcnow()
    valid_from = datetime.combine(rates_csv.quarter_start(now.date()), time(0), tzinfo=UTC)  # the import's date
    shop.delivered("+4915112345678", max(now - timedelta(minutes=5), valid_from), category="marketing")
    before = _shown(qtbot, page)
    assert before.cost.total is None and "once a rate card" in page.rates_text.text()
    assert page.rates_button.isVisibleTo(page)
    rates = Path(__file__).resolve().parents[2] / "fixtures" / "pricing" / "meta_rates_usd.csv"
    with qtbot.waitSignal(page.painted, timeout=WAIT_MS) as blocker:
        page.import_rates(rates)
    priced = blocker.args[0].cost
    assert priced.currency == "USD" and priced.total == __import__("decimal").Decimal("0.1300")  # Germany
    assert page.rates_text.text().startswith("Amounts in USD")


def test_a_file_that_is_not_a_price_list_is_said_on_the_screen(qtbot, page, tmp_path):
    _shown(qtbot, page)
    wrong = tmp_path / "kunden.csv"
    wrong.write_text("name,phone\nAnna,+4915112345678\n", encoding="utf-8")
    page.import_rates(wrong)
    qtbot.waitUntil(lambda: "not Meta's rate card" in page.rates_text.text(), timeout=WAIT_MS)


def test_a_change_report_reads_the_numbers_again(qtbot, page, shop):
    _traffic(shop)
    _shown(qtbot, page)
    shop.delivered("+4915112345678", utcnow() - timedelta(hours=1), category="utility")
    with qtbot.waitSignal(page.painted, timeout=WAIT_MS) as blocker:
        page.backend.changed(Changes(messages={1}))
    assert blocker.args[0].delivery.funnel.sent == 4


def test_a_failure_group_opens_its_messages_and_their_chat(qtbot, page, shop):
    _traffic(shop)
    _shown(qtbot, page)
    page._open_failure(page.failures.index(0, 0))
    qtbot.waitUntil(lambda: getattr(page, "failed_dialog", None) is not None, timeout=WAIT_MS)
    dialog = page.failed_dialog
    assert dialog.model.rowCount() == 1
    assert dialog.model.rows[0][1] == "+49 160 12345678"
    with qtbot.waitSignal(page.open_conversation, timeout=WAIT_MS) as opened:
        dialog.view.doubleClicked.emit(dialog.model.index(0, 0))
    assert opened.args == [shop.conversations["+4916012345678"]]


def test_the_budget_is_kept_and_a_bad_one_explained(qtbot, page, shop, sessions):
    _shown(qtbot, page)
    page.budget_amount.setText("viel")
    page.save_budget()
    qtbot.waitUntil(lambda: page.budget_error.isVisibleTo(page), timeout=WAIT_MS)
    assert "not an amount" in page.budget_error.text()
    page.budget_amount.setText("150")
    page.budget_currency.setText("eur")
    with qtbot.waitSignal(page.painted, timeout=WAIT_MS):
        page.save_budget()
    with sessions() as s:
        assert budget.get(s) == budget.Budget(__import__("decimal").Decimal("150.00"), "EUR")
    assert "150.00 EUR" in page.budget_text.text()


def test_charts_save_as_png_and_tables_as_csv(qtbot, page, shop, tmp_path):
    _traffic(shop)
    _shown(qtbot, page)
    cards = page.findChildren(Card)
    chart = next(c for c in cards if c.content is page.funnel)
    table = next(c for c in cards if c.content is page.cost_countries_view)
    page.save_card(chart, "funnel", str(tmp_path / "funnel.png"))
    page.save_card(table, "countries", str(tmp_path / "countries.csv"))
    qtbot.waitUntil(lambda: (tmp_path / "funnel.png").exists() and (tmp_path / "countries.csv").exists(),
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=WAIT_MS)
    image = QImage(str(tmp_path / "funnel.png"))
    assert not image.isNull() and image.width() == page.funnel.width()
    with (tmp_path / "countries.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Country", "Charged messages", "Amount"]
    assert sorted((r[0], r[1]) for r in rows[1:]) == [("Germany (DE)", "2"), ("United Kingdom (GB)", "1")]


def test_dark_theme_paints_the_charts_in_its_colours(qtbot, qapp, page, shop):
    _traffic(shop)
    _shown(qtbot, page)
    theme.apply(qapp, theme.DARK)
    try:
        image = page.funnel.grab().toImage()
        assert image.pixelColor(3, 3).name() == theme.colours(theme.DARK).base
    finally:
        theme.apply(qapp, theme.LIGHT)


@pytest.mark.slow
def test_compare_with_meta_explains_a_message_sent_by_another_tool(qtbot, page, shop):
    """Klaros sent nothing; the simulator delivered one message another tool sent: Meta counts it, Klaros
    cannot, and the screen says so in words."""
    from klaros_sim.embedded import running_simulator, webhook_recorder

    with webhook_recorder("s") as hooks, running_simulator(callback_url=hooks.url, app_secret="s", fast=True) as sim:
        response = httpx.post(f"{sim.base_url}/v23.0/{sim.config.phone_number_id}/messages", trust_env=False,
                              headers={"Authorization": f"Bearer {sim.config.access_token}"},
                              json={"messaging_product": "whatsapp", "to": "4915112345678", "type": "template",
                                    "template": {"name": "hello_world", "language": {"code": "en_US"}}})
        assert response.status_code == 200
        sim.wait_until(lambda: any("delivered" in m["statuses"] for m in sim.outbound()), 30, "delivered")

        class Graph:  # the client's one call the screen makes, over a client of its own thread's loop
            async def waba_fields(self, fields, *, correlation_id=None):
                async with httpx.AsyncClient(trust_env=False) as http:
                    answer = await http.get(f"{sim.base_url}/v23.0/{sim.config.waba_id}", params={"fields": fields},
                                            headers={"Authorization": f"Bearer {sim.config.access_token}"})
                    return answer.json()

        page.backend.messenger = SimpleNamespace(graph=Graph())
        _shown(qtbot, page)
        with qtbot.waitSignal(page.reconciled, timeout=WAIT_MS) as blocker:
            page.meta_button.click()
    result: reconcile.Reconciliation = blocker.args[0]
    assert result.meta.volume == 1 and not result.agrees
    assert "sent from another tool" in page.meta_text.text()
    assert page.meta_rows.rowCount() == 1 and page.meta_rows.rows[0][3:] == [0, 1, 1]


def test_without_a_connection_the_screen_says_why_meta_is_missing(qtbot, page):
    _shown(qtbot, page)
    with qtbot.waitSignal(page.reconciled, timeout=WAIT_MS):
        page.meta_button.click()
    assert "not connected to Meta" in page.meta_text.text()


def test_in_german_the_numbers_read_the_german_way(qtbot, qapp, page, shop, sessions):
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from klaros_desktop.ui import i18n

    _traffic(shop)
    budget.save(sessions, budget.Budget(Decimal("1234.50"), "EUR"))
    i18n.use_language(qapp, "de")
    try:
        _shown(qtbot, page)
        assert page.tiles["read"].value.text() == "33\u00a0%"  # one of three read
        assert "1.234,50 EUR" in page.budget_text.text()
        assert page.budget_amount.text() == "1234,50"  # an amount to edit: no group separator
        assert page.cost_countries.data(page.cost_countries.index(0, 0)) == "Deutschland (DE)"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _painted_in(label, colour: str) -> bool:
    """The label as drawn holds pixels of ``colour`` (its text), not only of the theme's usual text colour."""
    from PySide6.QtGui import QColor

    image = label.grab().toImage()
    want = QColor(colour)
    return any(abs(QColor(image.pixel(x, y)).red() - want.red()) < 16
               and abs(QColor(image.pixel(x, y)).green() - want.green()) < 16
               and abs(QColor(image.pixel(x, y)).blue() - want.blue()) < 16
               for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_a_refused_budget_reads_as_an_error_in_both_themes(qtbot, qapp, page, shop, scheme):
    theme.apply(qapp, scheme)
    _shown(qtbot, page)
    page.budget_amount.setText("viel")
    page.save_budget()
    qtbot.waitUntil(lambda: page.budget_error.isVisibleTo(page), timeout=WAIT_MS)
    assert _painted_in(page.budget_error, theme.colours(scheme).danger)


def test_in_french_a_label_and_its_number_have_a_narrow_space_before_the_colon(qtbot, qapp, page, shop):
    from PySide6.QtCore import QLocale

    from klaros_desktop.ui import i18n

    shop.delivered("+4915112345678", utcnow() - timedelta(days=1), category="service",
                   pricing_type="free_customer_service")
    i18n.use_language(qapp, "fr")
    try:
        _shown(qtbot, page)
        assert "24 heures\u202f: <b>1</b>" in page.free_label.text(), page.free_label.text()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_tiles_and_cards_take_the_themes_look_from_the_apps_style_sheet(qtbot, qapp, page, scheme):
    """The page has no style sheet of its own (setting one re-styles every widget of the page at once): its
    tiles and cards are framed in the theme's base colour, the big numbers large, by ``app.qss``; a theme
    switched while it is shown reaches them too."""
    _shown(qtbot, page)
    other = theme.DARK if scheme == theme.LIGHT else theme.LIGHT
    theme.apply(qapp, other)
    theme.apply(qapp, scheme)
    try:
        assert page.styleSheet() == ""
        colours = theme.colours(scheme)
        tile = page.tiles["sent"]
        card = next(w for w in page.findChildren(Card) if w.content is page.funnel)
        for framed in (tile, card):
            image = framed.grab().toImage()
            assert image.pixelColor(4, image.height() // 2).name() == colours.base  # inside the 1 px border
            assert image.pixelColor(0, image.height() // 2).name() == colours.selected  # the border
        assert tile.value.font().pointSizeF() == 20 and tile.value.font().weight() == 600
        assert card.save.palette().color(card.save.foregroundRole()).name() == colours.accent
    finally:
        theme.apply(qapp, theme.LIGHT)


def test_building_the_page_moves_no_widget_to_another_parent(qtbot, qapp, profile, sessions, monkeypatch):
    """Every widget of the page is made with the parent it is shown in: under the app's style sheet a widget moved
    to another parent (a chart into its card, a card into the page's body) is styled anew with all its children,
    which made the page's last build steps long stalls. Each widget put in a layout of the page already has the
    widget that layout ends up on as its parent."""
    from klaros_desktop.ui import analytics_page

    theme.apply(qapp, theme.LIGHT)
    placed: list = []  # (layout, widget, the widget's parent when put in)

    def watching(cls):
        class Watched(cls):
            def addWidget(self, widget, *args):
                placed.append((self, widget, widget.parentWidget()))
                super().addWidget(widget, *args)

        return Watched

    for name in ("QVBoxLayout", "QHBoxLayout", "QGridLayout"):
        monkeypatch.setattr(analytics_page, name, watching(getattr(analytics_page, name)))
    page = AnalyticsPage(Backend(profile, sessions))
    qtbot.addWidget(page)
    assert len(placed) > 50  # (every layout of the page watched)
    moved = [f"{type(widget).__name__} {widget.accessibleName()}" for layout, widget, before in placed
             if before is not layout.parentWidget()]
    assert moved == []
