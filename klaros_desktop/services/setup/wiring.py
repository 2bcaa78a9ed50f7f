"""Building the live clients of a profile from its settings and keyring (used by commands and the UI).

Kept apart from the rules so tests can hand the services fakes instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import secrets
from klaros_desktop.paths import Profile
from klaros_desktop.phrases import QT_TRANSLATE_NOOP
from klaros_desktop.relay_client import DeviceKey, RelayClient
from klaros_desktop.services.core import settings
from klaros_desktop.services.inbound.sync import SyncService


class NotConfigured(RuntimeError):
    """A step of the set-up is missing; the message says which command does it."""


def secret_store(profile: Profile) -> secrets.SecretStore:
    return secrets.SecretStore(str(profile.root))


@dataclass(frozen=True)
class RelayConfig:
    url: str
    device_id: str
    tenant_id: str
    token: str
    key: DeviceKey


def relay_config(sessions: sessionmaker[Session], store: secrets.SecretStore) -> RelayConfig:
    with sessions() as s:
        url, device_id, tenant_id = (settings.get(s, k) for k in (settings.RELAY_URL, settings.DEVICE_ID,
                                                                 settings.TENANT_ID))
    token = store.get(secrets.RELAY_DEVICE_TOKEN)
    key = store.get(secrets.DEVICE_PRIVATE_KEY)
    if not (url and device_id and tenant_id and token and key):
        raise NotConfigured(QT_TRANSLATE_NOOP("Setup", "This profile is not paired with a relay yet; {fix}.").format(
            fix=QT_TRANSLATE_NOOP("CommandLine", "run `klaros pair --relay URL --code CODE`")))
    return RelayConfig(url, device_id, tenant_id, token, DeviceKey.from_secret(key))


@dataclass(frozen=True)
class GraphConfig:
    phone_number_id: str
    waba_id: str
    base_url: str
    api_version: str
    token: str


def graph_config(sessions: sessionmaker[Session], store: secrets.SecretStore) -> GraphConfig:
    with sessions() as s:
        values = {k: settings.get(s, k) for k in (settings.PHONE_NUMBER_ID, settings.WABA_ID,
                                                  settings.GRAPH_BASE_URL, settings.GRAPH_API_VERSION)}
    token = store.get(secrets.META_ACCESS_TOKEN)
    if not (values[settings.PHONE_NUMBER_ID] and values[settings.WABA_ID] and token):
        raise NotConfigured(QT_TRANSLATE_NOOP("Setup", "This profile is not connected to Meta yet; {fix}.").format(
            fix=QT_TRANSLATE_NOOP("CommandLine", "run `klaros connect --phone-number-id ID --waba-id ID`")))
    return GraphConfig(values[settings.PHONE_NUMBER_ID], values[settings.WABA_ID], values[settings.GRAPH_BASE_URL],
                       values[settings.GRAPH_API_VERSION], token)


def make_graph(http: httpx.AsyncClient, config: GraphConfig, *, audit: Callable[[Any], None] | None):
    """The Graph client; ``audit`` (a ``services.audit.GraphAuditWriter``) gets every request for the trail.

    ``audit`` has no default so no caller can forget it; None only where nothing may be written (none today).
    """
    from klaros_desktop.graph import GraphClient

    return GraphClient(http, phone_number_id=config.phone_number_id, waba_id=config.waba_id, token=config.token,
                       base_url=config.base_url, api_version=config.api_version, audit=audit)


@asynccontextmanager
async def http_client() -> AsyncIterator[httpx.AsyncClient]:
    """The one shared AsyncClient of a process (commands open one; the UI keeps one for its lifetime)."""
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=10.0)) as http:
        yield http


def make_relay(http: httpx.AsyncClient, config: RelayConfig) -> RelayClient:
    """The relay client of the paired device, able to open the media the relay keeps for it."""
    return RelayClient(http, config.url, token=config.token, key=config.key, tenant_id=config.tenant_id,
                       device_id=config.device_id)


def make_sync(sessions: sessionmaker[Session], http: httpx.AsyncClient, config: RelayConfig) -> SyncService:
    relay = make_relay(http, config)
    return SyncService(sessions, relay, device_id=config.device_id, tenant_id=config.tenant_id, key=config.key)


def make_media_fetcher(sessions: sessionmaker[Session], profile: Profile, graph: Any | None, *,
                       relay: Any | None = None, on_change: Callable[[Any], None] | None = None):
    """The background downloader of inbound media. ``relay``: a client that can hand out the relay's kept
    copies (``fetch_media``); one without that method (an older relay client) is not used for media."""
    from klaros_desktop.services.media.downloads import MediaFetcher

    relay_media = relay if relay is not None and callable(getattr(relay, "fetch_media", None)) else None
    return MediaFetcher(sessions, profile.media, graph, relay=relay_media, on_change=on_change)
