"""The relay's Starlette app: routes, lifespan (engines, writer, wake-ups, pruning) and the uvicorn factory.

The routes live in ``intake`` (Meta's webhooks and their subscription handshake), ``device_api`` (pairing,
pull, ack) and ``operations`` (health, metrics, OpenAPI); what they share, in ``web``.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import sys
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from relay import (
    crypto,
    db,
    device_api,
    intake,
    logs,
    media_api,
    operations,
    retention,
    serving,
    shop_api,
    signup,
)
from relay.blobs import open_blobs
from relay.config import Settings
from relay.keeper import MediaKeeper
from relay.serving import GUARD, SHUTDOWN_HOOK
from relay.shared_writer import SOCKET_ENV
from relay.wake import WakeHub, listen_postgres
from relay.web import Relay
from relay.writer import GroupWriter, log_outcomes
from relay.writer_frames import GatheringWriterProcess
from relay.writer_process import GC_YOUNG_THRESHOLD, WriterProcess, writer_in_process

log = logging.getLogger("relay.http")

SWITCH_INTERVAL = 0.0005


def create_app(settings: Settings | None = None, *, freeze_heap: bool = False,
               writer_process: bool = False, writer_socket: str | None = None) -> Starlette:
    """The relay app.

    ``freeze_heap`` (the ``serve`` processes) moves everything alive after start-up out of the cyclic
    garbage collector's reach: the modules, SQLAlchemy and cryptography live as long as the process, yet every
    full collection would otherwise scan them again (docs/relay.md, Benchmark); and it collects young objects
    every ``GC_YOUNG_THRESHOLD`` allocations instead of 700. ``writer_process``
    (``serve`` too) seals and stores webhooks in a child process (``relay.writer_process``) instead of a
    thread; with ``writer_socket`` too, that process is ``serve``'s one writer for all its serving processes
    (``relay.shared_writer``). An app embedded in another process (tests, the demo) gets neither unless asked."""
    settings = settings or Settings.from_env()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        engines = db.engines_for(settings)
        revision, head = db.current_revision(engines.read), db.head_revision()
        if revision != head:
            engines.dispose()
            raise RuntimeError(f"database is at revision {revision}, code expects {head}: run `klaros-relay migrate`")
        # The writer thread drops the GIL at every SQLite/PostgreSQL call and each re-acquisition waits behind
        # the busy event loop for up to one switch interval; Python's default (5 ms) makes a batch mostly
        # waiting (docs/relay.md, Benchmark).
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        hub = WakeHub()
        hub.loop = asyncio.get_running_loop()
        master = crypto.MasterKey.load(settings.master_key_file)
        writer: GroupWriter | WriterProcess
        if writer_process:
            writer = GatheringWriterProcess(settings, on_committed=hub.wake_many, socket_path=writer_socket)
            try:
                await writer.start()
            except RuntimeError:
                engines.dispose()
                raise
        else:
            writer = GroupWriter(engines, master, batch_max=settings.writer_batch_max, on_committed=hub.wake_many,
                                 ephemeral_per_event=settings.ephemeral_per_event, on_stored=log_outcomes,
                                 retention_seconds=settings.retention_days * 86400,
                                 hold_seconds=settings.commit_wait_seconds)
            writer.start()
        relay = Relay(settings, engines, master, writer, hub)
        relay.blobs = open_blobs(settings.media_url)
        relay.keeper = MediaKeeper(
            engines=engines, master=master, blobs=relay.blobs, metrics=relay.metrics, token_of=relay.media_token,
            graph_url=settings.graph_url, concurrency=settings.media_downloads,
            retry_seconds=settings.media_retry_seconds, max_bytes=settings.media_max_bytes,
            retention_seconds=settings.retention_days * 86400, sweep_seconds=settings.prune_interval_seconds)
        relay.keeper.start()
        max_connections = serving.connection_limit(settings.max_connections)
        relay.max_waiting_pulls = min(settings.max_waiting_pulls, max(1, max_connections // 2))
        app.state.relay = relay
        tasks = [asyncio.create_task(retention.sweep_periodically(
            engines, relay.metrics, retention_seconds=settings.retention_days * 86400,
            interval_seconds=settings.prune_interval_seconds)),
            asyncio.create_task(relay.releases.run(engines, relay.metrics))]
        state = {
            SHUTDOWN_HOOK: relay.drain,  # called by relay.serving when uvicorn begins a graceful shutdown
            GUARD: serving.ConnectionGuard(header_timeout=settings.header_timeout_seconds,
                                           body_timeout=settings.body_timeout_seconds,
                                           max_connections=max_connections, metrics=relay.metrics),
        }
        if not engines.is_sqlite:
            ready = asyncio.Event()
            tasks.append(asyncio.create_task(listen_postgres(settings.database_url, hub, ready)))
            await asyncio.wait_for(ready.wait(), timeout=15)
        if freeze_heap:
            gc.collect()
            gc.freeze()
            gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
        try:
            yield state
        finally:
            relay.drain()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await relay.keeper.stop()
            await writer.stop()
            engines.dispose()

    tenant_webhook = intake.TenantWebhook()
    routes = [
        Route(TENANT_WEBHOOK_PREFIX + "{tenant_id}", intake.WebhookPath(intake.tenant_handshake, tenant_webhook),
              methods=["GET", "POST"]),
        Route("/webhooks/meta", intake.WebhookPath(intake.operator_handshake, intake.OperatorWebhook()),
              methods=["GET", "POST"]),
        Route("/v1/pair", device_api.pair, methods=["POST"]),
        Route("/v1/events", device_api.pull, methods=["GET"]),
        Route("/v1/events/ack", device_api.ack, methods=["POST"]),
        Route("/v1/webhook", shop_api.webhook_status, methods=["GET"]),
        Route("/v1/devices", shop_api.add_device, methods=["POST"]),
        Route("/v1/signup/code", signup.request_code, methods=["POST"]),
        Route("/v1/signup", signup.sign_up, methods=["POST"]),
        Route("/v1/media/delete", media_api.erase, methods=["POST"]),
        Route("/v1/media/{media_id}/link", media_api.link, methods=["POST"]),
        Route("/v1/media/{media_id}/ack", media_api.acknowledge, methods=["POST"]),
        Route("/v1/media/{media_id}", media_api.download, methods=["GET"]),
        Route("/v1/media-token", media_api.MediaToken, methods=["GET", "PUT", "DELETE"]),
        Route("/healthz", operations.healthz, methods=["GET"]),
        Route("/metrics", operations.metrics, methods=["GET"]),
        Route("/openapi.json", operations.openapi, methods=["GET"], include_in_schema=False),
    ]
    return RelayApp(tenant_webhook, routes=routes, lifespan=lifespan,
                    exception_handlers={ClientDisconnect: client_gone})


TENANT_WEBHOOK_PREFIX = "/webhooks/meta/"


class RelayApp(Starlette):
    """Starlette, but a tenant's webhook (``POST /webhooks/meta/{tenant_id}``, the one request Meta sends at
    volume) goes straight to its handler, past Starlette's two middlewares and its router: a wrapper of
    ``send`` and a coroutine per layer, and a regular expression per route, cost the event loop more per
    webhook than the signature check does (docs/relay.md, Benchmark). What those layers would do for this
    request, the handler does itself: it gets ``app`` and ``path_params`` in its scope, and an unexpected
    error still answers 500 and reaches the server's log (``intake.WebhookIntake``). Every other request,
    and a path Starlette would not route the same (a trailing slash, a root path), takes the usual way."""

    def __init__(self, tenant_webhook: intake.TenantWebhook, **kwargs) -> None:
        super().__init__(**kwargs)
        self._tenant_webhook = tenant_webhook

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and not scope.get("root_path"):
            path: str = scope["path"]
            if path.startswith(TENANT_WEBHOOK_PREFIX):
                tenant_id = path[len(TENANT_WEBHOOK_PREFIX):]
                if tenant_id and "/" not in tenant_id:
                    scope["app"] = self
                    scope["path_params"] = {"tenant_id": tenant_id}
                    await self._tenant_webhook(scope, receive, send)
                    return
        await super().__call__(scope, receive, send)


async def client_gone(request: Request, exc: ClientDisconnect) -> Response:
    """A client that left before its body arrived: nobody reads the answer (uvicorn drops it), and it is no
    server error to log."""
    return Response(status_code=400)


def create_app_from_env() -> Starlette:
    """Factory for ``uvicorn --factory`` worker processes (settings, log level included, from the environment).

    Each serving process gets its own writer process (or connects to ``serve``'s shared one, whose socket is in
    ``KLAROS_RELAY_WRITER_SOCKET``), unless ``writer_process.writer_in_process`` says it keeps the thread writer."""
    settings = Settings.from_env()
    logs.configure(settings.log_level)
    serving.raise_open_file_limit()  # before the guard sizes its connection limit from it
    in_process = writer_in_process()
    socket_path = None if in_process else os.environ.get(SOCKET_ENV) or None
    return create_app(settings, freeze_heap=True, writer_process=not in_process, writer_socket=socket_path)
