"""``klaros report``: the documented JSON shape with hand-counted numbers, the same numbers as CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

from klaros_desktop.cli import main
from klaros_desktop.models import utcnow


def _shop(shop):
    now = utcnow()
    a = shop.delivered("+4915112345678", now - timedelta(days=2), category="marketing", read=True)
    shop.message("+4915112345678", now - timedelta(days=2) + timedelta(hours=1), "in")  # answers ``a``
    shop.delivered("+447400123456", now - timedelta(days=3), category="utility")
    shop.delivered("+4917612345678", now - timedelta(days=1), category="service", pricing_type="free_customer_service")
    failed = shop.message("+4916012345678", now - timedelta(days=1), template="promo", category="marketing")
    shop.status(failed, "failed", now - timedelta(days=1) + timedelta(seconds=3), error=131050)
    shop.delivered("+4915112345678", now - timedelta(days=45), category="marketing")  # before the period
    shop.message("+4915198765432", now - timedelta(days=1), status="unconfirmed")  # WhatsApp did not confirm it
    return a


def test_json_has_the_documented_shape_and_the_counted_numbers(profile, shop, capsys):
    _shop(shop)
    assert main(["--data-dir", str(profile.root), "report", "--period", "30d", "--format", "json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert set(body) == {"period", "funnel", "unconfirmed", "cost", "meta"}
    assert set(body["period"]) == {"start", "end"}
    assert body["funnel"] == {"sent": 3, "delivered": 3, "read": 1, "replied": 1, "failed": 1}
    assert body["unconfirmed"] == 1  # neither delivered nor failed: a figure of its own
    assert set(body["cost"]) == {"currency", "rates_as_of", "total", "by_category", "by_country"}
    assert body["cost"]["by_category"] == {"marketing": {"count": 1, "amount": None},
                                           "utility": {"count": 1, "amount": None}}
    assert body["cost"]["by_country"] == {"DE": {"count": 1, "amount": None}, "GB": {"count": 1, "amount": None}}
    assert body["cost"]["total"] is None  # no rate card in this profile: counts only, amounts unknown
    assert "not asked" in body["meta"]["absent"]


def test_csv_carries_the_same_numbers(profile, shop, capsys):
    _shop(shop)
    assert main(["--data-dir", str(profile.root), "report", "--period", "30d", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["section", "key", "count", "amount", "currency"]
    funnel = {r[1]: int(r[2]) for r in rows if r[0] == "funnel"}
    assert funnel == {"sent": 3, "delivered": 3, "read": 1, "replied": 1, "failed": 1}
    assert ["cost by category", "marketing", "1", "", ""] in rows
    assert ["unconfirmed", "not confirmed by WhatsApp", "1", "", ""] in rows


def test_meta_asked_without_a_connection_says_why_absent(profile, shop, capsys, monkeypatch):
    monkeypatch.delenv("KLAROS_META_TOKEN", raising=False)
    _shop(shop)
    assert main(["--data-dir", str(profile.root), "report", "--meta"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert "not connected to Meta" in body["meta"]["absent"]


def test_a_period_it_does_not_know_is_refused(profile, capsys):
    assert main(["--data-dir", str(profile.root), "report", "--period", "fortnight"]) == 2
    assert "unknown period" in capsys.readouterr().err
