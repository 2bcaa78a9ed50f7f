"""``klaros pair --relay URL --code CODE``: pair this profile with the shop's relay.

The work is ``services.setup.pairing.pair`` (the set-up wizard runs the same as the shop owner): this only
reads the arguments, opens the profile's database and reports, audited as ``cli``.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import sys

from klaros_desktop.commands import CommandContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("pair", help="pair this computer with the shop's relay (one-time code)")
    parser.add_argument("--relay", required=True, metavar="URL", help="relay address, e.g. https://relay.example")
    parser.add_argument("--code", required=True, help="the one-time pairing code from the relay operator")
    parser.add_argument("--name", default=None, help="a name for this device (default: the computer's name)")
    parser.set_defaults(handler=run)


async def pair(ctx: CommandContext, relay_url: str, code: str, name: str) -> str:
    from klaros_desktop.services.setup import pairing, wiring

    with ctx.database() as sessions:
        return await pairing.pair(sessions, wiring.secret_store(ctx.profile), relay_url, code, name, actor="cli")


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.relay_client import RelayError
    from klaros_desktop.secrets import NoSecureKeyring

    try:
        print(asyncio.run(pair(ctx, args.relay, args.code, args.name or platform.node() or "Klaros desktop")))
    except (RelayError, NoSecureKeyring) as exc:
        print(f"Pairing failed: {exc}", file=sys.stderr)
        return 1
    return 0
