"""``klaros sync [--once]``: bring the local database up to date with the relay.

``--once`` pulls until the relay has nothing more, downloads the files of the media messages it brought (or
records why one cannot be had; a file whose download keeps failing is retried for up to ``--media-wait``
seconds, then left to the app or the next sync) and fetches whole from Meta the templates Meta's webhooks
named (as the app does, through the same sync service), then exits; without it, long-polls until Ctrl+C. Events
it could not use are kept as dead letters (``klaros dead-letters``); when applying stops at an event (the database
busy, a disk error), that event comes again with the next run.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from klaros_desktop.commands import CommandContext, counted

MEDIA_WAIT = 60.0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="fetch new messages and statuses from the relay")
    parser.add_argument("--once", action="store_true", help="pull until nothing is waiting, then exit")
    parser.add_argument("--media-wait", type=float, default=MEDIA_WAIT, metavar="SECONDS",
                        help="with --once: how long to keep retrying files that fail to download "
                             f"(default {MEDIA_WAIT:g})")
    parser.add_argument("--wait", type=float, default=25, help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


async def sync(ctx: CommandContext, once: bool, wait: float, media_wait: float = MEDIA_WAIT) -> str:
    from klaros_desktop.db import open_database
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.core.audit import GraphAuditWriter
    from klaros_desktop.services.setup import wiring

    engine, sessions = open_database(ctx.profile)
    writer = GraphAuditWriter(sessions)
    media_note = ""
    try:
        store = wiring.secret_store(ctx.profile)
        config = wiring.relay_config(sessions, store)
        async with wiring.http_client() as http:
            service = wiring.make_sync(sessions, http, config)
            try:
                graph = wiring.make_graph(http, wiring.graph_config(sessions, store), audit=writer)
            except (wiring.NotConfigured, NoSecureKeyring):
                graph = None  # files come from relay copies only; the rest wait until Klaros is connected
            service.graph = lambda: graph
            fetcher = wiring.make_media_fetcher(sessions, ctx.profile, graph, relay=service.relay)
            await asyncio.to_thread(fetcher.discover, restart=True)
            if once:
                report = await service.sync_once()
                await asyncio.to_thread(fetcher.discover)
                media = await fetcher.drain(within=media_wait)
                media_note = _files_note(media)
                media_note += _templates_note(report.stats.templates, report.templates_fetched, graph is not None)
            else:
                stop = asyncio.Event()
                loop = asyncio.get_running_loop()
                for sig in (signal.SIGINT, signal.SIGTERM):
                    try:
                        loop.add_signal_handler(sig, stop.set)
                    except (NotImplementedError, RuntimeError):  # Windows: Ctrl+C raises KeyboardInterrupt
                        pass
                fetching: set[asyncio.Task] = set()

                def applied(r) -> None:
                    print(f"synced {r.summary()}", flush=True)

                    async def fetch() -> None:
                        await asyncio.to_thread(fetcher.discover)
                        await fetcher.run()

                    task = asyncio.get_running_loop().create_task(fetch())
                    fetching.add(task)
                    task.add_done_callback(fetching.discard)

                service.on_applied = applied
                service.on_fetched = lambda changes: print(
                    f"fetched {counted(len(changes.templates), 'template')} whole from Meta", flush=True)
                print("Syncing; press Ctrl+C to stop.", flush=True)
                task = asyncio.create_task(service.run_forever(
                    stop, wait=wait, on_offline=lambda exc: print(f"Relay unavailable, retrying: {exc}",
                                                                  file=sys.stderr, flush=True)))
                await stop.wait()
                task.cancel()
                try:
                    report = await task
                except asyncio.CancelledError:
                    from klaros_desktop.services.inbound.sync import SyncReport

                    report = SyncReport()
        done = f"Sync done: {report.summary()}.{media_note}"
        if report.unreadable or report.failed:
            done += " The events Klaros could not use are kept: see `klaros dead-letters`."
        return done
    finally:
        await writer.aclose()
        engine.dispose()


def _files_note(media) -> str:
    note = f" Files: {media.ready} downloaded, {media.unavailable} unavailable"
    if media.retrying:
        note += (f", {media.retrying} still failing (Klaros keeps trying them; run `klaros sync --once` again "
                 "later or open the app)")
    return note + "."


def _templates_note(updates: int, fetched: int, connected: bool) -> str:
    """What became of the templates Meta's webhooks named: fetched whole, or waiting for a connection to Meta."""
    if not updates:
        return ""
    if not connected:
        return " Template updates are stored; run `klaros connect` to have them fetched whole from Meta."
    return f" Templates: {counted(fetched, 'template')} fetched whole from Meta."


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.relay_client import RelayError
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.inbound.sync import SyncStopped
    from klaros_desktop.services.setup.wiring import NotConfigured

    try:
        print(asyncio.run(sync(ctx, args.once, args.wait, args.media_wait)))
    except SyncStopped as exc:
        print(f"Sync stopped: {exc}. Nothing was lost; run it again.", file=sys.stderr)
        return 1
    except (NotConfigured, RelayError, NoSecureKeyring, ValueError) as exc:
        print(f"Sync failed: {exc}", file=sys.stderr)
        return 1
    return 0
