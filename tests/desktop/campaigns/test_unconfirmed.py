"""A campaign send whose answer is lost after Meta accepted it: the recipient is held (never sent again by itself,
also not by "retry failed"), and a later status webhook for its message (found by the correlation id the send
carried as ``biz_opaque_callback_data``) settles it as sent, delivered, read or failed."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from klaros_desktop.models import Message
from klaros_desktop.services.campaigns import lifecycle
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_sim.control import statuses_in

from . import test_sending
from .test_sending import NUMBERS, recipients, sender, sent_per_number

campaign = test_sending.campaign  # the launched six-customer campaign fixture of the sending tests


def apply_hooks(sim, sessions, wamids: set[str], until: set[str] | None = None) -> None:
    """Wait until the simulator reported the statuses ``until`` for ``wamids``, then apply its webhooks as sync."""
    until = until or {"read"}
    sim.hooks.wait_for(lambda _b: until <= {s["status"] for body in sim.hooks.bodies for s in statuses_in(body)
                                            if s["id"] in wamids})
    for body in list(sim.hooks.bodies):
        with sessions.begin() as s:
            WebhookApplier(s).apply(body, correlation_id="relay-test")


def message_of(sessions, row) -> Message:
    with sessions() as s:
        return s.get(Message, row.message_id)


@pytest.mark.parametrize("fault", ["500", "drop"])
async def test_a_lost_answer_holds_the_recipient_and_nobody_gets_it_twice(sessions, graph, sim, campaign, fault):
    sim.fail_after_accept(fault)  # the first request: Meta accepts it, the answer is lost
    report = await sender(sessions, graph, workers=1).run(campaign)
    assert report.to_json() == {"sent": 5, "skipped": 0, "failed": 0, "held": 1}
    assert sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})
    held = recipients(sessions, campaign)[NUMBERS[0]]
    assert (held.state, held.reason_code, held.wamid) == ("held", "ambiguous", None)
    message = message_of(sessions, held)
    assert message.status == "unconfirmed" and message.wamid is None
    assert "may have reached the customer" in message.error_text
    assert "did not confirm" in lifecycle.outcome_reason(held)
    assert lifecycle.retry_failed(sessions, campaign) == 0  # "retry failed" leaves the unconfirmed one alone
    await sender(sessions, graph).run(campaign)
    assert sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})
    assert recipients(sessions, campaign)[NUMBERS[0]].state == "held"


async def test_meta_failing_without_saying_it_was_not_sent_is_held_not_failed(sessions, graph, sim, campaign):
    """131016 (HTTP 503) does not say whether Meta queued the message: held, so "retry failed" cannot resend it."""
    sim.inject_errors(131016)
    report = await sender(sessions, graph).run(campaign)
    assert report.to_json() == {"sent": 5, "skipped": 0, "failed": 0, "held": 1}
    assert lifecycle.retry_failed(sessions, campaign) == 0
    assert recipients(sessions, campaign)[NUMBERS[0]].state == "held"


async def test_a_later_status_settles_a_held_recipient(sessions, graph, sim, campaign):
    sim.fail_after_accept("500")
    await sender(sessions, graph, workers=1).run(campaign)
    [accepted] = [m for m in sim.outbound() if "+" + m["to"] == NUMBERS[0]]
    apply_hooks(sim, sessions, {accepted["id"]})
    row = recipients(sessions, campaign)[NUMBERS[0]]
    assert (row.state, row.reason_code, row.wamid) == ("read", None, accepted["id"])
    assert row.sent_at is not None
    message = message_of(sessions, row)
    assert (message.status, message.wamid) == ("read", accepted["id"])
    assert lifecycle.status(sessions, campaign)["held"] == 0
    with pytest.raises(lifecycle.CampaignRefused):  # nothing left for the owner to decide
        lifecycle.release(sessions, campaign, NUMBERS[0], send=True)


async def test_a_later_failed_status_settles_a_held_recipient_as_failed(sessions, graph, sim, campaign):
    sim.not_on_whatsapp(NUMBERS[0])  # Meta accepts the send, then reports it failed (131026)
    sim.fail_after_accept("drop")
    await sender(sessions, graph, workers=1).run(campaign)
    [accepted] = [m for m in sim.outbound() if "+" + m["to"] == NUMBERS[0]]
    apply_hooks(sim, sessions, {accepted["id"]}, until={"failed"})
    row = recipients(sessions, campaign)[NUMBERS[0]]
    assert (row.state, row.error_code, row.reason_code, row.wamid) == ("failed", 131026, "meta_error",
                                                                       accepted["id"])
    assert lifecycle.retry_failed(sessions, campaign) == 0  # not on WhatsApp: retrying cannot help


async def test_a_status_that_arrived_before_the_send_was_settled_unconfirmed_is_adopted(sessions, graph, sim,
                                                                                         campaign):
    """Sync stored the status as waiting (no message had its wamid yet) before the lost answer was settled."""
    sim.fail_after_accept("500")
    run = sender(sessions, graph, workers=1)
    real = run._post

    async def status_first(claim):
        try:
            return await real(claim)
        finally:
            if claim.phone == NUMBERS[0]:
                [accepted] = [m for m in sim.outbound() if "+" + m["to"] == NUMBERS[0]]
                apply_hooks(sim, sessions, {accepted["id"]}, until={"sent"})

    run._post = status_first
    await run.run(campaign)
    row = recipients(sessions, campaign)[NUMBERS[0]]
    assert row.state in ("sent", "delivered", "read") and row.wamid
    with sessions() as s:
        assert s.scalar(select(Message.status).where(Message.id == row.message_id)) in ("sent", "delivered", "read")


async def test_a_status_for_a_released_recipient_still_queued_stops_the_second_send(sessions, graph, sim, campaign):
    """The owner chose "send again" before Meta's report came: the report settles it, and nothing goes twice."""
    sim.fail_after_accept("500")
    await sender(sessions, graph, workers=1).run(campaign)
    assert lifecycle.release(sessions, campaign, NUMBERS[0], send=True) == "queued"
    [accepted] = [m for m in sim.outbound() if "+" + m["to"] == NUMBERS[0]]
    apply_hooks(sim, sessions, {accepted["id"]})
    row = recipients(sessions, campaign)[NUMBERS[0]]
    assert (row.state, row.wamid) == ("read", accepted["id"]) and row.sent_at is not None
    await sender(sessions, graph).run(campaign)
    assert sent_per_number(sim) == Counter({n: 1 for n in NUMBERS})
