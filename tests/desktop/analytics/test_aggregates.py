"""Every aggregate against fixtures counted by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from klaros_desktop.graph import errors
from klaros_desktop.services.analytics import budget, conversations, cost, delivery, period

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday
DE, DE2, GB, US = "+4915112345678", "+4917612345678", "+447400123456", "+12025550143"
IN = "+919812345678"
WEEK = period.Period(T0 - timedelta(days=1), T0 + timedelta(days=6))


def test_funnel_counts_stages_reached_whatever_order_statuses_came_in(shop, sessions):
    a = shop.message(DE, T0)  # read arrives before delivered and sent: sent, delivered, read
    shop.status(a, "read", T0 + timedelta(minutes=3))
    shop.status(a, "delivered", T0 + timedelta(minutes=2))
    shop.status(a, "sent", T0 + timedelta(minutes=1))
    b = shop.message(GB, T0 + timedelta(hours=1))  # a read without any delivered: counts as delivered too
    shop.status(b, "read", T0 + timedelta(hours=1, minutes=1))
    c = shop.message(US, T0 + timedelta(hours=2))  # failed after it was sent: sent and failed
    shop.status(c, "sent", T0 + timedelta(hours=2, minutes=1))
    shop.status(c, "failed", T0 + timedelta(hours=2, minutes=2), error=131026)
    shop.status(c, "delivered", T0 + timedelta(hours=2, minutes=3))  # a late delivered does not undo failed
    shop.message(DE2, T0 + timedelta(hours=3))  # accepted, nothing heard yet: in no stage
    shop.message(DE, T0 + timedelta(hours=5), "in")  # the customer of ``a`` answers within 24 h: replied
    shop.message(GB, T0 + timedelta(hours=30), "in")  # the customer of ``b`` answers after 29 h: not replied
    with sessions() as s:
        result = delivery.delivery(s, WEEK)
    assert result.funnel.as_dict() == {"sent": 3, "delivered": 3, "read": 2, "replied": 1, "failed": 1}
    assert result.funnel.total == 4


def test_a_send_whatsapp_did_not_confirm_is_neither_delivered_nor_failed_and_counted_on_its_own(shop, sessions):
    """``unconfirmed``: Meta did not confirm the send, it may or may not have reached the customer. It is in no
    stage of the funnel and not a failure, and the shop owner sees how many there are; once a status for it
    arrives it is counted where that status puts it."""
    shop.delivered(DE, T0)
    shop.message(GB, T0 + timedelta(hours=1), status="unconfirmed")
    later = shop.message(US, T0 + timedelta(hours=2), status="unconfirmed")
    with sessions() as s:
        before = delivery.delivery(s, WEEK)
    assert before.funnel.as_dict() == {"sent": 1, "delivered": 1, "read": 0, "replied": 0, "failed": 0}
    assert before.unconfirmed == 2 and before.failures == []
    shop.status(later, "delivered", T0 + timedelta(hours=2, minutes=1))  # it did arrive after all
    with sessions() as s:
        after = delivery.delivery(s, WEEK)
        outside = delivery.delivery(s, period.Period(T0 + timedelta(days=8), T0 + timedelta(days=9)))
    assert after.funnel.as_dict() == {"sent": 2, "delivered": 2, "read": 0, "replied": 0, "failed": 0}
    assert after.unconfirmed == 1 and outside.unconfirmed == 0


def test_failures_grouped_by_code_in_the_catalogues_words_and_open_to_their_messages(shop, sessions):
    for i, code in enumerate((131026, 131026, 131050, 999999)):
        wamid = shop.message(f"+49151000000{i}", T0 + timedelta(minutes=i), template="promo", category="marketing")
        shop.status(wamid, "failed", T0 + timedelta(minutes=i, seconds=5), error=code)
    with sessions() as s:
        groups = delivery.failure_groups(s, WEEK)
        behind = delivery.failed_messages(s, WEEK, 131026)
    assert [(g.code, g.count) for g in groups] == [(131026, 2), (131050, 1), (999999, 1)]
    assert groups[0].reason == errors.failure_reason(131026, None, None)
    assert "not use WhatsApp" in groups[0].reason
    assert groups[2].reason == "Not delivered: details of 999999 (Meta error 999999)"
    assert {m.phone_e164 for m in behind} == {"+491510000000", "+491510000001"}
    assert all(m.conversation_id for m in behind)


def test_funnel_per_template_and_campaign(shop, sessions):
    from klaros_desktop.models import Campaign, CampaignRecipient, Message

    x = shop.delivered(DE, T0, category="marketing", template="sale", read=True)
    shop.delivered(GB, T0, category="marketing", template="sale")
    shop.delivered(US, T0, category="utility", template="invoice")
    with sessions.begin() as s:
        campaign = Campaign(name="Winter sale", template_name="sale", template_language="de")
        s.add(campaign)
        s.flush()
        message_id = s.query(Message.id).filter(Message.wamid == x).scalar()
        s.add(CampaignRecipient(campaign_id=campaign.id, contact_id=shop.contacts[DE], message_id=message_id,
                                state="read"))
    with sessions() as s:
        result = delivery.delivery(s, WEEK)
    templates = {r.key: r.funnel.as_dict() for r in result.by_template}
    assert templates == {"sale": {"sent": 2, "delivered": 2, "read": 1, "replied": 0, "failed": 0},
                         "invoice": {"sent": 1, "delivered": 1, "read": 0, "replied": 0, "failed": 0}}
    campaigns = {r.label: r.funnel.total for r in result.by_campaign}
    assert campaigns == {"Winter sale": 1, delivery.NO_CAMPAIGN: 2}


def test_funnel_per_tag_counts_a_message_under_each_tag(shop, sessions):
    from klaros_desktop.models import Contact, Tag

    shop.delivered(DE, T0)
    shop.delivered(GB, T0)
    with sessions.begin() as s:
        vip, news = Tag(name="VIP"), Tag(name="Newsletter")
        de, gb = s.get(Contact, shop.contacts[DE]), s.get(Contact, shop.contacts[GB])
        de.tags.extend([vip, news])
        gb.tags.append(news)
    with sessions() as s:
        rows = {r.label: r.funnel.delivered for r in delivery.by_tag(s, WEEK)}
    assert rows == {"Newsletter": 2, "VIP": 1}


def card(rates: dict[tuple[str, str], str], *, change_on: date | None = None,
         after: dict[tuple[str, str], str] | None = None, currency: str = "EUR", currencies=None):
    """A test rate card: (region, category) -> amount; from ``change_on`` the ``after`` rates."""
    from klaros_desktop.services.people import phones

    def price(e164, category, pricing_type, day):
        region = phones.region_of(e164)
        table = after if change_on and day >= change_on else rates
        amount = table.get((region, category))
        if amount is None:
            return None
        cur = (currencies or {}).get(region, currency)
        return cost.UnitPrice(Decimal(amount), cur, change_on if change_on and day >= change_on else date(2026, 7, 1))
    return price


def test_cost_counts_charged_free_and_waiting_by_category_country_and_day(shop, sessions):
    shop.delivered(DE, T0, category="marketing")  # charged
    shop.delivered(DE, T0 + timedelta(hours=1), category="marketing")  # charged
    shop.delivered(GB, T0, category="utility")  # charged
    shop.delivered(GB, T0 + timedelta(days=1), category="utility", pricing_type="free_customer_service")  # free
    shop.delivered(US, T0, category="service", pricing_type="free_customer_service")  # free
    shop.delivered(US, T0 + timedelta(days=2), category="referral_conversion", pricing_type="free_entry_point")
    sent_only = shop.message(DE2, T0, template="promo", category="marketing")  # regular, sent, never delivered
    shop.status(sent_only, "sent", T0 + timedelta(seconds=1), category="marketing")
    waiting = shop.message(DE2, T0 + timedelta(hours=2))  # sent, but its status has no pricing yet
    shop.status(waiting, "sent", T0 + timedelta(hours=2, seconds=1), category=None)
    rates = {("DE", "marketing"): "0.1310", ("GB", "utility"): "0.0200"}
    with sessions() as s:
        result = cost.cost(s, WEEK, card(rates))
    assert result.charged == 3
    assert {k: (c.count, c.amount) for k, c in result.by_category.items()} == {
        "marketing": (2, Decimal("0.2620")), "utility": (1, Decimal("0.0200"))}
    assert {k: c.count for k, c in result.by_country.items()} == {"DE": 2, "GB": 1}
    assert result.total == Decimal("0.2820") and result.currency == "EUR"
    assert result.rates_as_of == date(2026, 7, 1)
    assert result.free == {"free_customer_service": 2, "free_entry_point": 1}
    assert result.not_delivered == 1 and result.waiting == 1
    assert result.by_day[date(2026, 11, 2)].count == 3
    assert result.volumes[("marketing", "regular", "DE")] == 2
    assert result.volumes[("referral_conversion", "free_entry_point", "US")] == 1


def test_a_rate_change_in_the_middle_of_the_period_prices_each_day_with_its_rate(shop, sessions):
    shop.delivered(DE, T0, category="marketing")
    shop.delivered(DE, T0 + timedelta(days=3), category="marketing")
    price = card({("DE", "marketing"): "0.10"}, change_on=date(2026, 11, 4), after={("DE", "marketing"): "0.15"})
    with sessions() as s:
        result = cost.cost(s, WEEK, price)
    assert result.total == Decimal("0.25")
    assert result.by_day[date(2026, 11, 2)].amount == Decimal("0.10")
    assert result.by_day[date(2026, 11, 5)].amount == Decimal("0.15")
    assert result.rates_as_of == date(2026, 11, 4)


def test_two_currencies_are_refused_not_added(shop, sessions):
    shop.delivered(DE, T0, category="marketing")
    shop.delivered(GB, T0, category="marketing")
    price = card({("DE", "marketing"): "0.10", ("GB", "marketing"): "0.05"}, currencies={"GB": "GBP"})
    with sessions() as s:
        result = cost.cost(s, WEEK, price)
    assert result.total is None and result.currency is None
    assert result.mixed_currencies == ["EUR", "GBP"]
    assert "different currencies (EUR, GBP)" in result.error
    assert all(c.amount is None for c in result.by_category.values())
    with pytest.raises(cost.MixedCurrencies):
        cost.require_one_currency(result)


def test_without_a_card_the_counts_stay_and_amounts_are_unknown(shop, sessions):
    shop.delivered(DE, T0, category="marketing")
    with sessions() as s:
        result = cost.cost(s, WEEK, None)
    assert result.charged == 1 and result.unpriced == 1
    assert result.total is None and result.by_category["marketing"].amount is None


def test_conversations_volume_hours_reply_times_windows_and_consent(shop, sessions):
    from klaros_desktop.models import ConsentEvent

    # Monday 09:00 UTC: customer writes twice (one turn), shop answers after 10 minutes
    shop.message(DE, T0, "in")
    shop.message(DE, T0 + timedelta(minutes=2), "in")
    shop.message(DE, T0 + timedelta(minutes=12))
    # Tuesday 09:00: another customer, answered after 1 hour
    shop.message(GB, T0 + timedelta(days=1), "in")
    shop.message(GB, T0 + timedelta(days=1, hours=1))
    # Tuesday 10:00: a third, answered after 3 hours
    shop.message(US, T0 + timedelta(days=1, hours=1), "in")
    shop.message(US, T0 + timedelta(days=1, hours=4))
    # Wednesday: a fourth writes and gets no answer
    shop.message(DE2, T0 + timedelta(days=2), "in")
    with sessions.begin() as s:
        for kind, source in (("opt_in", "import"), ("opt_in", "import"), ("opt_out", "keyword")):
            s.add(ConsentEvent(contact_id=shop.contacts[DE], kind=kind, scope="marketing", source=source,
                               occurred_at=T0 + timedelta(hours=1)))
    with sessions() as s:
        result = conversations.conversations(s, WEEK, now=T0 + timedelta(days=2, hours=1))
    assert result.inbound == 5
    assert result.inbound_by_day == {date(2026, 11, 2): 2, date(2026, 11, 3): 2, date(2026, 11, 4): 1}
    assert result.by_hour_of_week[0][9] == 2 and result.by_hour_of_week[1][9] == 1
    assert result.by_hour_of_week[1][10] == 1 and result.by_hour_of_week[2][9] == 1
    assert result.turns == 4 and result.unanswered == 1
    assert result.first_reply_median == timedelta(hours=1)  # of 12 min, 1 h, 3 h
    assert result.first_reply_p90 == timedelta(hours=3)
    assert result.open_windows == 1  # only the Wednesday customer wrote in the last 24 hours
    assert result.consent_totals() == {("opt_in", "import"): 2, ("opt_out", "keyword"): 1}


def test_local_days_follow_the_offset(shop, sessions):
    shop.message(DE, T0.replace(hour=23, minute=30), "in")  # 23:30 UTC is Tuesday 00:30 in UTC+1
    local = period.Period(WEEK.start, WEEK.end, offset_minutes=60)
    with sessions() as s:
        result = conversations.conversations(s, local)
    assert result.inbound_by_day == {date(2026, 11, 3): 1}
    assert result.by_hour_of_week[1][0] == 1


def test_named_periods_and_the_previous_one():
    now = T0.replace(day=15, hour=12)
    p = period.named("30d", now, offset_minutes=60)
    assert p.end == now and p.local_days()[0] == date(2026, 10, 17) and len(p.local_days()) == 30
    assert p.previous().end == p.start and p.previous().length == p.length
    assert period.named("today", now, 0).start == now.replace(hour=0)
    assert period.named("month", now, 0).start == now.replace(day=1, hour=0)
    assert period.named("12m", now, 0).start == now.replace(year=2025, month=12, day=1, hour=0)
    with pytest.raises(ValueError, match="unknown period"):
        period.named("fortnight", now)


def test_budget_running_total_and_the_campaign_warning(shop, sessions):
    now = T0 + timedelta(days=1)
    shop.delivered(DE, T0, category="marketing")
    price = card({("DE", "marketing"): "40.00"})
    with sessions() as s:
        assert budget.would_exceed_budget(s, Decimal("1000"), "EUR", price, now=now, offset_minutes=0).exceeds \
            is False  # no budget: never over
    budget.save(sessions, budget.parse("100,00", "eur"))
    with sessions() as s:
        state = budget.status(s, price, now=now, offset_minutes=0)
        assert state.budget == budget.Budget(Decimal("100.00"), "EUR")
        assert state.spent == Decimal("40.00") and state.share == pytest.approx(0.4)
        fits = budget.would_exceed_budget(s, Decimal("60"), "EUR", price, now=now, offset_minutes=0)
        over = budget.would_exceed_budget(s, Decimal("60.01"), "EUR", price, now=now, offset_minutes=0)
        with pytest.raises(cost.MixedCurrencies):
            budget.would_exceed_budget(s, Decimal("1"), "USD", price, now=now, offset_minutes=0)
    assert fits.exceeds is False
    assert over.exceeds is True and "more than your monthly budget of 100.00 EUR" in over.reason
    with pytest.raises(budget.BadBudget):
        budget.parse("-5", "EUR")
    with pytest.raises(budget.BadBudget):
        budget.parse("ten", "EUR")


FIXTURE_RATES = Path(__file__).resolve().parents[2] / "fixtures" / "pricing" / "meta_rates_usd.csv"


def _import_rates(sessions, tmp_path, name: str, effective: date, *, germany_marketing: str | None = None,
                  currency: str | None = None):
    from klaros_desktop.services.pricing import rates_csv

    text = FIXTURE_RATES.read_text(encoding="utf-8")
    if germany_marketing:
        text = text.replace("Germany,$US,0.1300", f"Germany,$US,{germany_marketing}")
    if currency:
        text = text.replace("$US", currency)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return rates_csv.import_file(sessions, path, effective_from=effective)


def test_the_profile_card_prices_each_day_with_the_rate_in_force(shop, sessions, tmp_path):
    """Meta's rate CSV imported for 1 November, a newer one from 4 November: a period across the change
    prices each message with the rate of its day (through the pricing package's card)."""
    _import_rates(sessions, tmp_path, "rates-nov.csv", date(2026, 11, 1))
    _import_rates(sessions, tmp_path, "rates-nov4.csv", date(2026, 11, 4), germany_marketing="0.1500")
    shop.delivered(DE, T0, category="marketing")  # 2 November: 0.13
    shop.delivered(DE, T0 + timedelta(days=3), category="marketing")  # 5 November: 0.15
    shop.delivered(DE, T0 + timedelta(days=3), category="service", pricing_type="free_customer_service")
    with sessions() as s:
        result = cost.cost(s, WEEK, cost.profile_pricer(s))
    assert result.currency == "USD"
    assert result.total == Decimal("0.2800")
    assert result.by_day[date(2026, 11, 2)].amount == Decimal("0.1300")
    assert result.by_day[date(2026, 11, 5)].amount == Decimal("0.1500")
    assert result.rates_as_of == date(2026, 11, 4)
    assert result.free == {"free_customer_service": 1}


def test_authentication_international_and_marketing_lite_are_categories_of_their_own(shop, sessions, tmp_path):
    """Meta names them in the status's pricing: each is a row of the cost by category, priced as the card says
    (authentication-international at the market's own rate, marketing_lite at the marketing rate)."""
    _import_rates(sessions, tmp_path, "rates-nov.csv", date(2026, 11, 1))
    shop.delivered(IN, T0, category="authentication_international")  # India: 0.0290
    shop.delivered(IN, T0 + timedelta(hours=1), category="authentication")  # India: 0.0015
    shop.delivered(DE, T0, category="marketing_lite")  # Germany, marketing: 0.1300
    shop.delivered(DE, T0 + timedelta(hours=1), category="marketing")  # 0.1300
    with sessions() as s:
        result = cost.cost(s, WEEK, cost.profile_pricer(s))
    assert {k: (c.count, c.amount) for k, c in result.by_category.items()} == {
        "authentication_international": (1, Decimal("0.0290")), "authentication": (1, Decimal("0.0015")),
        "marketing_lite": (1, Decimal("0.1300")), "marketing": (1, Decimal("0.1300"))}
    assert {k: c.count for k, c in result.by_country.items()} == {"IN": 2, "DE": 2}
    assert result.total == Decimal("0.2905") and result.currency == "USD" and result.unpriced == 0
    assert result.volumes[("authentication_international", "regular", "IN")] == 1
    assert result.volumes[("marketing_lite", "regular", "DE")] == 1


def test_cards_in_two_currencies_are_refused_not_added(shop, sessions, tmp_path):
    _import_rates(sessions, tmp_path, "rates-usd.csv", date(2026, 11, 1))
    _import_rates(sessions, tmp_path, "rates-eur.csv", date(2026, 11, 4), currency="EUR")
    shop.delivered(DE, T0, category="marketing")
    shop.delivered(DE, T0 + timedelta(days=3), category="marketing")
    with sessions() as s:
        result = cost.cost(s, WEEK, cost.profile_pricer(s))
    assert result.total is None and result.mixed_currencies == ["EUR", "USD"]


def test_a_campaign_offer_is_not_an_answer_to_the_customer(shop, sessions):
    shop.message(DE, T0, "in")
    shop.message(DE, T0 + timedelta(minutes=5), template="sale", category="MARKETING")  # the campaign's offer
    shop.message(DE, T0 + timedelta(hours=2))  # the shop's answer
    with sessions() as s:
        result = conversations.conversations(s, WEEK)
    assert result.turns == 1 and result.first_reply_median == timedelta(hours=2)


@pytest.mark.parametrize(("typed", "decimal_point", "amount"), [
    ("1,500.00", ".", "1500.00"), ("1.500,00", ",", "1500.00"), ("1 500,50", ",", "1500.50"),
    ("1\u202f500,50", ",", "1500.50"), ("1'500.25", ".", "1500.25"), ("€ 1.500", ",", "1500.00"),
    ("1,500", ".", "1500.00"), ("1,5", ",", "1.50"), ("1,500", ",", "1.50"), ("2.000.000", ",", "2000000.00"),
    ("1.500,00", ".", "1500.00"), ("250", ".", "250.00"), ("1,500,000.5", None, "1500000.50"),
    ("99,95", None, "99.95"),
])
def test_a_budget_is_read_as_people_write_amounts(typed, decimal_point, amount):
    assert budget.parse(typed, "EUR", decimal_point=decimal_point).amount == Decimal(amount)


@pytest.mark.parametrize("typed", ["1,500", "12.000"])
def test_an_amount_that_reads_two_ways_is_refused_when_the_screen_cannot_tell(typed):
    with pytest.raises(budget.BadBudget) as refused:
        budget.parse(typed, "EUR")
    assert "could be" in str(refused.value)


@pytest.mark.parametrize("typed", ["1.5.0,0,0", "1,,5", "12,34.56", "1 2 3,4,5"])
def test_a_garbled_amount_is_refused(typed):
    with pytest.raises(budget.BadBudget) as refused:
        budget.parse(typed, "EUR", decimal_point=",")
    assert "is not an amount of money" in str(refused.value)
