"""Cost forecast benchmark: pricing a 100,000-recipient plan, against the plain way of pricing it.

    .venv/bin/python bench/pricing_forecast.py         # 100,000 recipients, three rounds

The plan mixes German, French, Austrian and US numbers (the US ones over 50 area codes) on a fresh profile
with a made-up imported card. Measured in one run: ``forecast_plan`` (country from the calling code, one parse
per +1 area code, one quote per distinct facts) and the baseline it replaces: ``phones.region_of`` and
``quote`` for every recipient. Prints both, the ratio and the load average, and the CPU model.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from machine import cpu_model  # bench/ is the script's folder, first on the path

from klaros_desktop import db
from klaros_desktop.paths import Profile
from klaros_desktop.services.people import phones
from klaros_desktop.services.pricing import card as card_mod
from klaros_desktop.services.pricing.forecast import Planned, forecast_plan
from klaros_desktop.services.pricing.quote import quote

RECIPIENTS = 100_000
ON = date(2026, 11, 2)


def numbers() -> list[str]:
    out = []
    for i in range(RECIPIENTS):
        kind = i % 4
        if kind == 0:
            out.append(f"+49151{i:08d}")
        elif kind == 1:
            out.append(f"+33612{i % 1_000_000:06d}")
        elif kind == 2:
            out.append(f"+43664{i % 10_000_000:07d}")
        else:
            out.append(f"+1{201 + (i % 50)}555{i % 10_000:04d}")
    return out


def main() -> None:
    print("cpu", cpu_model())
    print("load at start", os.getloadavg())
    document = {"currency": "USD", "periods": [{"effective_from": "2026-10-01", "source": "bench", "markets": {
        "Germany": {"marketing": "0.13"}, "France": {"marketing": "0.09"}, "North America": {"marketing": "0.025"},
        "Rest of Western Europe": {"marketing": "0.06"}}}], "rules": card_mod.bundled_document()["rules"]}
    card = card_mod.build_card(document, card_mod.markets_document())
    plan = [Planned(None, n) for n in numbers()]
    with tempfile.TemporaryDirectory() as folder:
        engine, sessions = db.open_database(Profile(Path(folder) / "p").ensure())
        with sessions() as session:
            for round_ in range(3):
                start = time.perf_counter()
                result = forecast_plan(session, plan, "MARKETING", on=ON, card=card)
                fast = time.perf_counter() - start
                start = time.perf_counter()
                total = sum((quote(card, country=phones.region_of(p.phone_e164), category="marketing",
                                   on=ON).amount or Decimal(0) for p in plan), Decimal(0))
                plain = time.perf_counter() - start
                assert total == result.total, (total, result.total)
                print(f"round {round_ + 1}: forecast_plan {fast:.2f} s for {RECIPIENTS:,} recipients "
                      f"(total {result.total} {result.currency}); per-recipient parse + quote {plain:.2f} s; "
                      f"baseline / forecast = {plain / fast:.1f}x")
        engine.dispose()
    print("load at end", os.getloadavg())


if __name__ == "__main__":
    main()
