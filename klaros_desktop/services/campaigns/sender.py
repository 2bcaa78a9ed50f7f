"""Sending a running campaign: claim recipients, send, settle; throttled, resumable, never twice.

The discipline is the outbox's (``services/messaging/outbox.py``), with fewer commits per message: one
transaction settles the answers that came back since the last one AND claims the next few recipients (as many
as the token bucket allows right now and the in-flight limit has room for). Claiming a recipient means, in
that commit: ``may_send`` asked at that moment (a customer who wrote STOP after the launch is ``skipped`` with
the reason), the outgoing message stored as ``pending`` under the request's own correlation id
``campaign-<id>-r<recipient>-<attempt>``, and the recipient marked ``sending``. Only after the commit do the
requests leave. Settling stores Meta's wamid on the message and marks the recipient ``sent`` in the same
commit, so a recipient never counts as sent without its wamid on disk.

If Klaros stops in between, ``recover`` settles each claim from what is on disk under its correlation id: a
message with Meta's wamid was sent; a message without one may have reached Meta (the request was under way,
or about to leave), so the recipient is ``held`` and never sent again by itself (``lifecycle.release`` is the
shop owner's decision, or a later status webhook's: the held message is marked ``unconfirmed``, and a status
naming its correlation id settles message and recipient); no message at all means nothing was claimed for Meta,
so the recipient is queued again. A crash can therefore hold at most the recipients claimed and not yet settled
(the in-flight limit).

A token bucket keeps to the campaign's rate (default 80 messages a second, Meta's standard throughput). Meta's
refusals are handled per code:

- 130429 (throughput), 4 / 80007 (call limits): the recipient is queued again, everybody waits and the rate halves;
- 131056 (too many to this one customer): that recipient is queued again after ``pair_wait`` seconds;
- 131048 (spam rate limit): the campaign pauses with the reason for the owner; the recipient is queued again;
- 132xxx (template): the campaign stops with the reason; 0 / 190 (token): it stops and points to Settings;
- 131049 (Meta's per-customer marketing limit): failed, and not retried within 24 hours;
- anything else (131026 not on WhatsApp, ...): that recipient fails with Meta's code; the rest go on.

A request whose answer was lost after it went out (``graph.UnconfirmedSend``: HTTP 5xx without a "not sent" code,
a read timeout, a connection reset mid-answer) holds the recipient like a crash mid-request does: its message is
``unconfirmed``, it is never sent again by itself (nor by ``lifecycle.retry_failed``, which takes only failed
recipients), and a later status webhook for it settles it (``messaging.statuses.CampaignRecipientStates``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, lazyload, sessionmaker

from klaros_desktop.graph import held_calls
from klaros_desktop.graph.errors import AUTH_CODES, TEMPLATE_CODES, UnconfirmedSend
from klaros_desktop.graph.errors import explain_unconfirmed as _explain_unconfirmed
from klaros_desktop.models import (
    Campaign,
    CampaignRecipient,
    Contact,
    Message,
    MessageTemplate,
    PendingStatus,
    utcnow,
)
from klaros_desktop.phrases import QT_TRANSLATE_NOOP
from klaros_desktop.services.campaigns import header_parts, header_upload, step_sql, variables
from klaros_desktop.services.campaigns import lifecycle as lc
from klaros_desktop.services.campaigns.audience import Candidate
from klaros_desktop.services.core import audit, json_rows, settings
from klaros_desktop.services.media import header_media as header_mod
from klaros_desktop.services.messaging import policy
from klaros_desktop.services.messaging.sending import (
    GraphSender,
    SendOutcome,
    SendService,
    pending_values,
    template_components,
)
from klaros_desktop.services.messaging.statuses import UNCONFIRMED
from klaros_desktop.services.people import phones
from klaros_desktop.services.people.phones import InvalidNumber

log = logging.getLogger(__name__)

DEFAULT_RATE = 80.0  # messages a second: Meta's standard throughput per business number
# how long a sender's claim on a campaign lasts without a new claim: longer than one request can take (the
# client's 30 s timeout, back-off sleeps of at most 60 s), so a live sender never loses it
LEASE = timedelta(minutes=3)
THROUGHPUT_CODES = {4, 80007, 130429}
PAIR_RATE = 131056
MEDIA_GONE = 131053  # Meta no longer has the media id the header names (uploads last 30 days)
SPAM_LIMIT = 131048
MARKETING_LIMIT = 131049

# how a claim ends besides the recipient states
REQUEUE = "requeue"

class TokenBucket:
    """At most ``rate`` takes a second on average, bursts up to ``burst``; ``back_off`` waits and slows down."""

    def __init__(self, rate: float, *, burst: float | None = None, min_rate: float = 1.0,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep):
        if rate <= 0:
            raise ValueError("the rate must be positive")
        self.rate = float(rate)
        self.capacity = float(burst) if burst else max(1.0, self.rate)
        self.min_rate = min(min_rate, self.rate)
        self.tokens = self.capacity
        self.monotonic = monotonic
        self.sleep = sleep
        self.updated = monotonic()
        self.paused_until = 0.0
        self._lock = asyncio.Lock()

    def _refill(self, now: float) -> None:
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now

    async def take(self) -> None:
        """Wait for a token. A take may borrow: the bucket goes below zero and the taker sleeps off the debt
        (holding the lock, so takers go in order), which never spins on a fraction of a token."""
        async with self._lock:
            now = self.monotonic()
            if now < self.paused_until:
                await self.sleep(self.paused_until - now)
                now = max(self.monotonic(), self.paused_until)
            self._refill(now)
            self.tokens -= 1
            if self.tokens < 0:
                await self.sleep(-self.tokens / self.rate)

    def take_now(self, most: int) -> int:
        """Take as many whole tokens as are there now, at most ``most``, without waiting (0 while paused)."""
        now = self.monotonic()
        if most <= 0 or now < self.paused_until:
            return 0
        self._refill(now)
        taken = max(0, min(most, int(self.tokens)))
        self.tokens -= taken
        return taken

    def wait_time(self) -> float:
        """Seconds until the next whole token."""
        now = self.monotonic()
        if now < self.paused_until:
            return self.paused_until - now
        self._refill(now)
        return max(0.0, (1.0 - self.tokens) / self.rate)

    def give_back(self, count: int = 1) -> None:
        self.tokens = min(self.capacity, self.tokens + count)

    def back_off(self, seconds: float) -> None:
        """Meta said "too fast": nobody sends for ``seconds``, then at half the rate (not below ``min_rate``)."""
        self.paused_until = max(self.paused_until, self.monotonic() + seconds)
        self.rate = max(self.min_rate, self.rate / 2)
        self.capacity = max(1.0, min(self.capacity, self.rate))
        self.tokens = 0.0
        self.updated = self.paused_until  # nothing accrues while paused


@dataclass(frozen=True)
class Claim:
    recipient_id: int
    campaign_id: int
    campaign_cid: str
    phone: str
    params: Any
    template_name: str
    language: str
    attempt: int
    correlation_id: str
    message_id: int | None = None  # the pending message stored with the claim
    to: str = ""  # the number as Graph takes it (digits)
    components: list[dict] | None = None  # the template's parameters as Graph takes them
    marketing_api: bool = False  # through Meta's Marketing Messages API (``/marketing_messages``)


@dataclass
class RunReport:
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    held: int = 0
    requeued: int = 0
    recovered: int = 0
    state: str = ""
    settled: list[tuple[int, str]] = field(default_factory=list)  # (recipient id, state) in settling order

    def to_json(self) -> dict[str, int]:
        return {"sent": self.sent, "skipped": self.skipped, "failed": self.failed, "held": self.held}

    def count(self, recipient_id: int, state: str) -> None:
        self.settled.append((recipient_id, state))
        if state == REQUEUE:
            self.requeued += 1
        elif state == lc.SENT:
            self.sent += 1
        elif state == lc.SKIPPED:
            self.skipped += 1
        elif state == lc.FAILED:
            self.failed += 1
        elif state == lc.HELD:
            self.held += 1


# requests in flight at once when ``workers`` is not given: enough for half a second of Meta's latency at the
# campaign's rate, so the rate, not the round trip, limits the sending; within the HTTP client's pool
IN_FLIGHT_SECONDS = 0.5
MAX_IN_FLIGHT = 96
# the bucket's burst: a quarter of a second's worth, so a start or a resume does not hit Meta with a second's
# worth of requests at once
BURST_SECONDS = 0.25
# the database steps leave the write lock free at least as long as they held it (and this long), so a pause
# from the window, the Graph audit writer or sync get in between the steps of a fast campaign
STEP_GAP = 0.005


def in_flight_limit(rate: float) -> int:
    """Requests in flight at once for a campaign sent at ``rate`` messages a second."""
    return max(4, min(MAX_IN_FLIGHT, math.ceil(rate * IN_FLIGHT_SECONDS)))


def shown_request(head: list[dict], header_params: dict | None, button_params: dict | None) -> list[dict]:
    """A recipient's header and link button components from its values frozen at launch, for its stored message
    (``sending.pending_values``): the thread, search and the export show what the request carries."""
    return [*header_parts.recipient_components(head, header_params), *variables.button_components(button_params)]


def uses_marketing_api(session: Session, campaign: Campaign) -> bool:
    """A MARKETING template goes through Meta's Marketing Messages API when the shop turned it on (Settings);
    everything else, and everything while it is off, through the Cloud API's ``/messages``."""
    return bool(settings.get(session, settings.CAMPAIGNS_MARKETING_MESSAGES_API)) \
        and (campaign.template_category or "").upper() == "MARKETING"


class CampaignSender:
    def __init__(self, sessions: sessionmaker[Session], graph: GraphSender, *, phone_number_id: str = "",
                 actor: str = "user", rate: float | None = None, workers: int | None = None,
                 pair_wait: float = 6.0, backoff_first: float = 1.0, backoff_max: float = 60.0,
                 max_attempts: int = 8, sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                 monotonic: Callable[[], float] = time.monotonic, clock: Callable[[], datetime] = utcnow):
        """``workers``: requests in flight at once (default: from the rate, see ``IN_FLIGHT_SECONDS``)."""
        self.sessions = sessions
        self.graph = graph
        self.service = SendService(sessions, graph, phone_number_id=phone_number_id, actor=actor)
        self.actor = actor
        self.rate = rate
        self.workers = max(1, workers) if workers else None
        self.pair_wait = pair_wait
        self.backoff_first = backoff_first
        self.backoff_max = backoff_max
        self.max_attempts = max_attempts
        self.sleep = sleep
        self.monotonic = monotonic
        self.clock = clock
        self._throughput_hits = 0
        self.runner_id = uuid.uuid4().hex
        self._renewed: dict[str, str | None] = {}  # a header media id Meta forgot -> the id uploaded for it
        self._renewing = asyncio.Lock()
        self._template_row: tuple[Any, MessageTemplate] | None = None  # ``_template_now``'s last row and object

    # ------------------------------------------------------------------ running
    async def run(self, campaign_id: int, *, wait: bool = True) -> RunReport:
        """Send the campaign's due recipients until none is left (``wait``: also wait out the back-offs of
        recipients queued again), it is paused or stopped. Resuming is calling this again."""
        report = RunReport()
        await asyncio.to_thread(self._take_lease, campaign_id)
        try:
            report.recovered = await asyncio.to_thread(self.recover, campaign_id)
            if not await self._upload_header(campaign_id):
                report.state = await asyncio.to_thread(self._finish, campaign_id)
                return report
            rate = self.rate or await asyncio.to_thread(self._campaign_rate, campaign_id) or DEFAULT_RATE
            bucket = TokenBucket(rate, burst=max(1.0, rate * BURST_SECONDS), monotonic=self.monotonic,
                                 sleep=self.sleep)
            limit = self.workers or in_flight_limit(rate)
            await self._pump(campaign_id, bucket, report, wait, limit)
            report.state = await asyncio.to_thread(self._finish, campaign_id)
            return report
        finally:
            await asyncio.to_thread(self._drop_lease, campaign_id)

    async def _pump(self, campaign_id: int, bucket: TokenBucket, report: RunReport, wait: bool, limit: int) -> None:
        """One loop does every database step (in a worker thread, one at a time); the requests run as tasks.
        Each step settles what came back and claims what the bucket and the in-flight limit allow now."""
        in_flight: set[asyncio.Task] = set()
        answered: list[tuple[Claim, Any]] = []
        requests: list[held_calls.Held] = []  # their Graph requests, audited in the step that settles them
        wake = asyncio.Event()
        claimable = running = True
        next_step_at = 0.0
        fatal: list[BaseException] = []  # KeyboardInterrupt, SystemExit ...: stop everything, settle nothing

        async def send(claim: Claim) -> None:
            with held_calls.held() as calls:
                try:
                    outcome: Any = await self._post(claim)
                except Exception as exc:  # settled like any other outcome: one failure never stops the rest
                    outcome = exc
                except asyncio.CancelledError:
                    raise
                except BaseException as exc:
                    held_calls.release(calls)
                    fatal.append(exc)
                    wake.set()
                    return
                answered.append((claim, outcome))
                requests.extend(calls)
            wake.set()

        try:
            while True:
                gap = next_step_at - time.monotonic()
                if gap > 0:
                    await asyncio.sleep(gap)
                if fatal:
                    raise fatal[0]
                free = limit - len(in_flight)
                tokens = bucket.take_now(free) if claimable and running and free > 0 else 0
                if tokens or answered:
                    outcomes, answered[:] = list(answered), []
                    calls, requests[:] = list(requests), []
                    began = time.monotonic()
                    try:
                        settled, claims, running = await asyncio.to_thread(
                            self._step, campaign_id, outcomes, tokens, bucket, calls)
                    except BaseException:
                        held_calls.release(calls)  # not written with the settling: to the audit writer after all
                        raise
                    next_step_at = time.monotonic() + max(STEP_GAP, time.monotonic() - began)
                    if len(claims) < tokens:
                        bucket.give_back(tokens - len(claims))
                        claimable = False  # nobody else is due now
                    for recipient_id, state in settled:
                        report.count(recipient_id, state)
                        if state == REQUEUE:
                            claimable = True
                    for claim in claims:
                        task = asyncio.create_task(send(claim))
                        in_flight.add(task)
                        task.add_done_callback(in_flight.discard)
                    continue
                if in_flight or (claimable and running):
                    # an answer, or the next token when there may be someone to claim
                    wake.clear()
                    timeout = bucket.wait_time() if claimable and running and free > 0 else None
                    try:
                        await asyncio.wait_for(wake.wait(), timeout)
                    except TimeoutError:
                        pass
                    continue
                due_in = await asyncio.to_thread(self._next_due_in, campaign_id) if wait else None
                if due_in is None:
                    return
                running = claimable = True
                if due_in > 0:
                    await self.sleep(min(max(due_in, 0.02), 5.0))
        finally:
            for task in list(in_flight):
                task.cancel()
            held_calls.release(requests)

    async def _post(self, claim: Claim) -> Any:
        """The request itself (the Graph client's ``SendResult``, or it raises ``GraphError``). Meta refusing the
        header's media id as unknown (it forgets uploads after 30 days) uploads the file again once for the run and
        repeats this request with the new id: Meta sent nothing, so the claim still stands."""
        try:
            return await self._request(claim)
        except Exception as exc:
            old = header_parts.media_id_in(claim.components) if getattr(exc, "code", None) == MEDIA_GONE else None
            new = await self._renewed_header(claim.campaign_id, old) if old else None
            if not new:
                raise
        return await self._request(replace(claim, components=header_parts.with_media_id(claim.components, old, new)))

    async def _request(self, claim: Claim) -> Any:
        if claim.marketing_api:
            return await self.graph.send_template(claim.to, claim.template_name, claim.language, claim.components,
                                                  marketing_messages_api=True, correlation_id=claim.correlation_id)
        return await self.graph.send_template(claim.to, claim.template_name, claim.language, claim.components,
                                              correlation_id=claim.correlation_id)

    # ------------------------------------------------------------------ the header's file, uploaded once
    async def _upload_header(self, campaign_id: int) -> bool:
        """Upload the campaign's header file if it has not been yet, or if its kept id is near Meta's 30 days (the
        id is kept: later runs name it). False when the upload failed: the campaign is stopped with the reason,
        and nothing is sent."""
        header = await asyncio.to_thread(header_upload.pending_upload, self.sessions, campaign_id, self.clock())
        if header is None:
            return True
        cid = f"{lc.campaign_cid(campaign_id)}-header-{int(time.time() * 1000)}"
        try:
            media_id = await self._upload(header, cid)
        except Exception as exc:  # the file is gone or refused, Meta refused it, no connection: said, not sent
            await asyncio.to_thread(self._header_failed, campaign_id, exc, cid)
            return False
        await asyncio.to_thread(self._header_uploaded, campaign_id, header, media_id, cid, "aged")
        return True

    async def _upload(self, header: header_mod.HeaderMedia, cid: str) -> str:
        data = await asyncio.to_thread(header_mod.read_file, header)
        return str(await self.graph.upload_media(data, header.mime or "application/octet-stream",
                                                 Path(header.path or "").name, correlation_id=cid))

    async def _renewed_header(self, campaign_id: int, old: str) -> str | None:
        """The id to use instead of ``old``, which Meta no longer knows: uploaded once for every request that meets
        it (the others wait for that upload, or find the id a later run already kept). None when the file cannot
        be uploaded again (the owner gave only an id, or the upload fails): that request fails with Meta's code."""
        async with self._renewing:
            if old in self._renewed:
                return self._renewed[old]
            header = await asyncio.to_thread(header_upload.kept_header, self.sessions, campaign_id)
            new: str | None = None
            if header is not None and header.media_id and header.media_id != old:
                new = header.media_id  # already renewed (before this run's claim was made)
            elif header is not None and header.path:
                cid = f"{lc.campaign_cid(campaign_id)}-header-{int(time.time() * 1000)}"
                try:
                    new = await self._upload(header, cid)
                except Exception as exc:
                    log.warning("campaign %s: its header file could not be uploaded again (%s)", campaign_id,
                                type(exc).__name__)
                else:
                    await asyncio.to_thread(self._header_uploaded, campaign_id, header, new, cid, "expired")
            self._renewed[old] = new
            return new

    def _header_uploaded(self, campaign_id: int, header: header_mod.HeaderMedia, media_id: str, cid: str,
                         why: str | None = None) -> None:
        with self.sessions.begin() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is not None:
                header_upload.store_uploaded(session, campaign, header, media_id, actor=self.actor, correlation_id=cid,
                                             why=why)

    def _header_failed(self, campaign_id: int, exc: BaseException, cid: str) -> None:
        code = getattr(exc, "code", None)
        with self.sessions.begin() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None or campaign.status != lc.RUNNING:
                return
            campaign.status, campaign.stop_code = lc.STOPPED, "header_upload"
            campaign.stop_error_code = code if isinstance(code, int) else None
            audit.record(session, "campaign_stopped", actor="system", subject=f"campaign:{campaign_id}",
                         details={"state": lc.STOPPED, "reason_code": "header_upload", "error_code": code,
                                  "error": str(getattr(exc, "reason", None) or exc)[:300]}, correlation_id=cid)
        log.warning("campaign %s stopped: its header file could not be uploaded (%s)", campaign_id,
                    type(exc).__name__)

    # ------------------------------------------------------------------ the lease: one sender per campaign
    def _take_lease(self, campaign_id: int) -> None:
        """Become the campaign's one sender, or refuse while another holds an unexpired lease (another window
        or terminal sending it: its claims under way must not be judged crashed by ``recover``)."""
        now = self.clock()
        with self.sessions.begin() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                raise lc.CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "There is no campaign {id}.").format(
                    id=campaign_id))
            if campaign.runner_id not in (None, self.runner_id) and campaign.runner_until is not None \
                    and campaign.runner_until > now:
                raise lc.CampaignRefused(QT_TRANSLATE_NOOP(
                    "Campaigns", "Campaign {id} is being sent by another Klaros window or command (until {until} "
                    "at the latest); try again then.").format(id=campaign_id, until=campaign.runner_until))
            campaign.runner_id, campaign.runner_until = self.runner_id, now + LEASE

    def _drop_lease(self, campaign_id: int) -> None:
        with self.sessions.begin() as session:
            session.execute(update(Campaign).where(Campaign.id == campaign_id, Campaign.runner_id == self.runner_id)
                            .values(runner_id=None, runner_until=None))

    def _campaign_rate(self, campaign_id: int) -> float | None:
        with self.sessions() as session:
            return session.scalar(select(Campaign.rate_per_second).where(Campaign.id == campaign_id))

    # ------------------------------------------------------------------ one step: settle, then claim
    def _step(self, campaign_id: int, outcomes: list[tuple[Claim, Any]], want: int, bucket: TokenBucket | None,
              requests: list[held_calls.Held] | tuple = ()) -> tuple[list[tuple[int, str]], list[Claim], bool]:
        """In one commit: settle ``outcomes``, then claim up to ``want`` due recipients. Returns the settled
        (recipient id, state) pairs (claims refused by ``may_send`` included), the claims to send now, and
        whether the campaign is still running for this sender. ``requests``: the Graph requests that brought
        the outcomes, each written as its ``graph_request`` row with the settling."""
        graph_rows = [audit.graph_values(call, at) for call, at, _sink in requests]
        with self.sessions.begin() as session:
            settled = self._settle_all(session, outcomes, bucket, graph_rows)
            claims, running = self._claim_in(session, campaign_id, want, settled)
        return settled, claims, running

    def _settle_all(self, session: Session, outcomes: list[tuple[Claim, Any]], bucket: TokenBucket | None,
                    graph_rows: list[dict[str, Any]] | None = None) -> list[tuple[int, str]]:
        """Settle ``outcomes`` in their order: the plain acceptances (the claim still ours, Meta's wamid, no
        status waiting for it) in a few batched statements (``_settle_accepted``), everything else one by one
        through ORM objects (``_settle_in``). ``graph_rows``: audit rows written with them."""
        plain = self._plainly_accepted(session, outcomes) if outcomes else {}
        rest = [(claim, outcome) for claim, outcome in outcomes if claim.recipient_id not in plain]
        waiting, loaded = self._load_for_settling(session, rest)
        states: dict[int, str] = {}
        accepted_since = False  # a success resets the back-off, as if settled in order
        for claim, outcome in outcomes:
            if claim.recipient_id in plain:
                accepted_since = True
                continue
            if accepted_since:
                self._throughput_hits, accepted_since = 0, False
            states[claim.recipient_id] = self._settle_in(session, claim, outcome, bucket, waiting)
        del loaded
        if plain:
            if accepted_since:
                self._throughput_hits = 0
            self._settle_accepted(session, plain, graph_rows or [])
            states.update(dict.fromkeys(plain, lc.SENT))
        else:
            audit.insert_many(session, graph_rows or [])
        return [(claim.recipient_id, states[claim.recipient_id]) for claim, _ in outcomes]

    def _plainly_accepted(self, session: Session, outcomes: list[tuple[Claim, Any]]
                          ) -> dict[int, tuple[Claim, Any, tuple]]:
        """The outcomes settled in a batch, by recipient id, each with its message's columns: Meta accepted the
        request, the recipient is still claimed under this request's correlation id and names its message (so
        settling leaves ``message_id`` alone: setting it, even to the same value, runs the analytics trigger on
        it), its pending message and contact are there, and no status arrived for the wamid before the answer
        (the usual case)."""
        accepted = [(c, o) for c, o in outcomes if not isinstance(o, BaseException) and getattr(o, "wamid", None)
                    and c.message_id is not None]
        if not accepted:
            return {}
        claimed = {rid: (cid, message_id) for rid, state, cid, message_id in session.execute(
            step_sql.RECIPIENT_CLAIMS, {"ids": [c.recipient_id for c, _ in accepted]}) if state == lc.SENDING}
        waiting = set(session.scalars(step_sql.STATUSES_WAITING, {"wamids": [o.wamid for _, o in accepted]}))
        messages = {row[0]: row for row in session.execute(
            step_sql.SENT_MESSAGES, {"ids": [c.message_id for c, _ in accepted]})}
        plain: dict[int, tuple[Claim, Any, tuple]] = {}
        for claim, outcome in accepted:
            message = messages.get(claim.message_id)
            if claimed.get(claim.recipient_id) == (claim.correlation_id, claim.message_id) \
                    and outcome.wamid not in waiting \
                    and message is not None and message[1] == "pending" and message[2] is None \
                    and claim.recipient_id not in plain:
                plain[claim.recipient_id] = (claim, outcome, message)
        return plain

    def _settle_accepted(self, session: Session, plain: dict[int, tuple[Claim, Any, tuple]],
                         graph_rows: list[dict[str, Any]]) -> None:
        """What ``_settle_in`` does for an accepted request (``SendService.accepted_in``, then ``_mark_sent``),
        for a batch in one statement per table (``core.json_rows``): the message gets its wamid, the recipient is
        sent with it, and both audit rows are written. Each recipient's UPDATE also checks it is still claimed by
        this request."""
        now, stamp = self.clock(), utcnow()
        sent_at = now.replace(microsecond=0)
        items = list(plain.values())
        json_rows.run(session, step_sql.MESSAGE_ACCEPTED_JSON, [[claim.message_id, outcome.wamid]
                                                                for claim, outcome, _ in items],
                      json_rows.stored_at(stamp))
        renamed = [{"b_id": message[5], "b_wa_id": outcome.wa_id} for _, outcome, message in items
                   if getattr(outcome, "wa_id", None) and message[7] != outcome.wa_id]
        if renamed:  # Meta may normalise the number (e.g. Brazil's 9th digit)
            session.execute(step_sql.CONTACT_WA_ID, renamed)
        done = json_rows.run(session, step_sql.RECIPIENT_SENT_JSON, [
            [claim.recipient_id, claim.correlation_id, outcome.wamid, claim.message_id]
            for claim, outcome, _ in items], json_rows.stored_at(sent_at), json_rows.stored_at(stamp))
        if done.rowcount != len(items):  # read as claimed in this transaction: cannot happen; never half-settle
            raise RuntimeError(f"settled {done.rowcount} of {len(items)} campaign recipients")
        rows: list[dict[str, Any]] = list(graph_rows)
        for claim, outcome, message in items:
            rows.append(audit.values(
                "message_sent", actor=self.actor, subject=message[6], correlation_id=claim.correlation_id, at=stamp,
                details={"message_id": claim.message_id, "wamid": outcome.wamid, "type": message[3],
                         "template": message[4], "message_status": getattr(outcome, "message_status", None),
                         "statuses_reconciled": 0}))
            rows.append(audit.values(
                "campaign_recipient", actor="system", subject=claim.phone or None, correlation_id=claim.correlation_id,
                at=stamp, details={"campaign_id": claim.campaign_id, "campaign_correlation_id": claim.campaign_cid,
                                   "recipient": claim.recipient_id, "state": lc.SENT, "reason_code": None,
                                   "error_code": None, "attempt": claim.attempt}))
        audit.insert_many(session, rows)

    def _claim_batch(self, campaign_id: int, want: int) -> list[Claim]:
        """Claim up to ``want`` due recipients in one commit (nothing to settle)."""
        return self._step(campaign_id, [], want, None)[1]

    def _claim_in(self, session: Session, campaign_id: int, want: int, settled: list[tuple[int, str]]
                  ) -> tuple[list[Claim], bool]:
        """Mark up to ``want`` due queued recipients ``sending``, each with its pending message; nothing when
        the campaign is not running for this sender (a pause from anywhere takes effect at the next claim)."""
        now = self.clock()
        campaign = session.get(Campaign, campaign_id)
        if campaign is None or campaign.status != lc.RUNNING or campaign.runner_id != self.runner_id:
            return [], False  # paused, stopped, or the lease went to another sender after it expired
        campaign.runner_until = now + LEASE
        if want <= 0:
            return [], True
        batched = self._claim_batched(session, campaign, want, now, settled)
        if batched is not None:
            return batched, True
        rows = list(session.scalars(select(CampaignRecipient).where(
            CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state == lc.QUEUED,
            (CampaignRecipient.next_attempt_at.is_(None)) | (CampaignRecipient.next_attempt_at <= now))
            .order_by(CampaignRecipient.id).limit(want)))
        contact_ids = [r.contact_id for r in rows if r.contact_id is not None]
        contacts = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(contact_ids)).options(
            lazyload(Contact.tags)))} \
            if contact_ids else {}
        campaign_cid = campaign.correlation_id or lc.campaign_cid(campaign_id)
        pending: list[tuple[CampaignRecipient, Claim, Contact]] = []
        for row in rows:
            attempt = row.attempts + 1
            cid = f"{lc.campaign_cid(campaign_id)}-r{row.id}-{attempt}"
            row.state, row.attempts, row.correlation_id, row.updated_at = lc.SENDING, attempt, cid, now
            claim = Claim(row.id, campaign_id, campaign_cid, row.phone_e164 or "", row.params,
                          campaign.template_name, campaign.template_language, attempt, cid)
            contact = contacts.get(row.contact_id) if row.contact_id is not None else None
            try:
                if contact is None:
                    contact = self.service._resolve_contact(session, row.phone_e164 or "")
            except InvalidNumber:
                row.state, row.reason_code = lc.SKIPPED, "invalid_number"
                settled.append((row.id, self._audit_settled(session, row, claim, lc.SKIPPED)))
                continue
            pending.append((row, claim, contact))
        head = header_parts.fixed_components(campaign)
        prepared = self.service.prepare_templates_in(
            session, [(contact, claim.correlation_id, row.params) for row, claim, contact in pending],
            campaign.template_name, campaign.template_language, now=now,
            requests=[shown_request(head, row.header_params, row.button_params) for row, _, _ in pending])
        marketing_api = uses_marketing_api(session, campaign)
        template = policy.find_template(session, campaign.template_name, campaign.template_language) \
            if any(row.button_params for row, _claim, _contact in pending) else None  # which index copies a code
        claims: list[Claim] = []
        for (row, claim, _contact), ready in zip(pending, prepared, strict=True):
            if ready.outcome is not None:  # may_send refused
                decision = ready.outcome.decision
                if decision.reason_code in ("template_unknown", "template_not_approved"):
                    # the template's fault, not this customer's: everybody would be refused the same way
                    self._stop(session, claim, lc.STOPPED, "template_refused", None)
                    for other, other_claim, _ in pending:
                        state = self._requeue(session, other, other_claim, None)
                        settled.append((other.id, self._audit_settled(session, other, other_claim, state)))
                    return [], False
                row.state, row.reason_code = lc.SKIPPED, decision.reason_code
                settled.append((row.id, self._audit_settled(session, row, claim, lc.SKIPPED)))
                continue
            row.message_id = ready.message_id
            components = [*header_parts.recipient_components(head, row.header_params),
                          *(template_components(row.params) or []),
                          *variables.button_components(row.button_params, template)]
            claims.append(replace(claim, message_id=ready.message_id, to=ready.to or "",
                                  components=components or None, marketing_api=marketing_api))
        return claims, True

    def _claim_batched(self, session: Session, campaign: Campaign, want: int, now: datetime,
                       settled: list[tuple[int, str]]) -> list[Claim] | None:
        """``_claim_in`` for the usual batch, in a few statements without ORM objects: the due recipients and
        their contacts read as columns, ``may_send`` for all of them, the pending messages inserted in one
        executemany, the recipients marked by one statement (``core.json_rows``). None (nothing written) when a
        recipient needs the general path: its contact is gone (the number is looked up again), or the template
        itself is refused."""
        rows = session.execute(step_sql.DUE, {"campaign": campaign.id, "now": now, "want": want}).all()
        if not rows:
            return []
        if any(row.contact_id is None for row in rows):
            return None
        contacts = {c.id: c for c in (Candidate(*r) for r in session.execute(
            step_sql.CONTACTS, {"ids": list({row.contact_id for row in rows})}))}
        if any(row.contact_id not in contacts for row in rows):
            return None
        decisions = policy.may_send_templates(session, [contacts[row.contact_id] for row in rows],
                                              campaign.template_name, campaign.template_language,
                                              template=self._template_now(session, campaign))
        if any(d.reason_code in ("template_unknown", "template_not_approved") for d in decisions if not d.allowed):
            return None
        campaign_id = campaign.id
        campaign_cid = campaign.correlation_id or lc.campaign_cid(campaign_id)
        allowed = [(row, d) for row, d in zip(rows, decisions, strict=True) if d.allowed]
        conversations = self._conversation_ids(session, [row.contact_id for row, _ in allowed], now)
        template = allowed[0][1].template if allowed else None
        head = header_parts.fixed_components(campaign)
        marketing_api = self._marketing_api_now(session, campaign)
        marks: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        pending: list[tuple[Any, Claim]] = []
        for row, decision in zip(rows, decisions, strict=True):
            attempt = row.attempts + 1
            cid = f"{lc.campaign_cid(campaign_id)}-r{row.id}-{attempt}"
            claim = Claim(row.id, campaign_id, campaign_cid, row.phone_e164 or "", row.params,
                          campaign.template_name, campaign.template_language, attempt, cid)
            mark = {"b_id": row.id, "b_state": lc.SENDING, "b_reason": row.reason_code, "b_attempts": attempt,
                    "b_cid": cid, "b_message": row.message_id}
            marks.append(mark)
            if not decision.allowed:  # may_send refused: skipped with its reason, as ``_claim_in`` does
                mark["b_state"], mark["b_reason"] = lc.SKIPPED, decision.reason_code
                subject = contacts[row.contact_id].phone_e164
                notes.append(audit.values("send_refused", actor=self.actor, subject=subject, correlation_id=cid,
                                          details={"kind": policy.TEMPLATE, "template": campaign.template_name,
                                                   "reason_code": decision.reason_code}))
                notes.append(audit.values(
                    "campaign_recipient", actor="system", subject=claim.phone or None, correlation_id=cid,
                    details={"campaign_id": campaign_id, "campaign_correlation_id": campaign_cid, "recipient": row.id,
                             "state": lc.SKIPPED, "reason_code": decision.reason_code, "error_code": row.error_code,
                             "attempt": attempt}))
                settled.append((row.id, lc.SKIPPED))
                continue
            pending.append((row, claim))
        message_ids: dict[str, int] = {}
        if pending:
            message_ids = dict(session.execute(step_sql.PENDING_MESSAGES, [
                pending_values(conversations[row.contact_id], row.contact_id, policy.TEMPLATE, claim.correlation_id,
                               template, template_name=campaign.template_name,
                               template_language=campaign.template_language, params=row.params, now=now,
                               request=shown_request(head, row.header_params, row.button_params))
                for row, claim in pending]).all())
            for mark in marks:
                if mark["b_state"] == lc.SENDING:
                    mark["b_message"] = message_ids[mark["b_cid"]]
        done = json_rows.run(session, step_sql.CLAIMED_JSON, [
            [m["b_id"], m["b_state"], m["b_reason"], m["b_attempts"], m["b_cid"], m["b_message"]] for m in marks],
            json_rows.stored_at(now))
        if done.rowcount != len(marks):  # read as queued in this transaction: cannot happen; never half-claim
            raise RuntimeError(f"claimed {done.rowcount} of {len(marks)} campaign recipients")
        audit.insert_many(session, notes)
        claims: list[Claim] = []
        for row, claim in pending:
            components = [*header_parts.recipient_components(head, row.header_params),
                          *(template_components(row.params) or []),
                          *variables.button_components(row.button_params, template)]
            claims.append(replace(claim, message_id=message_ids[claim.correlation_id],
                                  to=phones.wa_digits(contacts[row.contact_id].phone_e164),
                                  components=components or None, marketing_api=marketing_api))
        return claims

    def _template_now(self, session: Session, campaign: Campaign) -> MessageTemplate | None:
        """The campaign's template as stored now, read every step (a template Meta paused mid-run stops the
        campaign at the next claim), parsed into an object only when its row changed since the last step (a
        detached object: nothing in the step writes to it)."""
        row = session.execute(step_sql.TEMPLATE, {"name": campaign.template_name,
                                                  "language": campaign.template_language}).first()
        if row is None:
            return None
        if self._template_row is None or self._template_row[0] != row:
            values = dict(row._mapping)
            values["components"] = json.loads(values["components"]) if values["components"] is not None else None
            self._template_row = (row, MessageTemplate(**values))
        return self._template_row[1]

    def _marketing_api_now(self, session: Session, campaign: Campaign) -> bool:
        """``uses_marketing_api`` with the setting read as stored now, every step (the owner may turn it on or
        off mid-run, here or in another Klaros window)."""
        if (campaign.template_category or "").upper() != "MARKETING":
            return False
        value = session.scalar(step_sql.SETTING, {"key": settings.CAMPAIGNS_MARKETING_MESSAGES_API})
        return bool(settings.DEFAULTS.get(settings.CAMPAIGNS_MARKETING_MESSAGES_API) if value is None else value)

    def _conversation_ids(self, session: Session, contact_ids: list[int], now: datetime) -> dict[int, int]:
        """Each contact's conversation on this number by contact id (created when missing), its last message
        time set to ``now``, as storing a pending message does."""
        if not contact_ids:
            return {}
        pnid = self.service.phone_number_id
        found: dict[int, int] = dict(session.execute(step_sql.CONVERSATIONS_TOUCHED, {
            "ids": list(set(contact_ids)), "pnid": pnid, "now": now}).all())
        missing = [i for i in dict.fromkeys(contact_ids) if i not in found]
        if missing:
            found.update(session.execute(step_sql.NEW_CONVERSATIONS, [
                {"contact_id": i, "phone_number_id": pnid, "unread_count": 0, "last_message_at": now}
                for i in missing]).all())
        return found

    def _next_due_in(self, campaign_id: int) -> float | None:
        """Seconds until the earliest queued recipient is due; None when nothing is queued or it is not running."""
        with self.sessions() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None or campaign.status != lc.RUNNING:
                return None
            rows = list(session.execute(select(CampaignRecipient.state, CampaignRecipient.next_attempt_at).where(
                CampaignRecipient.campaign_id == campaign_id,
                CampaignRecipient.state.in_((lc.QUEUED, lc.SENDING)))))
        queued = [at for state, at in rows if state == lc.QUEUED]
        if not queued:
            return 0.1 if rows else None  # another sender is still sending: look again for its requeue
        now = self.clock()
        return max(0.0, min(((at - now).total_seconds() if at else 0.0) for at in queued))

    # ------------------------------------------------------------------ settle
    @staticmethod
    def _load_for_settling(session: Session, outcomes: list[tuple[Claim, Any]]) -> tuple[set[str], list[Any]]:
        """Read the rows settling touches in a few queries; returns the wamids that statuses arrived for before
        their answer (rare: only those are reconciled) and the rows, which the caller keeps referenced while it
        settles (the session's identity map holds them weakly, and ``session.get`` then finds them there)."""
        if not outcomes:
            return set(), []
        claims = [claim for claim, _ in outcomes]
        rows: list[Any] = list(session.scalars(select(CampaignRecipient).where(
            CampaignRecipient.id.in_([c.recipient_id for c in claims]))))
        messages = list(session.scalars(select(Message).where(
            Message.id.in_([c.message_id for c in claims if c.message_id is not None]))))
        rows += messages
        contact_ids = {m.contact_id for m in messages if m.contact_id is not None}
        if contact_ids:
            rows += session.scalars(select(Contact).where(Contact.id.in_(contact_ids)))
        wamids = [o.wamid for _, o in outcomes if not isinstance(o, BaseException) and getattr(o, "wamid", None)]
        waiting = set(session.scalars(select(PendingStatus.wamid).where(PendingStatus.wamid.in_(wamids)))) \
            if wamids else set()
        return waiting, rows

    def _settle_in(self, session: Session, claim: Claim, outcome: Any, bucket: TokenBucket | None,
                   waiting: set[str] | None = None) -> str:
        """Meta's answer to one claim, in the step's transaction: the message gets the wamid (or the error)
        and the recipient its state, together."""
        row = session.get(CampaignRecipient, claim.recipient_id)
        if row is None or row.state != lc.SENDING or row.correlation_id != claim.correlation_id:
            return "gone"
        message = session.get(Message, claim.message_id) if claim.message_id is not None else None
        failed = isinstance(outcome, BaseException)
        if message is None:  # erased meanwhile: nothing to store the answer on
            sent = SendOutcome(not failed, policy.ALLOWED, wamid=None if failed else outcome.wamid,
                               exc=outcome if failed else None, correlation_id=claim.correlation_id)
        elif failed:
            sent = self.service.failed_in(session, message, outcome, claim.correlation_id)
        else:
            sent = self.service.accepted_in(session, message, outcome, claim.correlation_id,
                                            statuses_waiting=waiting is None or outcome.wamid in waiting)
        state = self._settled(session, row, claim, sent, message, bucket)
        return self._audit_settled(session, row, claim, state)

    def _audit_settled(self, session: Session, row: CampaignRecipient, claim: Claim, state: str) -> str:
        audit.record(session, "campaign_recipient", actor="system", subject=claim.phone or None,
                     details={"campaign_id": claim.campaign_id, "campaign_correlation_id": claim.campaign_cid,
                              "recipient": row.id, "state": state, "reason_code": row.reason_code,
                              "error_code": row.error_code, "attempt": claim.attempt},
                     correlation_id=claim.correlation_id)
        return state

    def _settled(self, session: Session, row: CampaignRecipient, claim: Claim, outcome: Any,
                 message: Message | None, bucket: TokenBucket | None) -> str:
        now = self.clock()
        if (isinstance(outcome, SendOutcome) and outcome.sent) or (message is not None and message.wamid):
            self._mark_sent(row, message, now, outcome.wamid if isinstance(outcome, SendOutcome) else None)
            self._throughput_hits = 0  # the next "too fast" starts the back-off from the beginning again
            return lc.SENT
        if isinstance(outcome, SendOutcome) and not outcome.decision.allowed:
            if outcome.decision.reason_code in ("template_unknown", "template_not_approved"):
                # the template's fault, not this customer's: everybody would be refused the same way
                self._stop(session, claim, lc.STOPPED, "template_refused", None)
                return self._requeue(session, row, claim, None)
            row.state, row.reason_code = lc.SKIPPED, outcome.decision.reason_code
            return lc.SKIPPED
        exc = outcome if isinstance(outcome, BaseException) else getattr(outcome, "exc", None)
        code = getattr(exc, "code", None)
        code = code if isinstance(code, int) else None
        if isinstance(exc, InvalidNumber):
            row.state, row.reason_code = lc.SKIPPED, "invalid_number"
            return lc.SKIPPED
        if isinstance(exc, UnconfirmedSend):  # may have reached the customer: the owner decides, or a status does
            return self._hold(row)
        if not hasattr(exc, "code"):
            # not an answer from the Graph client: a message stored means the request may have gone out
            if message is not None:
                return self._hold(row)
            return self._requeue(session, row, claim, now + timedelta(seconds=self.backoff_first))
        if code is None:  # no answer at all: retry only if the request never left (the client says so)
            if getattr(exc, "retryable", False):
                return self._requeue(session, row, claim, now + timedelta(seconds=self.backoff_first))
            return self._hold(row)
        row.error_code = code
        if code in THROUGHPUT_CODES:
            self._throughput_hits += 1
            wait = min(self.backoff_first * 2 ** (self._throughput_hits - 1), self.backoff_max)
            if bucket is not None:
                bucket.back_off(wait)
            return self._requeue(session, row, claim, now + timedelta(seconds=wait))
        if code == PAIR_RATE:
            return self._requeue(session, row, claim, now + timedelta(seconds=self.pair_wait))
        if code == SPAM_LIMIT:
            self._stop(session, claim, lc.PAUSED, "spam_limit", code)
            return self._requeue(session, row, claim, None)
        if code in TEMPLATE_CODES or 132000 <= code < 133000:
            self._stop(session, claim, lc.STOPPED, "template_error", code)
            return self._requeue(session, row, claim, None)
        if code in AUTH_CODES:
            self._stop(session, claim, lc.STOPPED, "auth", code)
            return self._requeue(session, row, claim, None)
        row.state, row.reason_code = lc.FAILED, "meta_error"
        row.message_id = message.id if message is not None else None
        row.reason = (getattr(exc, "details", None) or getattr(exc, "title", None) or str(exc))[:1000]
        if code == MARKETING_LIMIT:
            row.next_attempt_at = now + lc.NOT_BEFORE_AFTER_131049
        return lc.FAILED

    @staticmethod
    def _mark_sent(row: CampaignRecipient, message: Message | None, now: datetime, wamid: str | None = None) -> None:
        row.state, row.reason_code, row.error_code, row.next_attempt_at = lc.SENT, None, None, None
        row.sent_at = now.replace(microsecond=0)  # Meta's timestamps (a reply's) have whole seconds
        row.wamid = wamid or row.wamid
        if message is not None:
            row.message_id, row.wamid = message.id, message.wamid
            if message.status == "failed":  # a failed status arrived before we settled
                row.state, row.error_code = lc.FAILED, message.error_code
            elif message.status in (lc.DELIVERED, lc.READ):
                row.state = message.status

    @staticmethod
    def _hold(row: CampaignRecipient) -> str:
        row.state, row.reason_code = lc.HELD, "ambiguous"
        return lc.HELD

    def _requeue(self, session: Session, row: CampaignRecipient, claim: Claim, not_before: datetime | None) -> str:
        """Back in line; the attempt's message that Meta never accepted is deleted, so a customer's thread
        does not collect failed copies of a message that will still go out. After ``max_attempts`` the
        recipient fails instead, so a fault that repeats every time cannot keep a campaign busy for ever."""
        if claim.attempt >= self.max_attempts:
            row.state, row.reason_code = lc.FAILED, "too_many_attempts"
            return lc.FAILED
        session.execute(delete(Message).where(Message.correlation_id == claim.correlation_id,
                                              Message.wamid.is_(None)))
        row.state, row.next_attempt_at, row.message_id = lc.QUEUED, not_before, None
        return REQUEUE

    def _stop(self, session: Session, claim: Claim, state: str, code: str, meta_code: int | None) -> None:
        campaign = session.get(Campaign, claim.campaign_id)
        if campaign is None or campaign.status != lc.RUNNING:
            return
        campaign.status, campaign.stop_code, campaign.stop_error_code = state, code, meta_code
        audit.record(session, "campaign_stopped", actor="system", subject=f"campaign:{campaign.id}",
                     details={"state": state, "reason_code": code, "error_code": meta_code,
                              "request": claim.correlation_id}, correlation_id=campaign.correlation_id)
        log.warning("campaign %s %s: %s (Meta error %s)", campaign.id, state, code, meta_code)

    def _finish(self, campaign_id: int) -> str:
        """A running campaign with nobody left to send is done."""
        with self.sessions.begin() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                return ""
            left = session.scalar(select(CampaignRecipient.id).where(
                CampaignRecipient.campaign_id == campaign_id,
                CampaignRecipient.state.in_((lc.QUEUED, lc.SENDING))).limit(1))
            if campaign.status == lc.RUNNING and left is None:
                campaign.status, campaign.finished_at = lc.DONE, self.clock()
                audit.record(session, "campaign_done", actor="system", subject=f"campaign:{campaign_id}",
                             correlation_id=campaign.correlation_id)
            return campaign.status

    # ------------------------------------------------------------------ crash recovery
    def recover(self, campaign_id: int) -> int:
        """Settle the claims a stopped run left ``sending`` (see the module docstring); returns how many."""
        settled = 0
        with self.sessions.begin() as session:
            for row in session.scalars(select(CampaignRecipient).where(
                    CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state == lc.SENDING)):
                settled += 1
                message = session.scalar(select(Message).where(Message.correlation_id == row.correlation_id)
                                         .order_by(Message.id.desc()).limit(1)) if row.correlation_id else None
                if message is not None and message.wamid:
                    self._mark_sent(row, message, message.timestamp or self.clock())
                elif message is not None and message.status == "failed" and message.error_code is not None:
                    row.state, row.reason_code, row.error_code = lc.FAILED, "meta_error", message.error_code
                    row.message_id = message.id
                elif message is not None:
                    self._hold(row)
                    if message.status == "pending":  # a later status naming its correlation id settles both
                        message.status, message.status_at = UNCONFIRMED, self.clock()
                        message.error_title, message.error_text = "Stopped mid-send", str(_explain_unconfirmed())
                else:
                    row.state = lc.QUEUED  # the request never left: the send service stores before sending
                audit.record(session, "campaign_recipient", actor="system", subject=row.phone_e164,
                             details={"campaign_id": campaign_id, "recipient": row.id, "state": row.state,
                                      "recovered": True}, correlation_id=row.correlation_id)
        if settled:
            log.warning("campaign %s: %d recipient(s) were left mid-send by the previous run", campaign_id, settled)
        return settled

    # ------------------------------------------------------------------ a test send to the shop owner
    async def send_test(self, campaign_id: int, number: str) -> SendOutcome:
        """The campaign's message to one number (usually the owner's own), values as they would be for that
        contact; not a recipient, so it changes nothing in the campaign (a header file not uploaded yet is
        uploaded for the test on its own)."""
        args, extra, cid = await asyncio.to_thread(self._test_params, campaign_id, number)
        return await self.service.send_template(number, *args, correlation_id=cid, refresh_unknown=False, **extra)

    def _test_params(self, campaign_id: int, number: str) -> tuple[tuple[str, str, Any], dict[str, Any], str]:
        with self.sessions.begin() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                raise lc.CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "There is no campaign {id}.").format(
                    id=campaign_id))
            template: MessageTemplate | None = policy.find_template(session, campaign.template_name,
                                                                    campaign.template_language)
            if template is None:
                raise lc.CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "The campaign's template is not known."))
            contact = session.scalar(select(Contact).where(Contact.phone_e164 == number))
            got = lc.resolve_values(template, lc._mapping(campaign), lc._button_mapping(campaign), contact, number,
                                    lc._header_source(campaign))
            if got.empty:
                raise lc.CampaignRefused(QT_TRANSLATE_NOOP(
                    "Campaigns", "The test message would have empty variables: {names}").format(
                    names=", ".join(variables.label(n, variables.code_buttons(template)) for n in got.empty)))
            lc.check_header_chosen(campaign, template)
            try:
                extra = header_mod.send_keywords(header_mod.HeaderMedia.from_json(campaign.header_media))
            except header_mod.HeaderMediaRefused as exc:
                raise lc.CampaignRefused(exc.args[0] if exc.args else exc) from exc
            extra["buttons"] = variables.button_components(got.buttons, template)
            head = [] if extra.get("header_by_id") or extra.get("header") \
                else header_parts.recipient_components(header_parts.fixed_components(campaign), got.header)
            if head:
                extra["header_by_id"] = head[0]
            cid = f"{lc.campaign_cid(campaign_id)}-test-{int(time.time() * 1000)}"
            audit.record(session, "campaign_test", actor=self.actor, subject=number,
                         details={"campaign_id": campaign_id}, correlation_id=cid)
            return (campaign.template_name, campaign.template_language,
                    variables.parameters(template, got.names, got.values)), extra, cid

