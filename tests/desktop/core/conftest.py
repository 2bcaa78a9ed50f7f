"""Fixtures for the desktop core tests: a migrated profile database per test, webhook builders."""

from __future__ import annotations

import contextlib
import importlib.util
from pathlib import Path

import pytest

from klaros_desktop import db
from klaros_desktop.relay_client import DeviceKey


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"klaros_core_test_{name}", Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


webhooks = _load("webhooks")
relayfake = _load("relayfake")


@pytest.fixture
def wh():
    """The webhook body builders of ``webhooks.py``."""
    return webhooks


@pytest.fixture
def fake_relay():
    """A FakeRelay (see relayfake.py): seals per the spec and answers the device API over MockTransport."""
    return relayfake.FakeRelay()


@pytest.fixture
def recorded_simulator():
    """A factory: ``recorded_simulator(secret=…, token=…, seed=…, **config)`` starts the Graph simulator with its
    webhooks signed with ``secret`` and kept by a local recorder (``handle.hooks.bodies``, to apply as sync
    would) and returns its handle; ``config`` is the simulator's (``fast=True``…). Both stop after the test."""
    from klaros_sim.embedded import running_simulator, webhook_recorder

    with contextlib.ExitStack() as stack:
        def start(*, secret: str, token: str, seed: int, **config):
            hooks = stack.enter_context(webhook_recorder(secret))
            handle = stack.enter_context(running_simulator(callback_url=hooks.url, app_secret=secret, seed=seed,
                                                           access_token=token, **config))
            handle.hooks = hooks
            return handle

        yield start


@pytest.fixture
def database(profile):
    engine, sessions = db.open_database(profile)
    yield engine, sessions
    engine.dispose()


@pytest.fixture
def sessions(database):
    return database[1]


@pytest.fixture
def apply(sessions):
    """Apply webhook bodies, each in its own transaction as sync does; returns the summed stats."""
    from klaros_desktop.services.inbound.apply import ApplyStats, WebhookApplier

    def _apply(*bodies):
        total = ApplyStats()
        for body in bodies:
            with sessions.begin() as s:
                total.add(WebhookApplier(s).apply(body, correlation_id="relay-test"))
        return total

    return _apply


@pytest.fixture
def device(fake_relay):
    key = DeviceKey.generate()
    fake_relay.devices = {"dev-1": key.public_raw}
    return key
