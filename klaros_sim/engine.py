"""The simulated WhatsApp side: customers, Meta's rules on sends, status progress and inbound messages.

Everything here runs on the server's event loop (no locks). Synchronous rules raise ``MetaError`` and the
server answers with Meta's envelope; rules Meta only applies after accepting a message (window closed,
recipient not on WhatsApp, marketing opt-out) produce a ``failed`` status webhook instead, as Meta does.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import logging
import random
import re
import time
import urllib.parse
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from klaros_sim import payloads
from klaros_sim.config import TIERS, SimConfig
from klaros_sim.errors import MetaError
from klaros_sim.templates import (
    CATEGORIES,
    FILTER_CATEGORIES,
    QUALITY_SCORES,
    STATUSES,
    Template,
    check_edit,
    check_send,
    components_update,
    demo_templates,
    review_outcome,
    validate_new,
)
from klaros_sim.webhooks import WebhookDispatcher

log = logging.getLogger(__name__)

UPLOAD_TYPES = ("application/pdf", "image/jpeg", "image/jpg", "image/png", "video/mp4")  # Meta's upload guide


def _upload_missing(session_id: str) -> MetaError:
    return MetaError(100, f"Unsupported request. Object with ID '{session_id}' does not exist.", subcode=33,
                     message=f"Unsupported post request. Object with ID '{session_id}' does not exist.")


WINDOW_SECONDS = 24 * 3600  # customer service window after the customer's last message
ENTRY_POINT_SECONDS = 72 * 3600  # free entry point window after a click-to-WhatsApp ad
MEDIA_KINDS = ("image", "audio", "video", "document", "sticker")
SEND_TYPES = (*MEDIA_KINDS, "text", "template", "location", "contacts", "reaction", "interactive")
INTERACTIVE_TYPES = ("button", "list", "cta_url", "product", "product_list", "catalog_message", "flow",
                     "location_request_message")
MB = 1024 * 1024
# Supported media types and their size limits (shared/meta-cloud-api.md section 8).
UPLOAD_LIMITS = {
    "image/jpeg": 5 * MB, "image/png": 5 * MB,
    "audio/aac": 16 * MB, "audio/amr": 16 * MB, "audio/mpeg": 16 * MB, "audio/mp4": 16 * MB, "audio/ogg": 16 * MB,
    "video/mp4": 16 * MB, "video/3gpp": 16 * MB,
    "image/webp": 500 * 1024,  # animated stickers; static ones are limited to 100 KB
    "text/plain": 100 * MB, "application/pdf": 100 * MB, "application/vnd.ms-powerpoint": 100 * MB,
    "application/msword": 100 * MB, "application/vnd.ms-excel": 100 * MB,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": 100 * MB,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": 100 * MB,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": 100 * MB,
}
# Markets with an authentication-international rate (Meta pricing docs: India and Indonesia since 2024; Egypt,
# Malaysia, Nigeria, Pakistan, Saudi Arabia, South Africa and the UAE since 2025-02-01), by calling code.
AUTH_INTERNATIONAL_CODES = ("20", "27", "60", "62", "91", "92", "234", "966", "971")
NAMES = ("Anna Becker", "Jonas Weber", "Mia Schulz", "Leon Fischer", "Emma Wagner", "Paul Hoffmann")


def wa_id_of(number: str) -> str:
    """Meta's wa_id: the number's digits without ``+``, spaces or dashes."""
    digits = re.sub(r"\D", "", str(number))
    if not 7 <= len(digits) <= 15 or re.search(r"[^\d\s+\-().]", str(number)):
        raise MetaError(100, f"Invalid WhatsApp user phone number: {number!r}", message="(#100) Invalid parameter")
    return digits


def _dig(value: Any, *path: str) -> Any:
    """``value[path[0]][path[1]]...`` or None when any step is missing or not an object."""
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _invalid(details: str) -> MetaError:
    return MetaError(100, details, message="(#100) Invalid parameter")


def _without_nulls(value: Any) -> Any:
    """``value`` with every ``null`` object member dropped: Graph takes a null optional parameter as not
    given (``"caption": null``), and a null required one is then reported missing as usual."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


TEMPLATE_LIMIT = 250  # templates a WABA of an unverified business may hold


def _cursor(index: int) -> str:
    return base64.urlsafe_b64encode(str(index).encode()).decode()


def _cursor_index(cursor: str) -> int:
    index = int(base64.urlsafe_b64decode(cursor.encode()).decode())
    if index < 0:
        raise ValueError(cursor)
    return index


def _listed(query: dict[str, str], key: str, allowed: tuple[str, ...] | None = None) -> set[str] | None:
    """A filter given as a comma-separated list (Graph also takes a JSON array), or None when absent."""
    raw = query.get(key)
    if not raw:
        return None
    raw = raw.strip()
    if raw.startswith("["):
        try:
            values = {str(v).strip() for v in json.loads(raw)}
        except ValueError:
            raise _invalid(f"{key} must be a list.") from None
    else:
        values = {v.strip() for v in raw.split(",") if v.strip()}
    if allowed is not None:
        values = {v.upper() for v in values}
        unknown = values - set(allowed)
        if unknown:
            raise _invalid(f"{key} must be one of {', '.join(allowed)}; got {', '.join(sorted(unknown))}.")
    return values


def _template_matches(template: Template, query: dict[str, str]) -> bool:
    """The listing's filters (Graph API reference, WhatsApp Business Account message_templates)."""
    for key, allowed, value in (("category", FILTER_CATEGORIES, template.category),
                                ("status", STATUSES, template.status),
                                ("quality_score", QUALITY_SCORES, template.quality_score),
                                ("language", None, template.language)):
        wanted = _listed(query, key, allowed)
        if wanted is not None and value not in wanted:
            return False
    name, content, either = (str(query.get(k) or "").lower() for k in ("name", "content", "name_or_content"))
    body = template.body_text().lower()
    if name and name not in template.name.lower():
        return False
    if content and content not in body:
        return False
    return not either or either in template.name.lower() or either in body


# Inbound taps and what the tapped message offered: reply buttons, list rows, template quick-reply buttons.
TAP_KINDS = {"button_reply": "button", "list_reply": "list", "button": "template"}


def _offers(message: Outbound) -> str | None:
    """``button``, ``list`` or ``template`` (with quick-reply buttons) when the customer could tap in it."""
    if message.type == "interactive":
        itype = _dig(message.payload, "interactive", "type")
        return itype if itype in ("button", "list") else None
    if message.type == "template" and message.template is not None:
        buttons = (message.template.component("BUTTONS") or {}).get("buttons") or []
        return "template" if any(str(b.get("type", "")).upper() == "QUICK_REPLY" for b in buttons) else None
    return None


def _objects(value: Any) -> list[dict[str, Any]]:
    """The objects in ``value`` when it is a list (a send may carry odd extras the checks let through)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _choices(message: Outbound) -> set[str]:
    """The ids, titles, texts and payloads the customer could tap in ``message``."""
    found: set[str] = set()
    for button in _objects(_dig(message.payload, "interactive", "action", "buttons")):
        reply = button.get("reply")
        found.update(str(v) for v in (reply.values() if isinstance(reply, dict) else ()))
    for section in _objects(_dig(message.payload, "interactive", "action", "sections")):
        for row in _objects(section.get("rows")):
            found.update(str(row[k]) for k in ("id", "title") if row.get(k))
    if message.template is not None:
        for button in _objects((message.template.component("BUTTONS") or {}).get("buttons")):
            if button.get("text"):
                found.add(str(button["text"]))
        for component in _objects(_dig(message.payload, "template", "components")):
            for param in _objects(component.get("parameters")):
                if param.get("type") == "payload" and param.get("payload"):
                    found.add(str(param["payload"]))
    return found


@dataclass
class Customer:
    wa_id: str
    name: str
    user_id: str | None
    on_whatsapp: bool = True
    marketing_opt_out: bool = False
    last_inbound_at: float | None = None
    entry_point_until: float | None = None
    entry_point_offer_until: float | None = None  # an ad message waits 24 h for the business's reply
    pair_tokens: float = 0.0
    pair_updated: float = 0.0
    marketing_received: deque[float] = field(default_factory=deque)  # when marketing templates reached them


@dataclass
class Outbound:
    wamid: str
    to: str
    wa_id: str
    type: str
    payload: dict[str, Any]
    correlation_id: str | None
    created_at: float
    statuses: list[str] = field(default_factory=list)
    error_code: int | None = None
    marketing_lite: bool = False  # sent through the Marketing Messages API (``/marketing_messages``)
    reaches_customer: bool = True  # False when Meta accepted it but it ends in a failed status
    template: Template | None = None
    price: dict[str, Any] | None = None  # the pricing its statuses carry (None for a failed message)
    delivered_at: float | None = None  # when it reached the customer: Meta charges then (analytics buckets)


@dataclass
class Media:
    id: str
    data: bytes
    mime_type: str
    filename: str | None
    sha256: str = ""
    expires_at: float = float("inf")  # simulated clock; Meta forgets the id after it

    def __post_init__(self) -> None:
        self.sha256 = base64.b64encode(hashlib.sha256(self.data).digest()).decode("ascii")


class Simulator:
    """State and rules of one simulated WhatsApp Business phone number and its WABA."""

    def __init__(self, config: SimConfig):
        self.config = config
        self.clock_offset = 0.0
        self.frozen_at: float | None = None  # wall time the clock stopped at; None while it runs
        self.rng = random.Random(config.seed)
        self.customers: dict[str, Customer] = {}
        self.outbound: dict[str, Outbound] = {}
        self.inbound: dict[str, dict[str, Any]] = {}
        self.templates: dict[str, Template] = {t.id: t for t in demo_templates()}
        self.media: dict[str, Media] = {}
        # Resumable Upload API: open sessions (name, declared length, type, bytes so far), the handles it gave
        # out (handle -> key) and the files behind the keys (a template example's URL names the key).
        self.upload_sessions: dict[str, dict[str, Any]] = {}
        self.upload_handles: dict[str, str] = {}
        self.template_files: dict[str, tuple[bytes, str]] = {}
        self.requests: list[dict[str, Any]] = []
        self.dispatcher = WebhookDispatcher(lambda: self.config, self.rng, report=self.report_background_error)
        self.background_error_count = 0
        self.background_errors: deque[dict[str, Any]] = deque(maxlen=50)  # the most recent ones
        self._sends: deque[float] = deque()
        self._tasks: set[asyncio.Task] = set()
        self._url_key = payloads.new_numeric_id(12).encode()
        self.token_expired = False
        self.injected: deque[int] = deque()  # error codes the next Graph requests are refused with
        self.injected_async: deque[int] = deque()  # error codes the next accepted sends fail with, by webhook
        # what goes wrong with the answer to the next sends after they were accepted (the message is delivered):
        # "500" (Meta's front end answers HTTP 500) or "drop" (the connection breaks mid-answer)
        self.after_accept: deque[str] = deque()
        # wa_id -> last time a message reached them outside the service window: the portfolio messaging limit
        # counts the unique users with such a message in the last 24 h.
        self.business_initiated: dict[str, float] = {}

    # ----- lifecycle and clock ---------------------------------------------------------------------------
    async def start(self) -> None:
        await self.dispatcher.start()

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.dispatcher.stop()

    def now(self) -> float:
        """Simulated time: real time (or the moment the clock was frozen) plus whatever ``advance`` added.

        Every rule that depends on time - the 24-hour window, media URL expiry, the throughput and pair rate
        limits - reads this clock, so a test that freezes it decides alone when time passes.
        """
        return (time.time() if self.frozen_at is None else self.frozen_at) + self.clock_offset

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the simulated clock only moves forward")
        self.clock_offset += float(seconds)
        return self.now()

    def freeze(self, frozen: bool = True) -> float:
        """Stop (or restart) the simulated clock; frozen, it moves only by ``advance``. Time never jumps back."""
        current = self.now()
        if frozen and self.frozen_at is None:
            self.frozen_at = time.time()
        elif not frozen and self.frozen_at is not None:
            self.frozen_at = None
        self.clock_offset = current - (time.time() if self.frozen_at is None else self.frozen_at)
        return self.now()

    @property
    def idle(self) -> bool:
        return not self._tasks and self.dispatcher.idle

    def _later(self, coro, name: str) -> None:
        task = asyncio.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            self.report_background_error(task.get_name(), task.exception())

    def report_background_error(self, task: str, exc: BaseException) -> None:
        """A background task failed: log it with its traceback and keep it for ``/_sim/health``, so a status
        that never comes or a webhook that never leaves has a visible reason."""
        log.error("simulator background task failed: %s", task, exc_info=(type(exc), exc, exc.__traceback__))
        self.background_error_count += 1
        self.background_errors.append({"task": task, "error": f"{type(exc).__name__}: {exc}", "at": self.now()})

    def _meta(self) -> dict[str, str]:
        return payloads.metadata(self.config.display_phone_number, self.config.phone_number_id)

    def customer(self, number: str, name: str | None = None) -> Customer:
        wa_id = wa_id_of(number)
        found = self.customers.get(wa_id)
        if found is None:
            user_id = payloads.new_user_id() if self.config.business_scoped_ids else None
            found = Customer(wa_id, name or self.rng.choice(NAMES), user_id, pair_tokens=self.config.pair_rate_burst,
                             pair_updated=self.now())
            self.customers[wa_id] = found
        elif name:
            found.name = name
        return found

    def window_open(self, customer: Customer) -> bool:
        return customer.last_inbound_at is not None and self.now() - customer.last_inbound_at < WINDOW_SECONDS

    def entry_point_open(self, customer: Customer) -> bool:
        return customer.entry_point_until is not None and self.now() < customer.entry_point_until

    # ----- outbound sends ----------------------------------------------------------------------------------
    def send(self, body: dict[str, Any], *, correlation_id: str | None = None,
             marketing_lite: bool = False) -> dict[str, Any]:
        """Handle ``POST /{phone-number-id}/messages`` (or ``/marketing_messages`` with ``marketing_lite``);
        returns the success body or raises MetaError."""
        if not isinstance(body, dict):
            raise MetaError(100, "The request body must be a JSON object.", message="(#100) Invalid parameter")
        body = _without_nulls(body)
        if body.get("messaging_product") != "whatsapp":
            raise MetaError(100, "The parameter messaging_product is required and must be 'whatsapp'.",
                            message="(#100) The parameter messaging_product is required.")
        if body.get("status") == "read" and not marketing_lite:
            return self.mark_read(body)
        to = body.get("to")
        if not to:
            raise MetaError(100, "The parameter to is required.", message="(#100) The parameter to is required.")
        kind = body.get("type", "text")
        if kind not in SEND_TYPES:
            raise MetaError(100, f"Unsupported message type: {kind}", message="(#100) Invalid parameter")
        customer = self.customer(str(to))
        template = self._validate(kind, body)
        if marketing_lite and template is None:
            # The Marketing Messages API carries marketing templates only. Meta documents no error for the
            # rest; these are the answers partners report (docs/simulator.md, "Campaign limits").
            raise _invalid("Message must be a template message.")
        if marketing_lite and template is not None and template.category != "MARKETING":
            raise MetaError(131055, f"Template category {template.category} cannot be sent through the Marketing "
                            "Messages API; only MARKETING templates can.")
        self._check_throughput()
        self._check_pair_rate(customer)
        wamid = payloads.new_wamid(customer.wa_id)
        message = Outbound(wamid, str(to), customer.wa_id, kind, body, correlation_id, self.now(),
                           marketing_lite=marketing_lite, template=template)
        self.outbound[wamid] = message
        # Meta judges window, opt-out and pricing when it accepts the message, not when it reports it.
        failure = self._async_failure(message, customer, template)
        message.reaches_customer = failure is None
        if failure is None and customer.entry_point_offer_until and self.now() < customer.entry_point_offer_until:
            # A reply within 24 h of a click-to-WhatsApp ad message opens the 72-hour free entry point window.
            customer.entry_point_until = self.now() + ENTRY_POINT_SECONDS
            customer.entry_point_offer_until = None
        price = None if failure else self._pricing(message, customer, template)
        message.price = price
        self._later(self._progress(message, customer, failure, price), f"status progress of {wamid}")
        result: dict[str, Any] = {"id": wamid}
        if kind == "template":
            result["message_status"] = "accepted"
        return {
            "messaging_product": "whatsapp",
            "contacts": [{"input": str(to), "wa_id": customer.wa_id}],
            "messages": [result],
        }

    def mark_read(self, body: dict[str, Any]) -> dict[str, Any]:
        message_id = body.get("message_id")
        if not isinstance(message_id, str) or message_id not in self.inbound:
            raise MetaError(100, f"Unknown message_id {message_id!r}", message="(#100) Invalid parameter")
        self.inbound[message_id]["read"] = True
        return {"success": True}

    def _validate(self, kind: str, body: dict[str, Any]) -> Template | None:
        content = body.get(kind)
        if not isinstance(content, dict) and kind != "contacts":
            raise MetaError(100, f"The parameter {kind} is required.",
                            message=f"(#100) The parameter {kind} is required.")
        if "context" in body and not isinstance(_dig(body, "context", "message_id"), str):
            raise _invalid("context.message_id must be the wamid of the message replied to.")
        if kind == "text":
            text = content.get("body")
            if not isinstance(text, str) or not text.strip():
                raise MetaError(100, "The parameter text['body'] is required.",
                                message="(#100) The parameter text['body'] is required.")
            if len(text) > 4096:
                raise _invalid("text['body'] must be at most 4096 characters.")
        elif kind in MEDIA_KINDS:
            media_id, link = content.get("id"), content.get("link")
            if (media_id is None) == (link is None):
                raise _invalid(f"{kind}: give exactly one of id or link.")
            if media_id is not None and (not isinstance(media_id, str | int) or self.live_media(str(media_id)) is None):
                raise MetaError(131053, f"Media id {media_id} was not found or has expired.")
            if link is not None and (not isinstance(link, str) or not link.startswith(("http://", "https://"))):
                raise _invalid(f"{kind}: link must be an http(s) URL.")
            for key in ("caption", "filename"):
                if key in content and not isinstance(content[key], str):
                    raise _invalid(f"{kind}: {key} must be a string.")
            if "caption" in content and kind in ("audio", "sticker"):
                raise _invalid(f"{kind}: caption is not allowed.")
            if "filename" in content and kind != "document":
                raise _invalid(f"{kind}: filename is only allowed for documents.")
        elif kind == "location":
            for key in ("latitude", "longitude"):
                value = content.get(key)
                try:
                    if isinstance(value, bool) or not isinstance(value, int | float | str):
                        raise ValueError
                    float(value)
                except ValueError:
                    raise _invalid(f"location['{key}'] is required and must be a number.") from None
        elif kind == "contacts":
            if not isinstance(content, list) or not content or not all(
                isinstance(_dig(c, "name", "formatted_name"), str) for c in content
            ):
                raise _invalid("contacts: each contact needs name.formatted_name.")
        elif kind == "reaction":
            if not isinstance(content.get("message_id"), str) or not isinstance(content.get("emoji"), str):
                raise _invalid("reaction needs message_id and emoji (empty to remove).")
        elif kind == "interactive":
            self._validate_interactive(content)
        elif kind == "template":
            name = content.get("name")
            language = _dig(content, "language", "code")
            if not isinstance(name, str) or not name or not isinstance(language, str) or not language:
                raise _invalid("template needs name and language.code.")
            components = content.get("components") or []
            if not isinstance(components, list):
                raise MetaError(132012, "components must be a list")
            found = next(
                (t for t in self.templates.values() if t.name == name and t.language == language), None
            )
            check_send(found, name, language, components)
            for comp in components:  # a header's file named by id: Meta must still have it
                if isinstance(comp, dict) and str(comp.get("type", "")).lower() == "header":
                    for param in comp.get("parameters") or []:
                        media = param.get(param.get("type")) if isinstance(param, dict) else None
                        if isinstance(media, dict) and "id" in media and self.live_media(str(media["id"])) is None:
                            raise MetaError(131053, f"Media id {media['id']} was not found or has expired.")
            return found
        return None

    @staticmethod
    def _validate_interactive(content: dict[str, Any]) -> None:
        itype = content.get("type")
        if not isinstance(itype, str) or itype not in INTERACTIVE_TYPES:
            raise _invalid(f"interactive type {itype!r} is not supported.")
        body_text = _dig(content, "body", "text")
        if itype in ("button", "list") and (not isinstance(body_text, str) or not body_text.strip()):
            raise _invalid("interactive body.text is required.")
        if itype == "button":
            buttons = _dig(content, "action", "buttons")
            if not isinstance(buttons, list) or not 1 <= len(buttons) <= 3:
                raise MetaError(131009, "buttons: between 1 and 3 reply buttons are allowed.")
            for button in buttons:
                title = _dig(button, "reply", "title")
                if not isinstance(title, str) or not 1 <= len(title) <= 20:
                    raise MetaError(131009, "Button title length invalid. Min length: 1, Max length: 20")
        if itype == "list":
            sections = _dig(content, "action", "sections")
            rows: list[Any] = []
            for section in sections if isinstance(sections, list) else []:
                section_rows = _dig(section, "rows")
                rows.extend(section_rows if isinstance(section_rows, list) else [])
            if not isinstance(_dig(content, "action", "button"), str) or not 1 <= len(rows) <= 10:
                raise MetaError(131009, "list: action.button and 1 to 10 rows across sections are required.")

    def _count_throughput(self) -> int:
        now = self.now()
        while self._sends and now - self._sends[0] >= self.config.throughput_window:
            self._sends.popleft()
        self._sends.append(now)
        return len(self._sends)

    def _check_throughput(self) -> None:
        allowed = self.config.throughput_mps * self.config.throughput_window
        if self._count_throughput() > allowed:
            self._sends.pop()
            raise MetaError(130429)

    def _check_pair_rate(self, customer: Customer) -> None:
        now = self.now()
        interval = max(self.config.pair_rate_interval, 1e-6)
        customer.pair_tokens = min(
            self.config.pair_rate_burst, customer.pair_tokens + (now - customer.pair_updated) / interval
        )
        customer.pair_updated = now
        if customer.pair_tokens < 1:
            raise MetaError(131056)
        customer.pair_tokens -= 1

    def _pricing(self, message: Outbound, customer: Customer, template: Template | None) -> dict[str, Any]:
        # Choices where Meta's docs leave it open (shared/meta-cloud-api.md section 10): inside a free entry
        # point window everything is free_entry_point / referral_conversion; utility templates inside the
        # service window are free_customer_service; free-form messages are service.
        if self.entry_point_open(customer):
            return payloads.pricing("referral_conversion", "free_entry_point")
        if template is None:
            return payloads.pricing("service", "free_customer_service")
        category = template.category.lower()
        if message.marketing_lite:
            category = "marketing_lite"
        elif category == "authentication" and self._authentication_international(customer):
            category = "authentication_international"
        if category == "utility" and self.window_open(customer):
            return payloads.pricing(category, "free_customer_service")
        return payloads.pricing(category, "regular")

    def _authentication_international(self, customer: Customer) -> bool:
        """Meta bills an authentication template at the authentication-international rate when the recipient's
        calling code is one of those markets, the business is eligible and based in another country. Meta
        infers the business location from public information; the simulator takes its display number's
        calling code (choice, ``shared/meta-cloud-api.md`` leaves it open)."""
        if not self.config.auth_international_eligible:
            return False
        market = next((c for c in AUTH_INTERNATIONAL_CODES if customer.wa_id.startswith(c)), None)
        return market is not None and not self.config.display_phone_number.startswith(market)

    def _async_failure(self, message: Outbound, customer: Customer, template: Template | None) -> MetaError | None:
        """Why Meta, having accepted ``message``, will report it ``failed`` (None: it reaches the customer,
        and then counts toward the messaging limit and the customer's marketing cap)."""
        cfg = self.config
        if self.injected_async:
            return MetaError(self.injected_async.popleft())
        if not customer.on_whatsapp:
            return MetaError(131026)
        # The free entry point window only changes the price; free-form text still needs the 24-hour window.
        outside_window = not self.window_open(customer)
        if template is None and outside_window:
            return MetaError(131047)
        marketing = template is not None and template.category == "MARKETING"
        if marketing and customer.marketing_opt_out:
            return MetaError(131050)
        now = self.now()
        while customer.marketing_received and now - customer.marketing_received[0] >= WINDOW_SECONDS:
            customer.marketing_received.popleft()
        if marketing and 0 < cfg.marketing_per_user_limit <= len(customer.marketing_received):
            return MetaError(131049)
        limit = TIERS[cfg.messaging_limit_tier]
        if template is not None and outside_window and limit is not None and not self._within_limit(customer, limit):
            # Meta names no error for the messaging limit; 131048 is its code for "restrictions on how many
            # messages can be sent from this phone number" (docs/simulator.md, "Campaign limits").
            return MetaError(131048, f"Message failed to send because the business portfolio has reached its "
                             f"messaging limit ({cfg.messaging_limit_tier}: {limit} unique users outside the "
                             "customer service window in 24 hours).")
        if template is not None and cfg.spam_rate_limit_rate > 0 and self.rng.random() < cfg.spam_rate_limit_rate:
            return MetaError(131048)
        if marketing and cfg.marketing_limit_rate > 0 and self.rng.random() < cfg.marketing_limit_rate:
            return MetaError(131049)
        if cfg.failure_rate > 0 and self.rng.random() < cfg.failure_rate:
            return MetaError(131026)
        if template is not None and outside_window:
            self.business_initiated[customer.wa_id] = now
        if marketing:
            customer.marketing_received.append(now)
        return None

    def _within_limit(self, customer: Customer, limit: int) -> bool:
        """Whether one more message outside the window to ``customer`` stays within the messaging limit: a
        user already reached in the last 24 h does not count again."""
        now = self.now()
        if now - self.business_initiated.get(customer.wa_id, -WINDOW_SECONDS) < WINDOW_SECONDS:
            return True
        if len(self.business_initiated) >= limit:
            self.business_initiated = {k: t for k, t in self.business_initiated.items() if now - t < WINDOW_SECONDS}
        return len(self.business_initiated) < limit

    async def _progress(self, message: Outbound, customer: Customer, failure: MetaError | None,
                        price: dict[str, Any] | None) -> None:
        cfg = self.config
        await asyncio.sleep(cfg.sent_delay)
        if failure is not None:
            message.error_code = failure.code
            self._emit_status(message, customer, "failed", None, errors=[failure.status_error()])
            return
        self._emit_status(message, customer, "sent", price)
        if cfg.delivery_delay is None or message.type == "reaction":
            return  # Meta reports a reaction as sent only, never delivered or read (reaction messages page)
        steps: list[tuple[float, str]] = [(cfg.delivery_delay, "delivered")]
        if cfg.read_delay is not None:
            if cfg.read_delay <= cfg.delivery_delay:
                steps = [(cfg.read_delay, "read")]  # Meta skips `delivered` when both happen together
            else:
                steps.append((cfg.read_delay, "read"))
        if cfg.out_of_order and len(steps) == 2:
            steps = [(steps[0][0], "read"), (steps[1][0], "delivered")]
        elapsed = cfg.sent_delay
        for at, status in steps:
            await asyncio.sleep(max(0.0, at - elapsed))
            elapsed = max(elapsed, at)
            self._emit_status(message, customer, status, price)

    def _emit_status(self, message: Outbound, customer: Customer, status: str, price: dict | None,
                     errors: list[dict[str, Any]] | None = None) -> None:
        item: dict[str, Any] = {
            "id": message.wamid,
            "status": status,
            "timestamp": str(int(self.now())),
            "recipient_id": customer.wa_id,
        }
        if customer.user_id:
            item["recipient_user_id"] = customer.user_id
        if price is not None:
            item["pricing"] = price
        if message.payload.get("biz_opaque_callback_data"):
            item["biz_opaque_callback_data"] = message.payload["biz_opaque_callback_data"]
        if errors:
            item["errors"] = errors
        message.statuses.append(status)
        if status in ("delivered", "read") and message.delivered_at is None:
            message.delivered_at = self.now()
        # Meta names the recipient in a contacts array on sent, delivered and read statuses (business-scoped
        # user IDs page); failed statuses have none.
        contacts = None if status == "failed" else [
            payloads.contact(customer.wa_id, customer.name, customer.user_id)]
        self.emit_statuses([item], contacts=contacts)

    def emit_statuses(self, items: list[dict[str, Any]], *, contacts: list[dict[str, Any]] | None = None) -> None:
        value = payloads.statuses_value(self._meta(), items, contacts)
        self.dispatcher.emit(self.config.waba_id, [payloads.change("messages", value)])

    # ----- inbound (scripted customers) --------------------------------------------------------------------
    def customer_message(self, spec: dict[str, Any]) -> dict[str, Any]:
        """A customer sends something; ``spec`` = ``{"from", "type", ...}`` (see ``klaros_sim.embedded``)."""
        number = spec.get("from")
        if not number:
            raise ValueError("a customer message needs 'from' (the customer's phone number)")
        customer = self.customer(str(number), spec.get("name"))
        kind = spec.get("type", "text")
        message = self._inbound_message(customer, kind, spec)
        if kind != "system":
            customer.last_inbound_at = self.now()
            if "referral" in message and not self.entry_point_open(customer):
                customer.entry_point_offer_until = self.now() + WINDOW_SECONDS
        self._count_throughput()  # Meta's throughput counts inbound messages too
        contacts = [] if kind == "system" else [payloads.contact(customer.wa_id, customer.name, customer.user_id)]
        self.inbound[message["id"]] = {"message": message, "read": False}
        value = payloads.messages_value(self._meta(), contacts, [message])
        self.dispatcher.emit(self.config.waba_id, [payloads.change("messages", value)])
        return message

    def _inbound_message(self, customer: Customer, kind: str, spec: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {"from": customer.wa_id, "id": payloads.new_wamid(customer.wa_id),
                                   "timestamp": str(int(self.now()))}
        context = self._context(customer, kind, spec)
        if context:
            message["context"] = context
        if spec.get("referral"):
            message["referral"] = self._referral(spec["referral"])
        if kind == "text":
            body = spec.get("body") or spec.get("text")
            if not body:
                raise ValueError("a text message needs 'body'")
            message.update(type="text", text={"body": str(body)})
        elif kind in ("image", "video", "document", "audio", "voice", "sticker"):
            message.update(self._inbound_media(kind, spec))
        elif kind == "location":
            location: dict[str, Any] = {"latitude": float(spec["latitude"]), "longitude": float(spec["longitude"])}
            for key in ("name", "address", "url"):
                if spec.get(key):
                    location[key] = spec[key]
            message.update(type="location", location=location)
        elif kind == "contacts":
            message.update(type="contacts", contacts=spec.get("contacts") or [self._vcard_contact(spec)])
        elif kind in ("button_reply", "list_reply"):
            reply: dict[str, Any] = {"id": str(spec.get("id") or spec.get("reply_id")), "title": str(spec["title"])}
            if kind == "list_reply" and spec.get("description"):
                reply["description"] = spec["description"]
            message.update(type="interactive", interactive={"type": kind, kind: reply})
        elif kind == "button":
            text = str(spec.get("text") or spec.get("title"))
            message.update(type="button", button={"payload": str(spec.get("payload") or text), "text": text})
        elif kind == "reaction":
            reaction = {"message_id": str(spec["message_id"])}
            if spec.get("emoji"):
                reaction["emoji"] = spec["emoji"]  # absent emoji = reaction removed, as Meta sends it
            message.update(type="reaction", reaction=reaction)
        elif kind == "unsupported":
            message["errors"] = [MetaError(131051).status_error()]
            message["errors"][0].pop("href")
            message["type"] = "unsupported"
            if spec.get("unsupported_type"):
                message["unsupported"] = {"type": spec["unsupported_type"]}
        elif kind == "system":
            message.update(self._system(customer, spec))
        else:
            raise ValueError(f"unknown customer message type {kind!r}")
        return message

    def _context(self, customer: Customer, kind: str, spec: dict[str, Any]) -> dict[str, Any] | None:
        if spec.get("reply_to"):
            return {"from": self.config.display_phone_number, "id": str(spec["reply_to"])}
        if kind in TAP_KINDS:
            # A tap always answers a message the business sent, so Meta always names it in context.
            return {"from": self.config.display_phone_number, "id": self._tapped_message(customer, kind, spec)}
        if spec.get("frequently_forwarded"):
            return {"forwarded": True, "frequently_forwarded": True}
        if spec.get("forwarded"):
            return {"forwarded": True}
        return None

    def _tapped_message(self, customer: Customer, kind: str, spec: dict[str, Any]) -> str:
        """The wamid of the message whose button or list row the customer tapped: the newest message to them
        that offers that choice, else the newest one of the right kind, else the newest that reached them.
        A scripted tap on a message the simulator never sent replies to a made-up wamid, as a tap cannot
        exist without one."""
        reached = [m for m in reversed(self.outbound.values())
                   if m.wa_id == customer.wa_id and m.reaches_customer and m.type != "reaction"]
        of_kind = [m for m in reached if _offers(m) == TAP_KINDS[kind]]
        wanted = {str(spec.get(key)) for key in ("id", "reply_id", "title", "text", "payload") if spec.get(key)}
        for candidates in ([m for m in of_kind if wanted & _choices(m)], of_kind, reached):
            if candidates:
                return candidates[0].wamid
        return payloads.new_wamid(customer.wa_id)

    @staticmethod
    def _referral(given: dict[str, Any] | bool) -> dict[str, Any]:
        referral = {
            "source_url": "https://fb.me/3cr4Wqqkv",
            "source_id": "120212345678900123",
            "source_type": "ad",
            "headline": "Frühlingsangebot",
            "body": "Schreiben Sie uns auf WhatsApp",
            "media_type": "image",
            "image_url": "https://scontent.xx.fbcdn.net/v/ad-image.jpg",
            "thumbnail_url": "https://scontent.xx.fbcdn.net/v/ad-thumb.jpg",
            "ctwa_clid": "ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4Nx0-eM-GABDLOPaOdRMXP",
        }
        if isinstance(given, dict):
            referral.update(given)
        return referral

    def _inbound_media(self, kind: str, spec: dict[str, Any]) -> dict[str, Any]:
        defaults = {
            "image": ("image/jpeg", b"\xff\xd8\xff\xe0demo-jpeg"),
            "video": ("video/mp4", b"\x00\x00\x00\x18ftypmp42demo"),
            "document": ("application/pdf", b"%PDF-1.4 demo"),
            "audio": ("audio/ogg; codecs=opus", b"OggSdemo-audio"),
            "voice": ("audio/ogg; codecs=opus", b"OggSdemo-voice"),
            "sticker": ("image/webp", b"RIFF\x00\x00\x00\x00WEBPdemo"),
        }
        mime, default_data = defaults[kind]
        data = spec.get("data")
        if isinstance(data, str):
            data = base64.b64decode(data)
        media = Media(payloads.new_numeric_id(16), data or default_data, spec.get("mime_type") or mime,
                      spec.get("filename"), expires_at=self.now() + self.config.inbound_media_ttl)
        self.media[media.id] = media
        # Meta now adds the download URL (the one GET /{media-id} would give) to inbound media objects.
        obj: dict[str, Any] = {"mime_type": media.mime_type, "sha256": media.sha256, "id": media.id,
                               "url": self.media_url(media.id, self.config.base_url)}
        wire = "audio" if kind == "voice" else kind
        if kind in ("image", "video", "document") and spec.get("caption"):
            obj["caption"] = spec["caption"]
        if kind == "document":
            obj["filename"] = spec.get("filename") or "document.pdf"
        if wire == "audio":
            obj["voice"] = kind == "voice" or bool(spec.get("voice"))
        if kind == "sticker":
            obj["animated"] = bool(spec.get("animated"))
        return {"type": wire, wire: obj}

    @staticmethod
    def _vcard_contact(spec: dict[str, Any]) -> dict[str, Any]:
        name = str(spec.get("contact_name") or "Max Mustermann")
        first, _, last = name.partition(" ")
        phone = str(spec.get("contact_phone") or "+49 151 23456789")
        entry_name: dict[str, Any] = {"first_name": first, "formatted_name": name}
        if last:
            entry_name["last_name"] = last
        return {"name": entry_name, "phones": [{"phone": phone, "wa_id": re.sub(r"\D", "", phone), "type": "CELL"}]}

    def _system(self, customer: Customer, spec: dict[str, Any]) -> dict[str, Any]:
        if spec.get("new_number"):
            new_wa = wa_id_of(str(spec["new_number"]))
            return {
                "type": "system",
                "system": {
                    "body": f"{customer.name} changed from {customer.wa_id} to {new_wa}",
                    "wa_id": new_wa,
                    "type": "user_changed_number",
                },
            }
        ts = str(int(self.now()))
        return {
            "type": "system",
            "identity": {"acknowledged": True, "created_timestamp": ts, "hash": payloads.new_numeric_id(8)},
            "system": {"body": "User identity changed", "type": "customer_identity_changed"},
        }

    def set_marketing_preference(self, number: str, value: str) -> dict[str, Any]:
        """The customer taps "Stop promotions" / "Resume promotions": a ``user_preferences`` webhook."""
        if value not in ("stop", "resume"):
            raise ValueError("marketing preference must be 'stop' or 'resume'")
        customer = self.customer(number)
        customer.marketing_opt_out = value == "stop"
        detail = "User requested to stop marketing messages" if value == "stop" else (
            "User requested to resume marketing messages")
        value_obj = {
            "messaging_product": "whatsapp",
            "metadata": self._meta(),
            "contacts": [payloads.contact(customer.wa_id, customer.name, customer.user_id)],
            "user_preferences": [
                {"wa_id": customer.wa_id, "detail": detail, "category": "marketing_messages", "value": value,
                 "timestamp": int(self.now())}
            ],
        }
        self.dispatcher.emit(self.config.waba_id, [payloads.change("user_preferences", value_obj)])
        return value_obj["user_preferences"][0]

    # ----- templates ---------------------------------------------------------------------------------------
    def list_templates(self, query: dict[str, str], page_url: str) -> dict[str, Any]:
        """``GET /{waba-id}/message_templates``: Meta's filters, cursor paging both ways and the summary."""
        items = [t for t in self.templates.values() if _template_matches(t, query)]
        try:
            limit = int(query.get("limit", 25))
            if not 1 <= limit <= 1000:
                raise ValueError
            if query.get("after"):
                start = _cursor_index(query["after"])
            elif query.get("before"):
                start = max(0, _cursor_index(query["before"]) - limit)
            else:
                start = 0
        except (ValueError, TypeError):
            raise _invalid("Invalid paging cursor or limit.") from None
        page = items[start : start + limit]
        fields = [f.strip() for f in query.get("fields", "").split(",") if f.strip()]
        result: dict[str, Any] = {"data": [t.as_graph(fields) for t in page]}
        if page:
            paging: dict[str, Any] = {"cursors": {"before": _cursor(start), "after": _cursor(start + len(page))}}
            params = {k: v for k, v in query.items() if k not in ("after", "before")}
            params["limit"] = str(limit)
            link = lambda **cursor: page_url + "?" + urllib.parse.urlencode({**params, **cursor})  # noqa: E731
            if start + len(page) < len(items):
                paging["next"] = link(after=_cursor(start + len(page)))
            if start > 0:
                paging["previous"] = link(before=_cursor(start))
            result["paging"] = paging
        result["summary"] = self._template_summary(len(items), query.get("summary"))
        return result

    def _template_summary(self, matching: int, wanted: str | None) -> dict[str, Any]:
        """Meta's summary of the edge. ``total_count`` counts what the filters matched, the others the whole
        WABA (Meta describes both counts alike; this split is the simulator's choice). ``summary=a,b`` keeps
        only those fields."""
        summary = {"total_count": matching, "message_template_count": len(self.templates),
                   "message_template_limit": TEMPLATE_LIMIT,
                   "are_translations_complete": True}  # the simulator has no pending translations
        asked = {f.strip() for f in (wanted or "").split(",") if f.strip()} - {"true", "1"}
        return {k: v for k, v in summary.items() if k in asked} if asked else summary

    # ----- Resumable Upload API (a template's media example) --------------------------------------------------
    def start_upload(self, file_name: str, file_length: str, file_type: str) -> dict[str, Any]:
        """``POST /{app-id}/uploads``: a session for one file of a type Meta's upload guide lists."""
        if file_type not in UPLOAD_TYPES:
            raise MetaError(100, f"file_type must be one of {', '.join(UPLOAD_TYPES)}",
                            message="(#100) Invalid parameter")
        if not str(file_length).isdigit() or int(file_length) <= 0:
            raise MetaError(100, "file_length must be the file's size in bytes", message="(#100) Invalid parameter")
        session = "upload:" + payloads.new_numeric_id(24)
        self.upload_sessions[session] = {"name": file_name, "length": int(file_length), "type": file_type,
                                         "data": b""}
        return {"id": session}

    def upload_part(self, session_id: str, file_offset: str, data: bytes) -> dict[str, Any]:
        """``POST /upload:<id>`` with ``file_offset``: the bytes from there; the whole file answers its handle."""
        session = self.upload_sessions.get(session_id)
        if session is None:
            raise _upload_missing(session_id)
        if str(file_offset) != str(len(session["data"])):
            raise MetaError(100, f"file_offset must be {len(session['data'])}, where the upload stands",
                            message="(#100) Invalid parameter")
        session["data"] += data
        if len(session["data"]) > session["length"]:
            raise MetaError(100, "More bytes than file_length announced.", message="(#100) Invalid parameter")
        if len(session["data"]) < session["length"]:
            return {"id": session_id, "file_offset": len(session["data"])}
        key = payloads.new_numeric_id(20)
        handle = f"4::{key}"
        self.upload_handles[handle] = key
        self.template_files[key] = (session["data"], session["type"])
        del self.upload_sessions[session_id]
        return {"h": handle}

    def upload_state(self, session_id: str) -> dict[str, Any]:
        session = self.upload_sessions.get(session_id)
        if session is None:
            raise _upload_missing(session_id)
        return {"id": session_id, "file_offset": len(session["data"])}

    def _examples_as_urls(self, components: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Meta keeps a media header's example as a file and shows its URL in the template node, not the handle."""
        out = []
        for component in components:
            example = component.get("example") if isinstance(component, dict) else None
            handles = example.get("header_handle") if isinstance(example, dict) else None
            if isinstance(handles, list) and handles and handles[0] in self.upload_handles:
                url = (f"http://{self.config.host}:{self.config.port}/_sim/template_examples/"
                       f"{self.upload_handles[handles[0]]}")
                component = {**component, "example": {**example, "header_handle": [url]}}
            out.append(component)
        return out

    def create_template(self, body: dict[str, Any]) -> dict[str, Any]:
        template = validate_new(body)
        template.components = self._examples_as_urls(template.components)
        if any(t.name == template.name and t.language == template.language for t in self.templates.values()):
            raise MetaError(
                100,
                f"There is already {template.language} content for this template. You can create a new template "
                "and try again.",
                subcode=2388024,
                message="(#100) Invalid parameter",
            )
        self.templates[template.id] = template
        self._later(self._review(template), f"review of template {template.name} ({template.language})")
        return {"id": template.id, "status": template.status, "category": template.category}

    def edit_template(self, template: Template, body: Any) -> dict[str, Any]:
        """``POST /{template-id}``: Meta's limits (``templates.check_edit``), then back to review, whose outcome
        comes as a ``message_template_status_update`` webhook like a new template's. Meta does not document the
        status between the edit and the review; the simulator shows PENDING (WhatsApp Manager: "In review")."""
        category, components = check_edit(template, body, self.now())
        if template.status == "APPROVED":
            template.approved_edits.append(self.now())
        if category is not None:
            template.category = category
        if components is not None:
            template.components = self._examples_as_urls(components)
        template.status, template.rejected_reason = "PENDING", "NONE"
        template.review += 1
        if components is not None:
            self.dispatcher.emit(self.config.waba_id, [payloads.change("message_template_components_update",
                                                                       components_update(template))],
                                 entry_time=int(self.now()))
        self._later(self._review(template), f"review of the edit of {template.name} ({template.language})")
        return {"success": True}

    def recategorize_template(self, template: Template, category: str, *, impending: bool = False) -> dict[str, Any]:
        """Meta changing a template's category (its automated check, or by hand): ``template_category_update``.
        ``impending``: the notice 24 hours before, which names the current category as ``new_category`` and the
        coming one as ``correct_category`` (Meta's webhook reference); the category stays until the change."""
        category = category.upper()
        if category not in CATEGORIES:
            raise MetaError(100, f"category must be one of {', '.join(CATEGORIES)}", message="(#100) Invalid parameter")
        value: dict[str, Any] = {"message_template_id": int(template.id), "message_template_name": template.name,
                                 "message_template_language": template.language}
        if impending:
            value.update(correct_category=category, new_category=template.category,
                         category_update_timestamp=int(self.now()) + 24 * 3600)
        else:
            value.update(previous_category=template.category, new_category=category)
            template.category = category
        self.dispatcher.emit(self.config.waba_id, [payloads.change("template_category_update", value)],
                             entry_time=int(self.now()))
        return value

    def set_template_quality(self, template: Template, score: str) -> dict[str, Any]:
        """A template's quality score changes (recipients' reactions): ``message_template_quality_update``."""
        score = score.upper()
        if score not in QUALITY_SCORES:
            raise MetaError(100, f"quality must be one of {', '.join(QUALITY_SCORES)}",
                            message="(#100) Invalid parameter")
        value = {"previous_quality_score": template.quality_score, "new_quality_score": score,
                 "message_template_id": int(template.id), "message_template_name": template.name,
                 "message_template_language": template.language}
        template.quality_score = score
        self.dispatcher.emit(self.config.waba_id, [payloads.change("message_template_quality_update", value)],
                             entry_time=int(self.now()))
        return value

    async def _review(self, template: Template) -> None:
        review = template.review
        await asyncio.sleep(self.config.template_review_delay)
        if template.status != "PENDING" or template.review != review:
            return  # decided meanwhile (a test, ``/_sim/templates``), or edited again: that review decides
        event, reason, rejection = review_outcome(template)
        self.decide_template(template, event, reason, rejection)

    def decide_template(self, template: Template, event: str, reason: str = "NONE",
                        rejection: dict[str, str] | None = None) -> None:
        template.status = event
        template.rejected_reason = reason
        value: dict[str, Any] = {
            "event": event,
            "message_template_id": int(template.id),
            "message_template_name": template.name,
            "message_template_language": template.language,
            "reason": reason,
            "message_template_category": template.category,
        }
        if rejection:
            value["rejection_info"] = rejection
        self.dispatcher.emit(self.config.waba_id, [payloads.change("message_template_status_update", value)],
                             entry_time=int(self.now()))

    def find_template(self, name: str, language: str | None = None) -> Template:
        for t in self.templates.values():
            if t.name == name and (language is None or t.language == language):
                return t
        raise KeyError(f"no template {name!r}" + (f" in {language}" if language else ""))

    # ----- media -------------------------------------------------------------------------------------------
    def upload_media(self, data: bytes, mime_type: str, filename: str | None) -> str:
        if not data:
            raise MetaError(131053, "The uploaded file is empty.")
        if not mime_type:
            raise MetaError(100, "The parameter type is required.", message="(#100) The parameter type is required.")
        base_type = mime_type.split(";")[0].strip().lower()
        limit = UPLOAD_LIMITS.get(base_type)
        if limit is None:
            raise MetaError(131053, f"Param file must be a file with one of the supported types; got {mime_type}.")
        if len(data) > limit:
            raise MetaError(131053, f"The file is {len(data)} bytes; {base_type} files may have at most {limit} bytes.")
        media = Media(payloads.new_numeric_id(16), data, mime_type, filename,
                      expires_at=self.now() + self.config.uploaded_media_ttl)
        self.media[media.id] = media
        return media.id

    def live_media(self, media_id: str) -> Media | None:
        """The media behind an id, or None once Meta would have forgotten it (``*_media_ttl``)."""
        media = self.media.get(media_id)
        if media is not None and self.now() >= media.expires_at:
            return None
        return media

    def _url_hash(self, media_id: str, expires: int) -> str:
        return hmac.new(self._url_key, f"{media_id}:{expires}".encode(), hashlib.sha256).hexdigest()[:32]

    def media_info(self, media_id: str, base_url: str) -> dict[str, Any]:
        media = self.live_media(media_id)
        if media is None:
            raise MetaError(
                100,
                f"Unsupported get request. Object with ID '{media_id}' does not exist, cannot be loaded due to "
                "missing permissions, or does not support this operation.",
                subcode=33,
                message=f"Unsupported get request. Object with ID '{media_id}' does not exist, cannot be loaded due "
                "to missing permissions, or does not support this operation.",
            )
        return {"url": self.media_url(media_id, base_url), "mime_type": media.mime_type, "sha256": media.sha256,
                "file_size": len(media.data), "id": media_id, "messaging_product": "whatsapp"}

    def media_url(self, media_id: str, base_url: str) -> str:
        """A signed download URL for the media, valid ``media_url_ttl`` seconds of the simulated clock."""
        expires = int(self.now() + self.config.media_url_ttl)
        return (f"{base_url}/whatsapp_business/attachments/?mid={media_id}&ext={expires}"
                f"&hash={self._url_hash(media_id, expires)}")

    def download(self, media_id: str, expires: str, digest: str) -> Media | None:
        """The media behind a URL from ``media_info``, or None when the URL is forged or has expired."""
        try:
            exp = int(expires)
        except (TypeError, ValueError):
            return None
        if not hmac.compare_digest(self._url_hash(media_id, exp), digest or "") or self.now() > exp:
            return None
        return self.live_media(media_id)

    def delete_media(self, media_id: str) -> dict[str, Any]:
        if self.media.pop(media_id, None) is None:
            self.media_info(media_id, "")  # raises Meta's "does not exist" error
        return {"success": True}

    def waba(self, fields: list[str]) -> dict[str, Any]:
        """``GET /{waba-id}``: Meta's default fields (id, name, currency, timezone_id,
        message_template_namespace), or ``fields``; an unknown field is Graph's code 100."""
        digest = hashlib.sha256(f"namespace:{self.config.waba_id}".encode()).hexdigest()
        node: dict[str, Any] = {
            "id": self.config.waba_id,
            "name": self.config.verified_name,
            "currency": "USD",  # a new WABA's values in Meta's samples
            "timezone_id": "1",
            "message_template_namespace": "_".join((digest[:8], digest[8:12], digest[12:16], digest[16:20],
                                                    digest[20:32])),
        }
        extra = {"account_review_status": "APPROVED", "business_verification_status": "verified",
                 "status": "ACTIVE", "ownership_type": "SELF", "country": "US",
                 "primary_business_location": "US"}
        if not fields:
            return node
        unknown = [f for f in fields if f not in node and f not in extra]
        if unknown:
            text = f"(#100) Tried accessing nonexisting field ({unknown[0]}) on node type (WhatsAppBusinessAccount)"
            raise MetaError(100, text, message=text)
        return {"id": node["id"], **{f: {**node, **extra}[f] for f in fields}}

    def phone_number(self, fields: list[str] | None = None) -> dict[str, Any]:
        """``GET /{phone-number-id}``: Meta's default fields, or ``fields``. The messaging limit is the
        portfolio's ``whatsapp_business_manager_messaging_limit``; the deprecated per-number
        ``messaging_limit_tier`` still answers, with the same tier (choice: Meta says only "deprecated")."""
        node: dict[str, Any] = {
            "verified_name": self.config.verified_name,
            "code_verification_status": "VERIFIED",
            "display_phone_number": "+" + self.config.display_phone_number,
            "quality_rating": self.config.quality_rating,
            "platform_type": "CLOUD_API",
            "throughput": {"level": "STANDARD"},
            "webhook_configuration": {"application": self.config.callback_url or ""},
            "id": self.config.phone_number_id,
        }
        if not fields:
            return node
        extra = {"whatsapp_business_manager_messaging_limit": self.config.messaging_limit_tier,
                 "messaging_limit_tier": self.config.messaging_limit_tier, "name_status": "APPROVED",
                 "is_official_business_account": False, "account_mode": "LIVE"}
        unknown = [f for f in fields if f not in node and f not in extra]
        if unknown:
            text = (f"(#100) Tried accessing nonexisting field ({unknown[0]}) on node type "
                    "(WhatsAppBusinessPhoneNumber)")
            raise MetaError(100, text, message=text)
        return {**{f: {**node, **extra}[f] for f in fields}, "id": node["id"]}

    def phone_state_changed(self, before: SimConfig) -> list[dict[str, Any]]:
        """Post ``phone_number_quality_update`` for a quality rating or messaging limit changed since ``before``:
        FLAGGED / UNFLAGGED when the rating gets worse / better, UPGRADE / DOWNGRADE (with ``old_limit``) when
        the tier moves. ``current_limit`` is left out: Meta removed it in February 2026. A new tier also posts
        ``business_capability_update`` with the portfolio's limit as a number (-1: unlimited), as Meta's
        messaging-limits page describes for increases (the simulator sends it for decreases too)."""
        cfg = self.config
        values: list[dict[str, Any]] = []
        if cfg.quality_rating != before.quality_rating:
            rank = {"GREEN": 0, "UNKNOWN": 0, "YELLOW": 1, "RED": 2}
            worse = rank[cfg.quality_rating] > rank[before.quality_rating]
            values.append({"event": "FLAGGED" if worse else "UNFLAGGED"})
        if cfg.messaging_limit_tier != before.messaging_limit_tier:
            order = list(TIERS)
            up = order.index(cfg.messaging_limit_tier) > order.index(before.messaging_limit_tier)
            values.append({"event": "UPGRADE" if up else "DOWNGRADE", "old_limit": before.messaging_limit_tier})
        for value in values:
            value = {"display_phone_number": cfg.display_phone_number, **value,
                     "max_daily_conversations_per_business": cfg.messaging_limit_tier}
            self.dispatcher.emit(cfg.waba_id, [payloads.change("phone_number_quality_update", value)],
                                 entry_time=int(self.now()))
        if cfg.messaging_limit_tier != before.messaging_limit_tier:
            limit = TIERS[cfg.messaging_limit_tier]
            capability = {"max_daily_conversations_per_business": -1 if limit is None else limit}
            self.dispatcher.emit(cfg.waba_id, [payloads.change("business_capability_update", capability)],
                                 entry_time=int(self.now()))
        return values

    def limits(self) -> dict[str, Any]:
        """How much of the moving day the campaign limits have used: the unique users reached outside the
        service window (the messaging limit's count) and the marketing templates each user received."""
        now = self.now()
        received = {c.wa_id: sum(1 for t in c.marketing_received if now - t < WINDOW_SECONDS)
                    for c in self.customers.values()}
        return {"messaging_limit_tier": self.config.messaging_limit_tier,
                "messaging_limit": TIERS[self.config.messaging_limit_tier],
                "unique_users_24h": sum(1 for t in self.business_initiated.values() if now - t < WINDOW_SECONDS),
                "quality_rating": self.config.quality_rating,
                "marketing_per_user_limit": self.config.marketing_per_user_limit,
                "marketing_received_24h": {k: n for k, n in received.items() if n}}

    def recipients(self) -> dict[str, list[dict[str, Any]]]:
        """Every accepted send per recipient ``wa_id``, in order: a campaign test checks it for duplicates."""
        found: dict[str, list[dict[str, Any]]] = {}
        for m in self.outbound.values():
            found.setdefault(m.wa_id, []).append({
                "id": m.wamid, "type": m.type, "template": m.template.name if m.template else None,
                "correlation_id": m.correlation_id, "marketing_lite": m.marketing_lite, "at": m.created_at,
                "statuses": list(m.statuses), "error_code": m.error_code})
        return found
