"""``klaros connect --phone-number-id ID --waba-id ID``: connect the profile to the shop's Meta account.

The access token comes from ``KLAROS_META_TOKEN`` or a hidden prompt. The work is
``services.setup.meta_connection.connect`` (the set-up wizard runs the same as the shop owner): the token goes
only to the OS keyring, and only after a live check succeeded; audited as ``cli``.
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
    from klaros_desktop.services.setup import meta_connection, wiring

    with ctx.database() as sessions:
        return await meta_connection.connect(sessions, wiring.secret_store(ctx.profile), token, phone_number_id,
                                             waba_id, graph_url=graph_url, api_version=api_version, actor="cli")


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
