"""The device API for kept media: signed links, the download itself, acknowledgement, erasure, and the
tenant's media token (set from the desktop's Settings).

A device learns a media reference from its event (``klaros_media`` in the pull answer, docs/sealed-events.md),
asks for a link (``POST /v1/media/{id}/link``, with its bearer token), downloads the sealed blob through it
(``GET /v1/media/{id}?exp=…&sig=…``, again with its token), opens it with its own key and acknowledges it; once
every device it was sealed to has, the blob is deleted.

The link's signature is an HMAC-SHA256 (key derived from the master key, so every server process checks it
alike) over the tenant, the device, the media id and the expiry. The download checks it against the device
the bearer token names: a link replayed by another device, for another id, or after its few minutes, is
refused with 403 and one log line; a request without a valid device token gets 401, as a link alone opens
nothing.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import time
from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool
from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from relay import media_rows, store
from relay.device_api import authenticated, json_object, refused, unauthorized
from relay.web import Relay, error, relay_of

log = logging.getLogger("relay.http")

PENDING_RETRY_AFTER = 2  # seconds: a device asking for a file still being downloaded asks again after this
LINK_WAIT_MAX = 20.0  # seconds a link request may wait for a pending file (``?wait=``), within clients' timeouts
RECHECK_SECONDS = 2.0  # while waiting, the row is read again this often (another process's keeper may settle it)
MAX_ERASE_IDS = 1000
_SIG_BYTES = 32


def link_key(relay: Relay) -> bytes:
    key = getattr(relay, "_link_key", None)
    if key is None:
        key = relay.master.derive("media-link")
        relay._link_key = key  # type: ignore[attr-defined]
    return key


def signature(key: bytes, *, tenant_id: str, device_id: str, media_id: str, expires: int) -> str:
    message = f"klaros-media-link/v1\n{tenant_id}\n{device_id}\n{media_id}\n{expires}".encode("ascii")
    return base64.urlsafe_b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode("ascii").rstrip("=")


def _link_refused(relay: Relay, reason: str) -> JSONResponse:
    relay.metrics.media_links_refused[reason] += 1
    log.info("media link refused", extra={"reason": reason, "status": 403})
    return error(403, "this link is not valid for this device, or it has expired")


async def link(request: Request) -> Response:
    """A short-lived signed link to one kept media blob, with this device's wrapped key to open it.
    ---
    summary: Get a signed download link for a kept media file
    security: [{deviceToken: []}]
    parameters:
      - $ref: '#/components/parameters/MediaId'
      - {name: wait, in: query, required: false, schema: {type: number, minimum: 0, maximum: 20},
         description: 'seconds to wait for a file still being downloaded: the answer comes the moment it is kept,
         fails or is put off (default 0: answer at once)'}
    responses:
      200:
        description: 'the link (valid KLAROS_RELAY_MEDIA_LINK_SECONDS, for this device only) and what opens the blob'
        content:
          application/json:
            schema: {$ref: '#/components/schemas/MediaLink'}
      202:
        description: 'the relay is still downloading the file from Meta; ask again after Retry-After. With
          `retrying` its last attempt failed (the reason) and it tries again later: the device had better ask Meta'
        headers: {Retry-After: {schema: {type: integer}, description: seconds}}
        content:
          application/json:
            schema: {type: object, required: [state], properties: {state: {type: string, enum: [pending]},
                                                                   retrying: {type: string}}}
      401: {$ref: '#/components/responses/Unauthorized'}
      404: {description: 'no such media for this device (never kept, another tenant''s, already deleted, or sealed
        before the device paired)'}
      410:
        description: the relay could not keep this file; the reason says why (the device may try Meta itself)
        content:
          application/json:
            schema:
              type: object
              required: [error, reason]
              properties: {error: {type: string}, reason: {type: string}}
    """
    relay = relay_of(request)
    device = await authenticated(request)
    if device is None:
        return unauthorized()
    media_id = request.path_params["media_id"]
    found = await run_in_threadpool(media_rows.target, relay.engines, device, media_id)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _wait_seconds(request)
    while found is not None and found.state == media_rows.PENDING and not found.error \
            and (remaining := deadline - loop.time()) > 0:
        if relay.keeper is not None:  # woken the moment this process's keeper settles or puts off the file
            await relay.keeper.watch(media_id, min(remaining, RECHECK_SECONDS))
        else:
            await asyncio.sleep(min(remaining, RECHECK_SECONDS))
        found = await run_in_threadpool(media_rows.target, relay.engines, device, media_id)
    if found is None or (found.state == media_rows.KEPT and found.key is None):
        return refused(404, "unknown_media", "no such media for this device")
    if found.state == media_rows.PENDING:
        body = {"state": "pending", **({"retrying": found.error} if found.error else {})}
        return JSONResponse(body, status_code=202, headers={"Retry-After": str(PENDING_RETRY_AFTER)})
    if found.state == media_rows.FAILED:
        return JSONResponse({"error": "the relay could not keep this file", "reason": found.error or "failed"},
                            status_code=410)
    expires = int(time.time() + relay.settings.media_link_seconds)
    sig = signature(link_key(relay), tenant_id=device.tenant_id, device_id=device.device_id, media_id=found.id,
                    expires=expires)
    return JSONResponse({
        "url": f"/v1/media/{found.id}?exp={expires}&sig={sig}",
        "expires_at": datetime.fromtimestamp(expires, UTC).isoformat().replace("+00:00", "Z"),
        "sha256": (found.sha256 or b"").hex(), "size": int(found.size or 0),
        "stored_size": int(found.stored_size or 0), "key": found.key.as_json(),
    })


def _wait_seconds(request: Request) -> float:
    """The ``wait`` a link request asked for, within 0 and ``LINK_WAIT_MAX`` (anything unreadable: 0)."""
    try:
        wait = float(request.query_params.get("wait") or 0)
    except ValueError:
        return 0.0
    return min(LINK_WAIT_MAX, wait) if wait > 0 else 0.0


async def download(request: Request) -> Response:
    """The sealed blob behind a signed link (the same device's bearer token required).
    ---
    summary: Download a kept media blob through its signed link
    security: [{deviceToken: []}]
    parameters:
      - $ref: '#/components/parameters/MediaId'
      - {name: exp, in: query, required: true, schema: {type: string}, description: the link's expiry (Unix seconds)}
      - {name: sig, in: query, required: true, schema: {type: string}, description: the link's signature}
    responses:
      200:
        description: 'the blob: a 12-byte nonce and the AES-256-GCM ciphertext (docs/sealed-events.md, Media)'
        content: {application/octet-stream: {schema: {type: string, format: binary}}}
      401: {$ref: '#/components/responses/Unauthorized'}
      403: {description: 'no valid signature for this device and id, or the link expired'}
      404: {description: 'the blob is gone (acknowledged by every device, erased, or past retention)'}
    """
    relay = relay_of(request)
    media_id = request.path_params["media_id"]
    device = await authenticated(request)
    if device is None:
        return unauthorized()
    exp, sig = request.query_params.get("exp", ""), request.query_params.get("sig", "")
    if not (exp.isascii() and exp.isdigit() and len(exp) <= 12 and sig.isascii() and 0 < len(sig) <= 64):
        return _link_refused(relay, "malformed")
    expected = signature(link_key(relay), tenant_id=device.tenant_id, device_id=device.device_id,
                         media_id=media_id if store.is_id(media_id) else "-", expires=int(exp))
    if not hmac.compare_digest(expected.encode("ascii"), sig.encode("ascii")):
        return _link_refused(relay, "bad_signature")
    now = time.time()
    if int(exp) < now:
        return _link_refused(relay, "expired")
    if int(exp) > now + relay.settings.media_link_seconds + 60:  # signed with a longer lifetime than now allowed
        return _link_refused(relay, "too_long")
    found = await run_in_threadpool(media_rows.target, relay.engines, device, media_id)
    if found is None or found.state != media_rows.KEPT or found.key is None or relay.blobs is None:
        return refused(404, "unknown_media", "this media is no longer kept")
    name = media_rows.blob_name(found.tenant_id, found.id)
    try:
        pieces = await run_in_threadpool(relay.blobs.chunks, name)
    except FileNotFoundError:
        return refused(404, "blob_missing", "this media is no longer kept")
    relay.metrics.media_served += 1
    headers = {"Cache-Control": "no-store"}
    if found.stored_size:
        headers["Content-Length"] = str(found.stored_size)
    return StreamingResponse(pieces, media_type="application/octet-stream", headers=headers)


async def acknowledge(request: Request) -> Response:
    """The device has stored the file; once every device has, the blob is deleted.
    ---
    summary: Acknowledge a kept media file
    security: [{deviceToken: []}]
    parameters:
      - $ref: '#/components/parameters/MediaId'
    responses:
      200:
        description: acknowledged; deleted says whether the blob went with it (no other device still needs it)
        content:
          application/json:
            schema: {type: object, required: [deleted], properties: {deleted: {type: boolean}}}
      401: {$ref: '#/components/responses/Unauthorized'}
      404: {description: 'no such media for this device, or already acknowledged'}
    """
    relay = relay_of(request)
    device = await authenticated(request)
    if device is None:
        return unauthorized()
    known, name = await run_in_threadpool(media_rows.acknowledge, relay.engines, device,
                                          request.path_params["media_id"])
    if not known:
        return refused(404, "unknown_media", "no such media for this device")
    deleted = False
    if name is not None and relay.keeper is not None:
        deleted = await relay.keeper.delete([name]) == 1
    return JSONResponse({"deleted": deleted})


async def erase(request: Request) -> Response:
    """Delete kept media for every device of the tenant (a customer asked to be forgotten).
    ---
    summary: Erase kept media files
    security: [{deviceToken: []}]
    requestBody:
      required: true
      content:
        application/json:
          schema:
            type: object
            required: [ids]
            properties:
              ids: {type: array, maxItems: 1000, items: {type: string, pattern: '^[0-9a-f]{32}$'}}
    responses:
      200:
        description: how many of the ids were the tenant's and are deleted (unknown ids are ignored)
        content:
          application/json:
            schema: {type: object, required: [deleted], properties: {deleted: {type: integer, minimum: 0}}}
      400: {description: 'not JSON {"ids": [...]} of at most 1000 media ids'}
      401: {$ref: '#/components/responses/Unauthorized'}
    """
    relay = relay_of(request)
    device = await authenticated(request)
    if device is None:
        return unauthorized()
    data = await json_object(request)
    ids = data.get("ids") if data is not None else None
    if (not isinstance(ids, list) or len(ids) > MAX_ERASE_IDS
            or not all(isinstance(i, str) and store.is_id(i) for i in ids)):
        return refused(400, "bad_json", f'expected JSON {{"ids": [MEDIA_ID, ...]}} with at most {MAX_ERASE_IDS} ids')
    names = await run_in_threadpool(media_rows.tenant_media, relay.engines, device.tenant_id, ids)
    deleted = await relay.keeper.delete(names) if relay.keeper is not None and names else 0
    if deleted:
        log.info("media erased", extra={"tenant_id": device.tenant_id, "device_id": device.device_id,
                                        "size": deleted})
    return JSONResponse({"deleted": deleted})


class MediaToken(HTTPEndpoint):
    """``/v1/media-token``: whether the relay keeps this tenant's media, and the Meta token it downloads them
    with, set or removed from the desktop's Settings. The token is never answered back nor logged."""

    async def get(self, request: Request) -> Response:
        """Whether the relay holds a media token for this tenant.
        ---
        summary: Is media keeping on for this tenant?
        security: [{deviceToken: []}]
        responses:
          200: {$ref: '#/components/responses/MediaTokenState'}
          401: {$ref: '#/components/responses/Unauthorized'}
        """
        relay = relay_of(request)
        device = await authenticated(request)
        if device is None:
            return unauthorized()
        # through the tenant cache, as the webhook routes (a token changed here is forgotten by ``_set``; one
        # changed through another process is seen within KLAROS_RELAY_TENANT_CACHE_SECONDS)
        return JSONResponse({"set": await relay.media_token(device.tenant_id) is not None})

    async def put(self, request: Request) -> Response:
        """Give the relay a Meta token to keep this tenant's inbound media with (replaces any earlier one).
        ---
        summary: Set the tenant's media token (turns media keeping on)
        security: [{deviceToken: []}]
        requestBody:
          required: true
          content:
            application/json:
              schema:
                type: object
                required: [token]
                properties: {token: {type: string, minLength: 1, maxLength: 4096, pattern: '^[!-~]+$'}}
        responses:
          200: {$ref: '#/components/responses/MediaTokenState'}
          400: {description: 'not JSON {"token": TOKEN}, or an empty, multi-line or over-long token'}
          401: {$ref: '#/components/responses/Unauthorized'}
        """
        device = await authenticated(request)
        if device is None:
            return unauthorized()
        data = await json_object(request)
        token = data.get("token") if data is not None else None
        if not isinstance(token, str):
            return refused(400, "bad_json", 'expected JSON {"token": TOKEN}')
        return await self._set(request, device, token)

    async def delete(self, request: Request) -> Response:
        """Remove the tenant's media token: no new media are kept (those kept stay until fetched or retention).
        ---
        summary: Remove the tenant's media token (turns media keeping off)
        security: [{deviceToken: []}]
        responses:
          200: {$ref: '#/components/responses/MediaTokenState'}
          401: {$ref: '#/components/responses/Unauthorized'}
        """
        device = await authenticated(request)
        if device is None:
            return unauthorized()
        return await self._set(request, device, None)

    @staticmethod
    async def _set(request: Request, device: store.DeviceAuth, token: str | None) -> Response:
        relay = relay_of(request)
        try:
            await run_in_threadpool(store.set_media_token, relay.engines, relay.master, device.tenant_id, token)
        except ValueError as exc:
            return refused(400, "bad_token_value", str(exc))
        relay.forget_tenant(device.tenant_id)
        log.info("media token set" if token is not None else "media token removed",
                 extra={"tenant_id": device.tenant_id, "device_id": device.device_id})
        return JSONResponse({"set": token is not None})
