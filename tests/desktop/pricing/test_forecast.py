"""The cost forecast against hand-computed totals: a mixed-country audience either side of a rate change, an
unknown market, the free entry point, utility inside the window before and after the 2026-10-01 rule, volume
tiers (with the month's earlier messages), the bundled card's real dated change, and one delivered message."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from klaros_desktop.models import Contact, Conversation, Message
from klaros_desktop.services.pricing import card as card_mod
from klaros_desktop.services.pricing import limits
from klaros_desktop.services.pricing.forecast import Planned, forecast_plan
from klaros_desktop.services.pricing.quote import Pricer

HOURS = timedelta(hours=1)


def at(day: str) -> datetime:
    """Noon UTC of a day: the moment the tests send."""
    return datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)


DE1, DE2, DE3, DE4 = "+4915100000001", "+4915100000002", "+4915100000003", "+4915100000004"
FR, AT, GB = "+33612345678", "+436641234567", "+447400123456"


def _plan(ids_and_numbers):
    return [Planned(cid, number) for cid, number in ids_and_numbers]


def _audience(contact, when):
    return _plan((contact(n, when=when), n) for n in (DE1, DE2, FR, AT, GB))


def test_mixed_countries_either_side_of_a_rate_change(sessions, contact, test_card):
    """Germany x2, France, Austria (a country row), UK (no rate): marketing, before and on 2026-04-01."""
    before, after = at("2026-03-31"), at("2026-04-01")
    planned = _audience(contact, before)
    with sessions() as s:
        old = forecast_plan(s, planned, "MARKETING", on=before.date(), at=before, card=test_card)
        new = forecast_plan(s, planned, "MARKETING", on=after.date(), at=after, card=test_card)
    # 0.1000 + 0.1000 + 0.0800 + 0.0600 ; 0.1200 + 0.1200 + 0.0700 + 0.0650
    assert old.total == Decimal("0.3400") and new.total == Decimal("0.3750")
    assert old.by_country == {"AT": Decimal("0.0600"), "DE": Decimal("0.2000"), "FR": Decimal("0.0800")}
    assert new.by_country == {"AT": Decimal("0.0650"), "DE": Decimal("0.2400"), "FR": Decimal("0.0700")}
    assert old.by_category == {"marketing": Decimal("0.3400")}
    assert old.currency == new.currency == "EUR"
    assert (old.rates_as_of, new.rates_as_of) == ("2026-01-01", "2026-04-01")
    assert old.unknown_markets == new.unknown_markets == ["GB"]
    assert (new.charged, new.free, new.unknown) == (4, 0, 1) and not new.complete
    assert new.contract_json() == {"currency": "EUR", "rates_as_of": "2026-04-01", "total": 0.375,
                                   "unknown_markets": ["GB"]}
    gb = next(r for r in new.recipients if r.country == "GB")
    assert (gb.market, gb.reason, gb.amount) == ("United Kingdom", "unknown_rate", None)
    austria = next(r for r in new.recipients if r.country == "AT")
    assert (austria.market, austria.rate) == ("Rest of Western Europe", Decimal("0.0650"))  # the country row


def test_free_entry_point_window(sessions, contact, test_card):
    """Someone who wrote from an ad 2 h ago (no reply yet) or got our reply 10 h after writing 50 h ago is in a
    free entry point window; a reply 30 h after the ad message (too late) opened none."""
    when = at("2026-05-04")
    fresh = contact(DE1, when=when, referral_before=2 * HOURS)
    replied = contact(DE2, when=when, referral_before=50 * HOURS, replied_after=10 * HOURS)
    late = contact(DE3, when=when, referral_before=50 * HOURS, replied_after=30 * HOURS)
    expired = contact(DE4, when=when, referral_before=90 * HOURS, replied_after=1 * HOURS)
    with sessions() as s:
        result = forecast_plan(s, _plan([(fresh, DE1), (replied, DE2), (late, DE3), (expired, DE4)]), "MARKETING",
                               on=when.date(), at=when, card=test_card)
    reasons = {r.phone_e164: r.reason for r in result.recipients}
    assert reasons == {DE1: "free_entry_point", DE2: "free_entry_point", DE3: "charged", DE4: "charged"}
    assert result.total == Decimal("0.2400") and (result.free, result.charged) == (2, 2)


def test_utility_inside_the_window_is_free_until_the_rule_changes(sessions, contact, test_card):
    """Utility to someone who wrote 2 h ago: free on 2026-09-30; from 2026-10-01 charged at the utility rate
    without volume tiers (the card's dated rule, not a date in the code)."""
    results = {}
    for day in ("2026-09-30", "2026-10-01"):
        when = at(day)
        inside = contact(f"+49151000001{day[-2:]}", when=when, inbound_before=2 * HOURS)
        outside = contact(f"+49151000002{day[-2:]}", when=when, inbound_before=30 * HOURS)
        with sessions() as s:
            results[day] = forecast_plan(s, _plan([(inside, f"+49151000001{day[-2:]}"),
                                                   (outside, f"+49151000002{day[-2:]}")]),
                                         "UTILITY", on=when.date(), at=when, card=test_card)
    early, late = results["2026-09-30"], results["2026-10-01"]
    assert [r.reason for r in early.recipients] == ["free_customer_service", "charged"]
    assert early.total == Decimal("0.0450")  # the outside one, first tier of the 2026-04-01 period
    assert [r.reason for r in late.recipients] == ["charged", "charged"]
    assert [r.tier for r in late.recipients] == [None, "1-2"]
    assert late.total == Decimal("0.0900")
    assert (early.outside_window, late.outside_window) == (1, 1)


def test_volume_tiers_count_the_months_earlier_messages(sessions, contact, test_card):
    """Germany utility: messages 1-2 of the month at 0.0500, from the 3rd at 0.0400 (first period). Four new ones
    after one already charged this month: 0.0500 + 0.0400 * 3."""
    when = at("2026-03-20")
    planned = _plan((contact(n, when=when), n) for n in (DE1, DE2, DE3, DE4))
    with sessions() as s:
        fresh = forecast_plan(s, planned, "utility", on=when.date(), at=when, card=test_card)
    assert fresh.total == Decimal("0.1800")
    assert [r.tier for r in fresh.recipients] == ["1-2", "1-2", "3-", "3-"]
    with sessions.begin() as s:
        earlier = Contact(phone_e164="+4915100000099", custom_fields={}, notes="")
        s.add(earlier)
        s.flush()
        conv = Conversation(contact_id=earlier.id, phone_number_id="")
        s.add(conv)
        s.flush()
        s.add(Message(conversation_id=conv.id, contact_id=earlier.id, direction="out", type="template",
                      timestamp=when - timedelta(days=3), status="delivered", pricing_category="utility",
                      pricing_type="regular"))
        # last month's message does not count
        s.add(Message(conversation_id=conv.id, contact_id=earlier.id, direction="out", type="template",
                      timestamp=when - timedelta(days=25), status="delivered", pricing_category="utility",
                      pricing_type="regular"))
    with sessions() as s:
        later = forecast_plan(s, planned, "utility", on=when.date(), at=when, card=test_card)
    assert later.total == Decimal("0.1700")


def test_messaging_limit_share_or_unknown(sessions, contact, test_card):
    when = at("2026-05-04")
    planned = _plan([(contact(DE1, when=when), DE1), (contact(DE2, when=when, inbound_before=HOURS), DE2)])
    with sessions() as s:
        unknown = forecast_plan(s, planned, "MARKETING", on=when.date(), at=when, card=test_card)
    assert (unknown.limit_tier, unknown.limit, unknown.limit_share) == ("unknown", None, None)
    with sessions.begin() as s:
        limits.remember_tier(s, "TIER_250")
    with sessions() as s:
        known = forecast_plan(s, planned, "MARKETING", on=when.date(), at=when, card=test_card)
    assert (known.limit_tier, known.limit, known.outside_window) == ("TIER_250", 250, 1)
    assert known.limit_share == 1 / 250


def test_the_bundled_card_real_dated_change_and_sources():
    """Meta lowered Argentina's utility rate on 2025-10-01 and the new figure is not on the card: before, the
    sourced 0.0289; from that day unknown, never the stale figure. Every period and rule names its source."""
    bundled = card_mod.load_card()
    pricer = Pricer(bundled)
    before = pricer.price_message("+5491123456789", "utility", "regular", date(2025, 9, 30))
    after = pricer.price_message("+5491123456789", "utility", "regular", date(2025, 10, 1))
    assert (before.amount, before.currency, before.rates_as_of, before.market) == (
        Decimal("0.0289"), "USD", "2025-07-01", "Argentina")
    assert (after.amount, after.reason) == (None, "unknown_rate")
    document = card_mod.bundled_document()
    assert all(p["source"] in document["sources"] for p in document["periods"])
    assert all(r["source"] in document["sources"] for r in document["rules"])
    assert all(c["source"] in document["sources"] for c in document["changed_without_figures"])
    markets = card_mod.markets_document()
    assert all(row["source"] in markets["sources"] for row in markets["countries"])


def test_price_one_delivered_message(test_card):
    """What analytics asks: Meta's category and pricing type of a delivered message -> amount (or None)."""
    pricer = Pricer(test_card)
    day = date(2026, 5, 2)
    assert pricer.price_message(DE1, "marketing", "regular", day).amount == Decimal("0.1200")
    assert pricer.price_message(DE1, "marketing_lite", "regular", day).amount == Decimal("0.1200")
    free = pricer.price_message(DE1, "utility", "free_customer_service", day)
    assert (free.amount, free.reason, free.currency) == (Decimal("0"), "free_customer_service", "EUR")
    assert pricer.price_message(DE1, "utility", "free_entry_point", day).amount == Decimal("0")
    assert pricer.price_message(GB, "marketing", "regular", day).amount is None
    assert pricer.price_message(DE1, "utility", "regular", day, nth_in_month=5).amount == Decimal("0.0350")
    # a service message Meta charged (from 2026-10-01) costs the utility rate, no tiers
    service = pricer.price_message(DE1, "service", "regular", date(2026, 10, 2), nth_in_month=5)
    assert (service.amount, service.category) == (Decimal("0.0450"), "utility")


async def test_the_limit_tier_is_read_from_meta_and_kept_when_meta_fails(sessions):
    """``refresh_tier`` stores what Meta reports; a refusal keeps the known tier instead of forgetting it."""
    from klaros_desktop.graph.errors import NetworkError
    from klaros_desktop.services.pricing import limits as limits_mod

    class Graph:
        def __init__(self, answer):
            self.answer = answer

        async def messaging_limit(self):
            if isinstance(self.answer, Exception):
                raise self.answer
            return self.answer

    from sqlalchemy import select

    from klaros_desktop.models import AuditEvent

    assert await limits_mod.refresh_tier(sessions, Graph("TIER_2K")) == "TIER_2K"
    assert await limits_mod.refresh_tier(sessions, Graph(NetworkError(code=None, title="offline"))) == "TIER_2K"
    assert await limits_mod.refresh_tier(sessions, Graph("TIER_2K")) == "TIER_2K"
    with sessions() as s:
        assert limits_mod.current_limit(s, card_mod.load_card(s)) == ("TIER_2K", 2000)
        changes = s.scalars(select(AuditEvent).where(AuditEvent.action == "messaging_limit_tier")).all()
        assert [e.details for e in changes] == [{"from": None, "to": "TIER_2K"}]  # audited once, on the change


def test_the_fast_country_lookup_agrees_with_phonenumbers():
    """``country_of`` (cached by calling code and +1 area code) gives ``phones.region_of``'s answer for every
    region's example mobile number."""
    import phonenumbers

    from klaros_desktop.services.people.phones import region_of
    from klaros_desktop.services.pricing.countries import country_of

    checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        example = (phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
                   or phonenumbers.example_number(region))
        if example is None:
            continue
        number = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
        assert country_of(number) == region_of(number), number
        checked += 1
    assert checked > 200


def test_no_per_message_price_before_meta_priced_per_message(test_card):
    """A card period dated before 2025-07-01 (the card's per_message rule) prices nothing: Meta charged per
    conversation then."""
    early = card_mod.Period.from_json({"effective_from": "2025-01-01", "markets": {"Germany": {"marketing": "0.1"}}},
                                      currency="EUR", origin="imported")
    test_card.periods.append(early)
    pricer = Pricer(test_card)
    assert pricer.price_message(DE1, "marketing", "regular", date(2025, 6, 30)).reason == "before_per_message"
    assert pricer.price_message(DE1, "marketing", "regular", date(2025, 7, 1)).amount == Decimal("0.1")


def test_marketing_lite_is_priced_as_marketing_on_metas_own_word():
    """Meta's Marketing Messages API page says its status webhooks carry the category ``marketing_lite`` and
    that marketing rates are the same on Cloud API and that API: the alias cites that page (a Meta host), and
    the card no longer lists it among what it could not verify."""
    from urllib.parse import urlsplit

    document = card_mod.bundled_document()
    alias = next(r for r in document["rules"] if r["kind"] == "priced_as" and r["category"] == "marketing_lite")
    assert alias["as"] == "marketing"
    host = urlsplit(document["sources"][alias["source"]]["url"]).hostname
    assert host in ("developers.facebook.com", "developers.secure.facebook.com", "business.whatsapp.com")
    assert "marketing_lite" in document["sources"][alias["source"]]["says"]
    assert not [line for line in document["not_verified"] if "marketing_lite" in line]
