"""Sending a campaign against the simulator: each recipient exactly once (also across a crash), STOP after the
launch skipped, Meta's refusals handled per code, one failure never stopping the rest, pause and resume."""

from __future__ import annotations

import asyncio
import csv
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from klaros_desktop.models import AuditEvent, CampaignRecipient, Contact, Conversation, Message, utcnow
from klaros_desktop.services.campaigns import lifecycle
from klaros_desktop.services.campaigns.sender import CampaignSender, TokenBucket
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_sim.control import messages_in

NUMBERS = [f"+49151000001{i:02d}" for i in range(6)]


class Crash(BaseException):
    """Klaros stops dead (power cut, killed process): nothing after it runs."""


@pytest.fixture
async def campaign(launch_pickup_campaign):
    """A launched campaign of the simulator's ``order_ready`` template to six tagged customers."""
    return launch_pickup_campaign(NUMBERS)


def sender(sessions, graph, **kw):
    kw.setdefault("workers", 1)
    return CampaignSender(sessions, graph, backoff_first=0.05, pair_wait=0.05, **kw)


def sent_per_number(sim) -> Counter:
    """How many messages the simulator accepted for each of our numbers (its side of the story)."""
    return Counter("+" + m["to"] for m in sim.outbound() if "+" + m["to"] in NUMBERS)


def recipients(sessions, campaign_id) -> dict[str, CampaignRecipient]:
    with sessions() as s:
        return {r.phone_e164: r for r in s.scalars(select(CampaignRecipient).where(
            CampaignRecipient.campaign_id == campaign_id))}


async def test_every_recipient_gets_the_frozen_message_once(sessions, graph, sim, campaign):
    report = await sender(sessions, graph, workers=3).run(campaign)
    assert report.to_json() == {"sent": 6, "skipped": 0, "failed": 0, "held": 0}
    assert report.state == "done"
    assert sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})
    bodies = {"+" + m["to"]: m["payload"]["template"]["components"][0]["parameters"] for m in sim.outbound()}
    assert bodies[NUMBERS[2]] == [{"type": "text", "text": "Kundin2"}, {"type": "text", "text": "4711"}]
    rows = recipients(sessions, campaign)
    wamids = {m["id"] for m in sim.outbound()}
    assert all(r.state == "sent" and r.wamid in wamids and r.message_id for r in rows.values())
    assert lifecycle.status(sessions, campaign) == {"state": "done", "queued": 0, "sent": 6, "delivered": 0,
                                                    "read": 0, "replied": 0, "failed": 0, "skipped": 0, "held": 0}
    with sessions() as s:  # one correlation id per request, all tied to the campaign's
        rows_audit = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "campaign_recipient")))
        sent = s.scalars(select(AuditEvent).where(AuditEvent.action == "message_sent"))
        sent_audit = {a.correlation_id for a in sent}
    assert {a.correlation_id for a in rows_audit} == sent_audit and len(sent_audit) == 6
    assert {a.details["campaign_correlation_id"] for a in rows_audit} == {f"campaign-{campaign}"}


async def test_a_stop_after_launch_is_skipped_with_the_reason(sessions, graph, sim, campaign):
    run = sender(sessions, graph)
    real = run._post
    calls = []

    async def stop_arrives_meanwhile(claim):
        calls.append(claim.phone)
        if len(calls) == 2:  # the fourth customer writes STOP while the campaign is under way
            stop = sim.say(NUMBERS[3], "STOP")
            body = sim.hooks.wait_for(lambda b: any(m["id"] == stop["id"] for m in messages_in(b)))
            with sessions.begin() as s:  # as sync applies it
                WebhookApplier(s).apply(body, correlation_id="relay-stop")
        return await real(claim)

    run._post = stop_arrives_meanwhile
    report = await run.run(campaign)
    assert report.to_json() == {"sent": 5, "skipped": 1, "failed": 0, "held": 0}
    assert NUMBERS[3] not in sent_per_number(sim)
    rows = recipients(sessions, campaign)
    assert (rows[NUMBERS[3]].state, rows[NUMBERS[3]].reason_code) == ("skipped", "opted_out")


async def test_a_crash_after_the_answers_before_they_are_written_holds_never_repeats(sessions, graph, sim, campaign):
    first = sender(sessions, graph)
    real_step = first._step

    def die_before_writing_the_third(campaign_id, outcomes, want, bucket, *requests):
        if any(claim.phone == NUMBERS[2] for claim, _ in outcomes):
            raise Crash  # Meta accepted it, Klaros died before the commit that writes down the wamid
        return real_step(campaign_id, outcomes, want, bucket, *requests)

    first._step = die_before_writing_the_third
    with pytest.raises(Crash):
        await first.run(campaign)
    rows = recipients(sessions, campaign)
    assert rows[NUMBERS[2]].state == "sending" and rows[NUMBERS[1]].state == "sent"
    assert rows[NUMBERS[5]].state == "queued"

    report = await sender(sessions, graph).run(campaign)  # Klaros starts again and resumes
    assert report.recovered >= 1 and report.state == "done"
    assert sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})  # nobody got it twice
    rows = recipients(sessions, campaign)
    assert rows[NUMBERS[2]].state == "held"  # no wamid on disk: may have been sent, the owner decides
    by_number = {"+" + m["to"]: m["id"] for m in sim.outbound()}
    assert {n: r.wamid for n, r in rows.items() if r.state == "sent"} == {
        n: w for n, w in by_number.items() if rows[n].state == "sent"}


async def test_a_claim_with_its_wamid_on_disk_is_recovered_as_sent(sessions, graph, sim, campaign):
    """A message that has Meta's wamid (stored by an older version's separate commit, or a status webhook)
    settles its claim as sent at recovery."""
    first = sender(sessions, graph)
    first._take_lease(campaign)
    claim = first._claim_batch(campaign, 1)[0]
    result = await graph.send_template(claim.to, claim.template_name, claim.language, claim.components,
                                       correlation_id=claim.correlation_id)
    with sessions.begin() as s:
        s.get(Message, claim.message_id).wamid = result.wamid
    first._drop_lease(campaign)  # it died; its lease ran out
    report = await sender(sessions, graph).run(campaign)
    assert report.recovered == 1 and report.state == "done"
    assert sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})
    assert recipients(sessions, campaign)[claim.phone].state == "sent"


async def test_a_crash_during_the_request_holds_the_recipient_never_repeats_it(sessions, graph, sim, campaign):
    first = sender(sessions, graph)
    real = graph.send_template

    async def answer_lost(to, *args, **kw):
        result = await real(to, *args, **kw)
        if "+" + to == NUMBERS[1]:
            raise Crash  # the request reached Meta; Klaros died before it read the answer
        return result

    graph.send_template = answer_lost
    with pytest.raises(Crash):
        await first.run(campaign)
    graph.send_template = real
    report = await sender(sessions, graph).run(campaign)
    assert report.recovered == 1
    assert sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})  # the unclear one was not sent again
    status = lifecycle.status(sessions, campaign)
    assert (status["sent"], status["held"]) == (5, 1)
    assert recipients(sessions, campaign)[NUMBERS[1]].state == "held"
    assert lifecycle.release(sessions, campaign, NUMBERS[1], send=False) == "skipped"
    with pytest.raises(lifecycle.CampaignRefused):
        lifecycle.release(sessions, campaign, NUMBERS[1], send=True)


async def test_one_failing_recipient_does_not_stop_the_rest(sessions, graph, sim, campaign, tmp_path):
    sim.inject_errors(131026)  # the first request: not on WhatsApp
    report = await sender(sessions, graph, workers=2).run(campaign)
    assert report.to_json() == {"sent": 5, "skipped": 0, "failed": 1, "held": 0}
    failed = [r for r in recipients(sessions, campaign).values() if r.state == "failed"]
    assert [r.error_code for r in failed] == [131026]
    assert lifecycle.retry_failed(sessions, campaign) == 0  # not on WhatsApp: retrying cannot help
    out = tmp_path / "outcome.csv"
    assert lifecycle.export(sessions, campaign, out) == 6
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    bad = next(r for r in rows if r["state"] == "failed")
    assert bad["error_code"] == "131026" and "Meta error 131026" in bad["reason"]
    assert {r["state"] for r in rows} == {"sent", "failed"}


@pytest.mark.parametrize("code", [130429, 131056])
async def test_rate_limits_back_off_and_send_later(sessions, graph, sim, campaign, code):
    sim.inject_errors(code)
    report = await sender(sessions, graph).run(campaign)
    assert report.to_json() == {"sent": 6, "skipped": 0, "failed": 0, "held": 0}
    assert report.requeued == 1
    assert sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})
    rows = recipients(sessions, campaign)
    assert rows[NUMBERS[0]].attempts == 2
    with sessions() as s:  # the refused attempt left no failed bubble in the customer's thread
        assert s.scalar(select(Message.id).where(Message.status == "failed")) is None


@pytest.mark.parametrize(("code", "state", "words"), [
    (131048, "paused", "blocked or reported"),
    (132001, "stopped", "template"),
    (190, "stopped", "Settings"),
])
async def test_account_and_template_errors_stop_the_campaign_with_the_reason(sessions, graph, sim, campaign, code,
                                                                              state, words):
    sim.inject_errors(code)
    report = await sender(sessions, graph).run(campaign)
    assert report.state == state and report.sent == 0
    status = lifecycle.status(sessions, campaign)
    assert status["state"] == state and status["queued"] == 6 and words in status["reason"]
    assert sent_per_number(sim) == Counter()
    assert lifecycle.set_state(sessions, campaign, "resume") == "running"  # the owner fixed it
    report = await sender(sessions, graph).run(campaign)
    assert report.state == "done" and sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})


async def test_a_fault_that_repeats_every_time_fails_the_recipient_after_max_attempts(sessions, graph, sim,
                                                                                       campaign):
    from klaros_desktop.graph.errors import NetworkError

    run = sender(sessions, graph, max_attempts=3)
    real = run._post

    async def cannot_connect_for_one(claim):
        if claim.phone == NUMBERS[0]:  # the connection is refused: the request never left
            raise NetworkError(code=None, title="WhatsApp could not be reached", retryable=True)
        return await real(claim)

    run._post = cannot_connect_for_one
    report = await run.run(campaign)
    assert report.to_json() == {"sent": 5, "skipped": 0, "failed": 1, "held": 0} and report.requeued == 2
    row = recipients(sessions, campaign)[NUMBERS[0]]
    assert (row.state, row.reason_code, row.attempts) == ("failed", "too_many_attempts", 3)
    assert NUMBERS[0] not in sent_per_number(sim)


async def test_a_template_paused_after_launch_stops_the_campaign(sessions, graph, sim, campaign):
    from klaros_desktop.models import MessageTemplate

    with sessions.begin() as s:  # Meta paused the template (its webhook was applied) after the launch
        s.scalar(select(MessageTemplate).where(MessageTemplate.name == "order_ready")).status = "PAUSED"
    report = await sender(sessions, graph).run(campaign)
    assert report.state == "stopped" and sent_per_number(sim) == Counter()
    status = lifecycle.status(sessions, campaign)
    assert status["queued"] == 6 and status["skipped"] == 0 and "no longer approved" in status["reason"]


async def test_131049_fails_and_is_not_retried_within_a_day(sessions, graph, sim, campaign):
    sim.inject_errors(131049)
    await sender(sessions, graph).run(campaign)
    row = recipients(sessions, campaign)[NUMBERS[0]]
    assert (row.state, row.error_code) == ("failed", 131049)
    assert row.next_attempt_at > utcnow() + timedelta(hours=23)
    assert lifecycle.retry_failed(sessions, campaign) == 0
    with sessions.begin() as s:  # a day later it may go again
        s.get(CampaignRecipient, row.id).next_attempt_at = utcnow() - timedelta(minutes=1)
    assert lifecycle.retry_failed(sessions, campaign) == 1
    report = await sender(sessions, graph).run(campaign)
    assert report.sent == 1 and sent_per_number(sim)[NUMBERS[0]] == 1


async def test_131049_in_a_status_webhook_is_not_retried_within_a_day_either(sessions, graph, sim, campaign):
    from klaros_desktop.services.messaging.statuses import merge_status

    await sender(sessions, graph).run(campaign)
    row = recipients(sessions, campaign)[NUMBERS[0]]
    with sessions.begin() as s:
        merge_status(s, s.get(Message, row.message_id), {
            "status": "failed", "timestamp": str(int(utcnow().timestamp())),
            "errors": [{"code": 131049, "title": "This message was not delivered to maintain healthy ecosystem "
                                                 "engagement."}]}, "test")
    assert recipients(sessions, campaign)[NUMBERS[0]].state == "failed"
    assert lifecycle.retry_failed(sessions, campaign) == 0
    with sessions.begin() as s:
        s.get(Message, row.message_id).failed_at = utcnow() - timedelta(hours=25)
    assert lifecycle.retry_failed(sessions, campaign) == 1


async def test_pause_and_resume_continue_where_it_stopped(sessions, graph, sim, campaign):
    first = sender(sessions, graph)
    real = first._post

    async def pause_after_two(claim):
        result = await real(claim)
        if claim.phone == NUMBERS[1]:
            await asyncio.to_thread(lifecycle.set_state, sessions, campaign, "pause")
        return result

    first._post = pause_after_two
    report = await first.run(campaign)
    assert report.state == "paused" and report.sent == 2
    assert lifecycle.status(sessions, campaign)["queued"] == 4
    with pytest.raises(lifecycle.CampaignRefused):
        lifecycle.set_state(sessions, campaign, "pause")
    lifecycle.set_state(sessions, campaign, "resume")
    report = await sender(sessions, graph).run(campaign)
    assert report.sent == 4 and report.state == "done"
    assert sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})


async def test_cancel_skips_the_rest(sessions, graph, sim, campaign):
    assert lifecycle.set_state(sessions, campaign, "cancel") == "cancelled"
    report = await sender(sessions, graph).run(campaign)
    assert report.sent == 0 and sent_per_number(sim) == Counter()
    assert lifecycle.status(sessions, campaign)["skipped"] == 6


async def test_statuses_and_replies_are_tracked(sessions, graph, sim, campaign):
    from klaros_desktop.services.messaging.statuses import merge_status

    await sender(sessions, graph).run(campaign)
    rows = recipients(sessions, campaign)
    with sessions.begin() as s:
        for number, status in ((NUMBERS[0], "delivered"), (NUMBERS[1], "read"), (NUMBERS[2], "read")):
            message = s.get(Message, rows[number].message_id)
            merge_status(s, message, {"status": status, "timestamp": str(int(utcnow().timestamp()))}, "test")
        failed = s.get(Message, rows[NUMBERS[3]].message_id)
        merge_status(s, failed, {"status": "failed", "timestamp": str(int(utcnow().timestamp())),
                                 "errors": [{"code": 131026, "title": "Message undeliverable"}]}, "test")
        contact = s.scalar(select(Contact).where(Contact.phone_e164 == NUMBERS[2]))
        conversation = s.scalar(select(Conversation).where(Conversation.contact_id == contact.id))
        s.add(Message(conversation_id=conversation.id, contact_id=contact.id, direction="in", type="text",
                      text="Danke!", timestamp=utcnow() + timedelta(seconds=5), status="received",
                      wamid="wamid.reply"))
    assert lifecycle.status(sessions, campaign) == {"state": "done", "queued": 0, "sent": 2, "delivered": 1,
                                                    "read": 1, "replied": 1, "failed": 1, "skipped": 0, "held": 0}
    with sessions.begin() as s:  # a late read does not undo the reply
        merge_status(s, s.get(Message, rows[NUMBERS[2]].message_id),
                     {"status": "read", "timestamp": str(int(utcnow().timestamp()))}, "test")
    assert lifecycle.status(sessions, campaign)["replied"] == 1


async def test_a_test_send_goes_to_the_owner_only(sessions, graph, sim, campaign, add_contact):
    with pytest.raises(lifecycle.CampaignRefused, match=r"empty variables: \{\{1\}\}"):
        await sender(sessions, graph).send_test(campaign, "+4917099999999")  # nobody we know: no first name
    add_contact("+4917099999999", "Inhaberin Petra")
    outcome = await sender(sessions, graph).send_test(campaign, "+4917099999999")
    assert outcome.sent
    to_owner = [m for m in sim.outbound() if m["to"] == "4917099999999"]
    assert [m["payload"]["template"]["components"][0]["parameters"][0]["text"] for m in to_owner] == ["Inhaberin"]
    assert lifecycle.status(sessions, campaign)["queued"] == 6  # the campaign itself is untouched
    assert sent_per_number(sim) == Counter()


async def test_token_bucket_keeps_the_rate_and_slows_down():
    now = [0.0]
    waits = []

    async def fake_sleep(seconds):
        waits.append(seconds)
        now[0] += seconds

    bucket = TokenBucket(10, monotonic=lambda: now[0], sleep=fake_sleep)
    for _ in range(30):
        await bucket.take()
    assert now[0] == pytest.approx(2.0, abs=0.05)  # 10 at once, then 20 at 10 a second
    bucket.back_off(3.0)
    start = now[0]
    for _ in range(5):
        await bucket.take()
    assert bucket.rate == 5
    assert now[0] - start == pytest.approx(3.0 + 5 / 5, abs=0.05)
    with pytest.raises(ValueError):
        TokenBucket(0)


async def test_the_rate_limits_real_sends(sessions, graph, sim, campaign):
    loop = asyncio.get_running_loop()
    started = loop.time()
    await sender(sessions, graph, rate=4, workers=3).run(campaign)
    assert loop.time() - started >= (6 - 4) / 4 - 0.05  # a burst of 4, then 4 a second


async def test_meta_status_webhooks_and_a_reply_move_the_recipients(sessions, graph, sim, campaign):
    sim.not_on_whatsapp(NUMBERS[5])  # Meta accepts the send, then reports it failed (131026)
    report = await sender(sessions, graph, workers=2).run(campaign)
    assert report.sent == 6
    sim.wait_idle()
    reply = sim.say(NUMBERS[0], "Danke, komme morgen!")
    sim.hooks.wait_for(lambda b: any(m["id"] == reply["id"] for m in messages_in(b)))
    for body in list(sim.hooks.bodies):  # as sync applies them, page by page
        with sessions.begin() as s:
            WebhookApplier(s).apply(body, correlation_id="relay-test")
    assert lifecycle.status(sessions, campaign) == {"state": "done", "queued": 0, "sent": 0, "delivered": 0,
                                                    "read": 4, "replied": 1, "failed": 1, "skipped": 0, "held": 0}
    failed = recipients(sessions, campaign)[NUMBERS[5]]
    assert failed.error_code == 131026
    assert lifecycle.retry_failed(sessions, campaign) == 0


async def test_erasing_a_recipient_leaves_no_number_or_values_in_the_campaign(sessions, graph, sim, campaign):
    from klaros_desktop.services.privacy.erasure import erase_contact

    await sender(sessions, graph).run(campaign)
    erase_contact(sessions, NUMBERS[2])
    with sessions() as s:
        rows = list(s.scalars(select(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign)))
    erased = [r for r in rows if r.contact_id is None]
    assert len(erased) == 1 and (erased[0].phone_e164, erased[0].params, erased[0].wamid) == (None, None, None)
    assert lifecycle.status(sessions, campaign)["sent"] == 6  # the counts stay right


async def test_one_sender_per_campaign_until_its_lease_expires(sessions, graph, sim, campaign):
    from klaros_desktop.models import Campaign

    other = sender(sessions, graph)
    other._take_lease(campaign)  # another window is sending this campaign
    with pytest.raises(lifecycle.CampaignRefused, match="being sent by another"):
        await sender(sessions, graph).run(campaign)
    assert sent_per_number(sim) == Counter()
    with sessions.begin() as s:  # that process died: its lease runs out
        s.get(Campaign, campaign).runner_until = utcnow() - timedelta(seconds=1)
    taking_over = sender(sessions, graph)
    taking_over._take_lease(campaign)
    assert other._claim_batch(campaign, 1) == []  # six are queued, but the old holder may not claim any more
    report = await taking_over.run(campaign)
    assert report.state == "done" and sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})
    with sessions() as s:
        assert s.get(Campaign, campaign).runner_id is None  # given back at the end
