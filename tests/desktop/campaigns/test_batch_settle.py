"""Claims and settlements written in batches: every recipient of a batch is settled exactly once, with its own
answer (its wamid on its own message), whatever else the batch holds (answers and refusals mixed, a claim gone
meanwhile). A fake Graph answers at once, so each database step settles many answers together."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from klaros_desktop.graph.errors import GraphError
from klaros_desktop.models import AuditEvent, CampaignRecipient, Message
from klaros_desktop.services.campaigns.sender import CampaignSender

COUNT = 60
NUMBERS = [f"+4915200000{i:03d}" for i in range(COUNT)]
NOT_ON_WHATSAPP = {NUMBERS[7], NUMBERS[23], NUMBERS[41]}  # 131026: failed, the rest go on
TOO_MANY = {NUMBERS[12]}  # 131056 on the first attempt: queued again, sent on the second


@dataclass(frozen=True)
class Answer:
    wamid: str
    wa_id: str
    message_status: str | None = None


class FakeGraph:
    """Answers after a few turns of the loop (so answers gather between the sender's steps), a fresh wamid each."""

    def __init__(self):
        self.sent: list[tuple[str, str, str]] = []  # (number, correlation id, wamid)
        self.tried: Counter = Counter()

    async def send_template(self, to, name, language, components=None, *, correlation_id=None, **_):
        number = "+" + to
        self.tried[number] += 1
        for _ in range(1 + self.tried.total() % 3):
            await asyncio.sleep(0)
        if number in NOT_ON_WHATSAPP:
            raise GraphError(code=131026, title="Message undeliverable", http_status=400)
        if number in TOO_MANY and self.tried[number] == 1:
            raise GraphError(code=131056, title="Pair rate limit hit", http_status=400)
        wamid = f"wamid.{len(self.sent):05d}.{to}"
        self.sent.append((number, correlation_id, wamid))
        return Answer(wamid, to, "accepted")


@pytest.fixture
async def campaign(launch_pickup_campaign):
    return launch_pickup_campaign(NUMBERS)


async def test_a_batch_settles_each_recipient_once_with_its_own_answer(sessions, campaign):
    graph = FakeGraph()
    sender = CampaignSender(sessions, graph, rate=1000, workers=16, backoff_first=0.01, pair_wait=0.01)
    report = await sender.run(campaign)

    assert report.to_json() == {"sent": COUNT - 3, "skipped": 0, "failed": 3, "held": 0}
    assert report.requeued == 1 and report.state == "done"
    final = [(rid, state) for rid, state in report.settled if state != "requeue"]
    assert len({rid for rid, _ in final}) == len(final) == COUNT  # nobody settled twice, nobody lost
    assert max(Counter(graph.tried).values()) == 2 and len(graph.sent) == COUNT - 3

    by_cid = {cid: (number, wamid) for number, cid, wamid in graph.sent}
    with sessions() as s:
        rows = list(s.scalars(select(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign)))
        messages = {m.id: m for m in s.scalars(select(Message).where(Message.direction == "out"))}
        audits = list(s.scalars(select(AuditEvent).where(
            AuditEvent.action.in_(("campaign_recipient", "message_sent", "send_failed")))))
    assert len(rows) == COUNT
    for row in rows:
        message = messages[row.message_id]
        assert message.correlation_id == row.correlation_id and message.contact_id == row.contact_id
        if row.phone_e164 in NOT_ON_WHATSAPP:
            assert (row.state, row.error_code, message.status, message.wamid) == ("failed", 131026, "failed", None)
            continue
        number, wamid = by_cid[row.correlation_id]  # the answer to this recipient's own request
        assert (row.state, row.wamid, message.wamid, message.status) == ("sent", wamid, wamid, "accepted")
        assert number == row.phone_e164 and row.sent_at is not None and row.error_code is None
        assert row.attempts == (2 if row.phone_e164 in TOO_MANY else 1)
    # the failed attempt of the one queued again left no message behind
    assert len(messages) == COUNT
    per_action = Counter((a.action, a.correlation_id) for a in audits)
    assert all(n == 1 for n in per_action.values())
    assert sum(1 for action, _ in per_action if action == "message_sent") == COUNT - 3
    assert sum(1 for action, _ in per_action if action == "send_failed") == 3 + 1  # and the attempt queued again
    # one row per settling: the final ones and the one queued again
    assert sum(1 for action, _ in per_action if action == "campaign_recipient") == COUNT + 1
    sent_audit = {a.correlation_id: a for a in audits if a.action == "message_sent"}
    for row in rows:
        if row.state == "sent":
            audit = sent_audit[row.correlation_id]
            assert audit.details["wamid"] == row.wamid and audit.details["message_id"] == row.message_id
            assert audit.subject == row.phone_e164


async def test_a_claim_gone_before_its_answer_is_not_settled(sessions, campaign):
    """A recipient released from its claim meanwhile (another run recovered it) is left as it is found."""
    graph = FakeGraph()
    sender = CampaignSender(sessions, graph, rate=1000, workers=16)
    sender._take_lease(campaign)
    claims = sender._claim_batch(campaign, 6)
    assert len(claims) == 6
    answers = [(c, await graph.send_template(c.to, c.template_name, c.language, c.components,
                                             correlation_id=c.correlation_id)) for c in claims]
    gone = claims[3]
    with sessions.begin() as s:
        s.get(CampaignRecipient, gone.recipient_id).state = "held"
    settled, _, _ = sender._step(campaign, answers, 0, None)
    assert dict(settled) == {c.recipient_id: ("gone" if c is gone else "sent") for c in claims}
    with sessions() as s:
        rows = {r.id: r for r in s.scalars(select(CampaignRecipient).where(
            CampaignRecipient.id.in_([c.recipient_id for c in claims])))}
    assert rows[gone.recipient_id].state == "held" and rows[gone.recipient_id].wamid is None
    assert all(rows[c.recipient_id].wamid == answer.wamid for c, answer in answers if c is not gone)
