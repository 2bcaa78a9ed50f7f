"""HTTP client for the relay's device API: ``POST /v1/pair``, ``GET /v1/events``, ``POST /v1/events/ack``, and
the media the relay keeps for the shop (``fetch_media``, ``delete_media``, the tenant's media token).

Uses the one shared ``httpx.AsyncClient`` handed in by the caller.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import httpx

from klaros_desktop import correlation
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number
from klaros_desktop.relay_client.keys import DeviceKey
from klaros_desktop.relay_client.media import open_media_blob, unwrap_data_key
from klaros_desktop.relay_client.sealed import SealError

log = logging.getLogger(__name__)

CORRELATION_HEADER = "X-Klaros-Correlation-Id"


class RelayError(Exception):
    """The relay refused or could not be reached; ``explanation`` is for the shop owner."""

    def __init__(self, explanation: str, *, http_status: int | None = None, retryable: bool = False,
                 retry_after: float | None = None):
        super().__init__(explanation)
        self.explanation = explanation
        self.http_status = http_status
        self.retryable = retryable
        self.retry_after = retry_after  # seconds the relay asked us to wait (Retry-After), when it said


class RelayMediaUnavailable(RelayError):
    """The relay does not have this file (any more): ``reason`` is the relay's (``too_large``, ``storage_full``,
    ``meta_gone``, ``gone`` when it was already deleted, ...). The file may still be had from Meta."""

    def __init__(self, explanation: str, reason: str, *, http_status: int | None = None):
        super().__init__(explanation, http_status=http_status)
        self.reason = reason


# How long fetch_media waits for a file the relay is still downloading: the relay answers the moment it has kept
# it, failed or put it off (a long poll), so this only bounds a slow download; past it the caller asks Meta, which
# still has a file the relay is fetching.
MEDIA_WAIT_SECONDS = 15.0
LINK_WAIT_MAX = 20.0  # the longest wait a relay holds one link request for


@dataclass(frozen=True)
class PairResult:
    device_id: str
    token: str
    tenant_id: str


@dataclass(frozen=True)
class PulledEvent:
    cursor: str
    received_at: str | None
    correlation_id: str | None
    sealed: dict
    # The event's media the relay keeps: [{"media_id": Meta's id, "klaros_media": {...}}] (relay_client.media)
    media: tuple[dict, ...] = field(default=())


@dataclass(frozen=True)
class RelayPage:
    events: list[PulledEvent]
    next_cursor: str | None


def _retry_after(response: httpx.Response) -> float | None:
    """The relay's Retry-After in seconds; None when absent or not a number of seconds."""
    value = (response.headers.get("Retry-After") or "").strip()
    return float(value) if value.isdigit() else None


def _error_text(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(data, dict):
        return str(data.get("error") or data.get("detail") or data.get("message") or data)[:200]
    return str(data)[:200]


class RelayClient:
    """``key``, ``tenant_id`` and ``device_id`` (the paired device's) are needed only to open kept media."""

    def __init__(self, http: httpx.AsyncClient, base_url: str, *, token: str | None = None,
                 key: DeviceKey | None = None, tenant_id: str | None = None, device_id: str | None = None):
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.key = key
        self.tenant_id = tenant_id
        self.device_id = device_id

    def _headers(self) -> dict[str, str]:
        headers = {CORRELATION_HEADER: correlation.current() or correlation.new_id("relay")}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    async def _request(self, method: str, path: str, *, timeout: float = 30.0, allow: tuple[int, ...] = (),
                       **kwargs) -> httpx.Response:
        """The answer; ``allow``: statuses of 400 and up the caller handles itself (not raised)."""
        url = f"{self.base_url}{path}"
        try:
            response = await self.http.request(method, url, headers=self._headers(), timeout=timeout, **kwargs)
        except httpx.TimeoutException as exc:
            raise RelayError(QT_TRANSLATE_NOOP("Relay", "The relay at {url} did not answer in time.").format(
                url=self.base_url), retryable=True) from exc
        except httpx.HTTPError as exc:
            raise RelayError(QT_TRANSLATE_NOOP(
                "Relay", "Cannot reach the relay at {url} ({error}); check the address and your internet connection."
            ).format(url=self.base_url, error=type(exc).__name__), retryable=True) from exc
        if response.status_code in allow:
            return response
        if response.status_code == 401:
            raise RelayError(QT_TRANSLATE_NOOP(
                "Relay", "The relay did not accept this device (code wrong, used or expired, or the device was "
                "removed): {error}").format(error=_error_text(response)), http_status=401)
        if response.status_code == 429:  # too many attempts at once (e.g. pairing codes tried): wait, then again
            wait = _retry_after(response)
            raise RelayError(
                QT_TRANSLATE_NOOP("Relay", "The relay asks this computer to wait {seconds} seconds before trying "
                                  "again (too many attempts at once).").format(seconds=Number(int(wait)))
                if wait is not None else
                QT_TRANSLATE_NOOP("Relay", "The relay asks this computer to slow down (too many attempts at once); "
                                  "try again in a minute."),
                http_status=429, retryable=True, retry_after=wait)
        if response.status_code >= 500:
            raise RelayError(QT_TRANSLATE_NOOP("Relay", "The relay had a problem ({status}); Klaros will try again.")
                             .format(status=response.status_code), http_status=response.status_code, retryable=True,
                             retry_after=_retry_after(response))
        if response.status_code >= 400:
            raise RelayError(QT_TRANSLATE_NOOP("Relay", "The relay refused the request ({status}): {error}").format(
                status=response.status_code, error=_error_text(response)), http_status=response.status_code)
        return response

    async def pair(self, code: str, public_key_b64: str, name: str) -> PairResult:
        response = await self._request("POST", "/v1/pair", json={"code": code, "public_key": public_key_b64,
                                                                 "name": name})
        data = response.json()
        try:
            return PairResult(device_id=str(data["device_id"]), token=str(data["token"]),
                              tenant_id=str(data["tenant_id"]))
        except (KeyError, TypeError) as exc:
            raise RelayError(QT_TRANSLATE_NOOP(
                "Relay", "The relay's pairing answer is missing {field}; is this a Klaros relay?").format(
                field=str(exc))) from None

    async def pull(self, after: str | None, *, limit: int = 500, wait: float = 0) -> RelayPage:
        params: dict[str, str | int | float] = {"limit": limit, "wait": wait}
        if after is not None:
            params["after"] = after
        response = await self._request("GET", "/v1/events", params=params, timeout=wait + 30.0)
        data = response.json()
        events = [
            PulledEvent(cursor=str(e["cursor"]), received_at=e.get("received_at"),
                        correlation_id=e.get("correlation_id"), sealed=e.get("sealed") or {},
                        media=tuple(m for m in e.get("media") or () if isinstance(m, dict)))
            for e in data.get("events") or []
        ]
        next_cursor = data.get("next_cursor")
        return RelayPage(events=events, next_cursor=str(next_cursor) if next_cursor is not None else None)

    async def ack(self, up_to: str) -> None:
        await self._request("POST", "/v1/events/ack", json={"up_to": up_to})

    async def webhook_status(self) -> WebhookStatus:
        """The shop's webhook address and verify token, and what the relay has seen of Meta (``GET /v1/webhook``)."""
        data = (await self._request("GET", "/v1/webhook")).json()
        return WebhookStatus(webhook_url=str(data.get("webhook_url") or ""),
                             verify_token=str(data.get("verify_token") or ""),
                             handshake_at=data.get("handshake_at"), last_event_at=data.get("last_event_at"))

    async def add_device(self, name: str) -> DeviceCode:
        """A one-time pairing code for the shop's next computer (``POST /v1/devices``)."""
        data = (await self._request("POST", "/v1/devices", json={"name": name})).json()
        return DeviceCode(code=str(data["code"]), expires_at=str(data["expires_at"]))

    async def request_signup_code(self, email: str) -> None:
        """Ask the relay to mail a one-time code to ``email`` (``POST /v1/signup/code``)."""
        await self._request("POST", "/v1/signup/code", json={"email": email})

    async def sign_up(self, **fields: str) -> SignupResult:
        """Create the shop on the relay and pair this device (``POST /v1/signup``)."""
        data = (await self._request("POST", "/v1/signup", json=fields)).json()
        try:
            return SignupResult(PairResult(str(data["device_id"]), str(data["token"]), str(data["tenant_id"])),
                                str(data["webhook_url"]), str(data["verify_token"]))
        except (KeyError, TypeError) as exc:
            raise RelayError(QT_TRANSLATE_NOOP(
                "Relay", "The relay's pairing answer is missing {field}; is this a Klaros relay?").format(
                field=str(exc))) from None

    async def fetch_media(self, ref_id: str, *, ack: bool = True, wait: float = MEDIA_WAIT_SECONDS) -> bytes:
        """The file the relay keeps under ``ref_id`` (``klaros_media.id``), opened with this device's key.

        Asks for a signed link (the relay holds the request up to ``wait`` seconds while it is still downloading
        the file from Meta, and answers as soon as that is settled), downloads the sealed blob, unwraps the data
        key, opens and checks it (a changed byte, a wrong size or checksum: ``SealError``). With ``ack`` the
        relay is told this device has it; a caller that writes the file to disk passes ``ack=False`` and calls
        ``ack_media`` once it is written. ``RelayMediaUnavailable`` when the relay has no such file, could not
        keep it, or its download failed and waits for a later attempt (``retrying``): the desktop may still get
        it from Meta, at once."""
        if self.key is None or not self.tenant_id or not self.device_id:
            raise RelayError(QT_TRANSLATE_NOOP("Relay", "This computer is not paired with the relay, so it cannot "
                                               "open the files the relay keeps."))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        while True:
            hold = max(0.0, min(LINK_WAIT_MAX, deadline - loop.time()))
            response = await self._request("POST", f"/v1/media/{ref_id}/link", params={"wait": f"{hold:.1f}"},
                                           timeout=30.0 + hold, allow=(202, 404, 410))
            if response.status_code == 200:
                break
            if response.status_code == 404:
                raise RelayMediaUnavailable(QT_TRANSLATE_NOOP(
                    "Relay", "The relay no longer has this file."), "gone", http_status=404)
            if response.status_code == 410:
                reason = str((_json(response) or {}).get("reason") or "failed")
                raise RelayMediaUnavailable(QT_TRANSLATE_NOOP(
                    "Relay", "The relay could not keep this file ({reason})."), reason, http_status=410)
            retrying = (_json(response) or {}).get("retrying")
            if retrying:
                raise RelayMediaUnavailable(QT_TRANSLATE_NOOP(
                    "Relay", "The relay could not fetch this file from WhatsApp yet ({reason}) and will try again "
                    "later.").format(reason=str(retrying)), "retrying", http_status=202)
            pause = _retry_after(response) or 2.0  # a relay that does not hold link requests answers at once
            if loop.time() + pause > deadline:
                raise RelayError(QT_TRANSLATE_NOOP("Relay", "The relay is still fetching this file from WhatsApp; "
                                                   "Klaros will try again."), http_status=202, retryable=True)
            await asyncio.sleep(pause)
        info = _json(response) or {}
        try:
            url, sha256, size, recipient = info["url"], str(info["sha256"]), int(info["size"]), info["key"]
            stored_size = int(info.get("stored_size") or 0)
        except (KeyError, TypeError, ValueError):
            raise RelayError(QT_TRANSLATE_NOOP("Relay", "The relay's answer about a file is incomplete; is this a "
                                               "Klaros relay?")) from None
        if not (isinstance(url, str) and url.startswith(f"/v1/media/{ref_id}?")):
            raise SealError("the relay sent a link to another file")
        blob = await self._download_blob(url, stored_size or None)
        data_key = unwrap_data_key(recipient, device_id=self.device_id, key=self.key)
        data = open_media_blob(blob, data_key, tenant_id=self.tenant_id, media_id=ref_id, sha256=sha256, size=size)
        if ack:
            try:
                await self.ack_media(ref_id)
            except RelayError as exc:  # the file is here; the relay deletes it at the latest at retention
                log.warning("acknowledging kept media %s failed: %s", ref_id, exc)
        return data

    async def _download_blob(self, url: str, expected: int | None) -> bytes:
        limit = (expected or 0) + 1 if expected else 200 * 1024 * 1024
        try:
            async with self.http.stream("GET", f"{self.base_url}{url}", headers=self._headers(),
                                        timeout=httpx.Timeout(30.0, read=120.0)) as response:
                if response.status_code != 200:
                    await response.aread()
                    raise RelayError(QT_TRANSLATE_NOOP("Relay", "The relay refused the file's download link "
                                                       "({status}); Klaros will ask for a new one.").format(
                        status=response.status_code), http_status=response.status_code, retryable=True)
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise SealError("the media file from the relay is larger than announced")
                    chunks.append(chunk)
        except httpx.HTTPError as exc:
            raise RelayError(QT_TRANSLATE_NOOP("Relay", "The download of a file from the relay broke off ({error}); "
                                               "Klaros will try again.").format(error=type(exc).__name__),
                             retryable=True) from exc
        return b"".join(chunks)

    async def ack_media(self, ref_id: str) -> bool:
        """This device has stored the file; True when the relay deleted it (no other device still needs it)."""
        response = await self._request("POST", f"/v1/media/{ref_id}/ack", allow=(404,))
        return response.status_code == 200 and bool((_json(response) or {}).get("deleted"))

    async def delete_media(self, ref_ids: list[str] | tuple[str, ...]) -> int:
        """Erase kept files on the relay for every device of the shop (a person asked to be forgotten); how
        many it deleted. Ids the relay does not know (already gone) are ignored."""
        deleted = 0
        ids = [str(i) for i in ref_ids]
        for start in range(0, len(ids), 1000):
            response = await self._request("POST", "/v1/media/delete", json={"ids": ids[start:start + 1000]})
            deleted += int((_json(response) or {}).get("deleted") or 0)
        return deleted

    async def media_token_set(self) -> bool:
        """Whether the relay keeps this shop's media (holds a media token for it)."""
        return bool((_json(await self._request("GET", "/v1/media-token")) or {}).get("set"))

    async def set_media_token(self, token: str | None) -> bool:
        """Give the relay the Meta token to keep this shop's media with, or remove it (None)."""
        if token is None:
            response = await self._request("DELETE", "/v1/media-token")
        else:
            response = await self._request("PUT", "/v1/media-token", json={"token": token})
        return bool((_json(response) or {}).get("set"))


@dataclass(frozen=True)
class WebhookStatus:
    webhook_url: str
    verify_token: str
    handshake_at: str | None  # RFC 3339, or None: Meta never verified the subscription
    last_event_at: str | None  # the newest webhook the relay holds for the shop


@dataclass(frozen=True)
class DeviceCode:
    code: str
    expires_at: str


@dataclass(frozen=True)
class SignupResult:
    paired: PairResult
    webhook_url: str
    verify_token: str
    # ------------------------------------------------------------------------------------ kept media


def _json(response: httpx.Response) -> dict | None:
    try:
        data = response.json()
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
