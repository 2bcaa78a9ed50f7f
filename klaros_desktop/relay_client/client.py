"""HTTP client for the relay's device API: ``POST /v1/pair``, ``GET /v1/events``, ``POST /v1/events/ack``.

Uses the one shared ``httpx.AsyncClient`` handed in by the caller.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from klaros_desktop import correlation
from klaros_desktop.phrases import QT_TRANSLATE_NOOP

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
    def __init__(self, http: httpx.AsyncClient, base_url: str, *, token: str | None = None):
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.token = token

    def _headers(self) -> dict[str, str]:
        headers = {CORRELATION_HEADER: correlation.current() or correlation.new_id("relay")}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    async def _request(self, method: str, path: str, *, timeout: float = 30.0, **kwargs) -> httpx.Response:
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
        if response.status_code == 401:
            raise RelayError(QT_TRANSLATE_NOOP(
                "Relay", "The relay did not accept this device (code wrong, used or expired, or the device was "
                "removed): {error}").format(error=_error_text(response)), http_status=401)
        if response.status_code == 429:  # too many attempts at once (e.g. pairing codes tried): wait, then again
            wait = _retry_after(response)
            raise RelayError(
                QT_TRANSLATE_NOOP("Relay", "The relay asks this computer to wait {seconds} seconds before trying "
                                  "again (too many attempts at once).").format(seconds=int(wait))
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
                        correlation_id=e.get("correlation_id"), sealed=e.get("sealed") or {})
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
