"""The demo shop's history for the Analytics screen: enough traffic to read, priced with the simulator's card
(imported in the layout of Meta's rate CSV), so Klaros's amounts are the simulator's."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from klaros_desktop.demo.seed import seed_demo_shop
from klaros_desktop.demo.traffic import import_simulator_rates, seed_traffic
from klaros_desktop.models import utcnow
from klaros_desktop.services.analytics import cost, overview, period
from klaros_sim import analytics as sim_analytics


def test_the_demo_history_reads_like_a_shop_in_use(sessions, profile):
    seed_demo_shop(sessions)
    written = seed_traffic(sessions)
    assert written > 500
    assert seed_traffic(sessions) == 0  # once only
    import_simulator_rates(sessions, profile.root, (utcnow() - timedelta(days=120)).date())
    result = overview.load(sessions, period.named("30d", offset_minutes=0))
    funnel = result.delivery.funnel
    assert funnel.sent > 150 and funnel.delivered > funnel.read > funnel.replied > 0 and funnel.failed > 0
    assert result.delivery.unconfirmed == 2  # two answers WhatsApp did not confirm: the screen's tile shows them
    assert len(result.delivery.failures) >= 2 and any(r.key is not None for r in result.delivery.by_campaign)
    assert result.conversations.first_reply_median is not None
    assert result.cost.currency == "USD" and result.cost.total > 0 and not result.cost.unpriced
    marketing = result.cost.by_category["marketing"]
    germany = sim_analytics.RATES["DE"]["marketing"]
    assert marketing.amount >= germany * Decimal(marketing.count) * Decimal("0.4")  # mostly German numbers
    with sessions() as s:
        assert cost.cost(s, result.period, cost.profile_pricer(s)).total == result.cost.total
