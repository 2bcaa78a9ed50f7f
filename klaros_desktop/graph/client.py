"""The desktop's client for Meta's WhatsApp Cloud API (or the simulator, by ``base_url``).

One shared ``httpx.AsyncClient`` is passed in (its owner closes it). Every request carries a correlation id
(``X-Klaros-Correlation-Id``; Meta ignores unknown headers), is logged under it, and is reported to the
optional ``audit`` callback so the service layer can write it into the audit log.

Retries, bounded by ``max_retries``: 130429 (throughput) with exponential back-off and jitter; 131056 (pair
rate) after ``pair_rate_wait`` seconds; HTTP 5xx with back-off; network failures with back-off - but for a
send only when the request surely never reached Meta (connect errors), because a lost answer to a delivered
send would otherwise send the customer the same message twice. Never retried: template errors, opted-out or
unreachable recipients, bad tokens.

A message send (``POST /{phone-number-id}/messages`` or ``/marketing_messages``) is stricter still, since Meta
has no idempotency key: it is tried again only when it certainly never reached Meta (the connection could not
be made) or Meta's answer says it was not sent (``errors.NOT_SENT_CODES``). Any other failure after the request
went out (HTTP 5xx, a read timeout, a connection reset mid-answer) raises ``UnconfirmedSend`` at once: the
message may have reached the customer, and the caller settles it as unconfirmed instead of sending it again.
Every message send carries its correlation id as ``biz_opaque_callback_data``, which Meta echoes in the
message's status webhooks, so a later status can still find an unconfirmed message (Meta's answer with the
wamid was lost).

The bearer token goes only to Meta's hosts (``TOKEN_HOSTS``, over HTTPS) and to the configured ``base_url``
(the simulator in demo mode and tests). Meta's answers carry absolute URLs that the client follows (a media
file's download URL, ``paging.next``); one pointing anywhere else is refused with ``UntrustedHostError``
before any request is made, so a spoofed or tampered answer cannot collect the token.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from klaros_desktop import correlation
from klaros_desktop.graph import held_calls
from klaros_desktop.graph.errors import NOT_SENT_CODES, GraphError, NetworkError, UnconfirmedSend
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

CORRELATION_HEADER = "X-Klaros-Correlation-Id"
MEDIA_KINDS = ("image", "audio", "video", "document", "sticker")
DEFAULT_BASE_URL = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v23.0"
# Meta's hosts that may receive the access token: the Graph API and the media download host that
# ``GET /{media-id}`` hands out (https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=...).
TOKEN_HOSTS = frozenset({"graph.facebook.com", "lookaside.fbsbx.com"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


class UntrustedHostError(GraphError):
    """An answer pointed the client at a host that must not get the access token; nothing was sent there."""

    def __init__(self, origin: str, *, correlation_id: str | None = None):
        self.origin = origin
        super().__init__(code=None, title=f"refused to send the access token to {origin}",
                         details="only Meta's hosts (" + ", ".join(sorted(TOKEN_HOSTS)) +
                                 ", over https) and the configured Graph address get it",
                         retryable=False, correlation_id=correlation_id)

    @property
    def what_happened(self) -> Phrase:
        return QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp's answer pointed to another server ({origin}), so Klaros "
                                                "did not send your access key there.").format(origin=self.origin)

    @property
    def what_to_do(self) -> Phrase:
        return QT_TRANSLATE_NOOP("GraphErrors", "Try again later; if it keeps happening, send the log file to "
                                                "support.")


def _origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) of an absolute URL, the port filled in for http and https."""
    parts = httpx.URL(url)
    scheme = parts.scheme.lower()
    return scheme, parts.host.lower(), parts.port or _DEFAULT_PORTS.get(scheme)


def _show_origin(origin: tuple[str, str, int | None]) -> str:
    scheme, host, port = origin
    return f"{scheme}://{host}" + (f":{port}" if port and port != _DEFAULT_PORTS.get(scheme) else "")


@dataclass(frozen=True)
class SendResult:
    wamid: str
    wa_id: str
    input: str
    message_status: str | None
    correlation_id: str


@dataclass(frozen=True)
class GraphCall:
    """What the audit callback receives after every request (final outcome, after retries)."""

    method: str
    path: str
    correlation_id: str
    http_status: int | None
    attempts: int
    error_code: int | None
    duration_ms: int


class GraphClient:
    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        phone_number_id: str,
        waba_id: str,
        token: str,
        base_url: str = DEFAULT_BASE_URL,
        api_version: str = DEFAULT_API_VERSION,
        max_retries: int = 3,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        pair_rate_wait: float = 6.0,
        timeout: float = 30.0,
        audit: Callable[[GraphCall], None] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ):
        """``sleep`` and ``rng`` (the back-off wait and its jitter) are replaceable so tests can record the
        waits instead of spending them."""
        self._http = http
        self.phone_number_id = phone_number_id
        self.waba_id = waba_id
        self._token = token
        self.base_url = base_url.rstrip("/")
        self.api_version = api_version
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.pair_rate_wait = pair_rate_wait
        self.timeout = timeout
        self._audit = audit
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.template_page_size = 100
        self._app_id: str | None = None

    def url(self, path: str) -> str:
        return f"{self.base_url}/{self.api_version}/{path.lstrip('/')}"

    def may_get_token(self, url: str) -> bool:
        """Whether ``url`` (absolute) may carry the bearer token: Meta's hosts over https, or the base URL's
        own scheme, host and port."""
        try:
            origin = _origin(url)
        except (httpx.InvalidURL, ValueError):
            return False
        if origin[0] == "https" and origin[1] in TOKEN_HOSTS and origin[2] == 443:
            return True
        return origin == _origin(self.base_url)

    def _target(self, path: str, cid: str) -> str:
        """The URL for ``path``: relative paths below the base URL; absolute ones only to a trusted host."""
        if not urlsplit(path).scheme:
            return self.url(path)
        if not self.may_get_token(path):
            try:
                shown = _show_origin(_origin(path))
            except (httpx.InvalidURL, ValueError):
                shown = "an unreadable address"
            log.warning("refused to send the access token to %s (an address from a Graph answer)", shown)
            raise UntrustedHostError(shown, correlation_id=cid)
        return path

    # ----- sends -----------------------------------------------------------------------------------------
    async def send_text(self, to: str, body: str, *, reply_to: str | None = None, preview_url: bool = False,
                        correlation_id: str | None = None) -> SendResult:
        if not body or not body.strip():
            raise ValueError("a text message needs some text")
        return await self._send(to, "text", {"body": body, "preview_url": preview_url}, reply_to, correlation_id)

    async def send_template(self, to: str, name: str, language: str, components: list[dict] | None = None, *,
                            marketing_messages_api: bool = False, correlation_id: str | None = None) -> SendResult:
        """``marketing_messages_api`` sends a marketing template through Meta's Marketing Messages API
        (``/marketing_messages``, billed as ``marketing_lite``) instead of the Cloud API's ``/messages``."""
        template: dict[str, Any] = {"name": name, "language": {"code": language}}
        if components:
            template["components"] = components
        endpoint = "marketing_messages" if marketing_messages_api else "messages"
        return await self._send(to, "template", template, None, correlation_id, endpoint=endpoint)

    async def send_media(self, to: str, kind: str, *, media_id: str | None = None, link: str | None = None,
                         caption: str | None = None, filename: str | None = None, reply_to: str | None = None,
                         correlation_id: str | None = None) -> SendResult:
        if kind not in MEDIA_KINDS:
            raise ValueError(f"media kind must be one of {', '.join(MEDIA_KINDS)}, not {kind!r}")
        if (media_id is None) == (link is None):
            raise ValueError("give exactly one of media_id or link")
        if caption and kind in ("audio", "sticker"):
            raise ValueError(f"WhatsApp does not allow a caption on {kind}")
        if filename and kind != "document":
            raise ValueError("only documents carry a filename")
        media: dict[str, Any] = {"id": media_id} if media_id else {"link": link}
        if caption:
            media["caption"] = caption
        if filename:
            media["filename"] = filename
        return await self._send(to, kind, media, reply_to, correlation_id)

    async def send_reaction(self, to: str, message_id: str, emoji: str, *,
                            correlation_id: str | None = None) -> SendResult:
        """React to a message; an empty ``emoji`` removes the reaction."""
        return await self._send(to, "reaction", {"message_id": message_id, "emoji": emoji}, None, correlation_id)

    async def send_message(self, to: str, kind: str, content: Any, *, reply_to: str | None = None,
                           correlation_id: str | None = None) -> SendResult:
        """Any other type Meta accepts (location, contacts, interactive) with its object as documented."""
        return await self._send(to, kind, content, reply_to, correlation_id)

    async def mark_read(self, message_id: str, *, correlation_id: str | None = None) -> None:
        body = {"messaging_product": "whatsapp", "status": "read", "message_id": message_id}
        await self._request("POST", f"{self.phone_number_id}/messages", json=body, correlation_id=correlation_id,
                            is_send=True)

    async def _send(self, to: str, kind: str, content: Any, reply_to: str | None,
                    correlation_id: str | None, *, endpoint: str = "messages") -> SendResult:
        cid = self._cid(correlation_id)
        body: dict[str, Any] = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to,
                                "type": kind, kind: content, "biz_opaque_callback_data": cid[:512]}
        if reply_to:
            body["context"] = {"message_id": reply_to}
        data = await self._request("POST", f"{self.phone_number_id}/{endpoint}", json=body, correlation_id=cid,
                                   is_send=True, delivers=True)
        try:
            message = data["messages"][0]
            contact = (data.get("contacts") or [{}])[0]
            return SendResult(wamid=message["id"], wa_id=contact.get("wa_id", ""), input=contact.get("input", to),
                              message_status=message.get("message_status"), correlation_id=cid)
        except (KeyError, IndexError, TypeError):
            raise GraphError(code=None, title="Unexpected answer from WhatsApp", details=str(data)[:500],
                             correlation_id=cid) from None

    # ----- media -----------------------------------------------------------------------------------------
    async def upload_media(self, data: bytes, mime_type: str, filename: str, *,
                           correlation_id: str | None = None,
                           progress: Callable[[int, int], None] | None = None) -> str:
        """Upload a file; Meta answers its media id. ``progress(sent, total)`` hears the body go out in pieces
        (the bubble's upload progress)."""
        form = {"messaging_product": "whatsapp", "type": mime_type}
        if progress is None:
            files = {"file": (filename, data, mime_type)}
            result = await self._request("POST", f"{self.phone_number_id}/media", files=files, data=form,
                                         correlation_id=correlation_id, is_send=True)
            return str(result["id"])
        boundary = secrets.token_hex(16)
        safe_name = filename.replace('"', "'").replace("\r", " ").replace("\n", " ")
        head = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
                       for k, v in form.items())
        head += (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{safe_name}"\r\n'
                 f"Content-Type: {mime_type}\r\n\r\n")
        body = head.encode("utf-8") + data + f"\r\n--{boundary}--\r\n".encode("ascii")

        def chunks():
            async def stream():
                step = 256 * 1024
                for at in range(0, len(body), step):
                    yield body[at:at + step]
                    progress(min(at + step, len(body)), len(body))
            return stream()

        result = await self._request("POST", f"{self.phone_number_id}/media", content=chunks,
                                     content_type=f"multipart/form-data; boundary={boundary}",
                                     correlation_id=correlation_id, is_send=True)
        return str(result["id"])

    async def media_info(self, media_id: str, *, correlation_id: str | None = None) -> dict[str, Any]:
        return await self._request("GET", media_id, correlation_id=correlation_id)

    async def download_media(self, media_id: str, *, correlation_id: str | None = None) -> tuple[bytes, str]:
        """The media's bytes and mime type. The URL Meta hands out lives five minutes, so fetch it right away."""
        cid = self._cid(correlation_id)
        info = await self.media_info(media_id, correlation_id=cid)
        response = await self._request("GET", info["url"], correlation_id=cid, raw=True)
        mime = info.get("mime_type") or response.headers.get("content-type", "application/octet-stream")
        return response.content, mime

    async def fetch_url(self, url: str, *, correlation_id: str | None = None) -> tuple[bytes, str | None]:
        """The bytes behind a media URL Meta handed out (in a webhook or ``media_info``) and its content type;
        only Meta's hosts (or the configured base URL) get the token."""
        response = await self._request("GET", url, correlation_id=self._cid(correlation_id), raw=True)
        return response.content, response.headers.get("content-type")

    # ----- templates and account -------------------------------------------------------------------------
    async def list_templates(self, *, status: str | None = None, correlation_id: str | None = None) -> list[dict]:
        """Every template of the WABA, following Meta's cursor pages to the end."""
        cid = self._cid(correlation_id)
        first: dict[str, Any] = {
            "fields": "id,name,status,category,language,components,parameter_format,rejected_reason",
            "limit": self.template_page_size,
        }
        if status:
            first["status"] = status
        params: dict[str, Any] | None = first
        target = f"{self.waba_id}/message_templates"
        templates: list[dict] = []
        for _ in range(10_000):  # a hard stop in case a server keeps handing out the same page
            page = await self._request("GET", target, params=params, correlation_id=cid)
            templates.extend(page.get("data", []))
            target = (page.get("paging") or {}).get("next")
            params = None  # the next URL already carries every parameter
            if not target:
                break
        return templates

    async def get_template(self, template_id: str, *, correlation_id: str | None = None) -> dict:
        """One template node by its id, with its components (what a status webhook does not carry)."""
        params = {"fields": "id,name,status,category,language,components,parameter_format,rejected_reason,"
                            "quality_score"}
        return await self._request("GET", str(template_id), params=params, correlation_id=correlation_id)

    async def app_id(self, *, correlation_id: str | None = None) -> str:
        """The id of the Meta app the access token belongs to (``GET /app``), which the Resumable Upload API
        needs; asked once."""
        if self._app_id is None:
            node = await self._request("GET", "app", params={"fields": "id"}, correlation_id=correlation_id)
            self._app_id = str(node["id"])
        return self._app_id

    async def upload_handle(self, data: bytes, mime_type: str, filename: str, *,
                            correlation_id: str | None = None) -> str:
        """Upload a template's media example with Meta's Resumable Upload API and return its handle (the
        ``header_handle`` a template's picture, video or document header needs): ``POST /{app-id}/uploads``
        opens a session, the bytes go to it from ``file_offset`` 0 (Meta documents ``Authorization: OAuth``)."""
        cid = self._cid(correlation_id)
        app = await self.app_id(correlation_id=cid)
        session = await self._request("POST", f"{app}/uploads", params={
            "file_name": filename, "file_length": str(len(data)), "file_type": mime_type}, correlation_id=cid)
        session_id = str(session.get("id", ""))
        if not re.fullmatch(r"upload:[A-Za-z0-9_\-=:.?&%]+", session_id):
            raise GraphError(code=None, title="Unexpected answer from WhatsApp", details=str(session)[:500],
                             correlation_id=cid)
        # "upload:<id>" would read as an address with its own scheme: the node is named below the Graph URL
        result = await self._request("POST", self.url(session_id), content=lambda: data,
                                     content_type="application/octet-stream", correlation_id=cid, is_send=True,
                                     extra_headers={"Authorization": f"OAuth {self._token}", "file_offset": "0"})
        try:
            return str(result["h"])
        except (KeyError, TypeError):
            raise GraphError(code=None, title="Unexpected answer from WhatsApp", details=str(result)[:500],
                             correlation_id=cid) from None

    async def fetch_example(self, url: str, *, correlation_id: str | None = None) -> tuple[bytes, str | None]:
        """The file behind a template's media example as Meta's template node shows it (a URL of Meta's public
        file host): fetched without the access token, which no such host needs."""
        cid = self._cid(correlation_id)
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            raise GraphError(code=None, title="Not a file address", details=url[:200], retryable=False,
                             correlation_id=cid)
        try:
            response = await self._http.get(url, headers={CORRELATION_HEADER: cid}, timeout=self.timeout,
                                            follow_redirects=True)
        except httpx.TransportError as exc:
            raise NetworkError(code=None, title="WhatsApp could not be reached", details=str(exc) or
                               type(exc).__name__, retryable=True, correlation_id=cid) from None
        if response.status_code >= 400:
            raise GraphError(code=None, title=f"The template's example file could not be fetched "
                             f"({response.status_code})", details=url[:200], retryable=False, correlation_id=cid)
        return response.content, response.headers.get("content-type")

    async def create_template(self, name: str, language: str, category: str, components: list[dict], *,
                              correlation_id: str | None = None, parameter_format: str = "POSITIONAL") -> dict:
        body: dict[str, Any] = {"name": name, "language": language, "category": category, "components": components}
        if parameter_format != "POSITIONAL":
            body["parameter_format"] = parameter_format
        return await self._request("POST", f"{self.waba_id}/message_templates", json=body,
                                   correlation_id=correlation_id, is_send=True)

    async def edit_template(self, template_id: str, *, category: str | None = None,
                            components: list[dict] | None = None, correlation_id: str | None = None) -> dict:
        """``POST /{template-id}``: Meta replaces every component with ``components`` (and the category, when
        given) and reviews the template again; it answers ``{"success": true}``."""
        body: dict[str, Any] = {}
        if category is not None:
            body["category"] = category
        if components is not None:
            body["components"] = components
        return await self._request("POST", str(template_id), json=body, correlation_id=correlation_id, is_send=True,
                                   once=True)

    async def phone_number(self, *, correlation_id: str | None = None) -> dict:
        params = {"fields": "verified_name,display_phone_number,quality_rating,code_verification_status,"
                            "platform_type,throughput"}
        return await self._request("GET", self.phone_number_id, params=params, correlation_id=correlation_id)

    async def messaging_limit(self, *, correlation_id: str | None = None) -> str | None:
        """The business portfolio's messaging limit tier (``TIER_250``, ``TIER_2K``, ..., ``TIER_UNLIMITED``), read
        from the number's ``whatsapp_business_manager_messaging_limit`` (Meta deprecated ``messaging_limit_tier``)."""
        node = await self._request("GET", self.phone_number_id,
                                   params={"fields": "whatsapp_business_manager_messaging_limit"},
                                   correlation_id=correlation_id)
        return node.get("whatsapp_business_manager_messaging_limit")

    async def waba_fields(self, fields: str, *, correlation_id: str | None = None) -> dict:
        """``GET /{waba-id}?fields=…``: the account's own fields, or computed ones such as
        ``pricing_analytics.start(…).end(…)…`` (``services/analytics/reconcile.py`` builds those)."""
        return await self._request("GET", self.waba_id, params={"fields": fields}, correlation_id=correlation_id)

    # ----- transport -------------------------------------------------------------------------------------
    @staticmethod
    def _cid(correlation_id: str | None) -> str:
        return correlation_id or correlation.current() or correlation.new_id("graph")

    async def _request(self, method: str, path: str, *, json: Any = None, params: dict | None = None,
                       files: dict | None = None, data: dict | None = None, correlation_id: str | None = None,
                       is_send: bool = False, raw: bool = False, content: Callable[[], Any] | None = None,
                       content_type: str | None = None, once: bool = False, delivers: bool = False,
                       extra_headers: dict[str, str] | None = None) -> Any:
        """``is_send``: a request that may have arrived is not repeated after a broken connection (no duplicate
        messages). ``once``: nor after Meta's own failure (5xx), for a change Meta may have applied and allows
        only so often (a template edit). ``delivers``: a message to a customer; a failure that may have
        delivered it raises ``UnconfirmedSend`` without another try (see the module docstring)."""
        cid = self._cid(correlation_id)
        url = self._target(path, cid)
        headers = {"Authorization": f"Bearer {self._token}", CORRELATION_HEADER: cid, **(extra_headers or {})}
        if content_type:
            headers["Content-Type"] = content_type
        audit_path = url.split("?", 1)[0].removeprefix(self.base_url)
        started = time.monotonic()
        attempt = 0
        with correlation.correlated(cid):
            while True:
                attempt += 1
                error: GraphError
                status: int | None = None
                retry_after: str | None = None
                try:
                    extra = {"content": content()} if content is not None else {}  # a fresh stream per attempt
                    response = await self._http.request(method, url, json=json, params=params, files=files,
                                                        data=data, headers=headers, timeout=self.timeout, **extra)
                    status = response.status_code
                except httpx.TransportError as exc:
                    error = NetworkError(code=None, title="WhatsApp could not be reached", details=str(exc) or
                                         type(exc).__name__, retryable=True, correlation_id=cid)
                    # A send whose request may have arrived is not repeated (no duplicate messages).
                    never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
                    error.retryable = never_sent or not is_send
                    if delivers and not never_sent:
                        error = UnconfirmedSend(error)
                else:
                    if status < 400:
                        log.info("%s %s -> %s (attempt %s)", method, audit_path, status, attempt)
                        self._report(method, audit_path, cid, status, attempt, None, started)
                        if raw:
                            return response
                        try:
                            return response.json()
                        except ValueError:
                            raise GraphError(code=None, title="Unexpected answer from WhatsApp",
                                             details=response.text[:500], http_status=status,
                                             correlation_id=cid) from None
                    try:
                        body = response.json()
                    except ValueError:
                        body = None
                    error = GraphError.from_response(status, body, correlation_id=cid)
                    retry_after = response.headers.get("retry-after")
                    if once and status >= 500:
                        error.retryable = False
                    if delivers and status >= 500 and error.code not in NOT_SENT_CODES:
                        error = UnconfirmedSend(error)  # Meta failed and did not say the message was not sent
                log.warning("%s %s -> %s (attempt %s): %s", method, audit_path, status or "no answer", attempt,
                            error)
                if not error.retryable or attempt > self.max_retries:
                    self._report(method, audit_path, cid, status, attempt, error.code, started)
                    raise error
                await self._sleep(self._delay(error, attempt, retry_after))

    def _delay(self, error: GraphError, attempt: int, retry_after: str | None) -> float:
        if retry_after and retry_after.isdigit():
            return min(float(retry_after), self.backoff_max)
        if error.code == 131056:
            return self.pair_rate_wait
        backoff = min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)
        return backoff * (0.5 + self._rng.random() / 2)  # jitter so many clients do not retry in lock-step

    def _report(self, method: str, path: str, cid: str, status: int | None, attempts: int, code: int | None,
                started: float) -> None:
        if self._audit is None:
            return
        call = GraphCall(method, path, cid, status, attempts, code, int((time.monotonic() - started) * 1000))
        if held_calls.hold(call, datetime.now(UTC), self._audit):  # the caller writes its row in its own transaction
            return
        try:
            self._audit(call)
        except Exception:  # the audit sink must never break a send
            log.exception("audit callback failed")
