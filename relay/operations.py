"""Operations routes: health check, Prometheus metrics, the OpenAPI document."""

from __future__ import annotations

import hmac
import logging
import re

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.schemas import SchemaGenerator

from relay import db, media_rows, signup
from relay.device_api import MAX_CURSOR
from relay.web import error, relay_of
from relay.writer_process import WriterProcess

log = logging.getLogger("relay.http")


def operator(request: Request) -> bool:
    """The request may see tenant ids: no metrics token is configured, or it carries that bearer token."""
    expected = relay_of(request).settings.metrics_token
    if expected is None:
        return True
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), expected.encode())


async def healthz(request: Request) -> Response:
    """Liveness and database check; ``degraded`` names the tenants whose webhooks cannot be sealed.
    ---
    summary: Health check (queries the database)
    responses:
      200:
        description: 'ok, or degraded: some tenants cannot be sealed to (their webhooks answer 503)'
        content:
          application/json:
            schema:
              type: object
              required: [status]
              properties:
                status: {type: string, enum: [ok, degraded]}
                sealing_failed_count: {type: integer, minimum: 1}
                sealing_failed: {type: array, items: {type: string}, description: with the metrics token only}
      503:
        description: 'database unreachable, or the writer process is restarting'
        content:
          application/json:
            schema:
              type: object
              required: [status]
              properties: {status: {type: string, enum: [error]}, database: {type: string}, writer: {type: string}}
    """
    relay = relay_of(request)
    try:
        await run_in_threadpool(db.check, relay.engines.read)
    except Exception as exc:
        log.warning("health check failed: %s", type(exc).__name__)
        return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
    if isinstance(relay.writer, WriterProcess) and not relay.writer.alive:
        return JSONResponse({"status": "error", "writer": "restarting"}, status_code=503)
    failing = sorted(relay.writer.failing_tenants)
    if failing:  # the relay serves every other tenant: degraded, not down (200, so no balancer drops it)
        answer: dict = {"status": "degraded", "sealing_failed_count": len(failing)}
        if operator(request):
            answer["sealing_failed"] = failing
        return JSONResponse(answer)
    return JSONResponse({"status": "ok"})


async def metrics(request: Request) -> Response:
    """Prometheus metrics of this server process (they name tenants: behind a token if one is configured).
    ---
    summary: Prometheus text format
    security: [{}, {metricsToken: []}]
    responses:
      200: {description: metrics, content: {text/plain: {schema: {type: string}}}}
      401:
        description: 'KLAROS_RELAY_METRICS_TOKEN is set and the bearer token is missing or wrong'
        headers: {WWW-Authenticate: {schema: {type: string, enum: [Bearer]}}}
    """
    relay = relay_of(request)
    if not operator(request):
        log.info("metrics refused", extra={"reason": "bad_metrics_token", "status": 401})
        return error(401, "metrics need the operator's bearer token", **{"WWW-Authenticate": "Bearer"})
    depths = await relay.queue_depths()
    media_bytes = await run_in_threadpool(media_rows.stored_bytes, relay.engines)
    restarts = relay.writer.restarts if isinstance(relay.writer, WriterProcess) else 0
    text = relay.metrics.render(depths, relay.writer.batches, relay.writer.rows, restarts,
                                relay.writer.sealing_failures, media_bytes, relay.writer.lock_wait_seconds,
                                writer_expired=relay.writer.expired)
    return PlainTextResponse(text, media_type="text/plain; version=0.0.4")


# ------------------------------------------------------------------------------------------ OpenAPI


def digits_at_most(limit: int) -> str:
    """A regular expression for the decimal strings as long as ``limit`` whose value is at most ``limit``."""
    text = str(limit)
    alternatives = []
    for i, digit in enumerate(map(int, text)):
        if digit:
            rest = len(text) - i - 1
            alternatives.append(f"{text[:i]}[0-{digit - 1}]" + (f"[0-9]{{{rest}}}" if rest else ""))
    return "|".join([*alternatives, text])


_WIDTH = len(str(MAX_CURSOR))
CURSOR_PATTERN = f"^([0-9]{{1,{_WIDTH - 1}}}|{digits_at_most(MAX_CURSOR)})$"
_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
_B64 = {"type": "string", "format": "byte"}
_JSON_INTEGER = {"minimum": -(2**63), "maximum": 2**64 - 1}  # what orjson reads as an integer (larger: float)

COMPONENTS = {
    "securitySchemes": {
        "deviceToken": {"type": "http", "scheme": "bearer", "description": "the token POST /v1/pair returned"},
        "metricsToken": {"type": "http", "scheme": "bearer",
                         "description": "KLAROS_RELAY_METRICS_TOKEN, when the operator set one"},
    },
    "schemas": {
        "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
        "Cursor": {"type": "string", "pattern": CURSOR_PATTERN,
                   "description": f"opaque; today a decimal event id (at most {MAX_CURSOR}) that only grows"},
        "AfterCursor": {"type": "string", "pattern": CURSOR_PATTERN.replace("{1,", "{0,", 1),
                        "description": "a cursor, or empty for the oldest event"},
        "Event": {
            "type": "object", "required": ["cursor", "received_at", "correlation_id", "sealed"],
            "properties": {
                "cursor": {"$ref": "#/components/schemas/Cursor"},
                "received_at": {"type": "string", "format": "date-time"},
                "correlation_id": {"type": "string"},
                "sealed": {"$ref": "#/components/schemas/Sealed"},
                "media": {"type": "array", "items": {"$ref": "#/components/schemas/MediaRef"},
                          "description": "the event's inbound media the relay keeps for this tenant"},
            },
        },
        "MediaRef": {
            "type": "object", "required": ["media_id", "klaros_media"],
            "description": "put into the message's media object as klaros_media once the event is opened",
            "properties": {
                "media_id": {"type": "string", "description": "Meta's media id, as in the webhook"},
                "klaros_media": {"oneOf": [
                    {"type": "object", "required": ["id", "sha256", "size"], "additionalProperties": False,
                     "properties": {"id": {"type": "string"}, "sha256": {"type": "string"},
                                    "size": {"type": "integer", "minimum": 0}}},
                    {"type": "object", "required": ["id", "pending"], "additionalProperties": False,
                     "properties": {"id": {"type": "string"}, "pending": {"type": "boolean", "enum": [True]}}},
                    {"type": "object", "required": ["error"], "additionalProperties": False,
                     "properties": {"error": {"type": "string"}}},
                ]},
            },
        },
        "MediaLink": {
            "type": "object", "required": ["url", "expires_at", "sha256", "size", "stored_size", "key"],
            "properties": {
                "url": {"type": "string", "description": "relative to the relay; GET it with the device token"},
                "expires_at": {"type": "string", "format": "date-time"},
                "sha256": {"type": "string", "description": "hex SHA-256 of the opened file"},
                "size": {"type": "integer", "minimum": 0, "description": "bytes of the opened file"},
                "stored_size": {"type": "integer", "minimum": 0, "description": "bytes of the sealed blob"},
                "key": {"type": "object", "required": ["device_id", "epk", "nonce", "wrapped_key"],
                        "properties": {"device_id": {"type": "string"}, "epk": _B64, "nonce": _B64,
                                       "wrapped_key": _B64}},
            },
        },
        "Sealed": {
            "type": "object", "required": ["v", "nonce", "ciphertext", "recipients"],
            "description": "the webhook body, sealed for this device (docs/sealed-events.md)",
            "properties": {
                "v": {"type": "integer", "enum": [1]}, "nonce": _B64, "ciphertext": _B64,
                "recipients": {"type": "array", "minItems": 1, "maxItems": 1, "items": {
                    "type": "object", "required": ["device_id", "epk", "nonce", "wrapped_key"],
                    "properties": {"device_id": {"type": "string"}, "epk": _B64, "nonce": _B64, "wrapped_key": _B64},
                }},
            },
        },
        "Stale": {"type": "object", "required": ["stored", "stale"],
                  "description": "a signed webhook older than the dedupe horizon: answered, not stored",
                  "properties": {"stored": {"type": "boolean", "enum": [False]},
                                 "stale": {"type": "boolean", "enum": [True]}}},
        "Webhook": {
            "type": "object", "required": ["object", "entry"],
            "description": "Meta's webhook envelope; only what the relay checks is described",
            "properties": {
                "object": {"type": "string", "enum": ["whatsapp_business_account"]},
                "entry": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["id"],
                    "properties": {"id": {"oneOf": [{"type": "string"}, {"type": "integer", **_JSON_INTEGER}],
                                          "description": "the WABA id"},
                                   "changes": {"type": "array", "items": {"type": "object"}}},
                }},
            },
        },
    },
    "parameters": {
        "TenantId": {"name": "tenant_id", "in": "path", "required": True, "description": "from `tenant create`",
                     "schema": {"type": "string", "pattern": "^[0-9a-f]{32}$"}},
        "Signature": {"name": "X-Hub-Signature-256", "in": "header", "required": True,
                      "description": "sha256= and the hex HMAC-SHA256 of the raw body under the Meta app secret",
                      "schema": {"type": "string", "pattern": "^sha256=[0-9a-fA-F]{64}$"}},
        "MediaId": {"name": "media_id", "in": "path", "required": True, "description": "klaros_media.id",
                    "schema": {"type": "string", "pattern": "^[0-9a-f]{32}$"}},
        "HubMode": {"name": "hub.mode", "in": "query", "schema": {"type": "string"},
                    "description": "subscribe"},
        "HubVerifyToken": {"name": "hub.verify_token", "in": "query", "schema": {"type": "string"}},
        "HubChallenge": {"name": "hub.challenge", "in": "query", "schema": {"type": "string"}},
    },
    "requestBodies": {
        "Webhook": {"required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Webhook"}}}},
    },
    "responses": {
        "Challenge": {"description": "hub.challenge, echoed",
                      "content": {"text/plain": {"schema": {"type": "string"}}}},
        "HandshakeRefused": {"description": "wrong mode or token, unknown tenant, or no operator app configured",
                             "content": {"text/plain": {"schema": {"type": "string", "enum": ["forbidden"]}}}},
        "Unauthorized": {"description": "missing, unknown or revoked device token", "content": _ERROR,
                         "headers": {"WWW-Authenticate": {"schema": {"type": "string", "enum": ["Bearer"]}}}},
        "MediaTokenState": {
            "description": "whether the relay holds a media token for this tenant (never the token itself)",
            "content": {"application/json": {"schema": {"type": "object", "required": ["set"],
                                                        "properties": {"set": {"type": "boolean"}}}}}},
        "TimedOut": {"description": "the request's head or body did not arrive in time (the connection closes)",
                     "content": _ERROR},
        "HeadTooLarge": {"description": "request line and headers over 64 KiB (the connection closes)",
                         "content": _ERROR},
    },
}

COMPONENTS["schemas"].update(signup.SCHEMAS)
SCHEMAS = SchemaGenerator({"openapi": "3.0.3", "info": {"title": "Klaros relay", "version": "1"},
                           "components": COMPONENTS})


def document(routes) -> dict:
    """The OpenAPI document: each route's docstring, completed with what is the same on every route: the
    parameters of a templated path (when the docstring does not declare them), the JSON error body of every
    4xx and 5xx answer that names no content, and the connection guard's 408 and 431 (``relay.serving``)."""
    spec = SCHEMAS.get_schema(routes=routes)
    for path, operations in spec["paths"].items():
        names = re.findall(r"{(\w+)}", path)
        for operation in operations.values():
            parameters = operation.setdefault("parameters", []) if names else operation.get("parameters", [])
            declared = {p.get("name") for p in parameters if p.get("in") == "path"}
            declared |= {"tenant_id" for p in parameters if p.get("$ref") == "#/components/parameters/TenantId"}
            declared |= {"media_id" for p in parameters if p.get("$ref") == "#/components/parameters/MediaId"}
            parameters[:0] = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                              for name in names if name not in declared]
            responses = operation.setdefault("responses", {})
            for status, response in responses.items():
                if str(status)[0] in "45" and "content" not in response and "$ref" not in response:
                    response["content"] = _ERROR
            responses.setdefault(408, {"$ref": "#/components/responses/TimedOut"})
            responses.setdefault(431, {"$ref": "#/components/responses/HeadTooLarge"})
    return spec


async def openapi(request: Request) -> Response:
    return JSONResponse(document(request.app.routes))
