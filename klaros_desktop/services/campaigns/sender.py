"""Sending a running campaign: claim each recipient, send, settle; throttled, resumable, never twice.

The discipline is the outbox's (``services/messaging/outbox.py``): a recipient is claimed (``sending``, with
the request's own correlation id ``campaign-<id>-r<recipient>-<attempt>``) in its own commit before the Graph
request, and settled after it in another. If Klaros stops in between, ``recover`` settles the claim from what
the send service stored under that correlation id: a message with Meta's wamid was sent; a message without one
may have reached Meta (the request was under way), so the recipient is ``held`` and never sent again by
itself (``lifecycle.release`` is the shop owner's decision); no message at all means the request never left,
so the recipient is queued again.

Each send goes through ``SendService.send_template``, which asks ``may_send`` at that moment: a customer who
wrote STOP after the launch is ``skipped`` with the reason. A token bucket keeps to the campaign's rate
(default 80 messages a second, Meta's standard throughput). Meta's refusals are handled per code:

- 130429 (throughput), 4 / 80007 (call limits): the recipient is queued again, everybody waits and the rate halves;
- 131056 (too many to this one customer): that recipient is queued again after ``pair_wait`` seconds;
- 131048 (spam rate limit): the campaign pauses with the reason for the owner; the recipient is queued again;
- 132xxx (template): the campaign stops with the reason; 0 / 190 (token): it stops and points to Settings;
- 131049 (Meta's per-customer marketing limit): failed, and not retried within 24 hours;
- anything else (131026 not on WhatsApp, ...): that recipient fails with Meta's code; the rest go on.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.graph.errors import AUTH_CODES, TEMPLATE_CODES
from klaros_desktop.models import Campaign, CampaignRecipient, Contact, Message, MessageTemplate, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP
from klaros_desktop.services.campaigns import lifecycle as lc
from klaros_desktop.services.campaigns import variables
from klaros_desktop.services.core import audit
from klaros_desktop.services.messaging import policy
from klaros_desktop.services.messaging.sending import GraphSender, SendOutcome, SendService
from klaros_desktop.services.people.phones import InvalidNumber

log = logging.getLogger(__name__)

DEFAULT_RATE = 80.0  # messages a second: Meta's standard throughput per business number
# how long a sender's claim on a campaign lasts without a new claim: longer than one request can take (the
# client's 30 s timeout, back-off sleeps of at most 60 s), so a live sender never loses it
LEASE = timedelta(minutes=3)
THROUGHPUT_CODES = {4, 80007, 130429}
PAIR_RATE = 131056
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

    def give_back(self) -> None:
        self.tokens = min(self.capacity, self.tokens + 1)

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


class CampaignSender:
    def __init__(self, sessions: sessionmaker[Session], graph: GraphSender, *, phone_number_id: str = "",
                 actor: str = "user", rate: float | None = None, workers: int = 4, pair_wait: float = 6.0,
                 backoff_first: float = 1.0, backoff_max: float = 60.0, max_attempts: int = 8,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                 monotonic: Callable[[], float] = time.monotonic, clock: Callable[[], datetime] = utcnow):
        self.sessions = sessions
        self.service = SendService(sessions, graph, phone_number_id=phone_number_id, actor=actor)
        self.actor = actor
        self.rate = rate
        self.workers = max(1, workers)
        self.pair_wait = pair_wait
        self.backoff_first = backoff_first
        self.backoff_max = backoff_max
        self.max_attempts = max_attempts
        self.sleep = sleep
        self.monotonic = monotonic
        self.clock = clock
        self._throughput_hits = 0
        self.runner_id = uuid.uuid4().hex

    # ------------------------------------------------------------------ running
    async def run(self, campaign_id: int, *, wait: bool = True) -> RunReport:
        """Send the campaign's due recipients until none is left (``wait``: also wait out the back-offs of
        recipients queued again), it is paused or stopped. Resuming is calling this again."""
        report = RunReport()
        await asyncio.to_thread(self._take_lease, campaign_id)
        try:
            report.recovered = await asyncio.to_thread(self.recover, campaign_id)
            rate = self.rate or await asyncio.to_thread(self._campaign_rate, campaign_id) or DEFAULT_RATE
            bucket = TokenBucket(rate, monotonic=self.monotonic, sleep=self.sleep)
            tasks = [asyncio.create_task(self._worker(campaign_id, bucket, report, wait))
                     for _ in range(self.workers)]
            try:
                await asyncio.gather(*tasks)
            finally:
                for task in tasks:
                    task.cancel()
            report.state = await asyncio.to_thread(self._finish, campaign_id)
            return report
        finally:
            await asyncio.to_thread(self._drop_lease, campaign_id)

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

    async def _worker(self, campaign_id: int, bucket: TokenBucket, report: RunReport, wait: bool) -> None:
        while True:
            await bucket.take()
            claim = await asyncio.to_thread(self._claim, campaign_id)
            if claim is None:
                bucket.give_back()
                due_in = await asyncio.to_thread(self._next_due_in, campaign_id) if wait else None
                if due_in is None:
                    return
                await self.sleep(min(max(due_in, 0.02), 5.0))
                continue
            try:
                outcome: Any = await self.service.send_template(
                    claim.phone, claim.template_name, claim.language, claim.params,
                    correlation_id=claim.correlation_id, refresh_unknown=False)
            except Exception as exc:  # settled like any other outcome: one failure never stops the rest
                outcome = exc
            state = await asyncio.to_thread(self._settle, claim, outcome, bucket)
            report.settled.append((claim.recipient_id, state))
            if state == REQUEUE:
                report.requeued += 1
            elif state == lc.SENT:
                report.sent += 1
            elif state == lc.SKIPPED:
                report.skipped += 1
            elif state == lc.FAILED:
                report.failed += 1
            elif state == lc.HELD:
                report.held += 1

    def _campaign_rate(self, campaign_id: int) -> float | None:
        with self.sessions() as session:
            return session.scalar(select(Campaign.rate_per_second).where(Campaign.id == campaign_id))

    # ------------------------------------------------------------------ claim
    def _claim(self, campaign_id: int) -> Claim | None:
        """Mark the next due queued recipient ``sending`` in its own commit; None when none is due or the
        campaign is not running (a pause from anywhere takes effect at the next claim)."""
        now = self.clock()
        with self.sessions.begin() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None or campaign.status != lc.RUNNING or campaign.runner_id != self.runner_id:
                return None  # paused, stopped, or the lease went to another sender after it expired
            campaign.runner_until = now + LEASE
            while True:
                recipient = session.scalar(select(CampaignRecipient).where(
                    CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state == lc.QUEUED,
                    (CampaignRecipient.next_attempt_at.is_(None)) | (CampaignRecipient.next_attempt_at <= now))
                    .order_by(CampaignRecipient.id).limit(1))
                if recipient is None:
                    return None
                attempt = recipient.attempts + 1
                cid = f"{lc.campaign_cid(campaign_id)}-r{recipient.id}-{attempt}"
                done = session.execute(update(CampaignRecipient).where(
                    CampaignRecipient.id == recipient.id, CampaignRecipient.state == lc.QUEUED).values(
                    state=lc.SENDING, attempts=attempt, correlation_id=cid, updated_at=now),
                    execution_options={"synchronize_session": False})
                if done.rowcount == 1:
                    return Claim(recipient.id, campaign_id, campaign.correlation_id or lc.campaign_cid(campaign_id),
                                 recipient.phone_e164 or "", recipient.params, campaign.template_name,
                                 campaign.template_language, attempt, cid)

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
            return 0.1 if rows else None  # another worker is still sending: look again for its requeue
        now = self.clock()
        return max(0.0, min(((at - now).total_seconds() if at else 0.0) for at in queued))

    # ------------------------------------------------------------------ settle
    def _settle(self, claim: Claim, outcome: Any, bucket: TokenBucket | None = None) -> str:
        with self.sessions.begin() as session:
            row = session.get(CampaignRecipient, claim.recipient_id)
            if row is None or row.state != lc.SENDING or row.correlation_id != claim.correlation_id:
                return "gone"
            message = session.scalar(select(Message).where(Message.correlation_id == claim.correlation_id)
                                     .order_by(Message.id.desc()).limit(1))
            state = self._settled(session, row, claim, outcome, message, bucket)
            audit.record(session, "campaign_recipient", actor="system", subject=claim.phone,
                         details={"campaign_id": claim.campaign_id, "campaign_correlation_id": claim.campaign_cid,
                                  "recipient": row.id, "state": state, "reason_code": row.reason_code,
                                  "error_code": row.error_code, "attempt": claim.attempt},
                         correlation_id=claim.correlation_id)
            return state

    def _settled(self, session: Session, row: CampaignRecipient, claim: Claim, outcome: Any,
                 message: Message | None, bucket: TokenBucket | None) -> str:
        now = self.clock()
        if (isinstance(outcome, SendOutcome) and outcome.sent) or (message is not None and message.wamid):
            self._mark_sent(row, message, now)
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
    def _mark_sent(row: CampaignRecipient, message: Message | None, now: datetime) -> None:
        row.state, row.reason_code, row.error_code, row.next_attempt_at = lc.SENT, None, None, None
        row.sent_at = now.replace(microsecond=0)  # Meta's timestamps (a reply's) have whole seconds
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
        contact; not a recipient, so it changes nothing in the campaign."""
        params, cid = await asyncio.to_thread(self._test_params, campaign_id, number)
        return await self.service.send_template(number, *params, correlation_id=cid, refresh_unknown=False)

    def _test_params(self, campaign_id: int, number: str) -> tuple[tuple[str, str, Any], str]:
        with self.sessions.begin() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                raise lc.CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "There is no campaign {id}.").format(
                    id=campaign_id))
            template: MessageTemplate | None = policy.find_template(session, campaign.template_name,
                                                                    campaign.template_language)
            if template is None:
                raise lc.CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "The campaign's template is not known."))
            mapping = {n: variables.Source.from_json(s) for n, s in (campaign.parameters or [{}])[0].items()}
            names = variables.check_mapping(template, mapping)
            contact = session.scalar(select(Contact).where(Contact.phone_e164 == number))
            values, empty = variables.resolve(contact, number, names, mapping)
            if empty:
                raise lc.CampaignRefused(QT_TRANSLATE_NOOP(
                    "Campaigns", "The test message would have empty variables: {names}").format(
                    names=", ".join("{{" + n + "}}" for n in empty)))
            cid = f"{lc.campaign_cid(campaign_id)}-test-{int(time.time() * 1000)}"
            audit.record(session, "campaign_test", actor=self.actor, subject=number,
                         details={"campaign_id": campaign_id}, correlation_id=cid)
            return (campaign.template_name, campaign.template_language,
                    variables.parameters(template, names, values)), cid
