"""The device API: pairing, the long-poll pull of sealed events, and their acknowledgement.

Every blocking database call runs in a worker thread, as few of them as a request needs: each hand-off wakes a
thread and then waits for the GIL to come back to the event loop. A pull authenticates and makes its first query
in one call (``look``), then holds its tenant's wake-up future and checks the tenant's wake generation
(``relay.wake.WakeHub``): an event committed between the query and the wait still ends the wait at once. A
wait that runs out with no wake answers without querying again: nothing was stored for the tenant meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from datetime import UTC, datetime

import orjson
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from relay import crypto, media_rows, retention, store
from relay.db import Engines
from relay.wake import WakeHub
from relay.web import BodyTooLarge, Relay, error, read_body, relay_of

log = logging.getLogger("relay.http")

MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 100
JSON_BODY_LIMIT = 64 * 1024
MAX_WAIT_SECONDS = 30  # the API's bound on ``wait``; KLAROS_RELAY_MAX_WAIT_SECONDS may only shorten it
PULLS_FULL_RETRY_AFTER = 5  # seconds: a pull refused because the process holds its maximum of waiting pulls
MAX_CURSOR = 2**63 - 1  # event ids are 64-bit signed on both engines; a larger cursor cannot name an event


def rfc3339(us: int) -> str:
    return datetime.fromtimestamp(us / 1_000_000, UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def refused(status: int, reason: str, message: str, **headers: str) -> JSONResponse:
    """A refused device-API request: one log line (reason and status, never what was sent) and the JSON error."""
    log.info("request refused", extra={"reason": reason, "status": status})
    return error(status, message, **headers)


async def json_object(request: Request) -> dict | None:
    """The request's JSON object, or None if the body is not one or is over ``JSON_BODY_LIMIT``.

    Parsed by orjson, as webhooks are: strict RFC 8259 text, so a lone surrogate (which no database can
    store as UTF-8) is not JSON, and nesting past orjson's depth limit is an error, not a RecursionError.
    """
    try:
        body = await read_body(request.receive, request.headers.get("content-length"), JSON_BODY_LIMIT)
    except (BodyTooLarge, ValueError):  # ValueError: a Content-Length of non-ASCII digits
        return None
    if body is None:
        raise ClientDisconnect  # as Starlette's own body reading does: nobody to answer
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def is_name(value: object) -> bool:
    """A device name the listing can print and either engine can store: text without control characters."""
    return isinstance(value, str) and not any(ord(c) < 32 or 127 <= ord(c) < 160 for c in value)


async def pair(request: Request) -> Response:
    """Redeem a pairing code: the device registers its X25519 public key and receives its token.
    ---
    summary: Pair a device with a one-time code
    requestBody:
      required: true
      content:
        application/json:
          schema:
            type: object
            required: [code, public_key]
            properties:
              code: {type: string, description: 'the one-time code `device add` printed (case and dashes ignored)'}
              public_key:
                type: string
                pattern: '^[A-Za-z0-9+/]{43}=$'
                description: standard base64 of the raw 32-byte X25519 public key
              name: {type: string, pattern: '^[^\\u0000-\\u001f\\u007f-\\u009f]*$', description: no control characters}
    responses:
      201:
        description: paired; the token authenticates the device from now on
        content:
          application/json:
            schema:
              type: object
              required: [device_id, token, tenant_id]
              properties: {device_id: {type: string}, token: {type: string}, tenant_id: {type: string}}
      400: {description: 'malformed request, or a key nothing can be sealed to'}
      401: {description: 'wrong, used or expired code'}
      429:
        description: too many attempts from this address
        headers: {Retry-After: {schema: {type: integer}, description: seconds}}
    """
    relay = relay_of(request)
    wait = relay.pair_attempts.attempt(request.client.host if request.client else "")
    if wait:
        log.info("pairing refused", extra={"reason": "rate_limited", "status": 429})
        return error(429, "too many pairing attempts, retry later", **{"Retry-After": str(wait)})
    data = await json_object(request)
    if data is None or not isinstance(data.get("code"), str) or not isinstance(data.get("public_key"), str):
        return refused(400, "bad_json", "expected JSON with string fields code and public_key")
    name = data.get("name")
    if name is not None and not is_name(name):
        return refused(400, "bad_name", "name must be a string without control characters")
    try:
        public_key = crypto.parse_public_key(data["public_key"])
    except ValueError as exc:
        return refused(400, "bad_key", str(exc))
    try:
        paired = await run_in_threadpool(store.pair, relay.engines, relay.master, code=data["code"],
                                         public_key=public_key, name=name)
    except ValueError as exc:  # store.pair's own key check (parse_public_key already made it)
        return error(400, str(exc))
    except store.PairingRefused as exc:
        if isinstance(exc, store.RevokedWhilePairing):
            release_the_rest(relay, exc.tenant_id, exc.released)
        log.info("pairing refused", extra={"reason": "bad_code"})
        return error(401, "wrong, used or expired pairing code")
    log.info("device paired", extra={"tenant_id": paired.tenant_id, "device_id": paired.device_id})
    return JSONResponse({"device_id": paired.device_id, "token": paired.token, "tenant_id": paired.tenant_id},
                        status_code=201)


def release_the_rest(relay: Relay, tenant_id: str, released: store.Released) -> None:
    """Count the batch a request released in its transaction; when it was full, the rest is released in short
    batches after the answer (``relay.retention.Releases``)."""
    retention.count_released(relay.metrics, released)
    if released.more:
        relay.releases.add(tenant_id)


def bearer_token(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


async def authenticated(request: Request) -> store.DeviceAuth | None:
    token = bearer_token(request)
    return None if token is None else await run_in_threadpool(store.authenticate, relay_of(request).engines, token)


def look(engines: Engines, hub: WakeHub, token: str, *, after: int, limit: int, max_bytes: int | None
         ) -> tuple[store.DeviceAuth | None, list[store.PulledEvent], int]:
    """A pull's first look, in one worker-thread call: the device the token names, its events after ``after``,
    and its tenant's wake generation as of before the query (``WakeHub.generation``). One hand-off to a worker
    thread instead of two: each costs the event loop a thread wake-up and the GIL's return."""
    device = store.authenticate(engines, token)
    if device is None:
        return None, [], 0
    seen = hub.generation(device.tenant_id)
    return device, store.fetch_events(engines, device, after=after, limit=limit, max_bytes=max_bytes), seen


def unauthorized() -> JSONResponse:
    return refused(401, "bad_token", "missing, unknown or revoked device token", **{"WWW-Authenticate": "Bearer"})


def parse_cursor(value: str | None) -> int:
    """A cursor's event id; ValueError for anything that is not one (ASCII digits up to ``MAX_CURSOR``)."""
    if value is None or value == "":
        return 0
    if not (value.isascii() and value.isdigit()) or len(value) > 19 or int(value) > MAX_CURSOR:
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
    security: [{deviceToken: []}]
    parameters:
      - name: after
        in: query
        schema: {$ref: '#/components/schemas/AfterCursor'}
        description: the next_cursor of the previous answer; absent or empty for the oldest event
      - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 1000, default: 100}}
      - name: wait
        in: query
        schema: {type: number, minimum: 0, maximum: 30, default: 0}
        description: 'seconds to hold the request while there is nothing (the relay may answer sooner:
          KLAROS_RELAY_MAX_WAIT_SECONDS, shutdown, or a newer pull of the same device)'
    responses:
      200:
        description: the events after the cursor, oldest first (empty when the wait ran out)
        content:
          application/json:
            schema:
              type: object
              required: [events, next_cursor]
              properties:
                events: {type: array, items: {$ref: '#/components/schemas/Event'}}
                next_cursor:
                  type: string
                  nullable: true
                  description: 'the last cursor returned, else the after that was sent, else null'
      400: {description: 'bad cursor, limit or wait'}
      401: {$ref: '#/components/responses/Unauthorized'}
      503:
        description: 'nothing to answer yet, and this server holds as many waiting pulls as it allows'
        headers: {Retry-After: {schema: {type: integer}, description: seconds}}
    """
    relay = relay_of(request)
    started = time.monotonic()
    token = bearer_token(request)
    params = request.query_params
    try:
        after = parse_cursor(params.get("after"))
        limit = int(params.get("limit", DEFAULT_PULL_LIMIT))
        wait = float(params.get("wait", 0))
        if not 1 <= limit <= MAX_PULL_LIMIT or not math.isfinite(wait) or wait < 0:
            raise ValueError
        if wait > MAX_WAIT_SECONDS:
            raise ValueError
    except ValueError:  # a bad token is answered first, as for every device request
        if token is None or await run_in_threadpool(store.authenticate, relay.engines, token) is None:
            return unauthorized()
        return refused(400, "bad_query", f"after must be a cursor, limit 1..{MAX_PULL_LIMIT}, "
                                         f"wait 0..{MAX_WAIT_SECONDS} seconds")
    if token is None:
        return unauthorized()
    device, rows, seen = await run_in_threadpool(look, relay.engines, relay.hub, token, after=after, limit=limit,
                                                 max_bytes=relay.settings.max_pull_bytes)
    if device is None:
        return unauthorized()
    deadline = started + min(wait, relay.settings.max_wait_seconds)
    gone: asyncio.Task | None = None
    slot: asyncio.Future | None = None  # done: a newer pull of this device took its place
    try:
        while not rows and not relay.draining and deadline > time.monotonic():
            waiter = relay.hub.waiter(device.tenant_id)
            if relay.hub.generation(device.tenant_id) != seen:  # woken since the last look began: look again
                seen = relay.hub.generation(device.tenant_id)
                rows = await run_in_threadpool(store.fetch_events, relay.engines, device, after=after, limit=limit,
                                               max_bytes=relay.settings.max_pull_bytes)
                continue
            if slot is None:
                if relay.metrics.pulls_waiting >= relay.max_waiting_pulls:
                    relay.metrics.pulls_limited["full"] += 1
                    log.warning("long-poll refused", extra={"reason": "pulls_full", "status": 503})
                    return error(503, "too many waiting pulls, retry later",
                                 **{"Retry-After": str(PULLS_FULL_RETRY_AFTER)})
                slot = relay.pull_slot(device.device_id)
                gone = asyncio.ensure_future(until_disconnected(request))
            relay.metrics.pulls_waiting += 1
            try:
                await asyncio.wait({waiter, gone, slot}, timeout=deadline - time.monotonic(),
                                   return_when=asyncio.FIRST_COMPLETED)
            finally:
                relay.metrics.pulls_waiting -= 1
            if gone.done() or slot.done():  # the client went away, or a newer pull of it waits: answer now
                break
            if not waiter.done():  # the wait ran out and nothing was stored for the tenant since the look
                break
            relay.metrics.pull_wakeups += 1
    finally:
        if gone is not None:
            gone.cancel()
        if slot is not None:
            relay.free_pull_slot(device.device_id, slot)
    refs = {}
    if rows:  # the media the relay keeps for these events: their state as of now (docs/sealed-events.md)
        refs = await run_in_threadpool(media_rows.refs_for_events, relay.engines, device, rows[0].cursor,
                                       rows[-1].cursor)
    now_us = store.now_us()
    body = []
    for r in rows:
        relay.metrics.delivery.observe(max(0.0, (now_us - r.received_us) / 1_000_000))
        recipient = crypto.Recipient(device.device_id, r.epk, r.key_nonce, r.wrapped_key)
        event = {"cursor": str(r.cursor), "received_at": rfc3339(r.received_us), "correlation_id": r.correlation_id,
                 "sealed": crypto.sealed_json(r.nonce, r.ciphertext, [recipient])}
        if r.cursor in refs:
            event["media"] = refs[r.cursor]
        body.append(event)
    relay.metrics.pull.observe(time.monotonic() - started)
    next_cursor = str(rows[-1].cursor) if rows else (str(after) if after else None)
    return JSONResponse({"events": body, "next_cursor": next_cursor})


async def ack(request: Request) -> Response:
    """Acknowledge everything up to a cursor; events every device acknowledged are deleted.
    ---
    summary: Acknowledge pulled events
    security: [{deviceToken: []}]
    requestBody:
      required: true
      content:
        application/json:
          schema:
            type: object
            required: [up_to]
            properties: {up_to: {$ref: '#/components/schemas/Cursor'}}
    responses:
      200:
        description: the device's acknowledged cursor (capped at the tenant's newest event)
        content:
          application/json:
            schema: {type: object, required: [acked], properties: {acked: {$ref: '#/components/schemas/Cursor'}}}
      400: {description: 'not JSON, or up_to is not a cursor string'}
      401: {$ref: '#/components/responses/Unauthorized'}
    """
    relay = relay_of(request)
    device = await authenticated(request)
    if device is None:
        return unauthorized()
    data = await json_object(request)
    if data is None:
        return refused(400, "bad_json", 'expected JSON {"up_to": CURSOR}')
    try:
        raw = data.get("up_to")
        if not isinstance(raw, str) or raw == "":  # a string, as cursors are: a JSON number may lose digits
            raise ValueError
        up_to = parse_cursor(raw)
    except ValueError:
        return refused(400, "bad_cursor", 'expected JSON {"up_to": CURSOR}')
    acked = await run_in_threadpool(store.acknowledge, relay.engines, device, up_to)
    relay.depths_changed()
    release_the_rest(relay, device.tenant_id, acked.released)
    return JSONResponse({"acked": str(acked.cursor)})
