"""Fixtures for the desktop core tests: a migrated profile database per test, webhook builders."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from klaros_desktop import db


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
