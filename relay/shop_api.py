"""What a paired device may ask about its own shop: the webhook's status (the set-up's "Test connection":
which address and verify token Meta needs, whether Meta's subscription handshake passed and when the last
webhook arrived), and a pairing code for the shop's next PC (a second computer pairs without the operator).
"""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from relay import store
from relay.device_api import authenticated, is_name, json_object, refused, rfc3339, unauthorized
from relay.web import relay_of

log = logging.getLogger("relay.http")

SECOND_DEVICE_CODE_HOURS = 1.0  # a code shown on the first PC's screen is typed on the second one at once


def webhook_url(request: Request, tenant_id: str) -> str:
    """Where Meta must send the shop's webhooks: the operator's public address, else the one asked."""
    base = relay_of(request).settings.public_url or str(request.base_url).rstrip("/")
    return f"{base}/webhooks/meta/{tenant_id}"


async def webhook_status(request: Request) -> Response:
    """The shop's webhook as Meta must be told it, and whether Meta's handshake and a first webhook arrived.
    ---
    summary: The device's shop's webhook address, verify token and what the relay has seen of Meta
    security: [{deviceToken: []}]
    responses:
      200:
        description: 'handshake_at: the last passed subscription handshake; last_event_at: the newest stored
          webhook (within the retention period); null when none yet'
        content:
          application/json:
            schema:
              type: object
              required: [tenant_id, webhook_url, verify_token, handshake_at, last_event_at]
              properties:
                tenant_id: {type: string}
                webhook_url: {type: string}
                verify_token: {type: string}
                handshake_at: {type: string, format: date-time, nullable: true}
                last_event_at: {type: string, format: date-time, nullable: true}
      401: {$ref: '#/components/responses/Unauthorized'}
    """
    relay = relay_of(request)
    device = await authenticated(request)
    if device is None:
        return unauthorized()
    status = await run_in_threadpool(store.webhook_status, relay.engines, relay.master, device.tenant_id)
    return JSONResponse({
        "tenant_id": status.tenant_id, "webhook_url": webhook_url(request, status.tenant_id),
        "verify_token": status.verify_token,
        "handshake_at": rfc3339(status.handshake_us) if status.handshake_us is not None else None,
        "last_event_at": rfc3339(status.last_event_us) if status.last_event_us is not None else None,
    })


async def add_device(request: Request) -> Response:
    """A one-time pairing code for another computer of the same shop, issued to a paired device.
    ---
    summary: Issue a pairing code for the shop's next computer
    security: [{deviceToken: []}]
    requestBody:
      required: true
      content:
        application/json:
          schema:
            type: object
            properties:
              name:
                type: string
                maxLength: 200
                pattern: '^[^\\u0000-\\u001f\\u007f-\\u009f]*$'
                description: "the new computer's name, no control characters (empty: Klaros desktop)"
    responses:
      201:
        description: the code (single use, valid for an hour)
        content:
          application/json:
            schema:
              type: object
              required: [device_id, code, expires_at]
              properties:
                device_id: {type: string}
                code: {type: string}
                expires_at: {type: string, format: date-time}
      400: {description: 'not a JSON object, or a name with control characters or over 200 characters'}
      401: {$ref: '#/components/responses/Unauthorized'}
    """
    relay = relay_of(request)
    device = await authenticated(request)
    if device is None:
        return unauthorized()
    data = await json_object(request)
    if data is None:
        return refused(400, "bad_json", "expected a JSON object")
    name = data.get("name", "")
    if not is_name(name) or len(name) > 200:
        return refused(400, "bad_name", "name must be up to 200 characters without control characters")
    name = name.strip() or "Klaros desktop"
    code = await run_in_threadpool(store.add_device, relay.engines, device.tenant_id, name,
                                   ttl_seconds=SECOND_DEVICE_CODE_HOURS * 3600)
    log.info("pairing code issued by a device", extra={"tenant_id": device.tenant_id, "device_id": device.device_id})
    return JSONResponse({"device_id": code.device_id, "code": code.code, "expires_at": rfc3339(code.expires_us)},
                        status_code=201)
