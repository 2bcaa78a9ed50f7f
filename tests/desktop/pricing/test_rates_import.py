"""Importing Meta's rate CSVs (synthetic files shaped like Meta's): bad rows reported with their line numbers and
left out, the rest kept, stored in the profile before the command says so, and used by the forecast for the
dates it covers; ``klaros rates import|show`` and the ``forecast`` object of ``klaros campaign create --json``."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from klaros_desktop import db
from klaros_desktop.cli import main
from klaros_desktop.models import AuditEvent
from klaros_desktop.services.pricing import card as card_mod
from klaros_desktop.services.pricing import rates_csv
from klaros_desktop.services.pricing.quote import Pricer

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pricing"
RATES = FIXTURES / "meta_rates_usd.csv"
TIERS = FIXTURES / "meta_volume_tiers_usd.csv"


def test_parse_rates_keeps_good_rows_and_names_bad_lines():
    parsed = rates_csv.parse(RATES.read_text(encoding="utf-8"))
    assert parsed.kind == "rates" and parsed.currency == "USD"
    assert sorted(parsed.markets) == ["Argentina", "Atlantis", "Germany", "India", "Rest of Western Europe",
                                      "United States"]
    assert parsed.markets["India"] == {"marketing": Decimal("0.0120"), "utility": Decimal("0.0015"),
                                       "authentication": Decimal("0.0015"),
                                       "authentication_international": Decimal("0.0290"),
                                       "service": Decimal("0.0015")}
    assert "authentication_international" not in parsed.markets["Germany"]  # n/a
    # the header's quoted line break makes it two lines: France is on line 10, the row without market on 14
    assert [(p.line, p.reason) for p in parsed.problems] == [
        (10, "France: 'abc' under Utility is not a rate."), (14, "The row has rates but no market.")]


def test_parse_volume_tiers():
    parsed = rates_csv.parse(TIERS.read_text(encoding="utf-8"))
    assert parsed.kind == "tiers" and parsed.currency == "USD"
    assert parsed.tiers["Germany"]["utility"] == [
        {"low": 1, "high": 100000, "rate": "0.0500"}, {"low": 100001, "high": 500000, "rate": "0.0475"},
        {"low": 500001, "high": None, "rate": "0.0450"}]
    assert parsed.tiers["Germany"]["authentication"][-1] == {"low": 100001, "high": None, "rate": "0.0450"}
    assert parsed.tiers["India"]["authentication_international"] == [{"low": 1, "high": 50000, "rate": "0.0290"}]
    assert [(p.line, p.reason) for p in parsed.problems] == [
        (11, "India: 'lots' is not a number of messages or a rate.")]


def test_an_imported_card_is_stored_and_used_for_the_dates_it_covers(profile):
    engine, sessions = db.open_database(profile)
    try:
        report = rates_csv.import_file(sessions, RATES, effective_from=date(2026, 10, 1), actor="test")
        rates_csv.import_file(sessions, TIERS, effective_from=date(2026, 10, 1), actor="test")
        assert (report.markets, report.currency, [p.line for p in report.problems]) == (6, "USD", [10, 14])
        assert report.unmapped_markets == ["Atlantis"]
    finally:
        engine.dispose()
    # a new connection (as after a restart) sees it
    engine, sessions = db.open_database(profile)
    try:
        pricer = Pricer.for_profile(sessions)
        german = "+4915100000001"
        assert pricer.price_message(german, "marketing", "regular", date(2026, 10, 1)).amount == Decimal("0.1300")
        tiered = pricer.price_message(german, "utility", "regular", date(2026, 11, 1), nth_in_month=200_000)
        assert (tiered.amount, tiered.tier) == (Decimal("0.0475"), "100001-500000")
        # before the imported card's date the bundled card (no German figure) applies
        before = pricer.price_message(german, "marketing", "regular", date(2026, 9, 30))
        assert (before.amount, before.rates_as_of) == (None, "2025-07-01")
        # a US number: the card lists "United States" as its own market
        assert pricer.price_message("+12025550123", "marketing", "regular", date(2026, 10, 5)).amount == \
            Decimal("0.0250")
        # Belgium belongs to Rest of Western Europe
        assert pricer.price_message("+32470123456", "utility", "regular", date(2026, 10, 5)).amount == \
            Decimal("0.0180")
        with sessions() as s:
            assert [p["effective_from"] for p in card_mod.imported_periods(s)] == ["2026-10-01"]
            audited = s.scalars(select(AuditEvent).where(AuditEvent.action == "rate_card_imported")
                                .order_by(AuditEvent.id)).all()
            assert [(e.subject, e.details["kind"], e.details["problems"]) for e in audited] == [
                ("meta_rates_usd.csv", "rates", 2), ("meta_volume_tiers_usd.csv", "tiers", 1)]
    finally:
        engine.dispose()


def test_volume_tiers_need_the_rates_of_their_date(profile):
    """Tiers alone would make every market of that date unknown: refused until the rates are imported."""
    engine, sessions = db.open_database(profile)
    try:
        with pytest.raises(rates_csv.RatesImportError, match="import Meta's rates in USD for 2026-10-01 first"):
            rates_csv.import_file(sessions, TIERS, effective_from=date(2026, 10, 1))
        with sessions() as s:
            assert card_mod.imported_periods(s) == []
    finally:
        engine.dispose()


def test_a_file_with_nothing_usable_is_refused_and_stores_nothing(profile, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("Market,Currency,Marketing\nGermany,$US,cheap\n", encoding="utf-8")
    engine, sessions = db.open_database(profile)
    try:
        with pytest.raises(rates_csv.RatesImportError, match="line 2"):
            rates_csv.import_file(sessions, bad, effective_from=date(2026, 10, 1))
        with sessions() as s:
            assert card_mod.imported_periods(s) == []
    finally:
        engine.dispose()


def test_rates_commands(tmp_path, capsys):
    data = str(tmp_path / "p")
    file = tmp_path / "Rates USD.csv"
    shutil.copy(RATES, file)
    assert main(["--data-dir", data, "rates", "import", str(file), "--effective", "2026-10-01", "--json"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert (out["imported"], out["currency"], out["effective_from"], out["markets"]) == (True, "USD", "2026-10-01", 6)
    assert [p["line"] for p in out["problems"]] == [10, 14]
    assert "line 10: France" in captured.err
    assert main(["--data-dir", data, "rates", "show", "--on", "2026-10-02", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["currency"], shown["rates_as_of"], shown["origin"]) == ("USD", "2026-10-01", "imported")
    assert shown["markets"]["Germany"]["marketing"] == "0.1300"
    assert {r["kind"] for r in shown["rules"]} >= {"charged_in_service_window", "free_entry_point"}
    assert main(["--data-dir", data, "rates", "show", "--on", "2025-08-01"]) == 0
    assert "Rates as of 2025-07-01 in USD (bundled with Klaros" in capsys.readouterr().out
    # after Meta changed Argentina's utility rate, the bundled card shows it as unknown, not the old figure
    assert main(["--data-dir", data, "rates", "show", "--on", "2025-11-01"]) == 0
    argentina = next(line for line in capsys.readouterr().out.splitlines() if "Argentina" in line)
    assert argentina.split()[1:4] == ["0.0618", "changed:", "?"]
    missing = tmp_path / "missing.csv"
    assert main(["--data-dir", data, "rates", "import", str(missing)]) == 3
    assert "could not be read" in capsys.readouterr().err
