"""The Graph client under test always talks to a real simulator on loopback."""

from __future__ import annotations

import httpx
import pytest

from klaros_desktop.graph import GraphClient
from klaros_sim.embedded import running_simulator, webhook_recorder

APP_SECRET = "graph-test-secret"
CUSTOMER = "+4915112345678"


@pytest.fixture
def hooks():
    with webhook_recorder(APP_SECRET) as recorder:
        yield recorder


@pytest.fixture
def sim(hooks):
    with running_simulator(callback_url=hooks.url, app_secret=APP_SECRET, seed=3) as handle:
        yield handle


@pytest.fixture
def audit_calls():
    return []


@pytest.fixture
async def client(sim, audit_calls):
    async with httpx.AsyncClient(trust_env=False) as http:
        yield GraphClient(
            http,
            phone_number_id=sim.config.phone_number_id,
            waba_id=sim.config.waba_id,
            token=sim.config.access_token,
            base_url=sim.base_url,
            backoff_base=0.05,
            backoff_max=0.5,
            pair_rate_wait=0.3,
            audit=audit_calls.append,
        )
