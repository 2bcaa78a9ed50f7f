"""``klaros rates import FILE`` and ``klaros rates show``: Meta's rate card the cost forecast uses.

Thin: arguments and output; the work is ``services/pricing`` (actor ``cli``). An import keeps the good rows and
lists the bad ones with their line numbers; a file with nothing usable is refused (exit 3) and nothing is stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from klaros_desktop.commands import CommandContext, counted

EXIT_USAGE = 2
EXIT_REFUSED = 3


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("rates", help="Meta's message prices used for cost forecasts")
    actions = parser.add_subparsers(dest="rates_command", metavar="ACTION", required=True)

    imp = actions.add_parser("import", help="import Meta's 'Rates (CSV)' or 'Volume tiers (CSV)' from the pricing "
                             "page")
    imp.add_argument("file", type=Path)
    imp.add_argument("--effective", type=_day, metavar="YYYY-MM-DD",
                     help="the date the file's rates apply from, as the pricing page states it (default: the start "
                     "of this quarter; Meta changes rates on Jan 1, Apr 1, Jul 1 and Oct 1)")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=run_import)

    show = actions.add_parser("show", help="the rate card in force on a date")
    show.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="default: today")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)


def imported_line(what: str, report: Any) -> str:
    return (f"Imported {what} for {counted(report.markets, 'market')} in {report.currency}, in force from "
            f"{report.effective_from.isoformat()}.")


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.services.pricing import rates_csv

    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        try:
            report = rates_csv.import_file(sessions, args.file, effective_from=args.effective, actor="cli")
        except rates_csv.RatesImportError as exc:
            print(f"Refused: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    if args.json:
        print(json.dumps({"imported": True, **report.to_json()}, ensure_ascii=False))
    else:
        what = "rates" if report.kind == rates_csv.RATES else "volume tiers"
        print(imported_line(what, report))
        if report.unmapped_markets:
            print("No country is mapped to these markets, so no number is priced with them: "
                  + ", ".join(report.unmapped_markets))
    for problem in report.problems:
        print(f"line {problem.line}: {problem.reason} (left out)", file=sys.stderr)
    return 0


def _show_json(card, period, on: date) -> dict[str, Any]:
    from klaros_desktop.services.pricing import card as card_mod

    rules = [{"kind": r.kind, "from": r.start.isoformat(), "until": r.until.isoformat() if r.until else None,
              **{k: v for k, v in r.params.items() if k != "source"}} for r in card.rules if r.active(on)]
    imported = [{"effective_from": p.effective_from.isoformat(), "currency": p.currency, "file": p.file_name,
                 "imported_at": p.imported_at} for p in card.periods if p.origin == "imported"]
    base = {"on": on.isoformat(), "rules": rules, "imported": imported, "not_verified": card.not_verified}
    if period is None:
        return {**base, "currency": None, "rates_as_of": None}
    body = period.to_json()
    changed = [{"from": c.start.isoformat(), "markets": sorted(c.markets), "categories": sorted(c.categories)}
               for c in card.changes if period.origin == card_mod.BUNDLED and period.effective_from < c.start <= on]
    return {**base, "changed_without_figures": changed, "currency": period.currency, "rates_as_of": period.rates_as_of,
            "effective_from": body["effective_from"], "origin": period.origin, "source": period.source,
            "markets": body["markets"], "countries": body["countries"], "tiers": body["tiers"]}


def run_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.models import utcnow
    from klaros_desktop.services.pricing import card as card_mod

    on = args.on or utcnow().date()
    with ctx.database() as sessions, sessions() as session:
        card = card_mod.load_card(session)
    period = card.period_on(on)
    data = _show_json(card, period, on)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    if period is None:
        print(f"No rate card covers {on.isoformat()}.")
        return 0
    origin = "imported" if period.origin == "imported" else "bundled with Klaros"
    print(f"Rates as of {period.rates_as_of} in {period.currency} ({origin}; {period.source}).")
    columns = card_mod.CATEGORIES
    heads = ("marketing", "utility", "authentication", "auth. intl.", "service")
    print("  " + "market (or country)".ljust(34) + "".join(h.ljust(16) for h in heads))
    for label, rates, is_market in [*((m, r, True) for m, r in period.markets.items()),
                                    *((c, r, False) for c, r in period.countries.items())]:
        cells = []
        for category in columns:
            if category not in rates:
                cells.append("-")
            elif is_market and card.changed(period, label, category, on):
                cells.append("changed: ?")
            else:
                cells.append(str(rates[category]))
        print(f"  {label[:33].ljust(34)}" + "".join(c.ljust(16) for c in cells))
    if period.tiers:
        print(f"Volume tiers for: {', '.join(sorted(period.tiers))}")
    print("Every market and category not listed, and every \"changed: ?\" (Meta changed it, the new figure is not "
          "here), is unknown; import Meta's CSV with 'klaros rates import FILE'.")
    return 0
