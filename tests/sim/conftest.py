"""Fixtures for the simulator tests: a webhook receiver and a fast simulator posting to it."""

from __future__ import annotations

import pytest

from klaros_sim.embedded import running_simulator, webhook_recorder

APP_SECRET = "test-app-secret"


@pytest.fixture
def hooks():
    with webhook_recorder(APP_SECRET) as recorder:
        yield recorder


@pytest.fixture
def sim(hooks):
    with running_simulator(callback_url=hooks.url, app_secret=APP_SECRET, seed=7) as handle:
        yield handle
