"""``klaros status``: where this profile stands (pairing, Meta connection, sync, counts), secrets never shown."""

from __future__ import annotations

import argparse
import json

from klaros_desktop.commands import CommandContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("status", help="show pairing, connection, sync position and counts")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


def collect(ctx: CommandContext) -> dict:
    from sqlalchemy import func, select

    from klaros_desktop import secrets
    from klaros_desktop.db import open_database
    from klaros_desktop.models import Contact, Message, PendingStatus, SyncState
    from klaros_desktop.services.core import settings
    from klaros_desktop.services.setup import wiring

    store = wiring.secret_store(ctx.profile)
    engine, sessions = open_database(ctx.profile)
    try:
        with sessions() as s:
            state = s.get(SyncState, "relay")
            count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
            info = {
                "profile": str(ctx.profile.root),
                "relay_url": settings.get(s, settings.RELAY_URL),
                "device_id": settings.get(s, settings.DEVICE_ID),
                "tenant_id": settings.get(s, settings.TENANT_ID),
                "phone_number_id": settings.get(s, settings.PHONE_NUMBER_ID),
                "waba_id": settings.get(s, settings.WABA_ID),
                "graph_url": settings.get(s, settings.GRAPH_BASE_URL),
                "sync_cursor": state.cursor if state else None,
                "events_applied": state.events_applied if state else 0,
                "last_synced_at": state.last_synced_at.isoformat() if state and state.last_synced_at else None,
                "contacts": count(Contact),
                "messages": count(Message),
                "statuses_waiting": count(PendingStatus),
            }
    finally:
        engine.dispose()
    try:
        info["device_key_stored"] = store.get(secrets.DEVICE_PRIVATE_KEY) is not None
        info["meta_token_stored"] = store.get(secrets.META_ACCESS_TOKEN) is not None
        info["keyring"] = store.where()
    except secrets.NoSecureKeyring as exc:
        info["keyring"] = f"unusable: {exc}"
    return info


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    info = collect(ctx)
    if args.json:
        print(json.dumps(info, indent=2))
    else:
        for key, value in info.items():
            print(f"{key.replace('_', ' ')}: {value if value is not None else '-'}")
    return 0
