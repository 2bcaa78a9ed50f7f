"""The relay's HTTP interface (Starlette). Handlers stay thin: checks here, storage in ``store``/``writer``.

Every blocking database call runs in a worker thread; webhook inserts go through the group writer.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import hmac
import json
import logging
import math
import os
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.schemas import SchemaGenerator

from relay import crypto, db, logs, meta, store
from relay.config import Settings
from relay.metrics import Metrics
from relay.serving import SHUTDOWN_HOOK
from relay.wake import WakeHub, listen_postgres
from relay.writer import GroupWriter, Incoming, log_outcomes
from relay.writer_process import WriterProcess

log = logging.getLogger("relay.http")

SWITCH_INTERVAL = 0.0005
MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 100


def rfc3339(us: int) -> str:
    return datetime.fromtimestamp(us / 1_000_000, UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


class BodyTooLarge(Exception):
    pass


async def read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


@dataclass
class Relay:
    """Everything one server process shares: settings, engines, master key, writer, wake hub, metrics."""

    settings: Settings
    engines: db.Engines
    master: crypto.MasterKey
    writer: GroupWriter | WriterProcess
    hub: WakeHub
    metrics: Metrics = field(default_factory=Metrics)
    draining: bool = False  # the server is shutting down: waiting pulls answer at once
    _tenants: dict[tuple[str, str], tuple[float, store.TenantSecrets]] = field(default_factory=dict)

    _lookups: dict[tuple[str, str], asyncio.Future] = field(default_factory=dict)

    async def tenant(self, *, tenant_id: str | None = None, waba_id: str | None = None) -> store.TenantSecrets | None:
        """The tenant's decrypted secrets, cached ``tenant_cache_seconds``.

        One database read per tenant at a time: when the cache entry expires under load, the requests that
        arrive meanwhile wait for that read instead of each starting their own (64 at once in the benchmark).
        """
        key = ("id", tenant_id) if tenant_id is not None else ("waba", waba_id or "")
        hit = self._tenants.get(key)
        now = time.monotonic()
        if hit is not None and hit[0] > now:
            return hit[1]
        lookup = self._lookups.get(key)
        if lookup is None:
            lookup = self._lookups[key] = asyncio.ensure_future(run_in_threadpool(
                store.tenant_secrets, self.engines, self.master, tenant_id=tenant_id, waba_id=waba_id))
            lookup.add_done_callback(lambda _done: self._lookups.pop(key, None))
        found = await asyncio.shield(lookup)
        if found is not None and self.settings.tenant_cache_seconds > 0:
            self._tenants[key] = (now + self.settings.tenant_cache_seconds, found)
        else:
            self._tenants.pop(key, None)
        return found

    def drain(self) -> None:
        """Release every waiting long-poll (with what it has) and let no new pull wait; idempotent."""
        self.draining = True
        self.hub.wake_all()

    async def store_body(self, tenant_id: str, body: bytes, correlation_id: str) -> bool:
        """Durably store one body for one tenant; True if new, False if a duplicate. Raises on failure."""
        stored = await self.writer.submit(Incoming(
            tenant_id, body, hashlib.sha256(body).digest(), correlation_id, store.now_us()))
        self.metrics.accept("duplicate" if stored.duplicate else "stored")
        return not stored.duplicate


def relay_of(request: Request) -> Relay:
    return request.app.state.relay


def refuse(relay: Relay, status: int, reason: str, message: str, cid: str) -> JSONResponse:
    relay.metrics.refuse(reason)
    log.info("webhook refused", extra={"reason": reason, "status": status})
    return error(status, message, **{"X-Correlation-Id": cid})


# ---------------------------------------------------------------------------------------------- webhooks


def handshake_response(params, verify_token: str | None) -> Response:
    if (params.get("hub.mode") == "subscribe" and verify_token is not None
            and _same(params.get("hub.verify_token", ""), verify_token)):
        return PlainTextResponse(params.get("hub.challenge", ""))
    return PlainTextResponse("forbidden", status_code=403)


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


async def tenant_handshake(request: Request) -> Response:
    """Meta's subscription handshake for one tenant.
    ---
    summary: Verify the webhook subscription (hub.mode, hub.verify_token, hub.challenge)
    responses:
      200: {description: 'the challenge, as text/plain'}
      403: {description: 'wrong mode or token, or unknown tenant'}
    """
    secrets = await relay_of(request).tenant(tenant_id=request.path_params["tenant_id"])
    return handshake_response(request.query_params, secrets.verify_token if secrets else None)


_STORED_BODY = b'{"stored":true,"duplicate":false}'
_DUPLICATE_BODY = b'{"stored":true,"duplicate":true}'


async def read_asgi_body(receive, declared: bytes | None, limit: int) -> bytes | None:
    """The request body from ASGI ``receive`` (None: the client went away); BodyTooLarge over ``limit``."""
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class TenantWebhook:
    """``POST /webhooks/meta/{tenant_id}`` as a plain ASGI app, the one route Meta calls at volume.

    Same checks and answers as a Starlette request handler, without building a ``Request`` and a
    ``JSONResponse`` per webhook: the headers it needs are picked from the scope and the 200 answer is
    pre-rendered (about 10 µs less per webhook; see docs/relay.md, Benchmark). Refusals still go through
    ``refuse`` and are Starlette responses.
    """

    async def __call__(self, scope, receive, send) -> None:
        relay: Relay = scope["app"].state.relay
        cid = logs.new_correlation_id()
        token = logs.set_correlation_id(cid)
        try:
            answer = await self.handle(relay, scope, receive, cid)
            if answer is None:  # the client went away before its body arrived: nothing stored, nobody to answer
                return
            if isinstance(answer, bytes):
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-length", b"%d" % len(answer)), (b"content-type", b"application/json"),
                    (b"x-correlation-id", cid.encode("ascii"))]})
                await send({"type": "http.response.body", "body": answer})
            else:
                await answer(scope, receive, send)
        finally:
            logs.reset_correlation_id(token)

    async def handle(self, relay: Relay, scope, receive, cid: str) -> bytes | Response | None:
        tenant_id = scope["path_params"]["tenant_id"]
        secrets = await relay.tenant(tenant_id=tenant_id)
        if secrets is None:
            return refuse(relay, 404, "unknown_tenant", "unknown tenant", cid)
        declared = signature = None
        for name, value in scope["headers"]:
            if name == b"content-length":
                declared = value
            elif name == b"x-hub-signature-256":
                signature = value.decode("latin-1")
        try:
            body = await read_asgi_body(receive, declared, relay.settings.max_body_bytes)
        except BodyTooLarge:
            return refuse(relay, 413, "too_large", "body too large", cid)
        if body is None:
            return None
        if not meta.signature_ok(body, signature, secrets.app_secret):
            return refuse(relay, 401, "bad_signature", "missing or invalid X-Hub-Signature-256", cid)
        try:
            payload = meta.parse_envelope(body)
        except meta.PayloadError as exc:
            return refuse(relay, 400, exc.reason, str(exc), cid)
        t = secrets.tenant
        if not all(meta.entry_belongs(e, t.waba_id, t.phone_number_id) for e in payload["entry"]):
            return refuse(relay, 403, "foreign_entry", "an entry belongs to another WABA or phone number", cid)
        try:
            new = await relay.store_body(tenant_id, body, cid)
        except Exception:
            relay.metrics.refuse("storage_error")
            log.exception("webhook not stored", extra={"tenant_id": tenant_id})
            return error(503, "storage unavailable, retry later", **{"X-Correlation-Id": cid})
        return _STORED_BODY if new else _DUPLICATE_BODY

    @staticmethod
    def post() -> None:
        """Receive one Meta webhook for one tenant, verified by its app secret.
        ---
        summary: Receive a signed Meta webhook; 200 only after it is durably stored
        responses:
          200: {description: '{"stored": true, "duplicate": bool}'}
          400: {description: not JSON or not a whatsapp_business_account webhook}
          401: {description: missing or wrong X-Hub-Signature-256}
          403: {description: an entry belongs to another WABA or phone number}
          404: {description: unknown tenant}
          413: {description: body larger than the configured limit}
          503: {description: storage failed; Meta will retry}
        """


async def operator_handshake(request: Request) -> Response:
    """Subscription handshake for the operator-wide endpoint.
    ---
    summary: Verify the operator app's webhook subscription
    responses:
      200: {description: the challenge}
      403: {description: 'wrong mode or token, or no operator app configured'}
    """
    return handshake_response(request.query_params, relay_of(request).settings.operator_verify_token)


async def operator_webhook(request: Request) -> Response:
    """One Meta app for many shops: route each entry to its tenant by WABA id.
    ---
    summary: Receive a webhook for the operator's app and split it per tenant
    responses:
      200: {description: every routable entry stored; unknown WABAs counted and logged}
      400: {description: not a whatsapp_business_account webhook}
      401: {description: bad signature}
      404: {description: operator endpoint not configured}
      413: {description: body too large}
      503: {description: storage failed}
    """
    relay = relay_of(request)
    settings = relay.settings
    cid = logs.new_correlation_id()
    token = logs.set_correlation_id(cid)
    try:
        if not settings.operator_app_secret:
            return refuse(relay, 404, "operator_disabled", "no operator app configured", cid)
        try:
            body = await read_limited(request, settings.max_body_bytes)
        except BodyTooLarge:
            return refuse(relay, 413, "too_large", "body too large", cid)
        secret = settings.operator_app_secret.encode("utf-8")
        if not meta.signature_ok(body, request.headers.get("x-hub-signature-256"), secret):
            return refuse(relay, 401, "bad_signature", "missing or invalid X-Hub-Signature-256", cid)
        try:
            payload = meta.parse_envelope(body)
        except meta.PayloadError as exc:
            return refuse(relay, 400, exc.reason, str(exc), cid)
        groups = meta.split_by_waba(payload)
        routed: list[tuple[str, bytes]] = []
        unrouted = 0
        for waba_id, entries in groups.items():
            secrets = await relay.tenant(waba_id=waba_id)
            if secrets is None:
                unrouted += len(entries)
                log.warning("operator webhook entries for an unknown WABA not stored",
                            extra={"reason": "unknown_waba", "size": len(entries)})
                continue
            t = secrets.tenant
            mine = [e for e in entries if meta.entry_belongs(e, t.waba_id, t.phone_number_id)]
            if len(mine) < len(entries):
                unrouted += len(entries) - len(mine)
                log.warning("operator webhook entries naming a foreign phone number not stored",
                            extra={"reason": "foreign_entry", "tenant_id": t.id})
            if mine:
                whole = len(groups) == 1 and len(mine) == len(payload["entry"])
                routed.append((t.id, body if whole else meta.rebuild(payload, mine)))
        relay.metrics.unrouted_entries += unrouted
        try:
            await asyncio.gather(*(relay.store_body(tid, part, cid) for tid, part in routed))
        except Exception:
            relay.metrics.refuse("storage_error")
            log.exception("operator webhook not stored")
            return error(503, "storage unavailable, retry later", **{"X-Correlation-Id": cid})
        return JSONResponse({"stored": len(routed), "unrouted_entries": unrouted},
                            headers={"X-Correlation-Id": cid})
    finally:
        logs.reset_correlation_id(token)


# ------------------------------------------------------------------------------------------------ devices


async def json_object(request: Request) -> dict | None:
    try:
        data = json.loads(await read_limited(request, 64 * 1024))
    except (ValueError, UnicodeDecodeError, BodyTooLarge):
        return None
    return data if isinstance(data, dict) else None


async def pair(request: Request) -> Response:
    """Redeem a pairing code: the device registers its X25519 public key and receives its token.
    ---
    summary: Pair a device with a one-time code
    requestBody:
      content:
        application/json:
          schema:
            type: object
            required: [code, public_key]
            properties:
              code: {type: string}
              public_key: {type: string, description: standard base64 of the raw 32-byte X25519 public key}
              name: {type: string}
    responses:
      201: {description: '{"device_id", "token", "tenant_id"}'}
      400: {description: malformed request}
      401: {description: 'wrong, used or expired code'}
    """
    relay = relay_of(request)
    data = await json_object(request)
    if data is None or not isinstance(data.get("code"), str) or not isinstance(data.get("public_key"), str):
        return error(400, "expected JSON with string fields code and public_key")
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        return error(400, "name must be a string")
    try:
        public_key = crypto.parse_public_key(data["public_key"])
    except ValueError as exc:
        return error(400, str(exc))
    try:
        paired = await run_in_threadpool(store.pair, relay.engines, relay.master, code=data["code"],
                                         public_key=public_key, name=name)
    except store.PairingRefused:
        log.info("pairing refused", extra={"reason": "bad_code"})
        return error(401, "wrong, used or expired pairing code")
    log.info("device paired", extra={"tenant_id": paired.tenant_id, "device_id": paired.device_id})
    return JSONResponse({"device_id": paired.device_id, "token": paired.token, "tenant_id": paired.tenant_id},
                        status_code=201)


async def authenticated(request: Request) -> store.DeviceAuth | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return await run_in_threadpool(store.authenticate, relay_of(request).engines, token.strip())


def unauthorized() -> JSONResponse:
    return error(401, "missing, unknown or revoked device token", **{"WWW-Authenticate": "Bearer"})


def parse_cursor(value: str | None) -> int:
    if value is None or value == "":
        return 0
    if not value.isdigit() or len(value) > 19:
        raise ValueError("cursor must be a value returned by the relay")
    return int(value)


async def until_disconnected(request: Request) -> None:
    """Return when the client closes the connection (ASGI ``http.disconnect``); a GET has no body to read."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def pull(request: Request) -> Response:
    """The device's sealed events after a cursor, holding the request open until one arrives.
    ---
    summary: Pull sealed events (long-poll)
    parameters:
      - {name: after, in: query, schema: {type: string}, description: cursor from the previous answer}
      - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 1000}}
      - {name: wait, in: query, schema: {type: number, maximum: 30}, description: seconds to wait if none}
    responses:
      200: {description: '{"events": [{"cursor", "received_at", "correlation_id", "sealed"}], "next_cursor"}'}
      400: {description: 'bad cursor, limit or wait'}
      401: {description: 'missing, unknown or revoked token'}
    """
    relay = relay_of(request)
    started = time.monotonic()
    device = await authenticated(request)
    if device is None:
        return unauthorized()
    params = request.query_params
    try:
        after = parse_cursor(params.get("after"))
        limit = int(params.get("limit", DEFAULT_PULL_LIMIT))
        wait = float(params.get("wait", 0))
        if not 1 <= limit <= MAX_PULL_LIMIT or not math.isfinite(wait) or wait < 0:
            raise ValueError
    except ValueError:
        return error(400, f"after must be a cursor, limit 1..{MAX_PULL_LIMIT}, wait a number of seconds >= 0")
    deadline = started + min(wait, relay.settings.max_wait_seconds)
    gone: asyncio.Task | None = None
    try:
        while True:
            waiter = relay.hub.waiter(device.tenant_id)
            rows = await run_in_threadpool(store.fetch_events, relay.engines, device, after=after, limit=limit)
            remaining = deadline - time.monotonic()
            if rows or remaining <= 0 or relay.draining or (gone is not None and gone.done()):
                break
            if gone is None:
                gone = asyncio.ensure_future(until_disconnected(request))
            relay.metrics.pulls_waiting += 1
            try:
                await asyncio.wait({waiter, gone}, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
            finally:
                relay.metrics.pulls_waiting -= 1
            if gone.done():  # the client went away: nobody to answer, no query to make
                rows = []
                break
    finally:
        if gone is not None:
            gone.cancel()
    now_us = store.now_us()
    body = []
    for r in rows:
        relay.metrics.delivery.observe(max(0.0, (now_us - r.received_us) / 1_000_000))
        recipient = crypto.Recipient(device.device_id, r.epk, r.key_nonce, r.wrapped_key)
        body.append({"cursor": str(r.cursor), "received_at": rfc3339(r.received_us),
                     "correlation_id": r.correlation_id,
                     "sealed": crypto.sealed_json(r.nonce, r.ciphertext, [recipient])})
    relay.metrics.pull.observe(time.monotonic() - started)
    next_cursor = str(rows[-1].cursor) if rows else (str(after) if after else None)
    return JSONResponse({"events": body, "next_cursor": next_cursor})


async def ack(request: Request) -> Response:
    """Acknowledge everything up to a cursor; events every device acknowledged are deleted.
    ---
    summary: Acknowledge pulled events
    requestBody:
      content:
        application/json:
          schema: {type: object, required: [up_to], properties: {up_to: {type: string}}}
    responses:
      200: {description: '{"acked": cursor}'}
      400: {description: malformed cursor}
      401: {description: 'missing, unknown or revoked token'}
    """
    relay = relay_of(request)
    device = await authenticated(request)
    if device is None:
        return unauthorized()
    data = await json_object(request)
    try:
        raw = data.get("up_to") if data is not None else None
        if not isinstance(raw, str | int) or isinstance(raw, bool) or raw == "":
            raise ValueError
        up_to = parse_cursor(str(raw))
    except ValueError:
        return error(400, 'expected JSON {"up_to": CURSOR}')
    acked = await run_in_threadpool(store.ack, relay.engines, device, up_to)
    return JSONResponse({"acked": str(acked)})


# ------------------------------------------------------------------------------------------- operations


async def healthz(request: Request) -> Response:
    """Liveness and database check.
    ---
    summary: Health check (queries the database)
    responses:
      200: {description: ok}
      503: {description: 'database unreachable, or the writer process is restarting'}
    """
    relay = relay_of(request)
    try:
        await run_in_threadpool(db.check, relay.engines.read)
    except Exception as exc:
        log.warning("health check failed: %s", type(exc).__name__)
        return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
    if isinstance(relay.writer, WriterProcess) and not relay.writer.alive:
        return JSONResponse({"status": "error", "writer": "restarting"}, status_code=503)
    return JSONResponse({"status": "ok"})


async def metrics(request: Request) -> Response:
    """Prometheus metrics of this server process.
    ---
    summary: Prometheus text format
    responses:
      200: {description: metrics}
    """
    relay = relay_of(request)
    depths = await run_in_threadpool(store.queue_depths, relay.engines)
    restarts = relay.writer.restarts if isinstance(relay.writer, WriterProcess) else 0
    text = relay.metrics.render(depths, relay.writer.batches, relay.writer.rows, restarts)
    return PlainTextResponse(text, media_type="text/plain; version=0.0.4")


SCHEMAS = SchemaGenerator({"openapi": "3.0.0", "info": {"title": "Klaros relay", "version": "1"}})


async def openapi(request: Request) -> Response:
    return JSONResponse(SCHEMAS.get_schema(routes=request.app.routes))


# ---------------------------------------------------------------------------------------------- assembly


async def prune_periodically(relay: Relay) -> None:
    retention = relay.settings.retention_days * 86400
    while True:
        await asyncio.sleep(relay.settings.prune_interval_seconds)
        try:
            removed = await run_in_threadpool(store.prune_expired, relay.engines, retention_seconds=retention)
            if removed:
                log.info("pruned %d events past retention", removed)
        except Exception:
            log.exception("pruning failed")


def create_app(settings: Settings | None = None, *, freeze_heap: bool = False,
               writer_process: bool = False) -> Starlette:
    """The relay app.

    ``freeze_heap`` (the ``serve`` processes) moves everything alive after start-up out of the cyclic
    garbage collector's reach: about 90,000 objects (modules, SQLAlchemy, cryptography) that every full
    collection would otherwise scan, ~40 ms each, 15 of them per 30,000 webhooks in the benchmark (~15 µs per
    webhook). ``writer_process`` (``serve`` too) seals and stores webhooks in a child process
    (``relay.writer_process``) instead of a thread. An app embedded in another process (tests, the demo)
    gets neither unless asked."""
    settings = settings or Settings.from_env()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        engines = db.make_engines(settings.database_url)
        revision, head = db.current_revision(engines.read), db.head_revision()
        if revision != head:
            engines.dispose()
            raise RuntimeError(f"database is at revision {revision}, code expects {head}: run `klaros-relay migrate`")
        # The writer thread drops the GIL at every SQLite/PostgreSQL call; with the default 5 ms switch
        # interval each re-acquisition waits behind the busy event loop and a batch takes ~20 ms of waiting.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        hub = WakeHub()
        hub.loop = asyncio.get_running_loop()
        master = crypto.MasterKey.load(settings.master_key_file)
        writer: GroupWriter | WriterProcess
        if writer_process:
            writer = WriterProcess(settings, on_committed=hub.wake_many)
            try:
                await writer.start()
            except RuntimeError:
                engines.dispose()
                raise
        else:
            writer = GroupWriter(engines, master, batch_max=settings.writer_batch_max, on_committed=hub.wake_many,
                                 ephemeral_per_event=settings.ephemeral_per_event, on_stored=log_outcomes)
            writer.start()
        relay = Relay(settings, engines, master, writer, hub)
        app.state.relay = relay
        tasks = [asyncio.create_task(prune_periodically(relay))]
        state = {SHUTDOWN_HOOK: relay.drain}  # called by relay.serving when uvicorn begins a graceful shutdown
        if not engines.is_sqlite:
            ready = asyncio.Event()
            tasks.append(asyncio.create_task(listen_postgres(settings.database_url, hub, ready)))
            await asyncio.wait_for(ready.wait(), timeout=15)
        if freeze_heap:
            gc.collect()
            gc.freeze()
        try:
            yield state
        finally:
            relay.drain()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await writer.stop()
            engines.dispose()

    routes = [
        Route("/webhooks/meta/{tenant_id}", tenant_handshake, methods=["GET"]),
        Route("/webhooks/meta/{tenant_id}", TenantWebhook(), methods=["POST"]),
        Route("/webhooks/meta", operator_handshake, methods=["GET"]),
        Route("/webhooks/meta", operator_webhook, methods=["POST"]),
        Route("/v1/pair", pair, methods=["POST"]),
        Route("/v1/events", pull, methods=["GET"]),
        Route("/v1/events/ack", ack, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"], include_in_schema=False),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


def create_app_from_env() -> Starlette:
    """Factory for ``uvicorn --factory`` worker processes (settings, log level included, from the environment).

    Each serving process gets its own writer process, except in a frozen (PyInstaller) app, which cannot start
    ``python -m``; on Windows, where uvicorn's selector event loop cannot run subprocesses; or with
    ``KLAROS_RELAY_WRITER=thread``."""
    settings = Settings.from_env()
    logs.configure(settings.log_level)
    in_process = (getattr(sys, "frozen", False) or sys.platform == "win32"
                  or os.environ.get("KLAROS_RELAY_WRITER", "").strip().lower() == "thread")
    return create_app(settings, freeze_heap=True, writer_process=not in_process)
