"""Posting webhooks to the callback URL the way Meta does: signed, one change per POST unless batching is
configured, retried with back-off.

Meta signs the raw body with the app secret (``X-Hub-Signature-256: sha256=<hex HMAC-SHA256>``) and retries
a delivery that did not get a 2xx for up to seven days. Here the back-off starts at
``webhook_retry_base`` seconds, doubles per attempt up to ``webhook_retry_max_delay`` and stops after
``webhook_max_attempts``; a failed body is retried on its own while later changes go out, so a callback
that was down sees changes out of order, as with Meta.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import itertools
import json
import logging
import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from klaros_sim import payloads
from klaros_sim.config import SimConfig

log = logging.getLogger(__name__)


def sign(app_secret: str, raw_body: bytes) -> str:
    """The ``X-Hub-Signature-256`` header value for a body."""
    return "sha256=" + hmac.new(app_secret.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()


@dataclass
class Delivery:
    """One webhook body and what became of it (kept for tests and ``klaros-sim webhooks``)."""

    id: int
    body: dict[str, Any]
    raw: bytes
    attempts: int = 0
    responses: list[str] = field(default_factory=list)
    delivered: bool = False
    gave_up: bool = False
    backoff: list[float] = field(default_factory=list)  # the waits before each retry, in seconds

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "body": self.body,
            "attempts": self.attempts,
            "responses": self.responses,
            "backoff": self.backoff,
            "delivered": self.delivered,
            "gave_up": self.gave_up,
        }


@dataclass
class _Item:
    entry_id: str
    changes: list[dict[str, Any]]
    time: int | None = None  # template webhooks carry entry.time


def _log_only(task: str, exc: BaseException) -> None:
    log.error("%s failed", task, exc_info=(type(exc), exc, exc.__traceback__))


class WebhookDispatcher:
    def __init__(self, get_config: Callable[[], SimConfig], rng: random.Random | None = None,
                 report: Callable[[str, BaseException], None] | None = None):
        """``report(task, exc)`` hears of every failure in the background (the simulator shows them in
        ``/_sim/health``); without it they are only logged."""
        self._config = get_config
        self._rng = rng or random.Random()
        self._report = report or _log_only
        self._stopping = False
        self._queue: asyncio.Queue[list[_Item]] = asyncio.Queue()
        self._held: list[_Item] = []
        self._hold_depth = 0
        self._ids = itertools.count(1)
        self.deliveries: list[Delivery] = []
        self._tasks: set[asyncio.Task] = set()
        self._worker: asyncio.Task | None = None
        self._http: httpx.AsyncClient | None = None
        self._busy = 0
        self._cut_window = asyncio.Event()  # set by flush: post what the batch window collected so far now

    async def start(self) -> None:
        # trust_env=False: never route the callback through a proxy from the environment.
        self._http = httpx.AsyncClient(trust_env=False)
        self._start_worker()

    def _start_worker(self) -> None:
        self._worker = asyncio.create_task(self._run(), name="webhook worker")
        self._worker.add_done_callback(self._worker_done)

    def _worker_done(self, task: asyncio.Task) -> None:
        """The worker only ends when stopped; if it died, say so and start another, or webhooks would stall."""
        if self._stopping or task.cancelled():
            return
        self._report("webhook worker", task.exception() or RuntimeError("the webhook worker ended"))
        self._start_worker()

    async def stop(self) -> None:
        self._stopping = True
        tasks = [t for t in (self._worker, *self._tasks) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._http is not None:
            await self._http.aclose()

    def emit(self, entry_id: str, changes: list[dict[str, Any]], *, entry_time: int | None = None) -> None:
        """Queue changes for one entry: one POST of their own, unless ``batch_window`` is set or the dispatcher
        is held, when several share one POST."""
        item = _Item(entry_id, changes, entry_time)
        if self._hold_depth:
            self._held.append(item)
        else:
            self._queue.put_nowait([item])

    def hold(self) -> None:
        """Collect everything emitted from now on until the matching ``release`` and post it as one body.

        Holds nest (a scripted batch inside a test's own hold does not post early)."""
        self._hold_depth += 1

    def release(self) -> None:
        if self._hold_depth == 0:
            return
        self._hold_depth -= 1
        if self._hold_depth == 0 and self._held:
            held, self._held = self._held, []
            self._queue.put_nowait(held)

    @property
    def held_changes(self) -> int:
        return sum(len(item.changes) for item in self._held)

    @property
    def idle(self) -> bool:
        return self._queue.empty() and self._busy == 0 and not self._tasks

    async def _run(self) -> None:
        while True:
            items = await self._queue.get()
            self._busy += 1
            try:
                window = self._config().batch_window
                if window > 0:
                    # Batching was asked for: everything queued within the window shares this POST.
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._cut_window.wait(), window)
                    self._cut_window.clear()
                    while not self._queue.empty():
                        items.extend(self._queue.get_nowait())
                # Otherwise one queue element is one POST: a single change, or what hold/release or a scripted
                # batch collected on purpose. Meta posts one change at a time unless it batches.
                delivery = self._make_delivery(items)
                if not await self._attempt(delivery):
                    self._spawn_retry(delivery)
                elif self._rng.random() < self._config().duplicate_rate:
                    await self._attempt(delivery)  # the same bytes again: receivers must dedupe
            except Exception as exc:  # a broken body must not stop all later webhooks
                self._report("webhook worker, posting a body", exc)
            finally:
                self._busy -= 1

    def _make_delivery(self, items: list[_Item]) -> Delivery:
        entries: dict[tuple[str, int | None], dict[str, Any]] = {}
        for item in items:
            key = (item.entry_id, item.time)
            if key not in entries:
                entry: dict[str, Any] = {"id": item.entry_id}
                if item.time is not None:
                    entry["time"] = item.time
                entry["changes"] = []
                entries[key] = entry
            entries[key]["changes"].extend(item.changes)
        body = payloads.body(list(entries.values()))
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        delivery = Delivery(next(self._ids), body, raw)
        self.deliveries.append(delivery)
        return delivery

    async def _attempt(self, delivery: Delivery) -> bool:
        """One POST of the delivery's bytes. ``attempts`` grows together with ``responses`` once the outcome is
        known, so whoever reads the record while a POST is under way never sees an attempt without its answer."""
        config = self._config()
        if not config.callback_url:
            self._record(delivery, "no callback URL configured")
            return False
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "facebookexternalua",
            "X-Hub-Signature-256": sign(config.app_secret, delivery.raw),
        }
        assert self._http is not None
        try:
            response = await self._http.post(
                config.callback_url, content=delivery.raw, headers=headers, timeout=config.webhook_timeout
            )
        except httpx.HTTPError as exc:
            self._record(delivery, f"{type(exc).__name__}: {exc}")
            return False
        ok = 200 <= response.status_code < 300
        if ok:
            delivery.delivered = True
        self._record(delivery, str(response.status_code))
        return ok

    @staticmethod
    def _record(delivery: Delivery, outcome: str) -> None:
        delivery.responses.append(outcome)
        delivery.attempts += 1

    def _spawn_retry(self, delivery: Delivery) -> None:
        task = asyncio.create_task(self._retry(delivery), name=f"webhook retry of delivery {delivery.id}")
        self._tasks.add(task)
        task.add_done_callback(self._retry_done)

    def _retry_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            self._report(task.get_name(), task.exception())

    async def _retry(self, delivery: Delivery) -> None:
        while True:
            config = self._config()
            if delivery.attempts >= config.webhook_max_attempts:
                delivery.gave_up = True
                log.warning("webhook %s: gave up after %s attempts", delivery.id, delivery.attempts)
                return
            delay = min(config.webhook_retry_base * 2 ** (delivery.attempts - 1), config.webhook_retry_max_delay)
            delivery.backoff.append(delay)
            await asyncio.sleep(delay)
            if delivery.delivered or await self._attempt(delivery):
                return

    async def verify_callback(self, verify_token: str) -> dict[str, Any]:
        """Meta's subscription check: GET the callback with hub.* parameters; it must echo the challenge."""
        config = self._config()
        if not config.callback_url:
            return {"ok": False, "status": None, "detail": "no callback URL configured"}
        challenge = str(secrets.randbelow(10**9))
        params = {"hub.mode": "subscribe", "hub.verify_token": verify_token, "hub.challenge": challenge}
        assert self._http is not None
        try:
            response = await self._http.get(config.callback_url, params=params, timeout=config.webhook_timeout)
        except httpx.HTTPError as exc:
            return {"ok": False, "status": None, "detail": f"{type(exc).__name__}: {exc}"}
        ok = response.status_code == 200 and response.text == challenge
        return {"ok": ok, "status": response.status_code, "detail": response.text[:200]}

    async def flush_retries(self) -> None:
        """Retry every waiting body now (used when a test or the CLI knows the callback is back), and end a
        running batch window so what it collected goes out at once."""
        self._cut_window.set()
        for delivery in self.deliveries:
            if not delivery.delivered and not delivery.gave_up:
                await self._attempt(delivery)

