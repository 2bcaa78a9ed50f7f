"""Pairing this profile with the shop's relay: one use case for the set-up wizard, ``klaros pair`` and the demo.

Generates the device's X25519 key pair, registers the public key (``POST /v1/pair``) and keeps the private key
and the device token only in the keyring. The keyring is checked before the code is spent, so a missing keyring
never wastes a single-use pairing code. The caller hands in its own session factory (the window's database, the
command's) and says who acts, so the audit row names the shop owner, the command line or the demo.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation, secrets
from klaros_desktop.models import SyncState
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.relay_client import DeviceKey, RelayClient
from klaros_desktop.services.core import audit, settings
from klaros_desktop.services.inbound.sync import SOURCE
from klaros_desktop.services.setup import wiring


class InsecureRelayAddress(ValueError):
    """The relay address would carry the device token in clear (or is no web address at all)."""


def check_relay_url(url: str) -> str:
    """The relay address if it is safe to send the device token to: ``https://``, or ``http://`` on this
    computer only (the demo's and a test's relay on loopback never leaves the machine)."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip()
    if parts.scheme == "http" and parts.hostname and _is_loopback(parts.hostname):
        return url.strip()
    if parts.scheme == "http" and parts.hostname:
        raise InsecureRelayAddress(QT_TRANSLATE_NOOP(
            "Setup", "The relay address must start with https:// so that nobody on the way can read this "
                     "computer's key. Ask whoever runs your relay for its https:// address."))
    raise InsecureRelayAddress(QT_TRANSLATE_NOOP(
        "Setup", "The relay address starts with https://, for example https://relay.example.com"))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def pair(sessions: sessionmaker[Session], store: secrets.SecretStore, relay_url: str, code: str, name: str,
               *, actor: str) -> Phrase:
    """Pair with the relay at ``relay_url`` using the one-time ``code``; says what was stored where."""
    relay_url = check_relay_url(relay_url)
    store.check()
    with correlation.correlated(audit.cause_id(actor)) as cid:
        key = DeviceKey.generate()
        async with wiring.http_client() as http:
            result = await RelayClient(http, relay_url).pair(code.strip(), key.public_b64, name)
        store.set(secrets.DEVICE_PRIVATE_KEY, key.to_secret())
        store.set(secrets.RELAY_DEVICE_TOKEN, result.token)
        with sessions.begin() as s:
            settings.set_many(s, {settings.RELAY_URL: relay_url.rstrip("/"), settings.DEVICE_ID: result.device_id,
                                  settings.TENANT_ID: result.tenant_id, settings.DEVICE_PUBLIC_KEY: key.public_b64})
            state = s.get(SyncState, SOURCE)
            if state is not None:  # a new device starts reading the queue afresh
                s.delete(state)
            audit.record(s, "device_paired", actor=actor, subject=result.device_id,
                         details={"relay": relay_url, "tenant_id": result.tenant_id, "name": name},
                         correlation_id=cid)
    return QT_TRANSLATE_NOOP(
        "Setup", "Paired as device {device} of shop {shop}. The device key and token are kept {place}.").format(
        device=result.device_id, shop=result.tenant_id, place=store.place())
