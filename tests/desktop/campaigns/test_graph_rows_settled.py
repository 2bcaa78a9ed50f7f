"""A campaign's Graph requests are audited in the step that settles them: one ``graph_request`` row per request
under its own correlation id, committed with the recipient's state (not through the audit writer's own
transaction), and handed to the writer after all when the settling never commits."""

from __future__ import annotations

from collections import Counter

import httpx
import pytest
from sqlalchemy import select

from klaros_desktop.graph import GraphClient
from klaros_desktop.models import AuditEvent, CampaignRecipient
from klaros_desktop.services.campaigns.sender import CampaignSender

NUMBERS = [f"+49151000002{i:02d}" for i in range(5)]


class Crash(BaseException):
    """Klaros stops dead in the settling step."""


@pytest.fixture
async def campaign(launch_pickup_campaign):
    return launch_pickup_campaign(NUMBERS)


@pytest.fixture
async def audited_graph(sim):
    """A Graph client whose audit sink only lists what it is handed (the writer thread's place)."""
    reported: list = []
    async with httpx.AsyncClient(trust_env=False) as http:
        graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                            token=sim.config.access_token, base_url=sim.base_url, max_retries=0,
                            audit=reported.append)
        graph.reported = reported
        yield graph


def graph_rows(sessions) -> list[AuditEvent]:
    with sessions() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "graph_request")))


def recipient_cids(sessions, campaign_id) -> set[str]:
    with sessions() as s:
        return set(s.scalars(select(CampaignRecipient.correlation_id).where(
            CampaignRecipient.campaign_id == campaign_id)))


async def test_each_request_has_its_row_written_with_the_settling(sessions, audited_graph, campaign):
    report = await CampaignSender(sessions, audited_graph, workers=2).run(campaign)
    assert report.sent == len(NUMBERS)
    assert audited_graph.reported == []  # nothing went through the writer's own transaction
    rows = graph_rows(sessions)
    cids = recipient_cids(sessions, campaign)
    assert Counter(r.correlation_id for r in rows) == Counter(dict.fromkeys(cids, 1))  # one per request
    with sessions() as s:
        sent = {r.correlation_id: r.id for r in s.scalars(select(AuditEvent).where(AuditEvent.action ==
                                                                                   "message_sent"))}
    for row in rows:
        assert row.actor == "graph" and row.subject.startswith("POST ") and row.details["http_status"] == 200
        assert sent[row.correlation_id] - row.id in range(1, 2 * len(NUMBERS))  # the same insert as its settling


async def test_a_settling_that_never_commits_hands_its_rows_to_the_writer(sessions, audited_graph, campaign):
    first = CampaignSender(sessions, audited_graph, workers=1)
    real_step = first._step

    def die_settling(campaign_id, outcomes, want, bucket, *requests):
        if outcomes:
            raise Crash
        return real_step(campaign_id, outcomes, want, bucket, *requests)

    first._step = die_settling
    with pytest.raises(Crash):
        await first.run(campaign)
    assert graph_rows(sessions) == []
    [call] = audited_graph.reported  # the one request that was answered: its row is not lost
    assert call.correlation_id in recipient_cids(sessions, campaign)
