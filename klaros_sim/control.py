"""Scripted customers and simulator knobs, over HTTP to a running simulator's ``/_sim/...`` routes.

The CLI (``klaros-sim say ...``) and ``klaros_sim.embedded`` both use this class, so a test does exactly what
a person at the command line does. Methods return the JSON the simulator answered (for customer messages:
the message object exactly as it went into the webhook, including its ``id`` wamid).
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable
from typing import Any

import httpx

DEFAULT_URL = "http://127.0.0.1:8765"


class SimControlError(RuntimeError):
    """The simulator refused a control request (the message says why) or could not be reached."""


class SimControl:
    def __init__(self, url: str | None = None, *, timeout: float = 30.0):
        self.url = (url or os.environ.get("KLAROS_SIM_URL") or DEFAULT_URL).rstrip("/")
        self._http = httpx.Client(base_url=self.url, timeout=timeout, trust_env=False)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SimControl:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        try:
            response = self._http.request(method, path, json=payload if method == "POST" else None)
        except httpx.HTTPError as exc:
            raise SimControlError(f"cannot reach the simulator at {self.url}: {exc}") from exc
        if response.status_code >= 400:
            raise SimControlError(f"simulator refused {method} {path}: {response.text}")
        return response.json()

    # ----- the customer's side -----------------------------------------------------------------------------
    def message(self, number: str, type: str = "text", **fields: Any) -> dict[str, Any]:
        """Any inbound message: ``type`` text, image, video, document, audio, voice, sticker, location,
        contacts, button_reply, list_reply, button, reaction, unsupported, system; plus ``name`` (profile
        name), ``reply_to`` (wamid), ``forwarded``/``frequently_forwarded``, ``referral`` (True or a dict)."""
        fields = {k: v for k, v in fields.items() if v is not None}
        if isinstance(fields.get("data"), bytes):
            fields["data"] = base64.b64encode(fields["data"]).decode("ascii")
        return self._call("POST", "/_sim/customers/messages", {"from": number, "type": type, **fields})

    def say(self, number: str, body: str, **fields: Any) -> dict[str, Any]:
        return self.message(number, "text", body=body, **fields)

    def send_media(self, number: str, kind: str, data: bytes | None = None, **fields: Any) -> dict[str, Any]:
        return self.message(number, kind, data=data, **fields)

    def send_location(self, number: str, latitude: float, longitude: float, **fields: Any) -> dict[str, Any]:
        return self.message(number, "location", latitude=latitude, longitude=longitude, **fields)

    def press_button(self, number: str, text: str, *, payload: str | None = None,
                     reply_to: str | None = None) -> dict[str, Any]:
        """The customer taps a template quick-reply button (an inbound ``button`` message)."""
        return self.message(number, "button", text=text, payload=payload or text, reply_to=reply_to)

    def choose(self, number: str, reply_id: str, title: str, *, list_row: bool = False, reply_to: str | None = None,
               description: str | None = None) -> dict[str, Any]:
        """The customer taps an interactive reply button (or a list row)."""
        kind = "list_reply" if list_row else "button_reply"
        return self.message(number, kind, id=reply_id, title=title, reply_to=reply_to, description=description)

    def react(self, number: str, message_id: str, emoji: str | None) -> dict[str, Any]:
        return self.message(number, "reaction", message_id=message_id, emoji=emoji)

    def reply_stop(self, number: str) -> dict[str, Any]:
        """The customer types STOP (Meta passes it through as text) and taps "Stop promotions"."""
        sent = self.say(number, "STOP")
        self.set_marketing(number, "stop")
        return sent

    def set_marketing(self, number: str, value: str) -> dict[str, Any]:
        return self._call("POST", f"/_sim/customers/{number}", {"marketing": value})

    def set_customer(self, number: str, **fields: Any) -> dict[str, Any]:
        """``name``, ``on_whatsapp`` (False = not on WhatsApp), ``close_window``."""
        return self._call("POST", f"/_sim/customers/{number}", fields)

    def not_on_whatsapp(self, number: str) -> dict[str, Any]:
        return self.set_customer(number, on_whatsapp=False)

    def batch(self, messages: list[dict[str, Any]], statuses: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """Several customer messages (each ``{"from", "type", ...}``) delivered in one webhook POST."""
        return self._call("POST", "/_sim/batch", {"messages": messages, "statuses": statuses or []})

    # ----- clock and knobs ---------------------------------------------------------------------------------
    def advance(self, seconds: float) -> dict[str, Any]:
        """Move the simulated clock forward (e.g. 25 hours to close every customer service window)."""
        return self._call("POST", "/_sim/clock", {"seconds": seconds})

    def clock(self) -> dict[str, Any]:
        """``{"now", "offset", "frozen"}`` of the simulated clock."""
        return self._call("GET", "/_sim/clock")

    def freeze_clock(self, frozen: bool = True) -> dict[str, Any]:
        """Stop the simulated clock (``False`` restarts it): then only ``advance`` moves time, so the
        24-hour window, media URL expiry and the throughput / pair rate limits no longer depend on how fast
        the machine runs."""
        return self._call("POST", "/_sim/clock", {"frozen": frozen})

    def hold_webhooks(self) -> dict[str, Any]:
        """Collect every webhook change from now on (statuses, messages, template events) ..."""
        return self._call("POST", "/_sim/webhooks/hold", {"hold": True})

    def release_webhooks(self) -> dict[str, Any]:
        """... and post everything collected in one body, as Meta batches several changes."""
        return self._call("POST", "/_sim/webhooks/hold", {"hold": False})

    def configure(self, **settings: Any) -> dict[str, Any]:
        """Change settings live: delivery_delay, read_delay, failure_rate, out_of_order, throughput_mps, ..."""
        return self._call("POST", "/_sim/settings", settings)

    def settings(self) -> dict[str, Any]:
        return self._call("GET", "/_sim/settings")

    def decide_template(self, name: str, event: str, *, language: str | None = None, reason: str = "NONE",
                        next_review: bool = False) -> dict[str, Any]:
        """Approve/reject a template now, or (``next_review``) fix the outcome of its pending review."""
        return self._call("POST", f"/_sim/templates/{name}",
                          {"event": event, "language": language, "reason": reason, "next": next_review})

    def recategorize_template(self, name: str, category: str, *, language: str | None = None,
                              impending: bool = False) -> dict[str, Any]:
        """Meta changes the template's category (``impending``: announces it 24 hours before); posts
        template_category_update."""
        return self._call("POST", f"/_sim/templates/{name}/category",
                          {"category": category, "language": language, "impending": impending})

    def set_template_quality(self, name: str, score: str, *, language: str | None = None) -> dict[str, Any]:
        """The template's quality score (GREEN, YELLOW, RED, UNKNOWN); posts message_template_quality_update."""
        return self._call("POST", f"/_sim/templates/{name}/quality", {"score": score, "language": language})

    def inject_errors(self, code: int, count: int = 1, *, asynchronous: bool = False) -> dict[str, Any]:
        """The next ``count`` Graph requests are refused with Meta error ``code`` (e.g. 131016 -> HTTP 503);
        ``asynchronous``: the next ``count`` sends are accepted and then fail with ``code`` in a ``failed``
        status webhook, as Meta reports 131048 / 131049 / 131026."""
        return self._call("POST", "/_sim/inject", {"code": code, "count": count, "async": asynchronous})

    def fail_after_accept(self, fault: str, count: int = 1) -> dict[str, Any]:
        """The next ``count`` sends are accepted and reach the customer, then their answer goes wrong: ``"500"``
        (HTTP 500) or ``"drop"`` (the connection breaks mid-answer). What a retry would send twice."""
        return self._call("POST", "/_sim/faults", {"after_accept": fault, "count": count})

    def set_quality(self, rating: str) -> dict[str, Any]:
        """The number's quality rating (GREEN, YELLOW, RED, UNKNOWN); a change posts phone_number_quality_update."""
        return self.configure(quality_rating=rating)

    def set_messaging_limit(self, tier: str) -> dict[str, Any]:
        """The portfolio's messaging limit (TIER_250, TIER_2K, TIER_10K, TIER_100K, TIER_UNLIMITED); a change
        posts phone_number_quality_update (UPGRADE / DOWNGRADE)."""
        return self.configure(messaging_limit_tier=tier)

    def verify_callback(self, verify_token: str) -> dict[str, Any]:
        """Meta's GET subscription check against the callback URL: ``{"ok", "status", "detail"}``."""
        return self._call("POST", "/_sim/verify", {"verify_token": verify_token})

    def expire_token(self, expired: bool = True) -> dict[str, Any]:
        return self._call("POST", "/_sim/token", {"expired": expired})

    # ----- inspection --------------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        """``ok``, ids, the simulated ``now`` and ``background_errors`` (``count`` and the ``recent`` ones:
        task, error, simulated time) of tasks that failed in the background."""
        return self._call("GET", "/_sim/health")

    def idle_state(self) -> dict[str, Any]:
        """``{"idle", "background_errors"}``: whether anything is still scheduled, and how many background
        tasks have failed so far."""
        return self._call("GET", "/_sim/idle")

    def deliveries(self) -> list[dict[str, Any]]:
        return self._call("GET", "/_sim/webhooks")["deliveries"]

    def retry_webhooks_now(self) -> list[dict[str, Any]]:
        return self._call("POST", "/_sim/webhooks")["deliveries"]

    def outbound(self) -> list[dict[str, Any]]:
        return self._call("GET", "/_sim/outbound")["messages"]

    def limits(self) -> dict[str, Any]:
        """``messaging_limit_tier``, ``messaging_limit`` (None: unlimited), ``unique_users_24h`` (users reached
        outside the service window in the moving day), ``quality_rating``, ``marketing_per_user_limit`` and
        ``marketing_received_24h`` (``wa_id -> marketing templates that reached them``)."""
        return self._call("GET", "/_sim/limits")

    def recipients(self) -> dict[str, list[dict[str, Any]]]:
        """``wa_id -> [{"id", "type", "template", "correlation_id", "marketing_lite", "at", "statuses",
        "error_code"}]``: every wamid the simulator accepted for each recipient, oldest first."""
        return self._call("GET", "/_sim/recipients")["recipients"]

    def requests(self) -> list[dict[str, Any]]:
        return self._call("GET", "/_sim/requests")["requests"]

    def wait_idle(self, timeout: float = 30.0, *, allow_errors: bool = False) -> None:
        """Until every scheduled status and webhook delivery (including retries) has finished; changes kept
        back by ``hold_webhooks`` wait for ``release_webhooks`` and do not count. Raises SimControlError if a
        background task of the simulator has failed (a status or webhook that will never come), unless
        ``allow_errors``."""
        self.wait_until(lambda: self._call("GET", "/_sim/idle")["idle"], timeout, "the simulator to become idle")
        if not allow_errors:
            errors = self.health()["background_errors"]
            if errors["count"]:
                raise SimControlError(f"{errors['count']} simulator background task(s) failed: "
                                      + "; ".join(f"{e['task']}: {e['error']}" for e in errors["recent"]))

    def wait_for_webhook(self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 30.0,
                         *, delivered: bool = True) -> dict[str, Any]:
        """The first webhook body for which ``predicate(body)`` holds (delivered to the callback by default)."""
        found: list[dict[str, Any]] = []

        def check() -> bool:
            for d in self.deliveries():
                if (d["delivered"] or not delivered) and predicate(d["body"]):
                    found.append(d["body"])
                    return True
            return False

        self.wait_until(check, timeout, "a matching webhook")
        return found[0]

    @staticmethod
    def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if condition():
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out after {timeout} s waiting for {what}")
            time.sleep(0.02)


def statuses_in(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Every status item in a webhook body (all entries, all changes)."""
    return [s for e in body.get("entry", []) for c in e.get("changes", []) for s in c["value"].get("statuses", [])]


def messages_in(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Every inbound message in a webhook body (all entries, all changes)."""
    return [m for e in body.get("entry", []) for c in e.get("changes", []) for m in c["value"].get("messages", [])]
