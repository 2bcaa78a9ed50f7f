"""``klaros pair --relay URL --code CODE``: pair this profile with the shop's relay.

Generates the device's X25519 key pair, registers the public key (``POST /v1/pair``) and keeps the
private key and the device token only in the OS keyring. The keyring is checked before the code is
spent, so a missing keyring never wastes a single-use pairing code.
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
    from klaros_desktop import correlation, secrets
    from klaros_desktop.db import open_database
    from klaros_desktop.models import SyncState
    from klaros_desktop.phrases import QT_TRANSLATE_NOOP
    from klaros_desktop.relay_client import DeviceKey, RelayClient
    from klaros_desktop.services.core import audit, settings
    from klaros_desktop.services.setup import wiring

    store = wiring.secret_store(ctx.profile)
    store.check()
    engine, sessions = open_database(ctx.profile)
    try:
        with correlation.correlated(prefix="cli") as cid:
            key = DeviceKey.generate()
            async with wiring.http_client() as http:
                result = await RelayClient(http, relay_url).pair(code.strip(), key.public_b64, name)
            store.set(secrets.DEVICE_PRIVATE_KEY, key.to_secret())
            store.set(secrets.RELAY_DEVICE_TOKEN, result.token)
            with sessions.begin() as s:
                settings.set_many(s, {settings.RELAY_URL: relay_url.rstrip("/"), settings.DEVICE_ID: result.device_id,
                                      settings.TENANT_ID: result.tenant_id,
                                      settings.DEVICE_PUBLIC_KEY: key.public_b64})
                state = s.get(SyncState, "relay")
                if state is not None:  # a new device starts reading the queue afresh
                    s.delete(state)
                audit.record(s, "device_paired", actor="cli", subject=result.device_id,
                             details={"relay": relay_url, "tenant_id": result.tenant_id, "name": name},
                             correlation_id=cid)
        return QT_TRANSLATE_NOOP(
            "Setup", "Paired as device {device} of shop {shop}. The device key and token are kept {place}.").format(
            device=result.device_id, shop=result.tenant_id, place=store.place())
    finally:
        engine.dispose()


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.relay_client import RelayError
    from klaros_desktop.secrets import NoSecureKeyring

    try:
        print(asyncio.run(pair(ctx, args.relay, args.code, args.name or platform.node() or "Klaros desktop")))
    except (RelayError, NoSecureKeyring) as exc:
        print(f"Pairing failed: {exc}", file=sys.stderr)
        return 1
    return 0
