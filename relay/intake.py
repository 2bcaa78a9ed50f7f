"""Webhook intake: Meta's subscription handshake (GET) and the one verification pipeline behind both webhook
routes (POST).

``POST /webhooks/meta/{tenant_id}`` (one tenant's Meta app) and ``POST /webhooks/meta`` (the operator's app,
shared by many tenants) run the same steps in the same order, here, once:

1. the secret to check against (404 when there is none: unknown tenant, or no operator app configured);
2. the body, read up to ``max_body_bytes`` (413);
3. ``X-Hub-Signature-256`` over the raw bytes, before anything parses them (401);
4. the envelope (400), and its age: a webhook whose newest timestamp is older than the dedupe horizon
   (the retention period) is answered 200 and dropped (see ``stale``);
5. which tenant gets which entries (the tenant route refuses a foreign entry with 403; the operator route
   routes by WABA id and counts what it cannot route);
6. the hand-off to the writer, answered only after the COMMIT (503 when storage fails).

A route only supplies steps 1, 5 and the 200 answer (``TenantWebhook``, ``OperatorWebhook``), so a check
added to or changed in the pipeline applies to both. Refusals are logged once, as ``webhook refused`` with
the reason and status, and counted per reason. A client that goes away before its body arrived gets no
answer and nothing is stored.

Both routes are plain ASGI apps rather than Starlette request handlers: the tenant route is the one Meta
calls at volume, and without a ``Request`` and a ``JSONResponse`` per webhook (headers picked from the
scope, the 200 body pre-rendered) less of the event loop's time goes to each one (docs/relay.md, Benchmark).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import request_response

from relay import logs, meta, store
from relay.web import BodyTooLarge, Relay, error, read_body, relay_of
from relay.writer import SealingFailed

log = logging.getLogger("relay.http")

_STORED_BODY = b'{"stored":true,"duplicate":false}'
_DUPLICATE_BODY = b'{"stored":true,"duplicate":true}'
_STALE_BODY = b'{"stored":false,"stale":true}'


# --------------------------------------------------------------------------- subscription handshake (GET)


def handshake_response(params, verify_token: str | None) -> Response:
    if (params.get("hub.mode") == "subscribe" and verify_token is not None
            and _same(params.get("hub.verify_token", ""), verify_token)):
        return PlainTextResponse(params.get("hub.challenge", ""))
    log.info("webhook handshake refused", extra={"reason": "bad_handshake", "status": 403})
    return PlainTextResponse("forbidden", status_code=403)


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


async def tenant_handshake(request: Request) -> Response:
    """Meta's subscription handshake for one tenant.
    ---
    summary: Verify the webhook subscription (hub.mode, hub.verify_token, hub.challenge)
    parameters:
      - $ref: '#/components/parameters/TenantId'
      - $ref: '#/components/parameters/HubMode'
      - $ref: '#/components/parameters/HubVerifyToken'
      - $ref: '#/components/parameters/HubChallenge'
    responses:
      200: {$ref: '#/components/responses/Challenge'}
      403: {$ref: '#/components/responses/HandshakeRefused'}
    """
    relay = relay_of(request)
    secrets = await relay.tenant(tenant_id=request.path_params["tenant_id"])
    answer = handshake_response(request.query_params, secrets.verify_token if secrets else None)
    if secrets is not None and answer.status_code == 200:  # the shop's "Test connection" shows when Meta checked
        await run_in_threadpool(store.record_handshake, relay.engines, secrets.tenant.id)
        log.info("webhook handshake passed", extra={"tenant_id": secrets.tenant.id})
    return answer


async def operator_handshake(request: Request) -> Response:
    """Subscription handshake for the operator-wide endpoint.
    ---
    summary: Verify the operator app's webhook subscription
    parameters:
      - $ref: '#/components/parameters/HubMode'
      - $ref: '#/components/parameters/HubVerifyToken'
      - $ref: '#/components/parameters/HubChallenge'
    responses:
      200: {$ref: '#/components/responses/Challenge'}
      403: {$ref: '#/components/responses/HandshakeRefused'}
    """
    return handshake_response(request.query_params, relay_of(request).settings.operator_verify_token)


# -------------------------------------------------------------------------------------- webhooks (POST)


def refuse(relay: Relay, status: int, reason: str, message: str, cid: str) -> JSONResponse:
    relay.metrics.refuse(reason)
    log.info("webhook refused", extra={"reason": reason, "status": status})
    return error(status, message, **{"X-Correlation-Id": cid})


def stale(relay: Relay, newest: int | None) -> bool:
    """The webhook's newest event is older than the dedupe horizon.

    Duplicates are recognised by the rows of earlier deliveries, which are deleted with the retention
    period; an earlier delivery of a webhook was received no earlier than its newest timestamp, so within
    the horizon its row is still there. Past it, a correctly signed webhook may be a capture replayed to
    plant an old message a second time. It is answered 200 and not stored: Meta retries any answer other
    than 200 (for up to 7 days, well inside the default 30-day horizon), so for a genuine delivery that old
    a 4xx would only bring the same stale body back again and again; a replayed capture gains nothing
    either way. A webhook without timestamps cannot be judged and goes on. ``newest``:
    ``meta.newest_timestamp`` of the webhook.
    """
    return newest is not None and newest < time.time() - relay.settings.retention_days * 86400


@dataclass(frozen=True, slots=True)
class Routed:
    """Where a verified webhook goes: ``(tenant id, body)`` parts, and how many entries go nowhere."""

    parts: list[tuple[str, bytes]]
    unrouted: int = 0
    media: dict[str, tuple[tuple[str, str], ...]] | None = None  # per tenant keeping media: what its part holds


class WebhookIntake:
    """The pipeline, as an ASGI app; a subclass says whose secret applies and where the entries go."""

    async def __call__(self, scope, receive, send) -> None:
        relay: Relay = scope["app"].state.relay
        cid = logs.new_correlation_id()
        token = logs.set_correlation_id(cid)
        try:
            try:
                answer = await self.handle(relay, scope, receive, cid)
            except Exception:  # a bug: answered 500 and raised for the server's log, as Starlette's middleware does
                await PlainTextResponse("Internal Server Error", status_code=500)(scope, receive, send)
                raise
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
        """The answer to one webhook: pre-rendered 200 bytes, a Response, or None (the client went away)."""
        found = await self.secret(relay, scope, cid)
        if isinstance(found, Response):
            return found
        app_secret, owner = found
        declared = signature = None
        for name, value in scope["headers"]:
            if name == b"content-length":
                declared = value
            elif name == b"x-hub-signature-256":
                signature = value.decode("latin-1")
        try:
            body = await read_body(receive, declared, relay.settings.max_body_bytes)
        except BodyTooLarge:
            return refuse(relay, 413, "too_large", "body too large", cid)
        if body is None:
            return None
        if not meta.signature_ok(body, signature, app_secret):
            return refuse(relay, 401, "bad_signature", "missing or invalid X-Hub-Signature-256", cid)
        try:
            payload = meta.parse_envelope(body)
        except meta.PayloadError as exc:
            return refuse(relay, 400, exc.reason, str(exc), cid)
        newest = meta.newest_timestamp(payload)
        if stale(relay, newest):
            relay.metrics.refuse("stale")
            log.info("webhook refused", extra={"reason": "stale", "status": 200})
            return _STALE_BODY
        routed = await self.route(relay, owner, payload, body, cid)
        if isinstance(routed, Response):
            return routed
        relay.metrics.unrouted_entries += routed.unrouted
        media = routed.media or {}
        try:
            if len(routed.parts) == 1:  # every tenant webhook: awaited directly, no task per webhook
                ((tenant_id, part),) = routed.parts
                # the stored body is the webhook itself: its time (the dedupe key's first part) is known
                body_time = (newest or 0) if part is body else None
                new = [await relay.store_body(tenant_id, part, cid, media.get(tenant_id, ()), body_time)]
            else:
                new = await asyncio.gather(*(relay.store_body(tid, part, cid, media.get(tid, ()))
                                             for tid, part in routed.parts))
        except SealingFailed:  # the writer logged it, once per tenant and batch
            return refuse(relay, 503, "sealing_failed", "storage unavailable for this tenant, retry later", cid)
        except Exception:
            relay.metrics.refuse("storage_error")
            self.log_not_stored(routed)
            return error(503, "storage unavailable, retry later", **{"X-Correlation-Id": cid})
        return self.stored(routed, new, cid)

    async def secret(self, relay: Relay, scope, cid: str) -> tuple[bytes, object] | Response:
        """The app secret the signature must match, and what ``route`` needs to know of its owner."""
        raise NotImplementedError

    async def route(self, relay: Relay, owner, payload: dict, body: bytes, cid: str) -> Routed | Response:
        """The parts to store, or a refusal."""
        raise NotImplementedError

    def log_not_stored(self, routed: Routed) -> None:
        raise NotImplementedError

    def stored(self, routed: Routed, new: list[bool], cid: str) -> bytes | Response:
        """The 200 answer once every part is committed (``new``: False where a part was a duplicate)."""
        raise NotImplementedError


class TenantWebhook(WebhookIntake):
    """``POST /webhooks/meta/{tenant_id}``: one tenant's webhook, every entry its own."""

    async def secret(self, relay: Relay, scope, cid: str) -> tuple[bytes, store.TenantSecrets] | Response:
        secrets = await relay.tenant(tenant_id=scope["path_params"]["tenant_id"])
        if secrets is None:
            return refuse(relay, 404, "unknown_tenant", "unknown tenant", cid)
        return secrets.app_secret, secrets

    async def route(self, relay: Relay, owner: store.TenantSecrets, payload: dict, body: bytes, cid: str
                    ) -> Routed | Response:
        t = owner.tenant
        if not all(meta.entry_belongs(e, t.waba_id, t.phone_number_id) for e in payload["entry"]):
            return refuse(relay, 403, "foreign_entry", "an entry belongs to another WABA or phone number", cid)
        if owner.media_token is not None:  # the tenant opted in to media keeping
            return Routed([(t.id, body)], media={t.id: meta.inbound_media(payload["entry"])})
        return Routed([(t.id, body)])

    def log_not_stored(self, routed: Routed) -> None:
        log.exception("webhook not stored", extra={"tenant_id": routed.parts[0][0]})

    def stored(self, routed: Routed, new: list[bool], cid: str) -> bytes:
        return _STORED_BODY if new[0] else _DUPLICATE_BODY

    @staticmethod
    def post() -> None:
        """Receive one Meta webhook for one tenant, verified by its app secret.
        ---
        summary: Receive a signed Meta webhook; 200 only after it is durably stored
        parameters:
          - $ref: '#/components/parameters/TenantId'
          - $ref: '#/components/parameters/Signature'
        requestBody: {$ref: '#/components/requestBodies/Webhook'}
        responses:
          200:
            description: 'stored (a retry of a body already stored answers duplicate), or dropped as stale: older
              than the dedupe horizon'
            content:
              application/json:
                schema:
                  oneOf:
                    - type: object
                      required: [stored, duplicate]
                      properties: {stored: {type: boolean, enum: [true]}, duplicate: {type: boolean}}
                    - {$ref: '#/components/schemas/Stale'}
          400: {description: not JSON or not a whatsapp_business_account webhook}
          401: {description: missing or wrong X-Hub-Signature-256}
          403: {description: an entry belongs to another WABA or phone number}
          404: {description: unknown tenant}
          413: {description: body larger than the configured limit}
          503: {description: storage failed; Meta will retry}
        """


class OperatorWebhook(WebhookIntake):
    """``POST /webhooks/meta``: one Meta app for many shops, each entry routed to its tenant by WABA id."""

    async def secret(self, relay: Relay, scope, cid: str) -> tuple[bytes, None] | Response:
        if not relay.settings.operator_app_secret:
            return refuse(relay, 404, "operator_disabled", "no operator app configured", cid)
        return relay.settings.operator_app_secret.encode("utf-8"), None

    async def route(self, relay: Relay, owner: None, payload: dict, body: bytes, cid: str) -> Routed:
        """Entries grouped per tenant; a tenant that gets every entry of a one-WABA batch gets the raw body.

        Unknown WABAs and entries naming a phone number that is not their tenant's are logged and counted,
        not stored, and still answered 200: Meta must not retry what will never be routable.
        """
        groups = meta.split_by_waba(payload)
        parts: list[tuple[str, bytes]] = []
        media: dict[str, tuple[tuple[str, str], ...]] = {}
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
                parts.append((t.id, body if whole else meta.rebuild(payload, mine)))
                if secrets.media_token is not None:
                    media[t.id] = meta.inbound_media(mine)
        return Routed(parts, unrouted, media)

    def log_not_stored(self, routed: Routed) -> None:
        log.exception("operator webhook not stored")

    def stored(self, routed: Routed, new: list[bool], cid: str) -> Response:
        return JSONResponse({"stored": len(routed.parts), "unrouted_entries": routed.unrouted},
                            headers={"X-Correlation-Id": cid})

    @staticmethod
    def post() -> None:
        """One Meta app for many shops: route each entry to its tenant by WABA id.
        ---
        summary: Receive a webhook for the operator's app and split it per tenant
        parameters:
          - $ref: '#/components/parameters/Signature'
        requestBody: {$ref: '#/components/requestBodies/Webhook'}
        responses:
          200:
            description: 'every routable entry stored, unknown WABAs counted and logged; or dropped as stale'
            content:
              application/json:
                schema:
                  oneOf:
                    - type: object
                      required: [stored, unrouted_entries]
                      properties:
                        stored: {type: integer, minimum: 0, description: tenants that got a part of the webhook}
                        unrouted_entries: {type: integer, minimum: 0}
                    - {$ref: '#/components/schemas/Stale'}
          400: {description: not a whatsapp_business_account webhook}
          401: {description: bad signature}
          404: {description: operator endpoint not configured}
          413: {description: body too large}
          503: {description: storage failed}
        """


class WebhookPath:
    """One webhook path with both of Meta's methods: GET, the subscription handshake; POST, the webhook.

    A single route per path rather than one per method, so the 405 answer to any other method names both in
    its ``Allow`` header. ``get`` and ``post`` are what Starlette's schema generator documents.
    """

    def __init__(self, handshake, webhook: WebhookIntake) -> None:
        self.get = handshake
        self.post = webhook.post
        self._handshake = request_response(handshake)
        self.webhook = webhook

    async def __call__(self, scope, receive, send) -> None:
        if scope["method"] == "POST":
            await self.webhook(scope, receive, send)
        else:  # GET or HEAD: the route allows nothing else
            await self._handshake(scope, receive, send)
