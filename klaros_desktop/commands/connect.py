"""``klaros connect --phone-number-id ID --waba-id ID``: connect the profile to the shop's Meta account.

The access token comes from ``KLAROS_META_TOKEN`` or a hidden prompt and goes only to the OS keyring,
and only after a live check (the phone number and the templates are read with it) succeeded.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys

from klaros_desktop.commands import CommandContext

TOKEN_ENV = "KLAROS_META_TOKEN"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("connect", help="connect to the shop's WhatsApp Business account (Meta)")
    parser.add_argument("--phone-number-id", required=True, metavar="ID")
    parser.add_argument("--waba-id", required=True, metavar="ID")
    parser.add_argument("--graph-url", default=None, metavar="URL",
                        help="Graph API address (default https://graph.facebook.com; a simulator in tests)")
    parser.add_argument("--api-version", default=None, help="Graph API version (default v23.0)")
    parser.set_defaults(handler=run)


async def connect(ctx: CommandContext, token: str, phone_number_id: str, waba_id: str, graph_url: str | None,
                  api_version: str | None) -> str:
    from klaros_desktop import correlation, secrets
    from klaros_desktop.db import open_database
    from klaros_desktop.phrases import QT_TRANSLATE_NOOP
    from klaros_desktop.services.core import audit, settings
    from klaros_desktop.services.messaging import templates
    from klaros_desktop.services.setup import wiring

    store = wiring.secret_store(ctx.profile)
    store.check()
    engine, sessions = open_database(ctx.profile)
    writer = audit.GraphAuditWriter(sessions)  # the checks' requests are audited, also when they fail
    try:
        with correlation.correlated(prefix="cli") as cid:
            with sessions() as s:
                base = graph_url or settings.get(s, settings.GRAPH_BASE_URL)
                version = api_version or settings.get(s, settings.GRAPH_API_VERSION)
            config = wiring.GraphConfig(phone_number_id, waba_id, base.rstrip("/"), version, token)
            async with wiring.http_client() as http:
                graph = wiring.make_graph(http, config, audit=writer)
                number = await graph.phone_number()
                items = await graph.list_templates()
            store.set(secrets.META_ACCESS_TOKEN, token)
            with sessions.begin() as s:
                settings.set_many(s, {settings.PHONE_NUMBER_ID: phone_number_id, settings.WABA_ID: waba_id,
                                      settings.GRAPH_BASE_URL: config.base_url, settings.GRAPH_API_VERSION: version})
                count = templates.store(s, items)
                audit.record(s, "meta_connected", actor="cli", subject=phone_number_id,
                             details={"waba_id": waba_id, "graph_url": config.base_url, "templates": count,
                                      "display_phone_number": number.get("display_phone_number")},
                             correlation_id=cid)
        shown = number.get("display_phone_number") or phone_number_id
        name = number.get("verified_name")
        if name:
            return QT_TRANSLATE_NOOP("Setup", "Connected to {number} ({name}); {count} templates loaded. The access "
                                     "token is kept {place}.").format(number=shown, name=name, count=count,
                                                                      place=store.place())
        return QT_TRANSLATE_NOOP("Setup", "Connected to {number}; {count} templates loaded. The access token is "
                                 "kept {place}.").format(number=shown, count=count, place=store.place())
    finally:
        await writer.aclose()
        engine.dispose()


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.secrets import NoSecureKeyring

    token = os.environ.get(TOKEN_ENV) or ""
    if not token:
        if not sys.stdin.isatty():
            print(f"No access token: set {TOKEN_ENV} or run this in a terminal to be asked for it.", file=sys.stderr)
            return 2
        token = getpass.getpass("Meta access token (input hidden): ")
    token = token.strip()
    if not token:
        print("No access token given.", file=sys.stderr)
        return 2
    try:
        print(asyncio.run(connect(ctx, token, args.phone_number_id, args.waba_id, args.graph_url, args.api_version)))
    except NoSecureKeyring as exc:
        print(f"Not connected: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # GraphError and network errors: say what happened, store nothing
        explanation = getattr(exc, "explanation", None) or f"{type(exc).__name__}: {exc}"
        print(f"Not connected; the live check failed: {explanation}", file=sys.stderr)
        return 1
    return 0
