"""``klaros report --period 30d --format csv|json``: the Analytics screen's numbers for a period.

JSON: ``{"period": {"start", "end"}, "funnel": {...}, "cost": {...}, "meta": {...}}`` (the shape is
``services/analytics/report.py``'s); CSV: one table of section, key, count, amount, currency. ``--meta`` asks
Meta's ``pricing_analytics`` too (needs the Meta connection); without it ``meta`` says it was not asked.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import sys

from klaros_desktop.commands import CommandContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="delivery and cost figures for a period (CSV or JSON)")
    parser.add_argument("--period", default="30d",
                        help="today, month, a number of days (7d, 30d) or months (12m); default 30d")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--meta", action="store_true", help="also ask Meta for its own figures and compare")
    parser.set_defaults(handler=run)


async def _reconcile(ctx: CommandContext, sessions, period):
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.analytics import reconcile
    from klaros_desktop.services.core.audit import GraphAuditWriter
    from klaros_desktop.services.setup import wiring

    try:
        config = wiring.graph_config(sessions, wiring.secret_store(ctx.profile))
    except (wiring.NotConfigured, NoSecureKeyring) as exc:  # Meta's part is absent, the local report still prints
        return None, f"{reconcile.NOT_CONNECTED} {exc}"
    writer = GraphAuditWriter(sessions)
    try:
        async with wiring.http_client() as http:
            graph = wiring.make_graph(http, config, audit=writer)
            return await reconcile.with_meta(sessions, graph, period), None
    finally:
        await writer.aclose()


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.services.analytics import cost, report
    from klaros_desktop.services.analytics import period as periods

    try:
        period = periods.named(args.period)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    with ctx.database() as sessions:
        reconciliation, absent = (None, "not asked (add --meta to compare with Meta's figures)")
        if args.meta:
            reconciliation, absent = asyncio.run(_reconcile(ctx, sessions, period))
        with sessions() as session:
            body = report.build(session, period, cost.profile_pricer(session), reconciliation=reconciliation,
                                meta_absent=absent)
    if args.format == "json":
        print(json.dumps(body, indent=2, ensure_ascii=False))
    else:
        csv.writer(sys.stdout, lineterminator="\n").writerows(report.csv_rows(body))
    return 0
